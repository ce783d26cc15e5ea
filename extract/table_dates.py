"""The dates a roster table gives each row's posts in a column of their own.

A governance section or a registry extract lists its directors and officers as a table, a
row a person, and one column says since when each holds the post: "选任日期", "任职日期",
"就任日期", "聘任时间", "到任时间" (a start), "任期起始日" and "任期届满日" (a start and an end in
two columns), or "任期"/"任职期间" holding a span in one cell ("2021.03-2024.03", "2022年8月至今").
The column need not stand next to the post (age, sex or the nominating holder come between), so
a reader finds it by the header, not by position. These are the functions any reader of such a
table calls (the roster rows of extract.rules.rosters and the dating pass
extract.rules.column_dates): one definition of what a date column is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.dates import DateValue, find_dates
from extract.table_cells import row_cells

#: a cell heading a column of the day a post began (whole cell; Simplified and Traditional)
START_COLUMN = re.compile(
    r"(?:本届|本屆|首次)?(?:选任|選任|任职|任職|聘任|就任|到任|上任|任命|委任|获任|獲任|当选|當選|获聘|獲聘|选举|選舉|起任|担任|擔任)"
    r"(?:起始)?(?:日期|时间|時間|日|年月)"
    r"|(?:本届|本屆)?任期(?:起始|开始|開始|起)(?:日期|时间|時間|日)?|任职起始日期|任職起始日期|到职日期|到職日期")
#: a cell heading a column of the day a post ends or ended
END_COLUMN = re.compile(r"(?:本届|本屆)?任期(?:届满|屆滿|终止|終止|结束|結束|止|到期)(?:日期|时间|時間|日)?|离任(?:日期|时间)|離任(?:日期|時間)")
#: a cell heading a column whose cells hold the tenure as a span
SPAN_COLUMN = re.compile(r"(?:本届|本屆)?(?:任期|任职期间|任職期間|任职期限|任職期限|任职起止日期|任職起止日期|任期起止日期|任期起止)")
#: a span in one cell: a date, a dash or 至, and a date or 至今
_SPAN_SEP = re.compile(r"\s*(?:[—－\-–~～]+|至|到)\s*")
_UNTIL_NOW = re.compile(r"^(?:至今|今|现在|現在|目前)$")
#: "2022.08", "2022/8", "2022-08": a year and month with figures only (a table's short way)
_YEAR_MONTH = re.compile(r"^((?:19|20)\d{2})[./\-](1[0-2]|0?[1-9])$")


@dataclass(frozen=True)
class DateColumns:
    """Where a header row puts the start, the end, or the span of each row's tenure (column indexes)."""

    start: int | None = None
    end: int | None = None
    span: int | None = None

    def __bool__(self) -> bool:
        return self.start is not None or self.end is not None or self.span is not None


def date_columns(header: list[str]) -> DateColumns:
    """The date columns a header row's cells name (none: an empty DateColumns)."""
    start = next((i for i, c in enumerate(header) if START_COLUMN.fullmatch(c)), None)
    end = next((i for i, c in enumerate(header) if END_COLUMN.fullmatch(c)), None)
    span = next((i for i, c in enumerate(header) if i not in (start, end) and SPAN_COLUMN.fullmatch(c)), None)
    return DateColumns(start, end, span)


def cell_date(cell: str) -> DateValue | None:
    """The one date a cell holds ("2021年3月", "2021.03", "113年02月10日"), unresolved; None for anything else."""
    cell = cell.strip()
    if (ym := _YEAR_MONTH.match(cell)) is not None:
        return DateValue(int(ym.group(1)), int(ym.group(2)))
    found = find_dates(cell)
    if len(found) != 1 or found[0][2].period:
        return None
    return found[0][2]


def cell_span(cell: str) -> tuple[DateValue | None, DateValue | None, bool]:
    """(start, end, still held) of a span cell: "2021.03-2024.03", "2022年8月至今", "2020年2月" alone."""
    parts = _SPAN_SEP.split(cell.strip(), maxsplit=1)
    if len(parts) == 1:
        return cell_date(parts[0]), None, False
    a, b = parts
    if _UNTIL_NOW.match(b):
        return cell_date(a), None, True
    first, last = cell_date(a), cell_date(b)
    if first is not None and last is not None and last.year is None and last.month and first.year:
        last = DateValue(first.year, last.month, last.day)  # ("2021年3月至6月": the same year)
    return first, last, False


def row_tenure(header: list[str], row: list[str]) -> tuple[DateValue | None, DateValue | None]:
    """(start, end) a row's date cells give, by the header's date columns; (None, None) if none."""
    cols = date_columns(header)
    if not cols or len(row) != len(header):
        return None, None

    def at(i: int | None) -> str:
        return row[i] if i is not None and i < len(row) else ""

    start = cell_date(at(cols.start)) if cols.start is not None else None
    end = cell_date(at(cols.end)) if cols.end is not None else None
    if cols.span is not None and (start is None or end is None):
        s, e, _now = cell_span(at(cols.span))
        start, end = start or s, end or e
    return start, end


def table_header(text: str, pos: int) -> tuple[list[str], list[str]] | None:
    """(header cells, row cells) for the table line holding text offset `pos`: the header is the first line of
    the run of table lines it stands in (each cut the same way, into as many cells as the row)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    row = row_cells(text[a:b if b >= 0 else len(text)])
    if len(row) < 3:
        return None
    header: list[str] | None = None
    while a > 0:
        pa = text.rfind("\n", 0, a - 1) + 1
        above = row_cells(text[pa:a - 1])
        if len(above) != len(row):
            break
        header, a = above, pa
    return (header, row) if header is not None else None
