"""A post left for another (or for retirement) told by 从…任上: "P从C1 T1任上调任C2 T2", "P从C1 T1任上退休",
"P从C1调任C2 T2": the post moved to holds, the one at (任上) which the move came is over. Texts written for
these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals, triples


def test_a_move_from_a_post_ends_it_and_gives_the_new_one() -> None:
    facts = facts_of("据悉，庞立衡今年3月从岚溪银行副行长任上调任檀州农商银行行长。", date="2025-06-01")
    got = triples(facts)
    assert ("庞立衡", "HOLDS_POSITION", "檀州农商银行", "president") in got
    assert quals(facts, "庞立衡", "HOLDS_POSITION", "岚溪银行", role="vice_president")["end"] == "2025-03"


def test_a_move_from_a_company_names_its_subject() -> None:
    # "P从C1调任C2 T2": 从 after the name cues it as a person's, though no date stands between
    got = triples(facts_of("据悉，庞立衡从岚溪银行调任檀州农商银行行长。"))
    assert ("庞立衡", "HOLDS_POSITION", "檀州农商银行", "president") in got


def test_a_retirement_from_a_post_ends_it() -> None:
    facts = facts_of("柏云峰今年从沐川信托董事长任上退休。", date="2025-06-01")
    assert quals(facts, "柏云峰", "HOLDS_POSITION", "沐川信托", role="chairman")["end"] == "2025"


def test_one_brought_in_from_a_post_holds_the_post_he_came_for() -> None:
    facts = facts_of("去年，庞立衡从岚溪银行董事长任上调来檀州农商银行担任行长。", date="2025-06-01")
    got = triples(facts)
    assert ("庞立衡", "HOLDS_POSITION", "檀州农商银行", "president") in got
    assert quals(facts, "庞立衡", "HOLDS_POSITION", "岚溪银行", role="chairman")["end"] == "2024"

