"""Whether each fact holds now, the latest state the articles report: what a
drawing styles as current, former, conflicting or as an event that happened.

Holdings and posts are judged by the backend's own `holders` and
`executives` (`service.temporal`: stake sales, successions, the next holder
of a one-holder seat), so an exported page says what the API and the
explorer say; other facts are former once their validity has ended.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from graph.records import MergedFact
from schema import Predicate
from service.errors import NotFound
from service.questions import Backend

State = Literal["current", "former", "conflict", "event"]
#: Facts that report something that happened once (drawn as events, not as a standing relation).
EVENTS = frozenset({Predicate.SOLD_STAKE, Predicate.SUCCEEDED, Predicate.FOUNDED, Predicate.RENAMED_TO, Predicate.LISTED_ON})


def fact_states(b: Backend, facts: Iterable[MergedFact]) -> dict[str, State]:
    """fact id → its state now, for every fact given."""
    facts = list(facts)
    companies = sorted({f.object for f in facts if f.predicate in (Predicate.HOLDS_STAKE, Predicate.HOLDS_POSITION)})
    current: set[str] = set()
    conflict: set[str] = set()
    judged: set[str] = set()  # companies whose holders and executives were asked
    for cid in companies:
        try:
            if b.resolve(cid)["type"] != "Company":  # a stake in a person is an extraction slip: judged by dates alone
                continue
            holders, executives = b.holders(cid, None), b.executives(cid, None, None)
        except NotFound:
            continue
        judged.add(cid)
        current |= {fid for s in holders["stakes"] for fid in s["facts"]}
        current |= {f["id"] for f in executives["current"]}
        conflict |= {f["id"] for f in executives["conflicting"]}
    out: dict[str, State] = {}
    for f in facts:
        if f.predicate in EVENTS:
            out[f.id] = "event"
        elif f.object in judged and f.predicate in (Predicate.HOLDS_STAKE, Predicate.HOLDS_POSITION):
            out[f.id] = "conflict" if f.id in conflict else "current" if f.id in current else "former"
        else:
            out[f.id] = "former" if f.valid_to else "current"
    return out
