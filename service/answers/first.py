"""The first holder of a post (首任, "the first chairman"): the one an
article calls so, else the term that began before every other one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cmp_to_key

from graph.temporal import Tenure
from service.questions import Backend

_SAID_FIRST = r"(?:首任|第一任|首届)"


def first_holders(b: Backend, ts: list[Tenure]) -> list[Tenure]:
    """The terms of the post's first holder. A term an article's sentence
    calls the first ("C首任董事长P", "P为C首任行长") is; else the earliest
    known: a term with no start that ended came before a started one unless
    that one had ended by then; a term with neither date nor end is of no
    known time (with one about, no one is known to be first), except one
    beside a dated open term of a one-holder post, which preceded it."""
    said = [t for t in ts if _said_first(b, t)]
    if said:
        return said
    undated = [t for t in ts if not t.start and not t.end and not t.ended]
    opened = [t.start for t in ts if t.start and not t.end and not t.ended]
    if not ts or (undated and not (len(undated) == 1 and undated[0].one_holder and opened)):
        return []
    # a one-holder post's undated open term beside a dated open one ended when that one began (it preceded it)
    ts = [replace(t, end=min(opened), ended=True) if t in undated else t for t in ts]
    first = min(ts, key=cmp_to_key(_order))
    return [t for t in ts if t.person == first.person]


def _said_first(b: Backend, t: Tenure) -> bool:
    names = [n for n in {b.ref(t.person)["name"], *((b._entity(t.person) or {}).get("aliases") or [])} if n]
    who = "(?:" + "|".join(map(re.escape, names)) + ")"
    rx = re.compile(rf"{_SAID_FIRST}[^，。；,;、]{{0,12}}?{who}|{who}(?:为|是|系|成为|出任|担任)(?:该行|该公司|公司|其)?(?:的)?{_SAID_FIRST}")
    return any(rx.search(ev.get("evidence") or "") for ev in t.fact.get("evidence") or [])


def _order(a: Tenure, b: Tenure) -> int:
    """-1 when `a` began before `b`."""
    if a.start and b.start:
        return -1 if a.start < b.start else 1 if a.start > b.start else 0
    if not a.start and not b.start:
        return -1 if (a.end or "~") < (b.end or "~") else 1 if (a.end or "~") > (b.end or "~") else 0
    if a.start:
        return -_order(b, a)
    return 1 if b.end and a.end and b.end <= a.end else -1  # `a` (no start) ended: first unless `b` was over by then
