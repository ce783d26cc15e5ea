"""A holder an article names by a present title, after a history it dates.

An article that recounts a post's history ("2012年3月，董事长一职由乙接任")
and names someone else with the post as a present title ("丙（本行董事长）"
in the same or a later article) tells the post as it stands on its date:
the dated term is history told years on, the present title is the holder
then. `graph.temporal._pick_one` otherwise prefers a dated term to an
undated one, which keeps the holder of 2012 as the holder now.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: Years between a dated term's start and the article naming another holder
#: by a present title, for that article to be telling history: an article of
#: the appointment's own year or the next that names another holder undated
#: more likely names the one replaced.
HISTORY_YEARS = 2

Report = Callable[[dict[str, Any]], str]

#: A date in a sentence: a year (Arabic or Chinese numerals) or a numeric date.
_DATED = re.compile(r"(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}年|(?:19|20)\d{2}[-/.]\d|当年|同年|次年|去年|前年")


def told_as_title(f: dict[str, Any]) -> bool:
    """Every sentence that tells the fact gives no date ("丙（本行董事长）",
    "行长丙表示"): the post as it stands on the article's day. A sentence that
    dates something ("2023年4月，董事长甲接受审查") tells history, the day
    its holder held the post then, not the article's."""
    texts = [str(e.get("evidence") or "") for e in f.get("evidence") or []]
    return bool(texts) and all(t and not _DATED.search(t) for t in texts)


def told_as_present(group: list[Any], first_report: Report, latest_report: Report) -> list[Any]:
    """Of the open terms of one one-holder post (`Tenure`s), the undated ones
    told as a present title (`told_as_title`) whose holder an article names at least `HISTORY_YEARS` after every other
    holder's dated start, with those dated terms told no later than that
    article and in other sentences: the holder now, by the present title. Among several such
    holders, the one first told latest, then told later in its article (a
    chronicle runs forward; a signature or a committee list closes it).
    Empty when there is none, and the usual order holds."""
    dated = [t for t in group if t.start]
    undated = [u for u in group if not u.start and not u.end and first_report(u.fact) and told_as_title(u.fact)]
    if not dated or not undated:
        return []

    def present(u: Any) -> bool:
        seen = first_report(u.fact)[:10]
        return all(_years(t.start, seen) >= HISTORY_YEARS and latest_report(t.fact)[:10] <= seen
                   and not _sentences(t.fact) & _sentences(u.fact) for t in dated if t.person != u.person)

    keep = [u for u in undated if present(u)]
    if not keep:
        return []
    best = max(keep, key=lambda u: (first_report(u.fact)[:10], _offset(u.fact, first_report(u.fact)), u.fact["id"]))
    return [u for u in keep if u.person == best.person]


def _sentences(f: dict[str, Any]) -> set[tuple[Any, int]]:
    """(article, start) of each sentence that tells the fact: one sentence that
    names both holders tells the change itself ("乙获选为主席，接替自2017年起出任
    主席的甲"), whichever holder the date was read for, not a history and a
    present title."""
    return {(e.get("article_id"), e["offsets"][0]) for e in f.get("evidence") or [] if e.get("offsets")}


def _years(start: str, day: str) -> int:
    """Whole calendar years from a start (any precision) to a day."""
    try:
        return int(day[:4]) - int(start[:4])
    except ValueError:
        return 0


def _offset(f: dict[str, Any], day: str) -> int:
    """Where the fact is told latest in its article of `day` (-1 if not known)."""
    return max((e["offsets"][0] for e in f.get("evidence") or [] if e.get("offsets") and (e.get("date") or "") == day), default=-1)
