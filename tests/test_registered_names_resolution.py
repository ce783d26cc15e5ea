"""Which companies are one across articles, on invented facts: a group whose
brand is a number, written in Chinese numerals by its registered name and in
digits by the press, is one company; two companies whose short names share a
core ("X资管" a broker's asset-management arm, and the core of "X资产管理股份
有限公司") stay two when their registered names differ, and the short name
finds the one that is written so."""

from __future__ import annotations

import json
from pathlib import Path

from extract.readers import content_digest
from graph.ingest import ingest
from graph.knowledge_graph import KnowledgeGraph
from graph.store import Store

from .helpers import article_facts

P, C = "Person", "Company"


def _fact(aid: str, person: str, company: str, aliases: list[str], role: str) -> dict:
    return {"article_id": aid, "subject": {"name": person, "type": P, "aliases": []}, "predicate": "HOLDS_POSITION",
            "object": {"name": company, "type": C, "aliases": aliases}, "qualifiers": {"role": role},
            "evidence": f"{company}{person}", "offsets": [0, 5], "confidence": 0.8, "extractor": "test"}


def _graph(tmp_path: Path, articles: dict[str, list[dict]]) -> KnowledgeGraph:
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, (article_facts(a, fs, content_digest(a, json.dumps(fs, ensure_ascii=False))) for a, fs in articles.items()))
        return KnowledgeGraph.load(st)


def _companies(kg: KnowledgeGraph) -> dict[str, set[str]]:
    return {e.name: set(e.names) for e in kg.entities.values() if e.type == C}


def test_a_number_brand_in_numerals_and_in_digits_is_one_group(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", "韩知远", "五八七", ["五八七网络科技股份有限公司"], "cfo")],
        "a2": [_fact("a2", "王立新", "587集团", [], "chairman")],
        "a3": [_fact("a3", "柯文博", "587数科", [], "ceo")],
    })
    names = _companies(kg)
    assert len(names) == 2, names
    assert any({"五八七", "587集团"} <= n for n in names.values()), names


def test_two_registered_names_keep_two_companies_whose_short_names_share_a_core(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", "韩知远", "南汇资管", ["南汇证券资产管理有限公司"], "general_manager")],
        "a2": [_fact("a2", "王立新", "南汇资产", ["南汇资产管理股份有限公司"], "general_manager"),
               _fact("a2", "柯文博", "南汇资产", ["南汇资产管理股份有限公司"], "chairman")],
    })
    names = _companies(kg)
    assert len(names) == 2, names
    assert kg.search("南汇资管", C, 3, False)[0].entity.name == "南汇资管"
