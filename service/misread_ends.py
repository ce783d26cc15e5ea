"""An end read onto the wrong term: the day a person took a post is not the
day they left it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FactD = dict[str, Any]


def taken_that_day(positions: list[FactD], successions: Iterable[FactD]) -> list[FactD]:
    """The positions, less the end of a term that would end the very day it
    began, when a stated succession gives the person that post on that day
    ("甲卸任CEO，乙接任CEO" read with 甲's end on 乙's term as well): the end
    is the predecessor's, the successor holds the post from that day."""
    took = {(s["subject"]["id"], s["qualifiers"].get("role"), str(s["qualifiers"].get("date") or "")) for s in successions}
    out = []
    for f in positions:
        q = f["qualifiers"]
        if q.get("start") and q.get("end") == q["start"] and (f["subject"]["id"], q.get("role"), str(q["start"])) in took:
            f = f | {"qualifiers": {k: v for k, v in q.items() if k != "end"}, "valid_to": None}
        out.append(f)
    return out
