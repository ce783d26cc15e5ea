"""Whether a term of office is over in the latest state the articles report.

A term told from its start to a stated end still to come when the latest
article telling it was written ("任期自2022年6月至2025年6月", in a report of
2024) is a term of office, not a departure: it is held now. An end the
articles report as past, a succession, a successor's start or a word that
the person left ends it; so does the holder's death (`graph.deceased`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.deceased import told_dead
from graph.records import latest_report


def over_now(t: Any, others: Iterable[Any] = ()) -> bool:
    """`t` (a `graph.temporal.Tenure`) is over now: ended, and not by a stated end still to come when last reported.

    `others`, the post's other terms at the company: a holder of the same post starting by that end makes it
    real whatever the dates of the reports ("叶…2015年起任董事长" reported before "沈…2022年8月接任")."""
    if not t.ended:
        return told_dead(t)  # an obituary's posts: its holder holds none now
    seen = latest_report(t.fact)[:10]
    if not (t.ended_by == "end" and t.start and t.end and seen and t.end > seen and not seen.startswith(t.end)):
        return True
    return any(o is not t and o.person != t.person and o.company == t.company and o.role == t.role
               and o.start and t.start < o.start <= t.end for o in others)
