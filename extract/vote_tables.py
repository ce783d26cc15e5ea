"""The rows of a meeting's voting-result table: who stood for which seats, and whether each won.

A shareholders' meeting's resolution notice gives a board election as a table ("议案序号｜候选人｜
得票数｜…｜是否当选", a row a candidate: "2.02｜柯某｜1,318,004,562｜96.40｜是"), its rows grouped under
the motion that names the seats ("2.00 关于选举" + a board + "…董事的议案"). No word beside a
candidate's name says a person or a post: the header's columns say it, and the motion line above the
rows names the seat. A line with no bar that names an election opens the next group; any other line
without a bar ends the table. A table of the elected only ("当选别｜户名或姓名｜当选权数", Taiwan's) has a
seat column instead: every row won the seat its own cell names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.table_cells import line_cells

#: the column of the candidates' names, and the column saying whether each won
_NAME_COL = re.compile(r"^(?:候选人|被选举人)(?:姓名|名称)?$|^姓名$|^户名(?:或姓名)?$")
#: a column of the seat each row won, in a table of the elected only ("当选别｜户名或姓名｜当选权数": Taiwan's
#: election results, a row a winner; a legal person's seat names its representative, "C　代表人：P")
_SEAT_COL = re.compile(r"^(?:当选别|当选类别|当选席次|席次类别)$")
_DELEGATE = re.compile(r"代表人[：:]\s*([^\s｜|，,]{2,6})")
_WON_COL = re.compile(r"当选")
#: a cell saying the candidate won
_WON = frozenset({"是", "当选", "√", "✓", "通过"})
#: the seat a motion elects, most specific first
_SEAT = re.compile(r"(?:非独立董事|独立非执行董事|非执行董事|独立董事|执行董事|(?:股东代表|职工代表|外部)?监事|董事)(?!会)")
#: how far a header row may be from the first election motion above it, in characters
_MAX_GAP = 400


@dataclass(frozen=True)
class VoteRow:
    name: str  # the candidate's cell as written
    at: int  # offset of the name in the text
    seat: str  # the seat the motion above the row elects ("非独立董事"), "" when it names none
    motion_at: int  # offset of that motion line
    won: bool


def vote_rows(text: str) -> Iterator[VoteRow]:
    """Each candidate row of the text's voting tables, with the seat its motion elects."""
    if "当选" not in text or ("|" not in text and "｜" not in text):
        return
    pos = 0
    lines: list[tuple[int, str]] = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        at, line = lines[i]
        i += 1
        if "当选" not in line or ("|" not in line and "｜" not in line):
            continue
        head = line_cells(line)
        name_col = next((k for k, c in enumerate(head) if _NAME_COL.match(c)), None)
        seat_col = next((k for k, c in enumerate(head) if _SEAT_COL.match(c)), None)
        won_col = next((k for k, c in enumerate(head) if _WON_COL.search(c) and k != seat_col and "权数" not in c), None)
        if name_col is not None and seat_col is not None and won_col is None:
            yield from _elected_rows(lines, i, name_col, seat_col)
            continue
        if name_col is None or won_col is None:
            continue
        seat, motion_at = _motion_above(lines, i - 1)
        while i < len(lines):
            at, line = lines[i]
            if "|" not in line and "｜" not in line:
                if "选举" not in line or not line.strip():
                    break
                found = _SEAT.search(line, line.find("选举"))
                seat, motion_at = (found.group(0) if found else ""), at
                i += 1
                continue
            cells = line_cells(line)
            i += 1
            if len(cells) <= max(name_col, won_col):
                continue
            name = cells[name_col]
            yield VoteRow(name, at + line.find(name), seat, motion_at, cells[won_col] in _WON)


def _elected_rows(lines: list[tuple[int, str]], i: int, name_col: int, seat_col: int) -> Iterator[VoteRow]:
    """The rows under a header of the elected only, from line `i` to the first line without a bar: each
    row's seat cell and its person (the representative a legal person's cell names, else the cell)."""
    while i < len(lines) and ("|" in lines[i][1] or "｜" in lines[i][1]):
        at, line = lines[i]
        i += 1
        cells = line_cells(line)
        if len(cells) <= max(name_col, seat_col):
            continue
        delegate = _DELEGATE.search(cells[name_col])
        name = delegate.group(1) if delegate else cells[name_col]
        yield VoteRow(name, at + line.find(name), cells[seat_col], at, True)


def _motion_above(lines: list[tuple[int, str]], header: int) -> tuple[str, int]:
    """The seat named by the election motion just above a header row (the first group's motion
    may stand before the header), else none."""
    k = header - 1
    while k >= 0 and lines[header][0] - lines[k][0] <= _MAX_GAP:
        at, line = lines[k]
        if "选举" in line and "|" not in line and "｜" not in line:
            found = _SEAT.search(line, line.find("选举"))
            return (found.group(0) if found else ""), at
        k -= 1
    return "", -1
