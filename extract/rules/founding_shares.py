"""The stakes a company's founding gives, told in the clause that tells who set it up.

* A joint venture and its partners' shares in one sentence: "C由A与B（“B'”）控股子公司D共同出资设立，两家分别占股70%及30%"
  — each partner holds its figure of C, in the order named; a partner described as another's subsidiary ("B全资子公司D",
  "B旗下的D") is that company's subsidiary too; a share over half controls C.
* A founder that controls what it set up, its share after a comma: "C由A单独设立并控股，股权比例约75%" — A holds 75 % of C
  and controls it (the rest, "其余25%由B持有", `passive_stakes` reads).
* A founder written in Latin letters, whom no dictionary knows: "C由Anna Berg于2001年在奥斯陆创建" — the slot between 由
  and the date, the place or the verb of founding makes the letters a person's name.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.subsidiary_shapes import emit_subsidiary
from extract.rules.templates import Sent, gated
from schema import Predicate, SubsidiaryKind
from text.normalize import norm_name

#: a company's short name (or its other name and code) in brackets after it: "（“B'”）", "（以下简称“A'”）", "（Latin，纽交所代码：X）"
_BRACKET = r"(?:[（(][^（）()]{0,60}[）)])"
#: one partner: a description of it perhaps (its kind, "美国券商"; its parent, "B（…）旗下的"), then its name
_PARTNER = rf"(?:[^，。；、\ue000\ue001与和及]{{0,10}}?)?(?:\ue001{_BRACKET}?(?:的)?(?:全资|控股)?(?:子公司|旗下(?:的)?))?\ue001{_BRACKET}?"
#: "C由A和B联合组建，各方分别出资x、y": the partners in order, then one figure each
_JOINT = gated(rf"(?P<child>\ue001){_BRACKET}?(?:系|是)?由(?P<partners>{_PARTNER}(?:(?:与|和|及|、){_PARTNER})+)(?:共同)?(?:合资|出资|联合|发起)"
               r"(?:设立|成立|组建|创立)[，,](?:双方|三方|各方|两家|股东)?(?:分别|各自)(?:持股|持有|出资|占股|认缴)(?:比例)?(?:为|占)?"
               r"(?P<pcts>\ue007(?:(?:和|、|及|与)\ue007)+)", "合资", "共同", "联合", "出资", "发起")
#: the partner's parent in its description: "B（…）全资子公司" before the partner's name
_PARENT_IN = re.compile(rf"(\ue001){_BRACKET}?(?:的)?(?P<kind>全资|控股)?(?:子公司|旗下(?:的)?)(\ue001)")
#: "C由A出资设立并控股，出资比例为75%": the founder holds its share and controls C
_FOUNDED_CONTROLS = gated(rf"(?P<child>\ue001){_BRACKET}?(?:系|是)?由(?P<holder>\ue001){_BRACKET}?(?:独家|单独|作为主发起人)?(?:发起设立|出资设立|发起成立|设立|组建)"
                          r"并(?:绝对|相对)?控股[，,](?:其)?(?:持股比例|持股|出资比例|股权比例)(?:为|达|约)*(?P<pct>\ue007)", "控股")
#: a word of a firm's name, not a person's ("Morgan Capital", "Atlas Group")
_FIRM_WORD = re.compile(r"\b(?:Group|Holdings?|Capital|Partners|Bank|Fund|Trust|Securities|Insurance|Investments?|Management|Asset|Ventures?|"
                        r"Company|Corp\w*|Inc|Ltd|Limited|LLC|LLP|Associates|Brothers|Foundation|Global|International)\b")
#: a founder in Latin letters between 由 and when, where or the verb: "C由Anna Berg于2001年在奥斯陆创建"
_LATIN_FOUNDER = gated(r"(?P<child>\ue001)(?:[（(][^（）()]{0,40}[）)])?由(?P<name>[A-Z][a-z]+(?:[ .\-][A-Z][a-z]*\.?){1,3})"
                       r"(?:先生|女士)?(?:于(?P<date>\ue004))?(?:在[\u4e00-\u9fff]{2,8}?)?(?:一手|亲自)?(?:创立|创办|创建|成立)", "创立", "创办", "创建", "成立")


def founding_shares(ctx: Context) -> None:
    if "由" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "由" not in sent.tpl:
            continue
        _joint(ctx, sent)
        for m in _FOUNDED_CONTROLS.finditer(sent.tpl):
            emit_stake(ctx, sent, sent.at(m.start("holder")).key, sent.at(m.start("child")).key, "founded-controls", 0.8,
                       pct=sent.at(m.start("pct")).value, pos=m.start("pct"), controlling=True, parents=False)
        for m in _LATIN_FOUNDER.finditer(sent.tpl):
            _latin_founder(ctx, sent, m)


def _joint(ctx: Context, sent: Sent) -> None:
    for m in _JOINT.finditer(sent.tpl):
        child = sent.at(m.start("child")).key
        partners = [part for part in re.split(r"(?:与|和|及|、)(?![^（(]*[）)])", m.group("partners")) if "\ue001" in part]
        pcts = [r.value for r in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        if len(partners) != len(pcts):
            continue
        at = m.start("partners")
        for part, pct in zip(partners, pcts, strict=True):
            start = sent.tpl.index(part, at)
            at = start + len(part)
            bare = re.sub(_BRACKET, lambda b: "_" * len(b.group(0)), part)  # (a short name in brackets is the same firm)
            key = sent.at(start + bare.rindex("\ue001")).key
            emit_stake(ctx, sent, key, child, "joint-venture-share", 0.8, pct=pct, pos=m.start("pcts"),
                       controlling=True if pct is not None and pct > 50 else None, parents=False)
            if (under := _PARENT_IN.search(part)) is not None:
                kind = SubsidiaryKind.WHOLLY_OWNED if under.group("kind") == "全资" else SubsidiaryKind.SUBSIDIARY
                emit_subsidiary(ctx, sent, key, sent.at(start + under.start(1)).key, "joint-venture-partner", 0.75, kind)


def _latin_founder(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    start, end = sent.offsets[m.start("name")], sent.offsets[m.end("name")]
    name = ctx.text[start:end].strip()
    known = ctx.inv.surface.get(norm_name(name))
    if _FIRM_WORD.search(name) or (known is not None and ctx.type_of(known) != "Person"):
        return  # ("由Atlas Capital于…设立": a firm founded it)
    key = known or "P:" + name
    if key not in ctx.inv.entities:
        ctx.inv.add(key, ctx.show(start, end), "Person", norm_name(name), ctx.show(start, end), start)
    date = ctx.date_iso(sent.at(m.start("date")), sent) if m.group("date") else None
    ctx.emit(Predicate.FOUNDED, key, sent.at(m.start("child")).key, sent, "latin-founder", 0.75, date=date)
