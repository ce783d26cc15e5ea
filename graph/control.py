"""Who controls a company, directly and in the end (实际控制人), on a date.

Pure functions over the stakes `graph.temporal.stakes` gives for a date.
A partnership is run by its general partner (执行事务合伙人, 普通合伙人),
whatever the partners' shares, so a general partner comes before anything
else; then a holder the articles call controlling (控股股东/实际控制人);
then one with a majority; then the largest holder above 30 % when no one
else holds as much; then a parent that owns it (wholly owned, subsidiary).
Control is followed up the chain for the controller in the end, each step
keeping the facts it rests on, so the answer cites every link ("G is the
general partner of P", "P is X's controlling shareholder").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.algorithms import CONTROL_THRESHOLD, DIRECT_CONTROL_THRESHOLD
from graph.temporal import Stake

FactD = dict[str, Any]
#: A company's id → (its stakes on the day asked, the SUBSIDIARY_OF facts naming its parents then)
Lookup = Callable[[str], tuple[list[Stake], list[FactD]]]


def direct_controllers(now: list[Stake], parents: list[FactD]) -> tuple[list[str], list[FactD]]:
    """The holders that control a company directly, and the facts that say so."""
    chosen = [s for s in now if any(f["qualifiers"].get("general_partner") for f in s.facts)]
    chosen = chosen or _after_changes([s for s in now if any(f["qualifiers"].get("controlling") for f in s.facts)])
    chosen = chosen or [s for s in now if (s.percent or 0) >= CONTROL_THRESHOLD]
    if not chosen and now and (now[0].percent or 0) > DIRECT_CONTROL_THRESHOLD and (
            len(now) == 1 or (now[1].percent or 0) < (now[0].percent or 0)):
        chosen = now[:1]
    if chosen:
        return [s.holder for s in chosen], [f for s in chosen for f in s.facts]
    owning = [f for f in parents if f["qualifiers"].get("kind") in ("wholly_owned", "subsidiary")]
    return [f["object"]["id"] for f in owning], owning


def _after_changes(stated: list[Stake]) -> list[Stake]:
    """Stated control, less what a later stated change replaced: after
    "C的实际控制人变更为B" (dated D), a controller another article stated
    before D (or with no date) no longer controls C."""
    changes = [s.since or "" for s in stated if any(f["qualifiers"].get("changed") for f in s.facts)]
    if not changes:
        return stated
    last = max(changes)
    return [s for s in stated if (s.since or "") >= last]


def ultimate_controllers(company: str, lookup: Lookup, is_company: Callable[[str], bool]) -> tuple[list[str], list[FactD]]:
    """Control followed up from `company` until it ends: at a person, or at
    a company no one controls. The facts are every link's, in order."""
    ids, facts = direct_controllers(*lookup(company))
    seen = {company}
    top: list[str] = []  # where control ends, on every branch
    frontier = ids
    while frontier:
        nxt: list[str] = []
        for x in frontier:
            seen.add(x)
            up, more = direct_controllers(*lookup(x)) if is_company(x) else ([], [])
            up = [u for u in up if u not in seen]
            (nxt if up else top).extend(up or [x])
            facts += more if up else []
        frontier = list(dict.fromkeys(nxt))
    return list(dict.fromkeys(top)), facts
