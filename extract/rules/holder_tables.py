"""A table of a company's major shareholders with columns after the share naming who stands behind each
holder, as banks and insurers disclose them:

    序号 | 主要股东名称 | 持股比例 | 控股股东 | 实际控制人 | 一致行动人 | 最终受益人
    1 | 北林城投集团有限公司 | 12.00% | 北林市国资委 | 北林市国资委 | 无 | 北林城投集团有限公司
    2 | 南岭置业有限公司 | 3.10% | 周明远 | 周明远 | 南岭物流有限公司 | 周明远

Each row is its holder's share of the company the table is of (the line above the header names it and the
date, "截至D", as stakes_tables reads it), and the holder's 控股股东 and 实际控制人 each control it (a
controlling holding of the row's holder); 一致行动人 and 最终受益人 state no holding. The readers of plain
holder tables (extract.rules.stake_tables) end the row at its share, so these rows were theirs to miss.

A column of each holder's legal representative (an annual report's "股东名称 | 持股比例 | 法定代表人 | 注册资本")
names the representative's post at the row's holder.
"""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.stake_tables import table_owner
from extract.rules.templates import Sent
from extract.table_cells import template_cells
from extract.table_headers import CONTROL_COLUMN, HOLDER_COLUMN, REPRESENTATIVE_COLUMN, SHARE_COLUMN
from schema import Predicate, Role

_HOLDER = re.compile(rf"(?:主要|前十大|前十名)?(?:{HOLDER_COLUMN}|股东)")
_SHARE = re.compile(rf"(?:{SHARE_COLUMN}|占比)")
#: the columns whose cell controls the row's holder
_CONTROLLERS = re.compile(r"(?:其)?(?:控股股东|实际控制人)(?:名称|姓名)?")
_COMPANY, _PERSON, _PERCENT = "\ue001", "\ue000", "\ue007"
#: the post a representative column names
_REPRESENTATIVE = TitleInfo(Role.OTHER, "法定代表人")


def holder_tables(ctx: Context) -> None:
    if "控股股东" not in ctx.text and "实际控制人" not in ctx.text and "受益人" not in ctx.text and "代表人" not in ctx.text:
        return
    header: _Header | None = None
    width, last = 0, -1
    for sent in ctx.sentences:
        if "|" not in sent.tpl:
            header = None
            continue
        cells = template_cells(sent.tpl)
        if header is not None and len(cells) == width and ctx.adjacent(last, sent.i):
            _row(ctx, sent, cells, header)
            last = sent.i
            continue
        header, width, last = _header(ctx, sent, cells), len(cells), sent.i


#: (sentence, holder column, share column, controller columns, representative columns)
_Header = tuple[int, int, int, list[int], list[int]]


def _header(ctx: Context, sent: Sent, cells: list[tuple[int, int]]) -> _Header | None:
    """The columns of a disclosure table's header: its holder's, its share's, its controllers' and its holders'
    representatives'; None for a header with no column after the share that names who stands behind the holder
    or who represents it. (A header's cells read as the text writes them: a title there is a template's mention.)"""
    texts = [ctx.text[sent.offsets[a]:sent.offsets[b]].strip() for a, b in cells]
    holder = next((i for i, t in enumerate(texts) if _HOLDER.fullmatch(t)), None)
    if holder is None:
        return None
    share = next((i for i in range(holder + 1, len(texts)) if _SHARE.search(texts[i])), None)
    if share is None:
        return None
    controllers = [i for i in range(share + 1, len(texts)) if _CONTROLLERS.fullmatch(texts[i])]
    representatives = [i for i in range(share + 1, len(texts)) if REPRESENTATIVE_COLUMN.fullmatch(texts[i])]
    if not representatives and not any(CONTROL_COLUMN.fullmatch(t) for t in texts[share + 1:]):
        return None
    return sent.i, holder, share, controllers, representatives


def _row(ctx: Context, sent: Sent, cells: list[tuple[int, int]], header: _Header) -> None:
    head, hcol, scol, ccols, rcols = header
    at = _only(sent, cells[hcol], _COMPANY + _PERSON)
    holder = sent.at(at).key if at is not None else None
    pct = _only(sent, cells[scol], _PERCENT)
    target, as_of = table_owner(ctx, head)
    if holder is None or target is None or holder == target or ctx.type_of(target) != "Company":
        return
    if pct is not None:
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "disclosure-table", 0.8,
                 percent=sent.at(pct).value, as_of=as_of)
    if ctx.type_of(holder) != "Company":
        return
    for col in rcols:
        if (at := _only(sent, cells[col], _PERSON)) is not None:
            emit_position(ctx, sent, sent.at(at).key, holder, _REPRESENTATIVE, "disclosure-table-representative", "", None, 0.75)
    for col in ccols:
        at = _only(sent, cells[col], _COMPANY + _PERSON)
        if at is not None:
            ctx.emit(Predicate.HOLDS_STAKE, sent.at(at).key, holder, sent, "disclosure-table-controller", 0.75, controlling=True)


def _only(sent: Sent, cell: tuple[int, int], kinds: str) -> int | None:
    """The position of the cell's mention when the cell holds that and nothing else (a cell "无" names nobody)."""
    text = sent.tpl[cell[0]:cell[1]]
    stripped = text.strip()
    if len(stripped) != 1 or stripped not in kinds:
        return None
    return cell[0] + text.index(stripped)

