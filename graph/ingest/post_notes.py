"""The posts a fresh store's terms pass must read, noted by the article loop.

Finding them afterwards meant reading every position back and parsing its
qualifiers in SQL to group them by post (bench/README.md), while the loop
has each report's company, person and qualifiers in hand. What is noted
is what `graph.ingest.scope.fresh_positions` would find, or more: each
report is noted, not only the first of its fact, and merges can only
join posts, so a post with two holders in the store has two here once
its ids are followed through the batch's merges (`PostNotes.settled`).
Reading more than the rules change is safe (scope.py says why).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from typing import Any

from graph.temporal import ONE_HOLDER
from schema import ROLE_SPECIALISES

#: The roles of one board seat, generic and specific: a generic report ends when the person's specific ones do.
SEATS = frozenset(r.value for pair in ROLE_SPECIALISES.items() for r in pair)
#: Two different people in one post, or two different seats of one person: never an entity id or a role key.
_MANY = ""


def stored_role_key(quals: dict[str, Any]) -> str | None:
    """`graph.temporal.role_key` as the terms pass computes it from the
    stored qualifiers (`graph.ingest.derived`): None for a role that is not
    text, which is never one of a post's or a seat's keys."""
    role = quals.get("role")
    if role.__class__ is str and role != "" and role != "other":
        return role
    if role is None or role == "" or role == "other":
        title = quals.get("title")
        return "other:" + title if title.__class__ is str else "other:" if title is None else None
    return None


@dataclass(frozen=True)
class Posts:
    """What the terms pass reads on a fresh store, with the store's ids:
    one-holder posts (company, role key) that two people hold, the
    (company, person) pairs of their holders, and (company, person) pairs
    with two board seats or a post said left."""

    shared: frozenset[tuple[str, str]]
    holders: frozenset[tuple[str, str]]
    pairs: frozenset[tuple[str, str]]


class PostNotes:
    """Each position report's post, as the article loop reads it."""

    def __init__(self) -> None:
        self.holders: dict[tuple[str, str], str] = {}  # (company, one-holder role key) → its first person
        self.more: dict[tuple[str, str], set[str]] = {}  # such a post with a second person → all its people
        self.seats: dict[tuple[str, str], str] = {}  # (company, person) → its board seat, or _MANY
        self.left: set[tuple[str, str]] = set()  # (company, person) of a report with "left" in it

    def note(self, company: str, person: str, quals: dict[str, Any]) -> None:
        rk = stored_role_key(quals)
        if rk in ONE_HOLDER:
            post = (company, rk)
            first = self.holders.setdefault(post, person)
            if first != person:
                people = self.more.get(post)
                if people is None:
                    self.more[post] = {first, person}
                else:
                    people.add(person)
        if rk in SEATS:
            _add(self.seats, (company, person), rk)
        if "left" in quals:
            self.left.add((company, person))

    def settled(self, alive: Callable[[str], str], merged: Collection[str]) -> Posts:
        """The notes with every id where the batch's merges took it: two
        posts or pairs merged into one are one, and count their people or
        seats together; a post once held by two people stays listed when a
        merge makes them one (reading more is safe). `merged`: the ids
        merged away (only the entries that name one move)."""
        def seat(pair: tuple[str, str], rk: str) -> tuple[tuple[str, str], str]:
            return (alive(pair[0]), alive(pair[1])), rk

        shared = self._shared(alive, merged)
        seats = _follow(self.seats, merged, seat)
        return Posts(frozenset(shared), frozenset((company, person) for (company, _rk), people in shared.items() for person in people),
                     frozenset({pair for pair, rk in seats.items() if rk == _MANY}
                               | {(alive(company), alive(person)) for company, person in self.left}))

    def _shared(self, alive: Callable[[str], str], merged: Collection[str]) -> dict[tuple[str, str], set[str]]:
        """The one-holder posts two people hold, after the merges, with their people.
        (A post's people are tested against the merged ids as one set: no generator per post of 100k.)"""
        def people(post: tuple[str, str]) -> set[str]:
            return self.more.get(post) or {self.holders[post]}

        gone, more = set(merged), self.more
        moved = [post for post, first in self.holders.items() if post[0] in gone or first in gone
                 or ((group := more.get(post)) is not None and not group.isdisjoint(gone))]
        moving = set(moved)
        groups = {post: set(group) for post, group in self.more.items() if post not in moving}
        listed = set(groups)  # held by two people as noted: listed whatever the merges make of them
        for post in moved:
            final = (alive(post[0]), post[1])
            group = groups.get(final)
            if group is None:
                group = groups[final] = set()
                if final in self.holders and final not in moving:  # a post no merge touched: its ids are alive
                    group.update(people(final))
            group.update(alive(p) for p in people(post))
            if post in self.more:
                listed.add(final)
        return {post: group for post, group in groups.items() if len(group) > 1 or post in listed}


def _follow(notes: dict[tuple[str, str], str], merged: Container[str],
            move: Callable[[tuple[str, str], str], tuple[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    """`notes` with each entry that names an id merged away `move`d: a
    value met twice under one key is kept, two different ones are `_MANY`.
    (Role keys are never entity ids, so testing every part is safe.)"""
    moved = [(key, value) for key, value in notes.items() if key[0] in merged or key[1] in merged or value in merged]
    out = dict(notes)
    for key, _value in moved:
        del out[key]
    for key, value in (move(*entry) for entry in moved):
        _add(out, key, value)
    return out


def _add(notes: dict[tuple[str, str], str], key: tuple[str, str], value: str) -> None:
    """`value` noted under `key`: the first kept, a different second one makes it `_MANY`."""
    seen = notes.get(key)
    if seen is None:
        notes[key] = value
    elif seen != value:
        notes[key] = _MANY
