"""The two ways rows reach the store, and the two ways facts reach ingest,
build the same store.

Bulk writes pack rows for SQLite (graph/store/_rowbuffer.c) or, without the
row buffer, use executemany (graph/store/bulk.py); CI checks the row buffer
is built (.ci/run). Facts reach ingest as the pipeline's records or read
back from a facts file (`fkg extract` + `fkg ingest --facts`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import graph.store.bulk
from extract.runner import iter_facts, read_articles
from graph.ingest import load_curated
from graph.store import Store
from service.build import BuildOptions, build, open_inputs
from service.settings import bundled

from .conftest import CORPUS
from .test_ingest_order import _dump


def _row(**change: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": "a1", "subject": {"name": "叶望春", "type": "Person", "aliases": []}, "predicate": "HOLDS_POSITION",
        "object": {"name": "平安银行股份有限公司", "type": "Company", "aliases": ["平安银行"]},
        "qualifiers": {"role": "chairman", "start": "2019-03"}, "evidence": "叶望春任平安银行董事长", "offsets": [0, 11],
        "confidence": 0.9, "extractor": "test", "rule": "r1"}
    for k, v in change.items():
        if v is _DROP:
            row.pop(k)
        else:
            row[k] = v
    return row


_DROP = object()
#: Rows of a facts file, stored or refused: each must end the same either way.
_EDGE_ROWS = {
    "plain": _row(),
    "offsets too short": _row(offsets=[3]),
    "offsets not numbers": _row(offsets=["起", 11]),
    "offsets missing": _row(offsets=_DROP),
    "offsets floats": _row(offsets=[1.0, 5.0]),
    "confidence as text": _row(confidence="0.7"),
    "confidence True": _row(confidence=True),
    "confidence missing": _row(confidence=_DROP),
    "confidence an int": _row(confidence=1),
    "confidence a long fraction": _row(confidence=0.123456, offsets=[40, 51]),
    "confidence an int no float holds": _row(confidence=10**400),
    "offsets beyond 64 bits": _row(offsets=[0, 2**63]),
    "qualifiers None": _row(qualifiers=None),
    "qualifiers as pairs": _row(qualifiers=[["role", "ceo"]]),
    "evidence not text": _row(evidence=12),
    "evidence missing": _row(evidence=_DROP),
    "rule None": _row(rule=None),
    "role other with a title": _row(qualifiers={"role": "other", "title": "首席风险官"}),
    "a generic company name": _row(object={"name": "该公司", "type": "Company"}),
    "a traditional spelling": _row(subject={"name": "葉望春", "type": "Person"}),
    "wrong subject type": _row(subject={"name": "平安集团", "type": "Company"}),
    "subject not a mapping": _row(subject="叶望春"),
    "name not text": _row(subject={"name": 7, "type": "Person"}),
    "unknown predicate": _row(predicate="LIKES"),
    "a listing": _row(predicate="LISTED_ON", subject={"name": "平安银行股份有限公司", "type": "Company"},
                      object={"name": "SZSE", "type": "Exchange"}, qualifiers={"date": "1991-04-03"}),
    "a rename": _row(predicate="RENAMED_TO", subject={"name": "360数科", "type": "Company"},
                     object={"name": "奇富科技", "type": "Company"}, qualifiers={"date": "2023-02"}),
    "a sale to a person": _row(predicate="SOLD_STAKE", subject={"name": "上海壹账通金融科技有限公司", "type": "Company"},
                               object={"name": "普惠立信", "type": "Company"},
                               qualifiers={"buyer": "马明哲", "percent": 40.0, "date": "2021"}),
    "a sale to a company": _row(predicate="SOLD_STAKE", subject={"name": "上海壹账通金融科技有限公司", "type": "Company"},
                                object={"name": "普惠立信", "type": "Company"},
                                qualifiers={"buyer": "深圳平安金融科技有限公司", "percent": 40.0}),
    "a succession": _row(article_id="a2", predicate="SUCCEEDED", subject={"name": "谢永林", "type": "Person"},
                         object={"name": "叶望春", "type": "Person"},
                         qualifiers={"role": "chairman", "company": "平安银行", "date": "2024"}),
    "the same plain row again": _row(article_id="a2", evidence="又一篇报道", offsets=[20, 31]),
}


def _facts_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_edge_rows_end_the_same_packed_or_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = _facts_file(tmp_path / "edge.jsonl", list(_EDGE_ROWS.values()))
    with Store(tmp_path / "packed.sqlite") as st:
        assert st.reads_packed_rows, "the row buffer is not built"
        packed_report = build(st, open_inputs([str(facts)], True, BuildOptions()), {}, BuildOptions())
        packed = _dump(st)
    monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    with Store(tmp_path / "many.sqlite") as st:
        assert not st.reads_packed_rows
        report = build(st, open_inputs([str(facts)], True, BuildOptions()), {}, BuildOptions())
        assert _dump(st) == packed
    assert packed_report.invalid == report.invalid and len(report.invalid) >= 14
    assert packed_report.facts_read == report.facts_read >= 13
    person = [e for e in packed["entities"] if e[2] == "马明哲"]
    assert person and person[0][1] == "Person", "a short buyer the extractor reads as a person's name is a person"
    confidences = {r[5] for r in packed["provenance"]}
    assert 0.123 in confidences and 0.123456 not in confidences  # to 3 decimals, as the format writes them


def test_the_corpus_stores_the_same_packed_or_not(tmp_path: Path, corpus_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled corpus, extraction included (`fkg ingest` built `corpus_store` packed)."""
    monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    with Store(tmp_path / "many.sqlite") as many, Store(corpus_store) as packed:
        assert not many.reads_packed_rows
        build(many, open_inputs([str(CORPUS)], False, BuildOptions()), _curated(), BuildOptions())
        assert _dump(many) == _dump(packed)
        assert many.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 200


def test_articles_and_their_facts_file_build_the_same_graph(tmp_path: Path, corpus_store: Path) -> None:
    """What `fkg ingest` of articles stores, `fkg extract` then `fkg ingest
    --facts` stores too: the same entities, names, facts and evidence (the
    articles' titles and dates are not in a facts file, so neither are the
    dates facts were first reported)."""
    facts = _facts_file(tmp_path / "corpus-facts.jsonl", list(iter_facts(read_articles([str(CORPUS)]))))
    with Store(tmp_path / "from-facts.sqlite") as st, Store(corpus_store) as direct:
        build(st, open_inputs([str(facts)], True, BuildOptions()), _curated(), BuildOptions())
        a, b = _dump(st), _dump(direct)
        for table in ("entities", "names", "surfaces", "redirects", "provenance", "fact_refs"):
            assert a[table] == b[table], table
        undated = "SELECT id, predicate, subject_id, object_id, key_json, qualifiers, confidence, valid_from, valid_to FROM facts ORDER BY id"
        assert st.db.execute(undated).fetchall() == direct.db.execute(undated).fetchall()


def _curated() -> dict:
    return load_curated(bundled("aliases.tsv"))
