"""The C path of `add_fact` (graph/_addfact.c) against the Python one.

The Python method is the reference: for every row the C path takes, the
store must end byte for byte the same; for every row it does not take, it
must decline having changed nothing. CI checks the extension is built
(.ci/run); a build without a compiler skips these and runs the Python path.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import graph.ingest
from graph.ingest import ArticleMeta, Ingestor, ingest
from graph.model import fact_id_from_json
from graph.store import Store
from text.names import name_key

from .conftest import CORPUS
from .test_ingest_order import _build, _dump, _synthetic

addfact = pytest.importorskip("graph._addfact", reason="the C extension is not built (no compiler when installing)")


@pytest.fixture(scope="module")
def synthetic() -> list[tuple[str, list[dict[str, Any]]]]:
    return _synthetic(20_000)


@pytest.mark.parametrize("key_json", ["{}", '{"role": "ceo"}', '{"title": "首席风险官"}', '{"x": "😀"}', "{" + "长" * 200 + "}",
                                      "a" * 55, "a" * 56, "a" * 64, "a" * 119])
def test_fact_ids_are_the_python_ones(key_json: str) -> None:
    """Short and long inputs (one and several SHA-1 blocks, padding at the
    edges), Chinese and astral characters."""
    args = ("HOLDS_POSITION", "per-0123456789ab", "org-ba9876543210", key_json)
    assert addfact.fact_id(*args) == fact_id_from_json(*args)


def test_text_utf8_cannot_hold_is_refused_as_python_refuses_it() -> None:
    args = ("HOLDS_POSITION", "per-\ud800", "org-1", "{}")
    with pytest.raises(UnicodeEncodeError):
        fact_id_from_json(*args)
    with pytest.raises(UnicodeEncodeError):
        addfact.fact_id(*args)


def _pure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FKG_PURE_PYTHON", "1")


@pytest.mark.parametrize("parts", [1, 3])
@pytest.mark.parametrize("writes", ["packed", "json"])
def test_the_c_path_builds_the_store_the_python_path_does(tmp_path: Path, synthetic: list, parts: int, writes: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Renames, merges, buyers and companies in qualifiers, contradictions;
    one batch into an empty store and batches into a filled one; reports
    handed to SQLite packed (graph/_rowbuffer.c) or as JSON, as a build
    without the row buffer does."""
    if writes == "json":
        monkeypatch.setattr(graph.ingest, "RowBuffer", None)
    calls = 0
    python_add_fact = Ingestor.add_fact

    def counting(self: Ingestor, row: dict[str, Any]) -> None:
        nonlocal calls
        calls += 1
        python_add_fact(self, row)

    monkeypatch.setattr(Ingestor, "add_fact", counting)
    with_c = _build(tmp_path / "c.sqlite", synthetic, parts)
    rows = sum(len(fs) for _a, fs in synthetic)
    assert calls < rows * 0.01, f"the C path declined {calls} of {rows} rows"
    _pure(monkeypatch)
    calls = 0
    assert _build(tmp_path / "py.sqlite", synthetic, parts) == with_c
    assert calls == rows


@pytest.mark.parametrize("parts", [1, 3])
def test_names_the_curated_table_knows_end_as_the_python_path_ends_them(tmp_path: Path, synthetic: list, parts: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A name new to the batch resolves in C unless the curated alias table
    knows it: then its aliases join (an English one, and one that is another
    entity's name, so the two merge), as the Python path does it."""
    people = list(dict.fromkeys(f["subject"]["name"] for _a, fs in synthetic for f in fs if f["subject"]["type"] == "Person"))
    companies = list(dict.fromkeys(f["object"]["name"] for _a, fs in synthetic for f in fs if f["object"]["type"] == "Company"))
    curated: dict[tuple[str, str], list[str]] = {}
    for type_, names in (("Person", people), ("Company", companies)):
        for i in range(0, 40, 2):
            group = [names[i], f"Curated {type_} {i}", names[i + 1]]
            for nm in group:
                curated[(type_, name_key(nm))] = group
    with_c = _build(tmp_path / "c.sqlite", synthetic, parts, curated=curated)
    assert {("curated person 0".replace(" ", ""), "Person")} <= {(k, t) for k, t, _e in with_c["names"]}
    _pure(monkeypatch)
    assert _build(tmp_path / "py.sqlite", synthetic, parts, curated=curated) == with_c


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
#: Rows the C path declines, or takes with a slow branch: each must end as the Python path ends it (stored or refused).
_EDGE_ROWS = {
    "plain": _row(),
    "offsets as a tuple": _row(offsets=(0, 11)),
    "offsets too short": _row(offsets=[3]),
    "offsets not numbers": _row(offsets=["起", 11]),
    "offsets None": _row(offsets=None),
    "offsets missing": _row(offsets=_DROP),
    "offsets floats": _row(offsets=[1.0, 5.0]),
    "confidence as text": _row(confidence="0.7"),
    "confidence True": _row(confidence=True),
    "confidence None": _row(confidence=None),
    "confidence missing": _row(confidence=_DROP),
    "confidence an int": _row(confidence=1),
    "confidence NaN": _row(confidence=float("nan")),
    "confidence infinite": _row(confidence=float("-inf")),
    "confidence an int no float holds": _row(confidence=10**400),
    "offsets beyond 64 bits": _row(offsets=[0, 2**63]),
    "qualifiers None": _row(qualifiers=None),
    "qualifiers as pairs": _row(qualifiers=[("role", "ceo")]),
    "qualifiers with a non-str key": _row(qualifiers={"role": "cfo", 1: "x"}),
    "evidence not text": _row(evidence=12),
    "evidence missing": _row(evidence=_DROP),
    "no article id": _row(article_id=_DROP),
    "rule None": _row(rule=None),
    "role other with a title": _row(qualifiers={"role": "other", "title": "首席风险官"}),
    "aliases None": _row(subject={"name": "叶望春", "type": "Person", "aliases": None}),
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
    "a succession": _row(predicate="SUCCEEDED", subject={"name": "谢永林", "type": "Person"},
                         object={"name": "叶望春", "type": "Person"},
                         qualifiers={"role": "chairman", "company": "平安银行", "date": "2024"}),
    "the same plain row again": _row(evidence="又一篇报道", offsets=[20, 31]),
}


def _edge_batches() -> list[tuple[ArticleMeta, list[dict[str, Any]]]]:
    rows = list(_EDGE_ROWS.values())
    return [(ArticleMeta("a1", date="2024-05-01", sha="1"), copy.deepcopy(rows[:18])),
            (ArticleMeta("a2", sha="2"), copy.deepcopy(rows[18:]))]


def test_edge_rows_end_as_the_python_path_ends_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "c.sqlite") as st:
        c_report = ingest(st, _edge_batches())
        with_c = _dump(st)
    _pure(monkeypatch)
    with Store(tmp_path / "py.sqlite") as st:
        py_report = ingest(st, _edge_batches())
        assert _dump(st) == with_c
    assert c_report.invalid == py_report.invalid and len(py_report.invalid) >= 12
    assert c_report.facts_read == py_report.facts_read >= 15


def _state(ing: Ingestor) -> tuple[Any, ...]:
    reports = list(ing._reports) if isinstance(ing._reports, list) else len(ing._reports)  # a row buffer: its size
    return (sorted(ing.entities), sorted(ing.known_facts), sorted(ing.recompute), reports,
            {k: dict(v) for k, v in ing._memo_plain.items()}, dict(ing._surfaces), list(ing._entities), list(ing._names),
            ing.report.facts_read)


@pytest.mark.parametrize("name", ["offsets as a tuple", "confidence as text", "qualifiers as pairs", "evidence not text",
                                  "no article id", "rule None", "wrong subject type", "unknown predicate", "a rename",
                                  "subject not a mapping", "name not text"])
def test_a_declined_row_changes_nothing(tmp_path: Path, name: str) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        ing = Ingestor(st)
        try:
            ing._load_index()
            fast = ing.fast_add_fact()
            assert fast is not None
            assert fast(copy.deepcopy(_EDGE_ROWS["plain"])) is None  # taken: the entities are known now
            before = copy.deepcopy(_state(ing))
            assert fast(copy.deepcopy(_EDGE_ROWS[name])) is NotImplemented
            assert _state(ing) == before
        finally:
            ing.close()


def test_the_corpus_stores_the_same_either_way(tmp_path: Path, corpus_store: Path) -> None:
    """The bundled corpus through `fkg ingest` (extraction included), the
    C path (the `corpus_store` every API test uses) against the Python one."""
    pure = tmp_path / "py.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(CORPUS), "--store", str(pure)], check=True,
                   capture_output=True, timeout=600, env={**os.environ, "FKG_PURE_PYTHON": "1"})
    with Store(corpus_store) as c, Store(pure) as py:
        assert _dump(c) == _dump(py)
        assert c.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 200


def test_the_adder_is_used_only_when_built_and_not_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        ing = Ingestor(st)
        try:
            ing._load_index()
            assert ing.fast_add_fact() is not None
            monkeypatch.setenv("FKG_PURE_PYTHON", "1")
            assert ing.fast_add_fact() is None
            monkeypatch.delenv("FKG_PURE_PYTHON")
            monkeypatch.setattr(graph.ingest, "Adder", None)
            assert ing.fast_add_fact() is None
        finally:
            ing.close()
