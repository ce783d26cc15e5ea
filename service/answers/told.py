"""Whether a sentence calls a holder something ("B成为C第一大股东", "C的实际控制人为B"):
a fixed pattern read after each place a holder's name ends, or up to each
place it starts, so the patterns are compiled once at import and the names,
which change with every holder asked about, are found by `str.find`
instead of being formatted into a pattern per holder."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from service.questions import Backend


@dataclass(frozen=True)
class Told:
    """`after` must match where a name ends; `before` must end where it starts."""

    after: re.Pattern[str] | None
    before: re.Pattern[str] | None

    def says(self, text: str, names: Iterable[str]) -> bool:
        """Whether some place of one of `names` in `text` has `after` behind it or `before` in front of it."""
        after, before = self.after, self.before
        for name in names:
            if not name:
                continue
            i = text.find(name)
            while i >= 0:
                if after is not None and after.match(text, i + len(name)):
                    return True
                if before is not None and before.search(text, 0, i):  # `\Z` holds at `endpos`: the match ends at the name
                    return True
                i = text.find(name, i + 1)
        return False

    def says_any(self, texts: Iterable[str], names: Iterable[str]) -> bool:
        """Whether one of `texts` says it of one of `names`."""
        names = [n for n in names if n]
        return bool(names) and any(self.says(t, names) for t in texts)


def told(after: str | None = None, before: str | None = None) -> Told:
    """A `Told` from the words after the name and the words before it (either may be None)."""
    return Told(re.compile(after) if after is not None else None,
                re.compile(f"(?:{before})\\Z") if before is not None else None)


def holder_names(b: Backend, holder: str) -> list[str]:
    """A holder's name and aliases, as its sentences may write it."""
    e = b._entity(holder) or {}
    return [n for n in {e.get("name"), *(e.get("aliases") or [])} if n]


def stake_sentences(stake: Any) -> list[str]:
    """The sentences behind a stake of record (`service.holdings`)."""
    return [ev["evidence"] for f in stake.facts for ev in f.get("evidence", [])]
