"""A company known by a short name in one article and by its legal name in
another is one company (`graph.ingest.short_merges`), on both backends: the
short name abridges the legal one ("X银行" for "X商业银行股份有限公司") or is
the press's contraction of a commercial bank ("X银"). Names invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract.model import Article, Fact
from graph.ingest import ArticleFacts, ingest
from graph.store import Store
from service.embedded import EmbeddedBackend
from text.abridged import bank_contraction, same_company_abridged

from .helpers import answer_names


def _post(aid: str, person: str, company: str, role: str) -> dict[str, Any]:
    return {"article_id": aid, "subject": {"name": person, "type": "Person"}, "predicate": "HOLDS_POSITION",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"role": role}, "evidence": f"{company}{person}"}


def _store(path: Path, *articles: tuple[str, str, list[dict[str, Any]]]) -> Path:
    with Store(path) as st:
        ingest(st, [ArticleFacts(Article(aid, "", "", day), aid, [Fact.from_json(r) for r in rows]) for aid, day, rows in articles])
    return path


def _companies(path: Path) -> set[str]:
    with Store(path) as st:
        return {n for (n,) in st.db.execute("SELECT name FROM entities WHERE type = 'Company'")}


LEGAL = ("k-1", "2024-03-01", [_post("k-1", "祁望川", "岚汀商業銀行股份有限公司", "chairman")])
SHORT = ("k-2", "2024-04-02", [_post("k-2", "白念秋", "岚汀銀行", "general_manager")])


@pytest.mark.parametrize("short, full, ok", [
    ("岚汀银行", "岚汀商业银行股份有限公司", True),
    ("上海银行", "上海商业银行有限公司", False),  # a place alone for a brand: two banks
    ("岚汀银行", "岚汀农村商业银行股份有限公司", False),  # the rural bank is another
    ("岚汀银行", "岚汀数科银行股份有限公司", False),  # a word that tells it apart
    ("岚汀保险", "岚汀人寿保险股份有限公司", False),  # the group's life arm
])
def test_a_short_name_abridges_a_legal_name_of_the_same_company(short: str, full: str, ok: bool) -> None:
    assert same_company_abridged(short, full) is ok


@pytest.mark.parametrize("short, full, ok", [
    ("汀銀", "汀岚商業銀行", True), ("汀岚银", "汀岚商业银行股份有限公司", True), ("汀岚银", "汀州岚山商业银行", True),
    ("岚银", "汀岚商业银行", False), ("汀银", "汀岚银行", False), ("汀银行", "汀岚商业银行", False),
])
def test_the_press_contracts_a_commercial_bank_to_a_letter_and_yin(short: str, full: str, ok: bool) -> None:
    assert bank_contraction(short, full) is ok


def test_a_bank_asked_by_its_short_name_finds_its_legal_names_facts(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite", LEGAL, SHORT)
    assert len({n for n in _companies(path) if "岚汀" in n}) == 1
    b = EmbeddedBackend(path)
    assert answer_names(b, "岚汀銀行董事長是誰") == ["祁望川"]
    assert answer_names(b, "岚汀商業銀行總經理是誰") == ["白念秋"]


def test_the_short_name_of_two_legal_names_merges_with_neither(tmp_path: Path) -> None:
    other = ("k-3", "2024-05-03", [_post("k-3", "林照眠", "岚汀國際商業銀行股份有限公司", "chairman")])
    path = _store(tmp_path / "s.sqlite", LEGAL, SHORT, other)
    assert len({n for n in _companies(path) if "岚汀" in n}) == 3


def test_a_contraction_in_another_article_merges_into_the_bank(tmp_path: Path) -> None:
    short = ("k-4", "2024-04-02", [_post("k-4", "白念秋", "岚銀", "general_manager")])
    path = _store(tmp_path / "s.sqlite", LEGAL, short)
    assert len({n for n in _companies(path) if "岚" in n}) == 1


@pytest.mark.neo4j
def test_neo4j_answers_the_short_name_with_the_legal_names_facts(tmp_path: Path, neo4j_cfg: Any, neo4j_driver: Any) -> None:
    from graph.neo4j.load import load
    from service.neo4j_backend import Neo4jBackend
    from tests.conftest import wipe_neo4j

    path = _store(tmp_path / "s.sqlite", LEGAL, SHORT)
    wipe_neo4j(neo4j_driver)
    with Store(path) as db:
        load(db, neo4j_cfg, prune=True)
    b = Neo4jBackend(neo4j_cfg, timeout=5, row_limit=50)
    try:
        assert answer_names(b, "岚汀銀行董事長是誰") == ["祁望川"]
    finally:
        b.driver.close()


def test_a_renamed_company_keeps_its_names_to_the_renames(tmp_path: Path) -> None:
    """A short name that abridges the new name of a rename is left to the renames (the short name may be
    the old company's, "X集团" before "X金融集团")."""
    rename = {"article_id": "k-6", "subject": {"name": "岚汀实业有限公司", "type": "Company"}, "predicate": "RENAMED_TO",
              "object": {"name": "岚汀金融集团有限公司", "type": "Company"}, "qualifiers": {"date": "2021"},
              "evidence": "岚汀实业有限公司更名为岚汀金融集团有限公司"}
    short = ("k-5", "2019-04-02", [_post("k-5", "白念秋", "岚汀集团", "general_manager")])
    path = _store(tmp_path / "s.sqlite", short, ("k-6", "2022-01-05", [rename]))
    assert "岚汀集团" in _companies(path)


def _child(aid: str, child: str, parent: str) -> dict[str, Any]:
    return {"article_id": aid, "subject": {"name": child, "type": "Company"}, "predicate": "SUBSIDIARY_OF",
            "object": {"name": parent, "type": "Company"}, "qualifiers": {"kind": "wholly_owned"},
            "evidence": f"{parent}旗下运营主体为{child}"}


def test_a_short_name_an_article_calls_the_parent_of_the_legal_name_stays_two(tmp_path: Path) -> None:
    """"岚汀银行" abridges "岚汀商業銀行股份有限公司", yet an article says the one is the other's subsidiary: two banks."""
    rows = [_child("k-3", "岚汀商業銀行股份有限公司", "岚汀銀行")]
    path = _store(tmp_path / "s.sqlite", LEGAL, SHORT, ("k-3", "2024-05-03", rows))
    assert {"岚汀商業銀行股份有限公司", "岚汀銀行"} <= _companies(path)


def test_without_a_fact_between_them_they_merge(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite", LEGAL, SHORT)
    assert len({n for n in _companies(path) if "岚汀" in n}) == 1
