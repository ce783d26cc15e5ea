"""The curated alias table: names an analyst says are one entity.

`type<TAB>name<TAB>alias|alias…`, one entity a line, `#` comments. Each name
of a line, by its name key, brings all the line's names into resolution:
two mentions that share none of their own names still resolve to one entity
when the table joins them.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from text.names import name_key

#: (entity type, name key) → all the names of that line
Curated = dict[tuple[str, str], list[str]]


def load_curated(source: Path | Traversable | None) -> Curated:
    """The table at `source` (a file, or a packaged resource); None: no table.
    A missing file or a malformed line is a ValueError naming it."""
    table: Curated = {}
    if source is None:
        return table
    if not source.is_file():
        raise ValueError(f"{source}: no such alias table")
    for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in ("Person", "Company"):
            raise ValueError(f"{source}:{n}: expected 'Person|Company<TAB>name<TAB>alias|alias…'")
        names = [parts[1].strip(), *[a.strip() for a in parts[2].split("|") if a.strip()]]
        for nm in names:
            table[(parts[0], name_key(nm))] = names
    return table
