"""Facts from their reports: merged qualifiers, confidence, validity, contradictions.

Pure functions. A fact reported by several articles keeps, for each date, the
value most reports support among mutually consistent ones (2022 and
2022-08-17 agree; the precise one wins), and for other qualifiers the most
reported value.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from schema import DATE_QUALIFIERS, Predicate
from schema.listing_time import merge_listing


def merge_qualifiers(reports: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    keys = {k for r in reports for k in r}
    for k in sorted(keys):
        values = [r[k] for r in reports if r.get(k) not in (None, "")]
        if not values:
            continue
        merged[k] = _merge_dates([str(v) for v in values]) if k in DATE_QUALIFIERS else _most_common(values)
    return merged


#: Qualifiers that say whether a state still holds: they follow the latest report, not any report (a stake one
#: article tells as it was before a restructuring and a later one reports as held is held).
#: (A listing's time has rules of its own: `schema.listing_time`.)
STATE_QUALIFIERS: dict[Predicate, tuple[str, ...]] = {Predicate.HOLDS_STAKE: ("former", "end")}


def follow_latest(predicate: Predicate, merged: dict[str, Any], reports: list[tuple[str | None, dict[str, Any]]]) -> dict[str, Any]:
    """`merged` with its state qualifiers as the latest report (by its
    article's date) gives them: a fact one article marks over and a later
    one reports as holding holds. Reports of one date: the one saying the
    state still holds wins, whatever the order they were read in."""
    if predicate is Predicate.LISTED_ON:
        return merge_listing(merged, reports)
    keys = STATE_QUALIFIERS.get(predicate, ())
    if not keys or len(reports) < 2:
        return merged
    _date, last = max(reports, key=lambda r: (r[0] or "", not any(r[1].get(k) for k in keys)))
    out = {k: v for k, v in merged.items() if k not in keys}
    return out | {k: last[k] for k in keys if last.get(k) not in (None, "")}


def _most_common(values: list[Any]) -> Any:
    counts = Counter(repr(v) for v in values)
    best = max(counts.values())
    return next(v for v in values if counts[repr(v)] == best)


def _merge_dates(values: list[str]) -> str:
    """The best supported date: a value is supported by the reports that
    state it or a coarser date it refines (2022-08 supports 2022-08-17, not
    the other way round, so one stray 2022-08-19 cannot drag the answer back
    to the month); ties go to precision."""
    def support(v: str) -> int:
        return sum(1 for w in values if v.startswith(w))

    return max(set(values), key=lambda v: (support(v), len(v), v))


#: Where a state fact's valid time comes from: (qualifier giving valid_from, qualifier giving valid_to), None for
#: unbounded; an event is an instant, its date (`EVENT_TIME`). A holding's as_of is an observation, not its start.
VALID_TIME: dict[Predicate, tuple[str | None, str | None]] = {
    Predicate.HOLDS_POSITION: ("start", "end"), Predicate.SUBSIDIARY_OF: ("start", "end"), Predicate.LISTED_ON: ("date", "end"),
    Predicate.HOLDS_STAKE: (None, "end")}
EVENT_TIME: tuple[str | None, str | None] = ("date", "date")


def validity(predicate: Predicate, quals: dict[str, Any]) -> tuple[str | None, str | None]:
    """Valid time of a fact from its qualifiers."""
    start, end = VALID_TIME.get(predicate, EVENT_TIME)
    return quals.get(start) if start else None, quals.get(end) if end else None


def holding_since(quals: dict[str, Any], reported: str | None) -> str | None:
    """A holding's stored `valid_from`: its as_of, else the date of the first
    article reporting it (`reported`), except a holding told as past
    (former, or ended), which held from a date the articles do not give.
    The writer and the recompute store it, so no pass derives it again.
    The one rule: the stake rules at query time (`graph.stake_time`) read a
    holding's start through it too. An empty qualifier says nothing."""
    as_of = quals.get("as_of")
    if as_of:
        return str(as_of)
    return None if quals.get("former") or quals.get("end") else reported


class Term(NamedTuple):
    """A term as the overlap test reads it (a tuple: the terms pass builds one per dated position)."""

    fact_id: str
    person: str
    start: str | None
    end: str | None


def overlapping_terms(terms: list[Term]) -> list[tuple[str, str]]:
    """Pairs of facts (different people, same single-holder role and
    company) whose known terms overlap. Terms without a start are not
    compared: "former chairman" with no dates contradicts nothing."""
    pairs = []  # a total order, so the answer cannot depend on the order facts were read in
    dated = sorted((t for t in terms if t.start), key=lambda t: (t.start or "", t.end or "9999", t.fact_id))
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if a.person == b.person:
                continue
            a_end, b_start = a.end or "9999", b.start or ""
            touching = a_end.startswith(b_start) or b_start.startswith(a_end)  # 2022-08 vs 2022-08-17
            if b_start < a_end and not touching:
                pairs.append((a.fact_id, b.fact_id))
    return pairs


def combine_confidence(values: list[float]) -> float:
    """Independent reports: 1 − Π(1 − cᵢ)."""
    p = 1.0
    for v in values:
        p *= 1 - max(0.0, min(1.0, v))
    return round(1 - p, 4)
