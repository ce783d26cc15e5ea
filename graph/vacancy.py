"""A one-holder post between its holders: left by one before a date, its
next holder reported only after it with no start ("A辞任董事长（9月）…
12月B获核准任董事长", asked of October): vacant, as far as the articles tell;
and one whose undated holder is first reported after another's dated start
that came after the day asked did not hold then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.present_titles import told_as_title
from schema.listing_time import not_after


def after_vacancy(t: Any, ts: list[Any], day: str, first_report: str, covers: Callable[[str | None, str | None, str], bool]) -> bool:
    """`t` (a `graph.temporal.Tenure` of a one-holder post), open and with no
    start, first reported after `day`, in a post another person of `ts` is
    known to have left by `day` (its term no longer `covers` it), or to
    have begun after `day` and no later than `t`'s first report, `t` told
    as a present title (`told_as_title`: "2025年3月乙接任" in a story that
    names "行长丙" now, asked of 2024: the post went to 乙 after the day, to
    丙 later still): not known to have begun by then."""
    if t.start or t.ended or not first_report or not day < first_report[:len(day)]:
        return False
    return any(u.person != t.person and u.company == t.company and u.role == t.role and (
        (u.end and not_after(u.end, day) and not covers(u.start, u.end, day))
        or (u.start and not not_after(u.start, day) and not_after(u.start, first_report) and told_as_title(t.fact))) for u in ts)
