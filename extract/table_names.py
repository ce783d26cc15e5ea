"""People named in a shareholder table's holder column.

A table written as text lines ("股东名称 | 持股数量（股） | 持股比例", then one row a line,
"祁远帆 | 3,650,000 | 0.91%") names its holders with no word around them that says a person:
the column says it. A cell of two or three letters that can be a person's name, in a row under
such a header, is a person (a company's cell carries its legal name or a suffix the company
recogniser reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.name_words import CJK
from extract.table_cells import line_cells
from extract.table_headers import CONTROL_COLUMN, HOLDER_HEADER, PARTY_COLUMN, PERSON_COLUMN, REPRESENTATIVE_COLUMN

#: a row whose first cell (after its number, perhaps) is a short name and whose next cell is a figure
_ROW = re.compile(rf"^[|｜\s]*(?:\d{{1,2}}[、.．]?\s*[|｜\s]\s*)?([{CJK}]{{2,3}})\s*[|｜]\s*[\d.,，]", re.M)
#: how many lines up a row may be from its header
_MAX_ROWS = 40


def holder_cells(text: str) -> Iterator[tuple[str, int, bool]]:
    """(name, offset, headed) of each short holder cell of the text's shareholder tables, and of each
    short cell in the person column of a table of people ("机构 | 人员 | 变动 | 日期", or of related parties, "序号 | 关联方名称 | 关联关系"): `headed`, for
    these, as the column's header says they are people (the cue a title gives a name)."""
    if "|" not in text and "｜" not in text:
        return
    yield from _person_column_cells(text)
    yield from _control_column_cells(text)
    if HOLDER_HEADER.search(text) is None:
        return
    for m in _ROW.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1 if m.start() else 0
        lines_up = text[max(0, line_start - 4000):line_start].split("\n")[-_MAX_ROWS - 1:]
        for line in reversed(lines_up[:-1] if lines_up and not lines_up[-1] else lines_up):
            if HOLDER_HEADER.search(line) and ("|" in line or "｜" in line):
                yield m.group(1), m.start(1), False
                break
            if "|" not in line and "｜" not in line:
                break  # a line of prose between: the row is no row of that table


def _person_column_cells(text: str) -> Iterator[tuple[str, int, bool]]:
    """The cells of two or three letters under a header cell that heads a column of people, down
    to the table's last row (the last line with as many cells)."""
    col, width, at, headed = None, 0, 0, True
    for line in text.split("\n"):
        cells = line_cells(line) if ("|" in line or "｜" in line) else []
        if col is not None and len(cells) == width:
            cell = cells[col].strip()
            if re.fullmatch(rf"[{CJK}]{{2,3}}", cell):
                yield cell, at + line.find(cell), headed
        else:
            heads = [i for i, c in enumerate(cells) if PERSON_COLUMN.fullmatch(c.strip())]
            headed = bool(heads)  # (a column of related parties mixes people with companies: no cue of a person's)
            heads = heads or [i for i, c in enumerate(cells) if PARTY_COLUMN.fullmatch(c.strip())]
            col, width = (heads[0], len(cells)) if len(heads) == 1 and len(cells) >= 3 else (None, 0)
        at += len(line) + 1


def _control_column_cells(text: str) -> Iterator[tuple[str, int, bool]]:
    """The cells of two or three letters under each header cell that names who stands behind a row's holder
    (控股股东, 实际控制人, 最终受益人 …), in a table whose header has a holder column too: the column says the
    holder's controller, a person when the cell holds no company's name, down to the table's last row."""
    cols: list[int] = []
    width, at = 0, 0
    for line in text.split("\n"):
        cells = line_cells(line) if ("|" in line or "｜" in line) else []
        if cols and len(cells) == width:
            for col in cols:
                cell = cells[col].strip()
                if re.fullmatch(rf"[{CJK}]{{2,3}}", cell):
                    yield cell, at + line.find(cell), True
        elif HOLDER_HEADER.search(line) or "股东" in line:
            cols = [i for i, c in enumerate(cells) if i and (CONTROL_COLUMN.fullmatch(c.strip()) or REPRESENTATIVE_COLUMN.fullmatch(c.strip()))]
            width = len(cells) if cols else 0
        else:
            cols = []
        at += len(line) + 1
