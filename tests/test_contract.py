"""The same questions on every backend: embedded always, Neo4j when
NEO4J_URI points at a live server (make neo4j-test starts one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.embedded import EmbeddedBackend
from service.errors import NotFound


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request: pytest.FixtureRequest, corpus_store: Path):
    if request.param == "embedded":
        return EmbeddedBackend(corpus_store)
    from service.neo4j_backend import Neo4jBackend

    return Neo4jBackend(request.getfixturevalue("neo4j_corpus"))


def test_resolution(backend) -> None:
    assert backend.resolve("Puhui Lixin")["name"] == "普惠立信"
    assert backend.resolve("OneConnect", "Company")["name"] == "金融壹账通"
    with pytest.raises(NotFound):
        backend.resolve("无此公司xyz")
    group = backend.resolve("平安")  # one entity goes by 平安 here: the group, with its curated names
    assert group["name"] == "平安" and {"平安集团", "中国平安"} <= set(group["aliases"])


def test_holders(backend) -> None:
    r = backend.holders("普惠立信", None)
    stakes = {(f["subject"]["name"], f["qualifiers"].get("percent")) for f in r["holders"]}
    assert ("普惠管理", 60.0) in stakes
    sale = next(f for f in r["stake_sales"] if f["qualifiers"].get("buyer") == "普惠管理")
    assert sale["qualifiers"]["amount"] == 199200000 and all(f["evidence"] for f in r["holders"])


def test_successors(backend) -> None:
    [f] = backend.successions("叶望春", "successors", "chairman", None)["successors"]
    assert f["subject"]["name"] == "沈崇锋" and f["qualifiers"]["date"] == "2022-08-17"


def test_executives_as_of(backend) -> None:
    r = backend.executives("金融壹账通", "2022-12-31", "chairman")
    assert {f["subject"]["name"] for f in r["current"]} == {"沈崇锋"}


def test_ownership_listings_paths(backend) -> None:
    up = backend.ownership("金融壹账通", "up", 5, None)
    assert any(c["stated_controlling"] for c in up["controllers"])
    assert {f["object"]["name"] for f in backend.listings("奇富科技")["listings"]} >= {"NASDAQ", "HKEX"}
    p = backend.paths("叶望春", "金融壹账通", 2)
    assert p["paths"] and p["paths"][0]["length"] == 1


def test_search_box_questions_in_english(backend) -> None:
    """The name first and the question word last ("X listed where", "X's parent") answer as the
    full questions do, on either backend."""
    from service.ask import answer

    def names(q: str) -> list[str]:
        return [a["name"] for a in answer(backend, q)["answers"]]

    assert names("OneConnect listed where") == names("Where is OneConnect listed?") != []
    assert names("OneConnect's parent") == names("what is the parent company of OneConnect") != []
