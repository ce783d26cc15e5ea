"""An article's names, found in its text without compiling a regex of them.

The mention pass looks for the names an article's inventory holds (some tens
of them) in every sentence. A regex of them all (`extract.trie_regex`) finds
them in one scan, but compiling it is Python work that grows with the names,
and every article has names of its own: the compile cost more than all the
scans it served (bench/README.md). Here each name is looked for with
`str.find`, which runs in C, and the hits are read as such a regex's
`finditer` reads them: at the leftmost position where a name starts, the
longest name starting there, then on from its end, never overlapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


class NameHit:
    """One name found: the part of `re.Match` its readers use."""

    __slots__ = ("_end", "_start", "_string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self._string, self._start, self._end = string, start, end

    def group(self, _n: int = 0) -> str:
        return self._string[self._start:self._end]

    def start(self, _n: int = 0) -> int:
        return self._start

    def end(self, _n: int = 0) -> int:
        return self._end

    def span(self, _n: int = 0) -> tuple[int, int]:
        return self._start, self._end


class NameScan:
    """The names of one article, and where a text holds them."""

    __slots__ = ("_names",)

    def __init__(self, names: Iterable[str]) -> None:
        self._names = tuple(n for n in dict.fromkeys(names) if n)

    def _longest_at(self, string: str, pos: int, endpos: int) -> dict[int, int]:
        """Each position in string[pos:endpos] where a name starts → the end of the longest one there."""
        ends: dict[int, int] = {}
        find = string.find
        for name in self._names:
            i = find(name, pos, endpos)
            while i >= 0:
                e = i + len(name)
                if e > ends.get(i, -1):
                    ends[i] = e
                i = find(name, i + 1, endpos)
        return ends

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[NameHit]:
        """The names in string[pos:endpos], leftmost first, each the longest that starts there, none overlapping."""
        end = len(string) if endpos is None else min(endpos, len(string))
        ends = self._longest_at(string, pos, end)
        at = pos
        for i in sorted(ends):
            if i >= at:
                at = ends[i]
                yield NameHit(string, i, at)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> NameHit | None:
        """The first name `finditer` finds, or None."""
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0) -> NameHit | None:
        """The longest name that starts right at `pos`, or None."""
        best = max((len(n) for n in self._names if string.startswith(n, pos)), default=0)
        return NameHit(string, pos, pos + best) if best else None
