"""A post stored at a story's full name (太湾澄汀银行) asked by the short name the same story uses for it (澄汀银行),
stored apart: the people the story places at the short name hold the post at the full one (facts written for
these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import answer_names, backend_of, post_row


def _post(person: str, company: str, role: str, article: str, evidence: str, **dates: str) -> dict[str, Any]:
    return post_row(person, company, role, article, evidence, **dates)


STORY = [_post("韦松岩", "太湾澄汀银行", "ceo", "lg-1", "太湾澄汀银行执行长韦松岩将于3月31日退休。", start="2012", end="2024-03-31"),
         _post("鲍闻溪", "太湾澄汀银行", "ceo", "lg-1", "鲍闻溪自4月1日起接任执行长。", start="2024-04-01"),
         _post("韦松岩", "澄汀银行", "other", "lg-1", "韦松岩退休后将担任澄汀银行董事会顾问。", title="顾问")]
#: another story's bank whose name ends the same way, none of whose people the first story places at 澄汀银行
OTHER = [_post("俞青禾", "东岚澄汀银行", "ceo", "lg-2", "东岚澄汀银行执行长俞青禾出席了论坛。")]


def test_the_post_is_found_at_the_story_s_full_name(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "s.sqlite", STORY, "lg-1", "2024-03-15")
    assert answer_names(b, "澄汀银行现任执行长是谁") == ["鲍闻溪"]
    assert answer_names(b, "2020年澄汀银行的CEO是谁") == ["韦松岩"]
    assert answer_names(b, "澄汀银行的顾问是谁") == ["韦松岩"]  # a post the short name holds stays its own


def test_a_bank_of_another_story_is_no_full_name(tmp_path: Path) -> None:
    backend_of(tmp_path / "o.sqlite", STORY[2:], "lg-1", "2024-03-15")
    b = backend_of(tmp_path / "o.sqlite", OTHER, "lg-2", "2024-05-01")  # the second story, into the same store
    assert answer_names(b, "东岚澄汀银行执行长是谁") == ["俞青禾"]
    assert answer_names(b, "澄汀银行现任执行长是谁") == []
