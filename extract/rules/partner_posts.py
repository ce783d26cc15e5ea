"""A partnership's executive partner (执行事务合伙人): the post is the partnership's, whatever company the
sentence is about. A prospectus's holder list writes "1.C（有限合伙）…" + "，持有发行人" + a figure + "，其执行事务合伙人为P"
(其 is the partnership, not the issuer the clause before spoke of), a story "员工持股平台C持股" + a figure + "，P为该平台执行事务
合伙人" (该平台 is C). The post goes to the partnership the sentence (or the one before) names, the title as written."""

from __future__ import annotations

import re

from extract.mention_records import KIND, TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate, Role

_GP = "执行事务" + KIND["T"]
#: "P为(该平台|该合伙企业|其)执行事务合伙人", "其执行事务合伙人为P", "执行事务合伙人：P"
#: (or the partnership between: "P为C的执行事务合伙人")
_HOLDER_FIRST = pattern(r"(?P<p><P>)(?:同时|亦|也|还|现)?(?:为|是|系|担任|任)(?:该平台|该合伙企业|该企业|其|该持股平台|<C>(?:[（(][^（）()]{0,30}[）)])?)?(?:的)?执行事务<T>")
#: the partnership named after the post: P, a few words, then 担任 with the post, 的 and the partnership C (P runs C)
_POST_BEFORE_FIRM = pattern(r"(?P<p><P>)[^。；\ue000]{0,40}?担任执行事务<T>的(?P<c><C>)")
#: P, a clause of what else P holds, then "并担任C的执行事务合伙人" (P runs the partnership the clause names)
_ALSO_RUNS = pattern(r"(?P<p><P>)[^。；\ue000]{0,40}?[，,](?:并|同时|还|亦)?(?:担任|出任|系|为)(?P<c><C>)(?:的)?执行事务<T>")
_HOLDER_AFTER = pattern(r"执行事务<T>(?:为|是|系|[：:])(?P<p><P>)")


#: what makes a bare 合伙人 someone's partner rather than a firm's post: a person right before, joined by 与/和/及 (perhaps
#: with 其) or 的, or a name the text knows no other way after 由 ("由A与合伙人B出资"): "A与合伙人B共同持有",
#: "由A及其合伙人B创办", "A的合伙人B" ("C合伙人B" with a firm before it stays a post, and so do "C及其合伙人B", whose
#: 其 is the firm, and "C创始人A及合伙人B", two of C's people)
_PARTNER_OF = re.compile(r"(?:\ue000|由[\u4e00-\u9fff]{2,3})(?:(?:与|同|跟|偕|携)(?:其|他的|她的)?|(?:和|及)(?:其|他的|她的)|的)(?:商业|生意|创业)?$")


def partner_of_person(sent: Sent, chain_start: int, chain_end: int) -> bool:
    """Whether the chain at [chain_start, chain_end) is a bare 合伙人 naming the partner of a person (a relation
    between people, no post at any company): "C由A与合伙人B分别持股" gives B a stake, not a post at C."""
    if chain_end - chain_start != 1 or sent.tpl[chain_start] != KIND["T"]:
        return False
    info = sent.at(chain_start).value
    if not isinstance(info, TitleInfo) or info.title != "合伙人":
        return False
    return _PARTNER_OF.search(sent.tpl, max(0, chain_start - 8), chain_start) is not None


def _partnership(ctx: Context, sent: Sent, before: int) -> str | None:
    """The last partnership named before template position `before`, else the sentence before's last one."""
    for cands in (sent.between(0, before, "C"), ctx.sentences[sent.i - 1].mentions if sent.i > 0 else []):
        for m in reversed(cands):
            ent = ctx.inv.entities.get(m.key or "")
            if m.kind == "C" and ent is not None and "合伙" in ent.name:
                return m.key
    # a sheet's line under a line no rule read ("C（有限合伙）（30%）\n　执行事务合伙人：P"): the last partnership written above
    near = [(ctx.text.rfind(ent.name, max(0, sent.start - 400), sent.start), key) for key, ent in ctx.inv.entities.items()
            if ent.type == "Company" and "合伙" in ent.name]
    at, key = max(near, default=(-1, None))
    return key if at >= 0 else None


def partner_posts(ctx: Context) -> None:
    if "执行事务合伙人" not in ctx.text:
        return
    for sent in ctx.sentences:
        at = sent.tpl.find(_GP)
        if at < 0 or not isinstance(info := sent.at(at + 4).value, TitleInfo) or info.title != "合伙人":
            continue
        firm = _partnership(ctx, sent, at)
        m = _HOLDER_FIRST.search(sent.tpl) or _HOLDER_AFTER.search(sent.tpl)
        if m is None and (m := _POST_BEFORE_FIRM.search(sent.tpl) or _ALSO_RUNS.search(sent.tpl)):
            firm = sent.at(m.start("c")).key
        if firm is None or m is None:
            continue
        person = sent.at(m.start("p")).key
        ctx.out = [c for c in ctx.out if not (c.sent == sent.i and c.subject == person and c.predicate is Predicate.HOLDS_POSITION
                                              and c.qualifiers.get("title") == "合伙人")]
        emit_position(ctx, sent, person, firm, TitleInfo(Role.OTHER, "执行事务合伙人"), "executive-partner", "", None, 0.8)
        ctx.reindex()
