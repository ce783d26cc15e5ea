"""A dated term that later news of another holder outlived."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schema.listing_time import not_after


def outlived_dated(group: list[Any], first_report: Callable[[dict[str, Any]], str], latest_report: Callable[[dict[str, Any]], str]) -> None:
    """An open term with a start, in a one-holder post, never reported again
    after another person is first reported holding the post with no dates
    ("聘任乙为行长" in 2021, "行长甲表示" in a 2025 article): the post changed
    hands by that report, so the term ends on its date (ended_by
    "later_holder"), as `graph.temporal._outlived` ends an undated term that
    a later dated one outlived."""
    undated = [u for u in group if not u.ended and not u.start and not u.end and first_report(u.fact)]
    for t in group:
        if t.ended or not t.start or t.end:
            continue
        seen = max(t.start, latest_report(t.fact)[:10])
        later = sorted(d for u in undated if u.person != t.person and not not_after(d := first_report(u.fact)[:10], seen))
        if later:
            t.end, t.ended, t.ended_by = later[0], True, "later_holder"
