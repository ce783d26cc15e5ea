"""A table of personnel changes across firms, a row a change: "机构 | 人员 | 变动 | 日期" over
"松溪证券 | 祁远帆 | 离任副总经理 | 3月12日" (a monthly digest of several firms' notices). The header
names the columns, so each row's cells say which firm, who, what and when: the change cell's verb
tells a post taken (新任, 聘任) from one left (辞去, 离任), its title is the post, the firm cell its
company, and the date cell the day of the change."""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from extract.table_cells import line_cells
from extract.table_headers import PERSON_COLUMN

#: the header cells, by column: the firm, the person, the change, its date
_COLUMNS = {
    "company": re.compile(r"(?:机构|公司|公司名称|机构名称|券商|银行|单位|企业)"),
    "person": PERSON_COLUMN,  # (the same words make extract.table_names read the column's cells as people)
    "change": re.compile(r"(?:变动|变动情况|变动内容|变动事项|职务变动|人事变动|变更|变更情况|变动类型)"),
    "date": re.compile(r"(?:日期|时间|公告日期|生效日期|变动日期|公告时间)"),
}
#: the verb of a change cell: a post taken, or one left
_TAKES = re.compile(r"^(?:新任|聘任|任命|获任|当选|选举|出任|接任|升任|履新|委任|拟任)")
_LEAVES = re.compile(r"^(?:辞去|辞任|辞职|卸任|离任|退任|不再担任|免去|退休|届满离任)")


def _header(line: str) -> dict[str, int] | None:
    """The column of each of the four kinds of cell, when a table line's cells are such a header."""
    cells = [c.strip() for c in line_cells(line)]
    cols = {k: i for k, rx in _COLUMNS.items() for i, c in enumerate(cells) if rx.fullmatch(c)}
    return cols if len(cells) <= 6 and {"company", "person", "change"} <= cols.keys() else None


def change_tables(ctx: Context) -> None:
    if "|" not in ctx.text and "｜" not in ctx.text:
        return  # (no bar, no table)
    cols: dict[str, int] | None = None
    for sent in ctx.sentences:
        line_start = ctx.text.rfind("\n", 0, sent.start) + 1
        header = ctx.text[ctx.text.rfind("\n", 0, line_start - 1) + 1:line_start] if line_start else ""
        # the header is the line above the first row; the rows below keep it, to the table's end
        cols = (_header(header) or cols) if "|" in header or "｜" in header else None
        if cols is None or ("|" not in sent.tpl and "｜" not in sent.tpl):
            continue
        _row(ctx, sent, cols)


def _row(ctx: Context, sent: Sent, cols: dict[str, int]) -> None:
    """One row: its cells by template position, read by the header's columns."""
    bounds, at = [], 0
    for m in re.finditer(r"[|｜]", sent.tpl):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(sent.tpl)))
    if len(bounds) <= max(cols.values()):
        return
    firms = sent.between(*bounds[cols["company"]], "C")
    people = sent.between(*bounds[cols["person"]], "P")
    s, e = bounds[cols["change"]]
    titles = [t for t in sent.between(s, e, "T") if isinstance(t.value, TitleInfo)]
    if len(firms) != 1 or len(people) != 1 or not titles:
        return
    cell = sent.tpl[s:e].strip()
    status = "start" if _TAKES.match(cell) else "end" if _LEAVES.match(cell) else ""
    if not status:
        return
    days = sent.between(*bounds[cols["date"]], "D") if "date" in cols and cols["date"] < len(bounds) else []
    date = ctx.date_iso(days[0], sent) if days else None
    for t in titles:
        emit_position(ctx, sent, people[0].key, firms[0].key, t.value, "change-table", status, date, 0.8)
