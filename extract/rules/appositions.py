"""Posts in an apposition: "P，C" + posts + "，…" — a name opening
the sentence (after a guest's label, "【本期嘉宾】"), a comma, then what the person is at a company: a founder's
word gives FOUNDED, each title a post."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import Predicate

#: a show's or an interview's label of its guest before the name (a bracketed guest label + "P，C" + posts, "受访者：P，…")
#: (or a profile's label: "人物简介：P，C" + posts)
#: (or a party's head in a judgment's list of parties, its title a label: "法定代表人：P" + "，该公司" + a post; the title is checked)
_GUEST_LABEL = r"(?:[【\[][^】\]\ue000-\ue007]{1,8}[】\]]|(?:本期|特邀|访谈)?(?:嘉宾|受访者|受访人)[A-Z甲乙丙丁1-9]?[：:]|(?:人物|个人)?(?:简介|简历|小传)[：:]|(?P<head>\ue003)[：:])?"
#: the titles that label a party's head
_HEADS = ("法定代表人", "负责人")
_APPOSED = pattern(rf"^{_GUEST_LABEL}(?P<p><P>)，(?P<c><C>)(?:的)?(?P<f>(?:联合)?(?:创始人|创办人)(?:之一)?)?"
                   rf"(?:(?:兼|、|/|及)?(?P<chain>{CHAIN}))?(?=[，。；]|$)")


def extract_appositions(ctx: Context) -> None:
    for sent in ctx.sentences:
        m = _APPOSED.match(sent.tpl)
        if m is None or not (m.group("f") or m.group("chain")) or (m.group("head") and sent.at(0).text not in _HEADS):
            continue
        person, company = sent.at(m.start("p")).key, sent.at(m.start("c")).key
        if m.group("f"):
            ctx.emit(Predicate.FOUNDED, person, company, sent, "apposition-founder", 0.8)
        if m.group("chain"):
            for comp, info in chain_items(sent, m.start("chain"), m.end("chain"), company):
                emit_position(ctx, sent, person, comp, info, "apposition", "", None, 0.8)
