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
