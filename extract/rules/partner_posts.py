"""A partnership's executive partner (执行事务合伙人): the post is the partnership's, whatever company the
sentence is about. A prospectus's holder list writes "1.C（有限合伙）…" + "，持有发行人" + a figure + "，其执行事务合伙人为P"
(其 is the partnership, not the issuer the clause before spoke of), a story "员工持股平台C持股" + a figure + "，P为该平台执行事务
合伙人" (该平台 is C). The post goes to the partnership the sentence (or the one before) names, the title as written."""

from __future__ import annotations

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
