"""The article loop's notes of posts (`graph.ingest.post_notes`): the role key
as the terms pass reads it from the store, and posts joined by merges."""

from __future__ import annotations

import json
import sqlite3

import pytest

from graph.ingest.derived import _quals
from graph.ingest.post_notes import SEATS, PostNotes, stored_role_key
from graph.temporal import ONE_HOLDER, role_key

QUALIFIERS = [
    {"role": "chairman"}, {"role": "other", "title": "行长"}, {"title": "行长"}, {"role": "", "title": "党委书记"},
    {"role": None, "title": None}, {"role": "other"}, {"role": "other", "title": ""}, {"role": "other:行长"},
    {"role": 3, "title": "行长"}, {"role": "other", "title": 7}, {"role": True}, {}, {"role": "independent_director"},
]


@pytest.mark.parametrize("quals", QUALIFIERS, ids=json.dumps)
def test_the_role_key_is_the_one_the_terms_pass_reads_from_the_stored_qualifiers(quals: dict[str, object]) -> None:
    db = sqlite3.connect(":memory:")
    role, title = db.execute("SELECT qualifiers ->> 'role', qualifiers ->> 'title' FROM (SELECT ? AS qualifiers)",
                             (json.dumps(quals),)).fetchone()
    sql = role_key(_quals(role, title))
    mine = stored_role_key(quals)
    if mine is not None:
        assert mine == sql
    else:  # a role or title that is not text: never a post's or a seat's key either way
        assert sql not in ONE_HOLDER | SEATS


def test_posts_two_people_hold_after_merges_and_pairs_with_two_seats_or_a_post_left() -> None:
    notes = PostNotes()
    notes.note("org-a", "per-1", {"role": "chairman"})
    notes.note("org-a", "per-1", {"role": "chairman", "start": "2019"})  # the same holder twice: one
    notes.note("org-b", "per-2", {"role": "chairman"})  # b is merged into a below
    notes.note("org-c", "per-3", {"role": "ceo"})
    notes.note("org-c", "per-4", {"role": "ceo"})  # two people: whoever they turn out to be, listed
    notes.note("org-d", "per-5", {"role": "other", "title": "行长"})
    notes.note("org-d", "per-6", {"role": "other", "title": "总经理助理"})  # not a one-holder post
    notes.note("org-d", "per-7", {"role": "other", "title": "总经理助理"})
    notes.note("org-e", "per-8", {"role": "director"})
    notes.note("org-e", "per-8", {"role": "independent_director"})
    notes.note("org-e", "per-9", {"role": "director"})
    notes.note("org-f", "per-10", {"role": "cto", "left": True})
    redirect = {"org-b": "org-a"}
    posts = notes.settled(lambda e: redirect.get(e, e), redirect)
    assert posts.shared == {("org-a", "chairman"), ("org-c", "ceo")}
    assert posts.holders == {("org-a", "per-1"), ("org-a", "per-2"), ("org-c", "per-3"), ("org-c", "per-4")}
    assert posts.pairs == {("org-e", "per-8"), ("org-f", "per-10")}


def test_a_merge_of_two_people_keeps_the_post_listed() -> None:
    """More than the rules need is safe to read; less is not."""
    notes = PostNotes()
    notes.note("org-a", "per-1", {"role": "president"})
    notes.note("org-a", "per-2", {"role": "president"})
    redirect = {"per-2": "per-1"}
    assert notes.settled(lambda e: redirect.get(e, e), redirect).shared == {("org-a", "president")}


def test_a_post_merged_into_a_shared_one_brings_its_people() -> None:
    """Company b (its chairman per-3) is merged into a, whose chairmanship two
    people already hold; c's single chairman is merged into per-1: the post
    lists all three people, and c's post, one person still, is not listed."""
    notes = PostNotes()
    notes.note("org-a", "per-1", {"role": "chairman"})
    notes.note("org-a", "per-2", {"role": "chairman"})
    notes.note("org-b", "per-3", {"role": "chairman"})
    notes.note("org-c", "per-4", {"role": "chairman"})
    notes.note("org-d", "per-5", {"role": "president"})
    redirect = {"org-b": "org-a", "per-4": "per-1"}
    posts = notes.settled(lambda e: redirect.get(e, e), redirect)
    assert posts.shared == {("org-a", "chairman")}
    assert posts.holders == {("org-a", "per-1"), ("org-a", "per-2"), ("org-a", "per-3")}


def test_two_single_holder_posts_merged_into_one_are_shared() -> None:
    notes = PostNotes()
    notes.note("org-a", "per-1", {"role": "ceo"})
    notes.note("org-b", "per-2", {"role": "ceo"})
    redirect = {"org-b": "org-a"}
    posts = notes.settled(lambda e: redirect.get(e, e), redirect)
    assert posts.shared == {("org-a", "ceo")}
    assert posts.holders == {("org-a", "per-1"), ("org-a", "per-2")}
