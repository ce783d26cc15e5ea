"""A deputy post ends when its holder takes the full post it deputises for.

"2019年加入，出任副总经理；2022年3月升任总经理": the article dates the deputy
post's start and the full post's start, never the deputy post's end; read
as stored, the person would still be a deputy general manager after
becoming the general manager (and after leaving that post too). A term is
over once the same person begins the post above it at the same company.
"""

from __future__ import annotations

from graph.temporal import Tenure
from schema import Role

#: The deputy role → the full role it deputises for.
DEPUTY_OF = {Role.DEPUTY_GENERAL_MANAGER.value: Role.GENERAL_MANAGER.value, Role.VICE_PRESIDENT.value: Role.PRESIDENT.value,
             Role.VICE_CHAIRMAN.value: Role.CHAIRMAN.value}


def end_promoted(ts: list[Tenure]) -> list[Tenure]:
    """End, in place, each open deputy term whose holder later began the full
    post at the same company: at that start (ended_by "promoted"). Only a
    dated full post ends one: two undated posts say nothing of their order."""
    full_starts: dict[tuple[str, str, str], list[str]] = {}
    for t in ts:
        if t.start and t.role in DEPUTY_OF.values():
            full_starts.setdefault((t.person, t.company, t.role), []).append(t.start)
    for t in ts:
        if t.ended or t.role not in DEPUTY_OF:
            continue
        later = sorted(s for s in full_starts.get((t.person, t.company, DEPUTY_OF[t.role]), []) if t.start is None or t.start < s)
        if later and not (t.start and later[0].startswith(t.start)):
            t.end, t.ended, t.ended_by = later[0], True, "promoted"
    return ts
