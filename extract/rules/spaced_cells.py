"""Tables drawn with spaces: a line's columns set apart by a full-width space, a tab or two spaces and more,
as a company-registry page copied out of a browser and a forum post's hand-aligned table write them:

    股东　　　　23年中　　23年末　　24Q1
    松溪控股　　9.80　　　10.25　　　--

Normalisation turns a full-width space into a plain one, so the gaps are read in the article as it was written
(`ctx.show`); a single plain space stays inside a cell ("北林集团 45%"). A header cell that names a reporting
period ("24Q3末", "2024年末", "2025年一季度末", "2024-12-31") is the day its column's figures stand at.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.rules.base import Context
from extract.rules.templates import Sent
from text.normalize import to_simplified

#: the gap between two columns: a full-width space, a tab, or two plain spaces and more
_GAP = re.compile(r"[\u3000\t]+\s*| {2,}")
#: a cell that says the row has no figure in that column
ABSENT = frozenset({"--", "-", "—", "——", "/", "－", "－－", "无", "N/A", "n/a", ""})
#: a share written in a cell: "45.00%", "12.51" (a table whose unit is %)
_SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%?")

_YEAR = r"(?P<y>(?:19|20)?\d{2})"
_QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4}
_PERIOD = (
    (re.compile(rf"{_YEAR}\s*年?\s*[Qq](?P<q>[1-4])\s*(?:末|季末|季报)?"), None),
    (re.compile(rf"{_YEAR}\s*年(?:第)?(?P<q>[一二三四1-4])季度?(?:末|季报)?"), None),
    (re.compile(rf"{_YEAR}\s*年?\s*(?:H1|h1|中报|半年报|半年末|年中|上半年末?)"), "06-30"),
    (re.compile(rf"{_YEAR}\s*年?\s*(?:年末|年底|年报|末|底|Q4末)"), "12-31"),
)
_DAY = re.compile(r"((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:末)?")


@dataclass
class Row:
    """One line of the article cut into cells: the cells as written, and the line's span in the normalised text."""

    cells: list[str]
    start: int
    end: int


def header_col(cells: list[str], rx: re.Pattern[str]) -> int | None:
    """The index of the first header cell the pattern fills whole (in Simplified: a Traditional header's "股東" too)."""
    return next((i for i, c in enumerate(cells) if rx.fullmatch(to_simplified(c))), None)


def spaced_rows(ctx: Context) -> list[Row]:
    """Every line of the article with two cells or more set apart by wide gaps (memoised per article)."""
    rows: list[Row] | None = ctx.memo.get("spaced_rows")
    if rows is None:
        rows = []
        at = 0
        for line in ctx.text.split("\n"):
            start, at = at, at + len(line) + 1
            if " " not in line and "\t" not in line:
                continue
            written = ctx.show(start, start + len(line))
            cells = [c.strip() for c in _GAP.split(written.strip())]
            if len(cells) >= 2:
                rows.append(Row(cells, start, start + len(line)))
        ctx.memo["spaced_rows"] = rows
    return rows


def following(rows: list[Row], k: int, ctx: Context) -> Iterator[Row]:
    """The rows right after header `k`, each on the next line (a blank or unspaced line ends the table)."""
    prev = rows[k]
    for row in rows[k + 1:]:
        if ctx.text[prev.end:row.start].strip():
            return
        yield row
        prev = row


def share(cell: str) -> float | None:
    """The percent a cell gives ("45.00%" → 45.0), None for an empty or other cell."""
    m = _SHARE.fullmatch(cell.strip())
    if m is None:
        return None
    v = float(m.group(1))
    return v if 0 < v <= 100 else None


def period_end(cell: str) -> str | None:
    """The day a header cell's reporting period ends ("24Q3末" → 2024-09-30, "2024年末" → 2024-12-31)."""
    cell = cell.strip()
    m = _DAY.fullmatch(cell)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    for rx, end in _PERIOD:
        m = rx.fullmatch(cell)
        if m is None:
            continue
        y = int(m.group("y"))
        year = y + 2000 if y < 100 else y
        if end is None:
            q = m.group("q")
            end = _QUARTER_END[_CN_DIGIT.get(q) or int(q)]
        return f"{year}-{end}"
    return None


def day_of(cell: str) -> str | None:
    """The day a cell writes in full ("2022-11-03", "2022年11月3日")."""
    m = _DAY.search(cell)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def row_sent(ctx: Context, row: Row) -> Sent:
    """The analysed sentence a row's facts cite: the first sentence that starts on the row's line, else one made
    for the line (a row with no trigger word is not analysed). Made sentences go at the end of `ctx.sentences`, so
    the rules that read sentences in order run before this module's readers."""
    starts: list[int] = ctx.memo.setdefault("spaced_starts", [s.start for s in ctx.sentences])  # (before any is made)
    k = bisect.bisect_left(starts, row.start)
    if k < len(ctx.sentences) and ctx.sentences[k].start < row.end:
        return ctx.sentences[k]
    made: dict[int, Sent] = ctx.memo.setdefault("spaced_sents", {})
    if row.start not in made:
        n = row.end - row.start
        made[row.start] = Sent(len(ctx.sentences), row.start, row.end, ctx.text[row.start:row.end], [-1] * n, [],
                               offsets=list(range(row.start, row.end + 1)))
        ctx.sentences.append(made[row.start])
    return made[row.start]
