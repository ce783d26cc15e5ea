"""Live Neo4j 5.26 (make neo4j-test): a company asked by a contraction of its kind
(tests/test_answers_named_forms.py) is found alike on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import answer_names, backend_of
from tests.test_answers_named_forms import ASKED, CONTRACTED
from tests.test_neo4j_ranking import load_store  # noqa: F401  (the fixture)

pytestmark = pytest.mark.neo4j


def test_a_contraction_of_the_kind_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    embedded = backend_of(tmp_path / "n.sqlite", CONTRACTED, "n-1", "2025-02-10")
    neo = load_store(tmp_path / "n.sqlite")
    for q, who in ASKED.items():
        assert sorted(answer_names(neo, q)) == sorted(answer_names(embedded, q)) == who, q
