"""Time over facts (dicts, as the backends return them): terms of office at
a date, or now (holdings over time are `graph.stake_time`'s).

Pure functions. Ingest runs them over the store and keeps what they derive
(`graph.ingest.derived`: a term's end and how it ended, a holding's valid
time, the contradictions), so both backends serve the same stored state;
the questions run them again over that state, which gives the same terms. "Now" is the latest state the
articles report, not the calendar's today. A term ends at its stated end, at
a stated succession, or, in a role one person holds at a time, at the start
of the next holder's term. When the articles give several holders of such a
role at once, the one whose term started last is taken and the conflict is
reported; a term the articles date beats one they do not.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.derive import Term, overlapping_terms
from graph.outdated import outlived_dated
from graph.present_titles import told_as_present
from graph.records import first_report as _first_report
from graph.records import latest_report as _latest_report
from graph.term_end import over_now
from graph.vacancy import after_vacancy
from schema import ROLE_SPECIALISES, SINGLE_HOLDER_ROLES
from schema.listing_time import not_after

FactD = dict[str, Any]
#: A generic role → the specific roles that are the same seat (ROLE_SPECIALISES turned round).
_SPECIFIC: dict[str, tuple[str, ...]] = {}
for _specific, _generic in ROLE_SPECIALISES.items():
    _SPECIFIC[_generic.value] = (*_SPECIFIC.get(_generic.value, ()), _specific.value)
#: Titles of role `other` that one person holds at a time, as role keys (`role_key`).
ONE_HOLDER_TITLES = ("监事长", "监事会主席", "党委书记", "行长", "总经理", "首席营销官", "首席合规官", "首席运营官",
                     "合规负责人", "审计责任人", "首席审计官", "总审计师", "首席信息官", "首席投资官", "法定代表人")  # the officers a regulator approves one of
ONE_HOLDER = frozenset(r.value for r in SINGLE_HOLDER_ROLES) | {f"other:{t}" for t in ONE_HOLDER_TITLES}


def role_key(q: dict[str, Any]) -> str:
    """A position's role, or its title for role `other` (两个"总经理助理" are not one post)."""
    role = str(q.get("role") or "other")
    return f"other:{q.get('title') or ''}" if role == "other" else role


@dataclass(slots=True)
class Tenure:
    """One HOLDS_POSITION fact with the term the articles give it."""

    fact: FactD
    person: str
    company: str
    role: str  # `role_key`
    start: str | None
    end: str | None
    ended: bool  # known to be over, even when the end date is not
    ended_by: str | None = None  # "end" (stated), "succession" (a stated successor), "successor" (the next holder's start),
    # "left" (an article says the person left, with no date)
    conflicts: list[str] = field(default_factory=list)  # ids of facts giving another holder at once

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    @property
    def one_holder(self) -> bool:
        return self.role in ONE_HOLDER


def covers(start: str | None, end: str | None, day: str) -> bool:
    """Whether a term [start, end) contains `day` (ISO dates of any
    precision; a coarse bound covers its whole year or month). A term that
    ends on the very day asked is over that day: the day is its successor's."""
    return (start is None or not_after(start, day)) and (
        end is None or day < end or (day.startswith(end) and len(end) < len(day)) or (end.startswith(day) and len(day) < 10))


def terms(positions: Iterable[FactD], successions: Iterable[FactD] = ()) -> list[Tenure]:
    """Terms of office from position facts, ended by stated successions and,
    in one-holder roles, by the next holder's start."""
    return settle([_tenure(f) for f in positions], [succession(s) for s in successions])


#: A succession as `settle` reads it: (company, role key, who succeeded, whom, its date).
Succession = tuple[str, str, str, str, str | None]


def succession(s: FactD) -> Succession:
    """A SUCCEEDED fact (subject succeeded object in role at company) as `settle` reads it."""
    q = s["qualifiers"]
    return q.get("company_id") or "", role_key(q), s["subject"]["id"], s["object"]["id"], q.get("date") or s.get("valid_from")


def posts(ts: Iterable[Tenure]) -> dict[tuple[str, str], list[Tenure]]:
    """Tenures by post: (company, role key)."""
    by_post: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for t in ts:
        by_post[(t.company, t.role)].append(t)
    return by_post


def settle(out: list[Tenure], successions: Iterable[Succession] = (),
           by_post: dict[tuple[str, str], list[Tenure]] | None = None) -> list[Tenure]:
    """`terms` over tenures built already (ingest builds them from its rows,
    without a fact dict each): each ended, in place, by the successions
    (in order), a board seat's specific reports and the next holder of a
    one-holder post. `by_post`: `posts(out)`, when the caller has it."""
    by_post = posts(out) if by_post is None else by_post
    for company, role, new, old, date in successions:
        for t in by_post.get((company, role), []):
            if t.person == old and not t.ended and (date is None or t.start is None or t.start <= date):
                t.end, t.ended, t.ended_by = t.end or date, True, "succession"
            elif t.person == new and t.start is None and date:
                t.start = date
    generic = [t for t in out if t.role in _SPECIFIC and not t.ended]  # a director's seat is one seat: the generic
    by_person: dict[tuple[str, str], list[Tenure]] = defaultdict(list)  # report ends when the specific ones do
    for u in (out if generic else ()):  # (this loop changes none of the specific ones it reads)
        by_person[(u.person, u.company)].append(u)
    for t in generic:
        specific = [u for u in by_person.get((t.person, t.company), ()) if u.role in _SPECIFIC[t.role]]
        if specific and all(u.ended for u in specific) and (t.start is None or any(
                u.end and u.end >= t.start for u in specific)):
            t.end, t.ended, t.ended_by = max((u.end for u in specific if u.end), default=None), True, "end"
    for (_company, role), group in by_post.items():
        if role not in ONE_HOLDER or len(group) < 2:
            continue
        starters: dict[str, set[str]] = defaultdict(set)  # a start date → who began then
        for u in group:
            if u.start:
                starters[u.start].add(u.person)
        starts = sorted(starters)
        for t in group:
            if t.ended or not t.start:
                continue
            nxt = next((s for s in starts[bisect_right(starts, t.start):]
                        if not s.startswith(t.start) and starters[s] - {t.person}), None)
            if nxt is not None:
                t.end, t.ended, t.ended_by = nxt, True, "successor"
        _outlived(group)
        outlived_dated(group, _first_report, _latest_report)
    return out


def _outlived(group: list[Tenure]) -> None:
    """An open term without a start, last reported on a date after which
    someone else began or ended a term in the same one-holder post, is over
    by then: a chairman an article named in 2006 is not the chairman now
    when another's term is reported ending in 2020. It ends at the other's
    start when that is known, else on an unknown date (ended_by
    "later_holder")."""
    for t in group:
        if t.ended or t.start or not (seen := _latest_report(t.fact)[:10]):
            continue
        later = [u for u in group if u.person != t.person and any(d and not not_after(d, seen) for d in (u.start, u.end))]
        if later:
            starts = sorted(u.start for u in later if u.start and not not_after(u.start, seen))
            t.end, t.ended, t.ended_by = (starts[0] if starts else None), True, "later_holder"


def _tenure(f: FactD) -> Tenure:
    """A position's term as stored: its dates, and how it ended when ingest
    derived that (`ended_by` in its qualifiers: a succession, a successor's
    start, an article saying the person left)."""
    q = f["qualifiers"]
    how = q.get("ended_by") or ("end" if f.get("valid_to") else None) or ("left" if q.get("left") else None)
    return Tenure(f, f["subject"]["id"], f["object"]["id"], role_key(f["qualifiers"]), f.get("valid_from"), f.get("valid_to"),
                  how is not None, how)


def _pick_one(group: list[Tenure], day: str | None = None) -> list[Tenure]:
    """Of several holders of a one-holder role at once: those the articles date beat those they do not; then the latest
    start, then the most reported. The others are listed as conflicts of the one kept. On a `day` before the first report
    of an undated open term, the post had not yet changed hands to it as far as the articles know: the others' terms (one
    ended since, or one reported by then and still open: "行长甲" in 2023, "行长乙" in a 2024-11 article, asked of 2024-06)
    are the ones held; so is one whose stated end is still to come (the other was elected before it, awaiting approval:
    "自任职资格获核准之日起，甲不再担任董事长")."""
    people = {t.person for t in group}
    if len(people) <= 1:
        return group
    if day is not None and 0 < len(staying := [t for t in group if t.ended_by == "end" and t.end]) < len(group):
        return _pick_one(staying)
    if day is not None:
        unknown_yet = [t for t in group if not t.ended and not t.start and day < _first_report(t.fact)[:len(day)]]
        if unknown_yet and len(unknown_yet) < len(group):
            return _pick_one([t for t in group if t not in unknown_yet])
    dated = told_as_present(group, _first_report, _latest_report) or [t for t in group if t.dated] or group
    best = max(dated, key=lambda t: (t.start or "", t.fact.get("confidence") or 0.0, len(t.fact.get("evidence") or []),
                                     _latest_report(t.fact), t.fact["id"]))  # the id: every backend keeps the same one
    keep = [t for t in group if t.person == best.person]
    for t in keep:
        t.conflicts = sorted({u.fact["id"] for u in group if u.person != best.person})
    return keep


def conflicts(by_post: dict[tuple[str, str], list[Tenure]]) -> list[tuple[str, str]]:
    """Pairs of facts giving two people one one-holder post at once (`by_post`:
    `posts`, settled): both terms still open in the latest state reported,
    or known terms that overlap (`overlapping_terms`, after the ends derived
    from successions). An ended term without dates conflicts with nothing."""
    pairs: set[tuple[str, str]] = set()
    for (_company, role), group in by_post.items():
        if role not in ONE_HOLDER or len(group) < 2:
            continue
        open_now = sorted((t for t in group if not t.ended), key=lambda t: t.fact["id"])
        pairs |= {(a.fact["id"], b.fact["id"]) for i, a in enumerate(open_now) for b in open_now[i + 1:] if a.person != b.person}
        dated = [Term(t.fact["id"], t.person, t.start, t.end) for t in group if t.start]  # the others overlap nothing
        if len(dated) > 1:
            pairs |= {tuple(sorted(p)) for p in overlapping_terms(dated)}  # type: ignore[misc]
    return sorted(pairs)


def holding(ts: list[Tenure], day: str | None) -> list[Tenure]:
    """The terms that hold on `day` (None: now, the latest state reported:
    `over_now`), one holder per one-holder role."""
    live = [t for t in ts if (not over_now(t, ts) if day is None else covers(t.start, t.end, day)
                              and not (t.role in ONE_HOLDER and after_vacancy(t, ts, day, _first_report(t.fact), covers)))]
    by_post: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for t in live:
        by_post[(t.company, t.role)].append(t)
    out: list[Tenure] = []
    for (_c, role), group in by_post.items():
        out += _pick_one(group, day) if role in ONE_HOLDER else group
    return sorted(out, key=lambda t: (t.role, t.start or "", t.fact["subject"]["name"], t.fact["id"]))
