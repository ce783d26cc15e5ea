"""A table's rows cut into the columns its header sets, blank cells kept blank.

A filing's table drawn with spaces aligns each column under its header cell, and leaves a cell blank where it
repeats the row above (one officer's second and third posts elsewhere, written under his first with his name and
post left out):

    姓名　　职务　　　　兼职单位　　兼职职务
    P　　　 董事长　　　A　　　　　 董事
    　　　　　　　　　　B　　　　　 监事

Cutting such a line at its gaps loses where its cells stand, so each cell is put in the column whose header
starts at (or a letter before) the cell's start, counted in display width (a Chinese letter two, a Latin one).
Two cells in one column are one cell with a space in it (a two-letter name padded to three with a full-width space between); a cell
running on past the next column's start with no gap (a long unit name with its post glued on) is cut there
when that column holds nothing else. A table drawn with bars keeps its cells by position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extract.table_cells import line_cells

#: a cell of a line drawn with spaces: letters with no gap in them (a single plain space stays inside: "Co., Ltd.")
_CELL = re.compile(r"[^ \u3000\t]+(?: [^ \u3000\t]+)*")
_BAR = re.compile(r"\s*[|｜]\s*")
#: how far left of its column's header a cell may start (one wide letter)
_SLACK = 2


def width(s: str) -> int:
    """The display width of a string: a wide (Chinese, full-width) letter counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _columns(line: str) -> list[int]:
    """The display column of each offset of `line` (len(line) + 1 entries): one pass, so a line's cells are placed
    without measuring its whole prefix again for each cell (quadratic in a long line's length)."""
    out = [0]
    w = 0
    for ch in line:
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        out.append(w)
    return out


@dataclass(frozen=True)
class Layout:
    """A header's columns: the display column each starts at (spaces) or None (bars), and the header's cells."""

    starts: tuple[int, ...] | None
    heads: tuple[str, ...]


def header_layout(line: str) -> Layout | None:
    """The columns of a header line, None for a line of fewer than two cells."""
    if "|" in line or "｜" in line:
        heads = tuple(c.strip() for c in line_cells(line))
        return Layout(None, heads) if len(heads) >= 2 else None
    spans = [(m.start(), m.group(0)) for m in _CELL.finditer(line)]
    if len(spans) < 2:
        return None
    col = _columns(line)
    return Layout(tuple(col[a] for a, _ in spans), tuple(c for _, c in spans))


def row_cells(layout: Layout, line: str) -> list[str] | None:
    """The line's cell under each of the layout's columns ("" where blank); None for a line no row of the table."""
    n = len(layout.heads)
    if layout.starts is None:
        if "|" not in line and "｜" not in line:
            return None
        return _bar_cells(line, n)
    col = _columns(line)
    found = [(col[m.start()], col[m.end()], m.group(0)) for m in _CELL.finditer(line)]
    if not found:
        return None
    cols: list[list[str]] = [[] for _ in range(n)]
    for a, _b, cell in found:
        k = max((j for j, s in enumerate(layout.starts) if s <= a + _SLACK), default=None)
        if k is None:
            return None
        cols[k].append(cell)
    out = [" ".join(c) if any(ch.isascii() and ch.isalpha() for ch in "".join(c)) else "".join(c) for c in cols]
    for k in range(n - 1):
        _cut_overflow(layout, line, found, out, k)
    return out


def _bar_cells(line: str, n: int) -> list[str] | None:
    """The n cells of a line drawn with bars: a bar at an end is a border, or (a row whose first cells are blank,
    "｜｜X｜Y") the edge of a blank cell, whichever gives the header's count."""
    parts = [c.strip() for c in _BAR.split(line.strip())]
    for a, b in ((0, len(parts)), (1, len(parts)), (0, len(parts) - 1), (1, len(parts) - 1)):
        if b - a == n and all(not parts[i] for i in range(a)) and all(not parts[i] for i in range(b, len(parts))):
            return parts[a:b]
    return None


def _cut_overflow(layout: Layout, line: str, found: list[tuple[int, int, str]], out: list[str], k: int) -> None:
    """A cell of column k that runs on past column k+1's start, when column k+1 has nothing of its own: the part
    from that start on is column k+1's."""
    assert layout.starts is not None
    if out[k + 1]:
        return
    edge = layout.starts[k + 1]
    for a, b, cell in found:
        if a <= layout.starts[k] + _SLACK and a + _SLACK >= layout.starts[k] and b > edge + _SLACK and out[k].endswith(cell):
            w, cut = a, 0
            while cut < len(cell) and w < edge:
                w += width(cell[cut])
                cut += 1
            if 0 < cut < len(cell):
                out[k], out[k + 1] = out[k][:len(out[k]) - len(cell)] + cell[:cut], cell[cut:]
            return
