"""A listing's time from its reports: when it began, whether and when it ended, and a relisting.

A LISTED_ON fact is one edge per company and exchange, reported by many
articles, each of one of three kinds:

- a delisting: `end` (退市 on a date), or `delisted` (said to be over, no
  date: over by the article's day);
- an explicit listing: a `date` (上市 on a day), or `relisting` (重新上市,
  回归, 重返: a new listing after one ended, dated or by its article's day);
- a passing mention ("X在港交所上市"): it says the company was listed
  there, not that a listing began again, so it moves no time at all.

A delisting wins over every report before it. A listing whose start is
after the latest delisting is a relisting: the edge is open again, its
`date` the relisting's and the interval before kept in `previous_start`
and `previous_end`. Otherwise the edge is closed by the latest delisting:
its `end` when some report dates it, else `delisted` (never both), and
the interval before a relisting kept the same way. A listing of more than
two intervals (listed, delisted, relisted, delisted again, relisted…) keeps
every one in `intervals` ("start/end;…", oldest first), which `begun` and
`listed_on` read when it is there. One
rule, applied where one article's reports are merged (`extract.merge`) and
where a fact's qualifiers are derived from its provenance
(`graph.store.derive`), so every reader, the embedded store and Neo4j,
sees the same edge; `listed_on` is the one reading of it on a day. (In
schema, below both layers: part of what LISTED_ON's qualifiers mean.)
"""

from __future__ import annotations

from typing import Any


def not_after(day: str, limit: str) -> bool:
    """Whether `day` falls on or before `limit`, ISO dates compared at the
    coarser of their two precisions: "2020" is not after "2020-06-01", nor
    "2020-06-15" after "2020-06" (neither date says which came first).
    Here, below both layers (graph and service), so that neither keeps a twin."""
    n = min(len(day), len(limit))
    return day[:n] <= limit[:n]

#: the qualifiers this module derives (and `relisting`, a report's word that the derived ones tell); no report's
#: value for them survives as it was
STATE = ("date", "end", "delisted", "previous_start", "previous_end", "intervals", "relisting")


def _after(a: str, b: str) -> bool:
    """`a` strictly later than `b`, not the same time told at two precisions (2021-05 is not after 2021)."""
    return not not_after(a, b)


def _best(values: list[str]) -> str:
    """Of dates told of one event, the best supported, then the precise one (2021 and 2021-03-05: the day)."""
    return max(values, key=lambda v: (sum(v.startswith(w) for w in values), len(v), v))


def merge_listing(merged: dict[str, Any], reports: list[tuple[str | None, dict[str, Any]]]) -> dict[str, Any]:
    """`merged` (the reports' most supported values) with a listing's time
    as the module docstring defines it; `reports` are (article date,
    qualifiers the article stated; one article's reports are merged by the
    same rule first, `extract.merge`). An end is (when, the date stated: ""
    for an undated delisting, told by its article's day)."""
    starts: list[str] = []
    ends: list[tuple[str, str]] = []
    for day, q in reports:
        if q.get("date"):
            starts.append(str(q["date"]))
        elif q.get("relisting") and day:
            starts.append(day)  # listed again by the article's day
        if q.get("end"):
            ends.append((str(q["end"]), str(q["end"])))
        elif q.get("delisted"):
            ends.append((day or "", ""))
        if q.get("previous_end"):  # a report one article's own relisting story made (extract.merge)
            ends.append((str(q["previous_end"]), str(q["previous_end"])))
            starts.extend([str(q["previous_start"])] if q.get("previous_start") else [])
        for start, end in spans(q):  # and the intervals before it, when it told more than one
            starts.extend([start] if start else [])
            ends.extend([(end, end)] if end else [])
    out = {k: v for k, v in merged.items() if k not in STATE}
    if not ends:
        return out | ({"date": _best(starts)} if starts else {})
    closed = _closed(starts, ends)
    last = max(at for at, _v in closed[-1][1])
    again = [s for s in starts if last and _after(s, last)]
    if again:  # relisted: open, the interval before kept
        kept = [*closed, (again, [])]
        out |= {"date": _best(again)}
    else:
        kept = closed
        starts_last, closing = closed[-1]
        dated = [v for _at, v in closing if v]
        out |= ({"date": _best(starts_last)} if starts_last else {}) | ({"end": _best(dated)} if dated else {"delisted": True})
    if len(kept) > 1:  # the interval before the present one
        before, gone = kept[-2]
        out |= {"previous_end": _gone(gone)} | ({"previous_start": _best(before)} if before else {})
    if len(kept) > 2:  # listed, delisted, relisted, delisted again…: every interval, oldest first
        out |= {"intervals": ";".join(f"{_best(b) if b else ''}/{_gone(g) if g else ''}" for b, g in kept)}
    return out


def _closed(starts: list[str], ends: list[tuple[str, str]]) -> list[tuple[list[str], list[tuple[str, str]]]]:
    """The closed intervals, oldest first: each the starts told of it and the delistings that closed it.
    Delistings with no start between them close one interval (told twice, at two precisions or two
    days); a delisting with no time (no date, no article day) closes the latest."""
    timed = sorted(e for e in ends if e[0])
    out: list[tuple[list[str], list[tuple[str, str]]]] = []
    for at, v in timed:
        prev = out[-1][1][-1][0] if out else None
        if prev is not None and not any(_after(s, prev) and not _after(s, at) for s in starts):
            out[-1][1].append((at, v))
        else:
            out.append(([s for s in starts if (prev is None or _after(s, prev)) and not _after(s, at)], [(at, v)]))
    untimed = [e for e in ends if not e[0]]
    if not out:
        return [(starts, untimed)]
    out[-1][1].extend(untimed)
    return out


def _gone(closing: list[tuple[str, str]]) -> str:
    """When a closed interval ended: its best dated delisting, else by the latest article day that told it."""
    dated = [v for _at, v in closing if v]
    return _best(dated) if dated else max(at for at, _v in closing)


def spans(quals: dict[str, Any]) -> list[tuple[str, str]]:
    """A listing's intervals as `merge_listing` keeps them when there are more than two: (start, end), oldest
    first, "" for a time no article gives (the present interval's end: open, or ended on no day told)."""
    return [(a, b) for a, _s, b in (p.partition("/") for p in str(quals.get("intervals") or "").split(";") if p)]


def begun(quals: dict[str, Any], day: str) -> bool:
    """Whether a listing had begun by `day`: its `date`, or a relisted one's
    interval before (whose start, when no article gives it, was before its end)."""
    if kept := spans(quals):
        return not kept[0][0] or not_after(kept[0][0], day)
    if not quals.get("date") or not_after(str(quals["date"]), day):
        return True
    start = quals.get("previous_start")
    return bool(quals.get("previous_end")) and (not start or not_after(str(start), day))


def listed_on(quals: dict[str, Any], day: str | None) -> bool:
    """Whether a listing that had begun (`begun`) still held on `day` (None:
    now): not ended by then, nor in the gap between a delisting and the
    relisting after it. An undated delisting ends the listing now, on no day."""
    if day is None:
        return not (quals.get("end") or quals.get("delisted"))
    if kept := spans(quals):  # every interval kept: in one of them
        return any((not start or not_after(start, day)) and (not end or _after(end, day)) for start, end in kept)
    if quals.get("end") and not_after(str(quals["end"]), day):
        return False
    gone, back = quals.get("previous_end"), quals.get("date")
    return not (gone and not_after(str(gone), day) and (not back or _after(str(back), day)))



def start_on(quals: dict[str, Any], day: str) -> str | None:
    """The start of the interval a listing was in on `day` (of the latest begun by then, if it had ended)."""
    if kept := spans(quals):
        return next((start for start, _e in reversed(kept) if start and not_after(start, day)), None)
    relisted = quals.get("previous_end") and quals.get("date") and not not_after(str(quals["date"]), day)
    return quals.get("previous_start") if relisted else quals.get("date")
