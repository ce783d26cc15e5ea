"""Question forms: "P担任哪些公司的职务" asks P's posts, "C由谁持有" C's holders (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import answer_names, backend_of

FACTS: list[dict[str, Any]] = [
    {"article_id": "qf-1", "subject": {"name": "韦松岩", "type": "Person"}, "predicate": "HOLDS_POSITION",
     "object": {"name": "北屿银行", "type": "Company"}, "qualifiers": {"role": "director"}, "evidence": "韦松岩出任北屿银行董事。"},
    {"article_id": "qf-1", "subject": {"name": "北屿控股", "type": "Company"}, "predicate": "HOLDS_STAKE",
     "object": {"name": "北屿银行", "type": "Company"}, "qualifiers": {"percent": 60.0}, "evidence": "北屿控股持有北屿银行60%股权。"},
]


def test_posts_asked_by_the_companies_and_holders_asked_by_who_holds(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "q.sqlite", FACTS, "qf-1", "2024-06-01")
    assert answer_names(b, "韦松岩担任哪些公司的职务") == ["北屿银行"]
    assert answer_names(b, "北屿银行由谁持有") == ["北屿控股"]


#: one person's posts as general manager at two companies, one left, and a post of another role
HELD_AS: list[dict[str, Any]] = [
    {"article_id": "qf-2", "subject": {"name": "鲍闻溪", "type": "Person"}, "predicate": "HOLDS_POSITION",
     "object": {"name": "南屿寿险有限责任公司", "type": "Company"}, "qualifiers": {"role": "general_manager", "end": "2021-10"},
     "evidence": "鲍闻溪于2021年10月辞去南屿寿险有限责任公司总经理一职。"},
    {"article_id": "qf-2", "subject": {"name": "鲍闻溪", "type": "Person"}, "predicate": "HOLDS_POSITION",
     "object": {"name": "澄汀再保有限责任公司", "type": "Company"}, "qualifiers": {"role": "general_manager", "start": "2021-11"},
     "evidence": "2021年11月，澄汀再保有限责任公司聘请鲍闻溪为总经理。"},
    {"article_id": "qf-2", "subject": {"name": "鲍闻溪", "type": "Person"}, "predicate": "HOLDS_POSITION",
     "object": {"name": "北屿银行", "type": "Company"}, "qualifiers": {"role": "director"}, "evidence": "鲍闻溪兼任北屿银行董事。"},
]


def test_the_companies_a_person_held_one_post_at_asked_with_guo(tmp_path: Path) -> None:
    """"P担任过哪些公司的R" (过: ever) asks the companies where P held the post R, the one left too."""
    b = backend_of(tmp_path / "h.sqlite", HELD_AS, "qf-2", "2024-06-01")
    assert sorted(answer_names(b, "鲍闻溪担任过哪些公司的总经理")) == ["南屿寿险有限责任公司", "澄汀再保有限责任公司"]
    assert sorted(answer_names(b, "鲍闻溪曾出任过哪家公司的总经理")) == ["南屿寿险有限责任公司", "澄汀再保有限责任公司"]
    assert answer_names(b, "鲍闻溪是哪家公司的总经理") == ["澄汀再保有限责任公司"]
