"""A question names a company by a form its store does not key: a contraction of its kind spelt in full
in the registered name (金控 for 金融控股, 投控 for 投资控股). Stores built from facts written for these
tests (invented names and sentences); tests/test_neo4j_named_forms.py asks the same of Neo4j."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend
from service.short_names import spelt_out

from .helpers import answer_names, backend_of


def _fact(pred: str, subj: str, obj: str, evidence: str, at: int, stype: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": "n-1", "subject": {"name": subj, "type": stype}, "predicate": pred, "object": {"name": obj, "type": "Company"},
            "qualifiers": q, "evidence": evidence, "offsets": [at, at + len(evidence)]}


#: a holding group known by its registered name only, and an investment holding company with a chairman
CONTRACTED = [
    _fact("SUBSIDIARY_OF", "禾溪融资担保有限公司", "禾溪金融控股集团有限公司", "禾溪融资担保有限公司系禾溪金融控股集团有限公司的子公司。", 10,
          kind="subsidiary"),
    _fact("SUBSIDIARY_OF", "禾溪小额贷款有限公司", "禾溪金融控股集团有限公司", "禾溪小额贷款有限公司亦归禾溪金融控股集团有限公司管理。", 60,
          kind="subsidiary"),
    _fact("HOLDS_POSITION", "祁岫川", "澄屿投资控股有限公司", "祁岫川现任澄屿投资控股有限公司董事长。", 120, "Person", role="chairman"),
]
#: the questions, and who answers them
ASKED = {"禾溪金控集团有哪些子公司": ["禾溪小额贷款有限公司", "禾溪融资担保有限公司"], "澄屿投控的董事长是谁": ["祁岫川"]}


@pytest.fixture(scope="module")
def contracted(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("named") / "n.sqlite", CONTRACTED, "n-1", "2025-02-10")


@pytest.mark.parametrize(("q", "who"), sorted(ASKED.items()))
def test_a_contraction_of_the_kind_finds_the_registered_name(contracted: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert sorted(answer_names(contracted, q)) == who


def test_only_a_contraction_is_spelt_out() -> None:
    assert spelt_out("禾溪金控集团") == ["禾溪金融控股集团"]
    assert spelt_out("禾溪集团") == [] and spelt_out("金控") == []
