"""Spans of a text already taken by a finding, kept sorted and apart."""

from __future__ import annotations

import bisect


class Spans:
    """Non-overlapping spans kept sorted, for "is this offset taken?" and
    "where does the span before it end?" in log time (an article can have
    tens of thousands of mentions)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])

    def remove(self, span: tuple[int, int]) -> None:
        """Drop a span a longer finding swallows, so that the spans stay apart."""
        i = bisect.bisect_left(self.starts, span[0])
        if i < len(self.starts) and (self.starts[i], self.ends[i]) == span:
            del self.starts[i], self.ends[i]

    def covering(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and self.ends[i] > pos else None

    def end_before(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.ends[i] > pos:
            i -= 1
        return self.ends[i] if i >= 0 else 0

    def ending_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and self.ends[i] == pos else None
