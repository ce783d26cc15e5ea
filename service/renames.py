"""The name a company had on a date, from its dated renames.

A renamed company is one node under the name it has now (远澄金融 → 远澄数科 →
远澄科技 is 远澄科技), found under every name it had. A fact dated before a
rename speaks of the company under the name it had then, so an answer says
both: "远澄科技（时名远澄数科）". Pure functions over RENAMED_TO facts (their
qualifiers old_name, new_name, date).
"""

from __future__ import annotations

from typing import Any

from schema.listing_time import not_after
from text.names import core_key

FactD = dict[str, Any]
Rename = tuple[str, str, str]  # (date, old name, new name)


def dated_renames(facts: list[FactD]) -> list[Rename]:
    """The renames with both names and a date, oldest first."""
    out = {(str(q["date"]), str(q["old_name"]), str(q["new_name"])) for q in (f["qualifiers"] for f in facts)
           if q.get("old_name") and q.get("new_name") and q.get("date") and core_key(str(q["old_name"])) != core_key(str(q["new_name"]))}
    return sorted(out)


def name_on(renames: list[Rename], current: str, day: str | None) -> str:
    """The name on `day` (None: now): the old name of the first rename after
    that day (compared at the coarser precision of the two dates), else the
    name the company has now."""
    if not day or not renames:
        return current
    later = [r for r in renames if not not_after(r[0], day)]
    return later[0][1] if later else current


def name_then(renames: list[Rename], current: str, day: str | None) -> str | None:
    """The name on `day` when a later rename changed it, else None."""
    then = name_on(renames, current, day)
    return then if core_key(then) != core_key(current) else None


def former_names(renames: list[Rename], current: str) -> list[dict[str, str]]:
    """The names the company had before the one it has now, each with the
    date of the rename that took it away, oldest first."""
    seen: set[str] = {core_key(current)}
    out = []
    for date, old, _new in renames:
        if core_key(old) not in seen:
            seen.add(core_key(old))
            out.append({"name": old, "until": date})
    return out


def fact_day(f: FactD) -> str | None:
    """The date a fact speaks of: its own (date, start, as_of), else its
    valid time, else the date of the first article that reported it (the
    name that article used)."""
    q = f.get("qualifiers") or {}
    for d in (q.get("date"), q.get("start"), q.get("as_of"), f.get("valid_from"), f.get("reported_at")):
        if d:
            return str(d)
    return None
