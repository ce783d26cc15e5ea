"""The typed contract between extraction and the graph: `extract.model.Fact`.

A facts file reads back into the records the pipeline produced (so an article
ingested directly and through `fkg extract` + `fkg ingest --facts` build the
same store), and a row that cannot be typed is refused with a reason."""

from __future__ import annotations

from typing import Any

import pytest

from extract.model import EntityRef, Fact
from schema import EntityType, Predicate
from schema.listing_time import not_after

from .helpers import facts_of


def _row(**change: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": "a1", "subject": {"name": "张三", "type": "Person", "aliases": []}, "predicate": "HOLDS_POSITION",
        "object": {"name": "甲乙科技有限公司", "type": "Company", "aliases": ["甲乙科技"]},
        "qualifiers": {"role": "ceo"}, "evidence": "张三出任甲乙科技首席执行官。", "offsets": [0, 14], "confidence": 0.9,
        "extractor": "test", "rule": "r"}
    row.update(change)
    return row


def test_the_pipelines_facts_come_back_from_their_json_unchanged() -> None:
    facts = facts_of("2023年5月，甲乙科技有限公司（以下简称“甲乙科技”）宣布任命张三为公司首席执行官。", date="2023-06-01")
    assert facts, "the sample must extract something"
    for f in facts:
        again = Fact.from_json(f.as_json())
        assert again.as_json() == f.as_json()
        assert again.subject == EntityRef(f.subject.name, f.subject.type, f.subject.aliases)


def test_a_sparse_row_takes_the_formats_defaults() -> None:
    row = {k: v for k, v in _row().items() if k not in ("qualifiers", "offsets", "confidence", "extractor", "rule")}
    row["subject"] = {"name": "张三", "type": "Person"}
    f = Fact.from_json(row)
    assert (f.qualifiers, f.offsets, f.confidence, f.extractor, f.rule) == ({}, (0, 0), 0.5, "", "")
    assert f.predicate is Predicate.HOLDS_POSITION and f.subject.type is EntityType.PERSON and f.subject.aliases == ()


@pytest.mark.parametrize(("change", "message"), [
    ({"predicate": "OWNS"}, "'OWNS' is not a predicate"),
    ({"evidence": None}, "evidence must be a string, not NoneType"),
    ({"article_id": 7}, "article_id must be a string, not int"),
    ({"subject": "张三"}, "subject must be an object, not str"),
    ({"object": {"name": "甲乙科技", "type": "Firm"}}, "object.type must be one of Person, Company, Exchange, not 'Firm'"),
    ({"object": {"name": "", "type": "Company"}}, "object.name must be a non-empty string, not ''"),
    ({"offsets": ["起", 3]}, "offsets must be two integers, not ['起', 3]"),
    ({"confidence": float("nan")}, "confidence must be a finite number, not nan"),
    ({"confidence": "high"}, "confidence must be a finite number, not 'high'"),
    ({"qualifiers": [1]}, "qualifiers must be an object, not list"),
])
def test_a_row_that_cannot_be_typed_is_refused_with_its_reason(change: dict[str, Any], message: str) -> None:
    with pytest.raises((ValueError, TypeError)) as e:
        Fact.from_json(_row(**change))
    assert str(e.value) == message


def test_not_after_compares_at_the_coarser_precision() -> None:
    assert not_after("2020", "2020-06-01") and not_after("2020-06-15", "2020-06") and not_after("2019-12-31", "2020")
    assert not not_after("2020-07", "2020-06-30") and not not_after("2021", "2020-12")
