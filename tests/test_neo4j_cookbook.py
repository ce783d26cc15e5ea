"""The analysts' Cypher cookbook (queries/*.cypher) on a live Neo4j (make
neo4j-test): each file runs with its own `// @param` values and returns the
rows the README's cookbook promises for the bundled corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.neo4j.cypher import file_statements
from graph.store import Store

pytestmark = pytest.mark.neo4j
QUERIES = Path(__file__).resolve().parent.parent / "queries"
Rows = list[dict[str, Any]]


def _has(rows: Rows, **want: Any) -> bool:
    return any(all(r.get(k) == v for k, v in want.items()) for r in rows)


def _connection(rows: Rows, _store: Path) -> None:
    assert rows and all(r["entities"][0] == "叶望春" and r["entities"][-1] == "平安" for r in rows)
    assert {len(r["entities"]) for r in rows} == {3}  # through the company he ran


def _contradictions(rows: Rows, store: Path) -> None:
    with Store(store) as db:
        assert len(rows) == db.counts()["contradictions"]


def _executive_history(rows: Rows, _store: Path) -> None:
    assert _has(rows, company="金融壹账通", role="chairman", start="2022-08-17")
    assert _has(rows, company="金融壹账通", role="ceo", start="2021-10")


def _executives_as_of(rows: Rows, _store: Path) -> None:
    assert _has(rows, person="沈崇锋", role="chairman", since="2022-08-17") and _has(rows, person="沈崇锋", role="ceo", since="2021-10")
    assert not _has(rows, person="叶望春", role="chairman")  # succeeded on 2022-08-17


def _holders_as_of(rows: Rows, _store: Path) -> None:
    # 2022-12-31 is after the sale of 2022-11-24: 普惠管理 still holds its 60%, 上海壹账通's 40% ended with the sale
    assert _has(rows, holder="普惠管理", percent=60.0, valid_to=None)
    assert not _has(rows, holder="上海壹账通"), "the stake sold on 2022-11-24 is not held at the end of 2022"
    assert [r["percent"] for r in rows] == sorted((r["percent"] for r in rows), reverse=True)


def _listings(rows: Rows, _store: Path) -> None:
    assert {(r["exchange"], r["ticker"], r["date"], r["method"]) for r in rows} == {
        ("NASDAQ", "NASDAQ:QFIN", "2018-12-14", "ipo"), ("HKEX", "03660.HK", "2022-11-29", "secondary")}


def _ownership(rows: Rows, _store: Path) -> None:
    ping_an = next(r for r in rows if r["holder"] == "平安")
    assert ping_an["stated_controlling"] is True and 30 < ping_an["effective_percent"] < 35


def _stake_sales(rows: Rows, _store: Path) -> None:
    sale = next(r for r in rows if r["buyer"] == "普惠管理")
    assert (sale["seller"], sale["percent"], sale["currency"], sale["date"]) == ("上海壹账通", 40.0, "CNY", "2022-11-24")
    assert sale["amount"] == 199200000 and isinstance(sale["amount"], int)  # full units, an integer in Neo4j


def _subsidiaries(rows: Rows, _store: Path) -> None:
    assert _has(rows, subsidiary="金融壹账通", depth=1) and _has(rows, subsidiary="陆金所", depth=1)
    assert _has(rows, subsidiary="上海壹账通", depth=2)


def _succession_chain(rows: Rows, _store: Path) -> None:
    assert [(r["person"], r["start"], r["end"]) for r in rows] == [("叶望春", "2015-12", "2022-08-17"), ("沈崇锋", "2022-08-17", None)]
    assert rows[1]["succeeded"] == ["叶望春"]


def _who_succeeded(rows: Rows, _store: Path) -> None:
    assert {(r["successor"], r["role"], r["company"], r["date"]) for r in rows} == {
        ("沈崇锋", "ceo", "金融壹账通", "2021-10"), ("沈崇锋", "chairman", "金融壹账通", "2022-08-17")}


EXPECT: dict[str, Callable[[Rows, Path], None]] = {
    "connection.cypher": _connection, "contradictions.cypher": _contradictions, "executive_history.cypher": _executive_history,
    "executives_as_of.cypher": _executives_as_of, "holders_as_of.cypher": _holders_as_of, "listings.cypher": _listings,
    "ownership_penetration.cypher": _ownership, "stake_sales.cypher": _stake_sales, "subsidiaries_tree.cypher": _subsidiaries,
    "succession_chain.cypher": _succession_chain, "who_succeeded.cypher": _who_succeeded,
}


def test_every_cookbook_file_has_its_expected_rows() -> None:
    assert sorted(p.name for p in QUERIES.glob("*.cypher")) == sorted(EXPECT)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_cookbook_query(neo4j_corpus, neo4j_driver, corpus_store: Path, name: str) -> None:
    [stmt] = file_statements(QUERIES / name)
    assert stmt.parameters or name == "contradictions.cypher", "a cookbook query states its // @param values"
    rows = [r.data() for r in neo4j_driver.execute_query(stmt.query, stmt.parameters, routing_="r").records]
    EXPECT[name](rows, corpus_store)
