"""A holder table whose holder cells carry a bracket: the vehicle a holder holds through, or what the holder is.

    股东｜持股
    P（透过其全资拥有的V）｜N%
    A（保荐人）｜M%

A row "P（透过其全资拥有的V）" is a holding of P's and of V's, the same share (V holds the shares, P holds V); a
bracket that says what the holder is (保荐人, 发起人, 独立投资者) leaves the holder as the name before it, which the
column makes a holder even when no sentence named it. A header of a bare 持股 column is a share column here. The
rows are the holdings of the company the text is about, or of its new name when it was renamed; a table of the
holdings after a completion ("完成后的股权结构") is dated by the completion day the text gave before.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.spaced_cells import Row
from extract.rules.spaced_tables import entity
from extract.rules.templates import Sent, pattern
from extract.table_cells import template_cells
from extract.table_headers import HOLDING_HEADER
from schema import Predicate

_HOLDER_HEAD = re.compile(r"(?:主要)?(?:股东|持有人)(?:名称|姓名)?")
_SHARE_HEAD = re.compile(r"持股(?:比例|比率|百分比)?(?:[（(]%[）)])?|(?:概约)?(?:持股|股权)?百分比|股权比例|占比")
#: "P（透过其全资拥有的V）": the holder and its vehicle
_VEHICLE = re.compile(r"\s*(?P<h>[^（）|｜]{2,60}?)\s*（(?:透过|通过|经由|经)(?:其)?(?:全资拥有|全资持有|全资|全权|控制|实际控制)?(?:的)?"
                      r"(?P<v>[^（）|｜]{2,60}?)(?:持有)?）\s*")
#: a bracket after a holder that says what it is
_DESCRIBED = re.compile(r"\s*(?P<name>[^（）|｜]{2,60}?)\s*（[^（）]{1,16}）\s*")
#: the line over the table: the holdings after a completion
_AFTER_COMPLETION = re.compile(r"(?:完成|交割|合并)后(?:的)?(?:股权结构|股东|持股)")
_COMPLETED_ON = pattern(r"(?:于|在)?(?P<d><D>)(?:正式|顺利)?(?:完成|交割)")


def vehicle_rows(ctx: Context) -> None:
    if "（" not in ctx.text or "股" not in ctx.text or ("|" not in ctx.text and "｜" not in ctx.text):
        return
    head: tuple[int, int, int, bool] | None = None  # (holder column, share column, width, a header the plain readers read)
    last = header_at = -1
    for sent in ctx.sentences:
        if "|" not in sent.tpl and "｜" not in sent.tpl:
            head = None
            continue
        cells = template_cells(sent.tpl)
        if head is not None and len(cells) == head[2] and ctx.adjacent(last, sent.i):
            _row(ctx, sent, cells, head, header_at)
            last = sent.i
            continue
        texts = [ctx.text[sent.offsets[a]:sent.offsets[b]].strip() for a, b in cells]
        holder = next((i for i, t in enumerate(texts) if _HOLDER_HEAD.fullmatch(t)), None)
        share = next((i for i, t in enumerate(texts) if holder is not None and i > holder and _SHARE_HEAD.fullmatch(t)), None)
        head = (holder, share, len(cells), bool(HOLDING_HEADER.search(sent.tpl))) if holder is not None and share is not None else None
        header_at = last = sent.i


def _row(ctx: Context, sent: Sent, cells: list[tuple[int, int]], head: tuple[int, int, int, bool], header_at: int) -> None:
    holder_col, share_col, _width, plain = head
    a, b = cells[holder_col]
    pcts = sent.between(*cells[share_col], "R")
    if len(pcts) != 1 or ("（" not in sent.tpl[a:b] and plain):
        return  # (a row with no bracket under a header the plain table readers know is theirs)
    target, day = _owner(ctx, header_at)
    if target is None:
        return
    cell = ctx.text[sent.offsets[a]:sent.offsets[b]]
    row = Row([cell], sent.offsets[a], sent.offsets[b])
    holders: list[str | None] = []
    if (m := _VEHICLE.fullmatch(cell)) is not None:
        holders = [entity(ctx, row, m.group("h"), True, True), entity(ctx, row, m.group("v"), False, True)]
    elif (named := sent.between(a, b)) and len(named) == 1 and named[0].kind in "PC" and sent.tpl[a:b].strip().startswith(("\ue000", "\ue001")):
        holders = [named[0].key]
    elif not named and (d := _DESCRIBED.fullmatch(cell)) is not None:
        holders = [entity(ctx, row, d.group("name"), False, True)]
    for h in holders:
        if h and h != target:
            ctx.emit(Predicate.HOLDS_STAKE, h, target, sent, "vehicle-row", 0.75, percent=pcts[0].value, as_of=day)


def _owner(ctx: Context, header_at: int) -> tuple[str | None, str | None]:
    """The company the table's holdings are of (under its new name, when renamed) and their day."""
    target = ctx.announcer or ctx.focus
    if target is None or ctx.type_of(target) != "Company":
        return None, None
    renamed = [c.object for c in ctx.out if c.predicate is Predicate.RENAMED_TO and c.subject.split("#")[0] == target]
    target = renamed[-1] if renamed else target
    above = ctx.sentences[header_at - 1] if header_at > 0 else None
    if above is None or not _AFTER_COMPLETION.search(above.tpl):
        return target, None
    for s in reversed(ctx.sentences[max(0, header_at - 15):header_at - 1]):
        if (m := _COMPLETED_ON.search(s.tpl)) is not None:
            return target, ctx.date_iso(s.at(m.start("d")), s)
    return target, None
