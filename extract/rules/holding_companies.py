"""Ownership in Hong Kong and Taiwan filing wording: the parent named as the child's 控股公司, a parent's unnamed
subsidiaries listed in a bracket, a subsidiary set up in one sentence and named in the next.

    A為B之直接控股公司，並持有其全部N%股份          B is A's subsidiary (wholly owned at 100), A holds N% of B
    B的最終控股公司A / 其控股公司A                 B is A's subsidiary (其: the clause's or last sentence's subject)
    P兼任A若干附屬公司（包括B及C）之董事            B and C are A's subsidiaries; P is a director of each
    A…擬於X地設立100%持股之子公司。該子公司…正式名稱為「B」      B is A's wholly owned subsidiary
    A旗下有全資子公司B，以及在X地註冊的全資子公司C               C is A's too (the list's second item)
    B更名為B2，A成立時成為其N%持股子公司                   B2 is A's subsidiary, A holds N% of it

The other readers of subsidiaries take the child first and a kind word (子公司, 附屬公司) after the parent; here the
parent comes first as 控股公司, or the kind word stands before the children, in a bracket with 包括.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_holders import clause_subject
from extract.rules.subsidiary_shapes import companies_in, emit_subsidiary
from extract.rules.templates import COMPANY_LIST, Sent, gated
from schema import Predicate, SubsidiaryKind

#: "A为B的直接控股公司" (+ "，持有其100%已发行股份", "，并直接持有其x%", "，持有其已发行股本约x%")
_PARENT_IS = gated(r"(?P<parent><C>)(?:亦|也|现|目前)?(?:为|是|系)(?P<child><C>)(?:的|之)(?P<how>直接|间接|最终)?(?:控股公司|母公司)"
                   r"(?:[，,](?:并)?(?:直接)?持有其(?:已发行股本(?:的)?|全部)?(?:约)?(?P<pct><R>)(?:的)?(?:已发行股份|已发行股本|股权|股份)?)?", "控股公司", "母公司")
#: "B的最终控股公司A", "其控股公司A于…"
_PARENT_AFTER = gated(r"(?:(?P<child><C>)(?:的|之)|(?<![\u4e00-\u9fff])(?P<ref>其))(?P<how>直接|间接|最终)?控股公司(?:为|是|系)?(?P<parent><C>)",
                      "控股公司")
#: "A若干附属公司（包括B及C）" (+ "之董事")
_SOME_SUBS = gated(rf"(?P<parent><C>)(?:的|之)?(?:若干|部分|多家|数家|其他|其它|旗下)(?P<whole>间接全资|全资)?(?:附属公司|子公司)"
                   rf"[（(](?:包括|包含|例如|如)(?P<children>{COMPANY_LIST})(?:等)?[）)](?:(?:之|的)(?P<title><T>))?", "包括", "包含", "例如", "如")
#: a subsidiary set up, its name to come: "A…（转投资）设立100%持股之子公司"
_SET_UP = gated(r"(?P<parent><C>)[^。；\ue001\ue000]{0,40}?(?:转投资)?(?:设立|成立|新设)(?:一家)?(?P<pct><R>)(?:持股|控股)?(?:之|的)(?:子公司|附属公司)",
                "设立", "成立", "新设")
#: the next sentence names it: "该子公司…正式名称为「B」"
_NAMED_AS = gated(r"^(?:该|此|上述|新设)(?:子公司|附属公司|公司)[^。；]{0,60}?(?:正式名称|公司名称|名称)(?:为|是)[“「\"]?(?P<child><C>)",
                  "名称")
#: a parent founded and the company named before becoming its subsidiary: "B…，A成立时成为" + its share + "持股子公司"
_JOINED_AT_FOUNDING = gated(r"(?P<parent><C>)(?:于<D>)?(?:成立|设立|组建)时(?:即|便|就)?成为(?:金控|集团|该公司|其)?(?:的)?(?P<pct><R>)?(?:持股|控股)?(?:的|之)?(?:子公司|附属公司)",
                            "成立时", "设立时", "组建时")
#: a list's second subsidiary, described by where it is registered: "，以及在" + a city + "注册的全资子公司C"
_AND_ANOTHER = gated(r"[，,](?:以及|及|和|并)(?:在|于)[^，。；\ue000\ue001]{1,12}?(?:注册|成立|设立|注册成立)的(?P<whole>全资)?(?:子公司|附属公司)(?P<child><C>)",
                     "注册", "成立", "设立")
_REF_WORDS = ("控股公司", "母公司", "附属公司", "子公司")


def holding_companies(ctx: Context) -> None:
    if not any(w in ctx.text for w in _REF_WORDS):
        return
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "\ue001" not in tpl:
            continue
        for m in _PARENT_IS.finditer(tpl):
            _parent_named(ctx, sent, m, sent.at(m.start("child")).key)
        for m in _PARENT_AFTER.finditer(tpl):
            child = sent.at(m.start("child")).key if m.group("child") else _renamed(ctx, clause_subject(ctx, sent, m.start()))
            _parent_named(ctx, sent, m, child)
        for m in _SOME_SUBS.finditer(tpl):
            _some_subsidiaries(ctx, sent, m)
        for m in _SET_UP.finditer(tpl):
            _set_up(ctx, sent, m)
        for m in _JOINED_AT_FOUNDING.finditer(tpl):
            parent = sent.at(m.start("parent")).key
            child = next((x.key for x in reversed(sent.between(0, m.start(), "C")) if x.key and x.key != parent), None)
            pct = sent.at(m.start("pct")).value if m.group("pct") else None
            emit_subsidiary(ctx, sent, child, parent, "joined-at-founding", 0.8, SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY)
            if pct is not None:
                emit_stake(ctx, sent, parent, child, "joined-at-founding", 0.8, pct=pct, pos=m.start("pct"), parents=False)
        for m in _AND_ANOTHER.finditer(tpl):
            parent = next((c.object for c in reversed(ctx.out) if c.sent == sent.i and c.predicate is Predicate.SUBSIDIARY_OF), None)
            kind = SubsidiaryKind.WHOLLY_OWNED if m.group("whole") else SubsidiaryKind.SUBSIDIARY
            emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, parent, "another-subsidiary", 0.8, kind)


def _renamed(ctx: Context, key: str | None) -> str | None:
    """The name a company 其 points back to took in the text before ("B…，并易名为B2；其控股公司A…": B2)."""
    # (a rename's two names are entities of their own, "key#name": the company is the key before the mark)
    return next((c.object.split("#")[0] for c in reversed(ctx.out) if c.predicate is Predicate.RENAMED_TO
                 and key is not None and c.subject.split("#")[0] == key), key)


def _parent_named(ctx: Context, sent: Sent, m: re.Match[str], child: str | None) -> None:
    """The child's parent named as its 控股公司: a subsidiary, wholly owned when the parent holds all of it."""
    parent = sent.at(m.start("parent")).key
    if child is None or ctx.type_of(child) != "Company":
        return
    whole = m.re is _PARENT_IS.rx and m.group("pct") is not None and sent.at(m.start("pct")).value == 100
    emit_subsidiary(ctx, sent, child, parent, "holding-company", 0.85, SubsidiaryKind.WHOLLY_OWNED if whole else SubsidiaryKind.SUBSIDIARY)
    if m.re is _PARENT_IS.rx and m.group("pct") is not None:
        emit_stake(ctx, sent, parent, child, "holding-company", 0.85, pct=sent.at(m.start("pct")).value, pos=m.start("pct"), parents=False)


def _some_subsidiaries(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    """A parent's subsidiaries listed in a bracket, and the post the clause's person holds at each."""
    parent = sent.at(m.start("parent")).key
    kind = SubsidiaryKind.WHOLLY_OWNED if m.group("whole") else SubsidiaryKind.SUBSIDIARY
    children = companies_in(sent, m.start("children"), m.end("children"))
    for child in children:
        emit_subsidiary(ctx, sent, child, parent, "some-subsidiaries", 0.8, kind)
    if not m.group("title"):
        return
    clause = max(sent.tpl.rfind(c, 0, m.start()) for c in "，,；") + 1
    person = next((x.key for x in reversed(sent.between(clause, m.start(), "P")) if x.key), None)
    for child in children:
        emit_position(ctx, sent, person, child, sent.at(m.start("title")).value, "some-subsidiaries", "", None, 0.8)


def _set_up(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    """A subsidiary set up with its share, named by the next sentence."""
    nxt = ctx.next_adjacent(sent)
    named = _NAMED_AS.search(nxt.tpl) if nxt is not None else None
    if nxt is None or named is None:
        return
    parent, child = sent.at(m.start("parent")).key, nxt.at(named.start("child")).key
    pct = sent.at(m.start("pct")).value
    emit_subsidiary(ctx, nxt, child, parent, "set-up-named", 0.8, SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY)
    emit_stake(ctx, nxt, parent, child, "set-up-named", 0.8, pct=pct, pos=named.start("child"), parents=False)
