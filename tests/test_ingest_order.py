"""The store a set of articles builds does not depend on how they were fed:
one batch or many, in any order of reports. The bulk path (large batches into
an empty or small store) must build exactly what the incremental one does."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import graph.ingest
from graph.ingest import ArticleMeta, ingest
from graph.merge import Term, overlapping_terms
from graph.model import dumps
from graph.store import SECONDARY_INDEXES, Store, compact_json_encoder, insert_json_sql

from .conftest import ROOT

_TABLES = {"entities": "id", "names": "key, type", "surfaces": "entity_id, surface", "redirects": "old_id",
           "facts": "id", "provenance": "fact_id, article_id, start, end", "fact_refs": "entity_id, fact_id"}


def _synthetic(n: int) -> list[tuple[str, list[dict[str, Any]]]]:
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "bench" / "synthetic.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.facts(n, n // 5))


def _dump(st: Store) -> dict[str, list[tuple]]:
    return {t: st.db.execute(f"SELECT * FROM {t} ORDER BY {order}").fetchall() for t, order in _TABLES.items()}


def _build(path: Path, batches: list[tuple[str, list[dict[str, Any]]]], parts: int, **kw: Any) -> dict[str, list[tuple]]:
    size = -(-len(batches) // parts)
    with Store(path) as st:
        for i in range(0, len(batches), size):
            ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in batches[i:i + size]), **kw)
        return _dump(st)


@pytest.fixture(scope="module")
def synthetic() -> list[tuple[str, list[dict[str, Any]]]]:
    return _synthetic(20_000)


def test_one_batch_and_many_batches_build_the_same_store(tmp_path: Path, synthetic: list) -> None:
    whole = _build(tmp_path / "one.sqlite", synthetic, 1)
    split = _build(tmp_path / "six.sqlite", synthetic, 6)
    assert len(whole["facts"]) > 15_000 and whole["redirects"], "the sample must exercise merges"
    assert any(r[-1] != "[]" for r in whole["facts"]), "the sample must exercise contradictions"
    for table in _TABLES:
        assert whole[table] == split[table], table


def test_the_bulk_path_builds_what_the_incremental_one_does(tmp_path: Path, synthetic: list,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    incremental = _build(tmp_path / "inc.sqlite", synthetic, 1)
    monkeypatch.setattr(graph.ingest, "BULK_ROWS", 1_000)  # the first batch and the one batch both go bulk
    monkeypatch.setattr(graph.ingest, "SPILL_ROWS", 2_500)  # and the writer thread stores chunks while reading goes on
    assert _build(tmp_path / "bulk.sqlite", synthetic, 1) == incremental
    assert _build(tmp_path / "bulk6.sqlite", synthetic, 6) == incremental
    with Store(tmp_path / "bulk.sqlite") as st:  # the dropped indexes are back, as the schema defines them
        stored = dict(st.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert {k: " ".join(v.split()) for k, v in stored.items()} == SECONDARY_INDEXES


def test_the_declared_secondary_indexes_are_the_migrated_ones(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        stored = dict(st.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert {k: " ".join(v.split()) for k, v in stored.items()} == SECONDARY_INDEXES


def _reports_written_by(writes: str, monkeypatch: pytest.MonkeyPatch, json_sql: str, packed_sql: tuple[str, ...]) -> None:
    """The writer's statements for reports, as JSON (and no row buffer) or packed."""
    if writes == "json":
        monkeypatch.setattr(graph.ingest, "RowBuffer", None)
        monkeypatch.setattr(graph.ingest, "_INSERT_REPORTS", json_sql)
    else:
        assert graph.ingest.RowBuffer is not None, "the row buffer is not built"
        monkeypatch.setattr(graph.ingest, "_INSERT_PACKED", packed_sql)


@pytest.mark.parametrize("writes", ["packed", "json"])
def test_a_failing_background_write_fails_the_batch_and_stores_none_of_it(tmp_path: Path, synthetic: list, writes: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[:100]))
        before = _dump(st)
        monkeypatch.setattr(graph.ingest, "BULK_ROWS", 1_000)  # indexes dropped: the rollback must bring them back
        monkeypatch.setattr(graph.ingest, "SPILL_ROWS", 2_500)
        _reports_written_by(writes, monkeypatch, "INSERT INTO no_such_table SELECT 1 FROM json_each(?)",
                            (graph.ingest._INSERT_PACKED[0], "INSERT INTO no_such_table SELECT 1 FROM fkg_rows(?)"))
        with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
            ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[100:]))
        assert _dump(st) == before
        assert {n for (n,) in st.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")} == set(
            SECONDARY_INDEXES)


@pytest.mark.parametrize("writes", ["packed", "json"])
def test_a_failing_chunk_fails_the_batch_after_the_chunk_written_ahead_of_it(tmp_path: Path, synthetic: list, writes: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The article loop hands the writer thread a second chunk before the
    first is stored; when the first fails, the batch fails with its error
    and the rollback waits for the second."""
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[:100]))
        before = _dump(st)
        monkeypatch.setattr(graph.ingest, "SPILL_ROWS", 2_500)
        started: list[int] = []

        def probe(row: int) -> int:  # called for each report, in the writer thread
            if row == 0:
                started.append(row)
                if len(started) == 1:
                    time.sleep(0.5)  # meanwhile the loop reads and hands over the next chunk
                    raise ValueError("the first chunk fails")
            return 1

        st.db.create_function("probe", 1, probe)
        facts_sql, provenance_sql = graph.ingest._INSERT_PACKED
        _reports_written_by(writes, monkeypatch,
                            graph.ingest._INSERT_REPORTS.replace("FROM json_each(?)", "FROM json_each(?) WHERE probe(key)"),
                            (facts_sql.replace("FROM fkg_rows(?) WHERE", "FROM fkg_rows(?) WHERE probe(rowid) AND"), provenance_sql))
        with pytest.raises(sqlite3.OperationalError, match="user-defined function raised exception"):
            ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[100:]))
        assert len(started) >= 2, "a second chunk was handed over before the first was stored"
        assert _dump(st) == before


def test_indexes_are_never_dropped_outside_a_transaction(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as st, pytest.raises(RuntimeError, match="transaction"):
        st.drop_bulk_indexes()


def test_canonical_json_matches_the_standard_encoder() -> None:
    values = [{"b": [1.5, None, True, "普惠"], "a": {"z": 1, "y": float("inf")}}, [], {}, "x", 3,
              {"d": date(2022, 8, 17)}]
    for v in values:
        assert dumps(v) == json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


def test_compact_rows_match_the_standard_encoder_and_refuse_non_column_values() -> None:
    encode = compact_json_encoder()
    rows = [("f-1", "普惠立信", 0, 12, 0.8, None, '{"a": "引号\\""}', float("inf")), ()]
    for value in (*rows, rows, [("x",)]):
        assert encode(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    with pytest.raises(TypeError, match="bytes"):
        encode(("f-1", b"raw"))


def test_json_inserts_keep_array_order_and_leave_conflicts_to_a_views_trigger() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a PRIMARY KEY, \"end\")")
    db.execute(insert_json_sql("t", ("a", "end"), "REPLACE"), (json.dumps([[1, "x"], [2, None], [1, "y"]]),))
    assert db.execute("SELECT a, \"end\" FROM t ORDER BY a").fetchall() == [(1, "y"), (2, None)]
    db.execute("CREATE VIEW v AS SELECT NULL AS a, NULL AS \"end\"")
    db.execute("CREATE TRIGGER v_in INSTEAD OF INSERT ON v BEGIN INSERT OR IGNORE INTO t VALUES (NEW.a, NEW.\"end\"); END")
    sql = insert_json_sql("v", ("a", "end"), None)
    assert "OR" not in sql.split("INTO")[0]  # an outer conflict clause would override the trigger's
    db.execute(sql, (json.dumps([[1, "z"], [3, "w"]]),))
    assert db.execute("SELECT a, \"end\" FROM t ORDER BY a").fetchall() == [(1, "y"), (2, None), (3, "w")]


@pytest.mark.parametrize("spill", [None, 2])
def test_of_two_reports_with_one_provenance_key_the_later_is_kept(tmp_path: Path, spill: int | None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports are sorted by fact id before they are stored; the sort must
    not reorder two reports of one fact at the same place in one article."""
    if spill:
        monkeypatch.setattr(graph.ingest, "SPILL_ROWS", spill)  # through the writer thread, in several chunks

    def report(evidence: str, confidence: float) -> dict[str, Any]:
        return {"article_id": "a1", "subject": {"name": "叶望春", "type": "Person"}, "predicate": "HOLDS_POSITION",
                "object": {"name": "平安银行股份有限公司", "type": "Company"}, "qualifiers": {"role": "chairman"},
                "evidence": evidence, "offsets": [3, 9], "confidence": confidence, "extractor": "test"}

    others = [{**report(f"其他{i}", 0.5), "subject": {"name": f"张{chr(0x4e00 + i)}", "type": "Person"}} for i in range(5)]
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, [(ArticleMeta("a1", sha="1"), [report("后来的", 0.6), *others, report("先来的", 0.9)])])
        rows = st.db.execute("SELECT p.evidence, p.confidence FROM provenance p JOIN facts f ON f.id = p.fact_id "
                             "JOIN entities e ON e.id = f.subject_id WHERE e.name = '叶望春'").fetchall()
    assert rows == [("先来的", 0.9)]  # read last, though it sorts first as text


def test_a_report_with_bad_offsets_stores_no_fact_without_evidence(tmp_path: Path) -> None:
    good = {"article_id": "a1", "subject": {"name": "叶望春", "type": "Person"}, "predicate": "HOLDS_POSITION",
            "object": {"name": "平安银行股份有限公司", "type": "Company"}, "qualifiers": {"role": "chairman"},
            "evidence": "叶望春任平安银行董事长", "offsets": [0, 11], "confidence": 0.9, "extractor": "test"}
    bad = {**good, "qualifiers": {"role": "ceo"}, "offsets": ["起", 11]}
    with Store(tmp_path / "s.sqlite") as st:
        report = ingest(st, [(ArticleMeta("a1", sha="1"), [good, bad])])
        assert len(report.invalid) == 1 and report.invalid[0].startswith("a1: ")
        assert st.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 1
        assert st.db.execute("SELECT COUNT(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM provenance)").fetchone()[0] == 0


def test_overlapping_terms_do_not_depend_on_the_order_terms_come_in() -> None:
    inverted = Term("f-a", "per-a", "2019", "2000")  # a report with its dates the wrong way round
    open_ended = Term("f-b", "per-b", "2019", None)
    assert overlapping_terms([inverted, open_ended]) == overlapping_terms([open_ended, inverted])


def fact(aid: str, subj: str, pred: str, obj: str, st: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": aid, "subject": {"name": subj, "type": st, "aliases": []}, "predicate": pred,
            "object": {"name": obj, "type": "Company", "aliases": []}, "qualifiers": q, "evidence": "…",
            "offsets": [0, 1], "confidence": 0.8, "extractor": "test"}


def _rename_articles() -> dict[str, list[dict[str, Any]]]:
    return {
        "a1": [fact("a1", "张伟", "HOLDS_POSITION", "深圳达汇投资控股有限公司", "Person", role="chairman")],
        "a2": [fact("a2", "李强", "HOLDS_POSITION", "深圳达汇投资控股有限公司", "Person", role="ceo")],
        "a3": [fact("a3", "深圳达汇投资控股有限公司", "RENAMED_TO", "深圳达汇数字科技有限公司", date="2023-05")],
    }


@pytest.mark.parametrize("order", [["a1", "a2", "a3"], ["a3", "a1", "a2"], ["a1", "a3", "a2"]])
def test_a_renamed_away_name_is_former_whatever_the_order(tmp_path: Path, order: list[str]) -> None:
    arts = _rename_articles()
    with Store(tmp_path / "s.sqlite") as st:
        for aid in order:  # one article per batch: the stored kind meets later mentions
            ingest(st, [(ArticleMeta(aid, sha=aid), arts[aid])])
        (name,) = st.db.execute("SELECT name FROM entities WHERE type = 'Company'").fetchone()
        kinds = dict(st.db.execute("SELECT surface, kind FROM surfaces"))
    assert name == "深圳达汇数字科技有限公司"
    assert kinds["深圳达汇投资控股有限公司"] == "former"



def test_a_batch_that_outgrows_the_store_part_way_drops_the_indexes_then(tmp_path: Path, synthetic: list,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The first chunk of a big batch into a store of some size is smaller
    than the store; the batch is not, and goes in without indexes from the
    chunk where it outgrows the store, building what the incremental path
    builds."""
    incremental = _build(tmp_path / "inc.sqlite", synthetic, 2)
    monkeypatch.setattr(graph.ingest, "BULK_ROWS", 1_000)
    monkeypatch.setattr(graph.ingest, "SPILL_ROWS", 2_500)
    drops: list[int] = []
    real_drop = Store.drop_bulk_indexes

    def counting_drop(st: Store) -> None:
        drops.append(st.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0])
        real_drop(st)

    monkeypatch.setattr(Store, "drop_bulk_indexes", counting_drop)
    half = len(synthetic) // 2
    path = tmp_path / "grow.sqlite"
    with Store(path) as st:
        ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[:half // 2]))
        stored = st.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        assert drops == [0] and stored > 2_500  # the first batch: bulk from its first chunk
        ingest(st, ((ArticleMeta(a, sha=a), fs) for a, fs in synthetic[half // 2:]))
        assert len(drops) == 2 and drops[1] > stored  # dropped once, after some chunks went in with indexes
        assert _dump(st) == incremental


def test_merges_applied_in_one_pass_build_what_one_merge_at_a_time_builds(tmp_path: Path, synthetic: list,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = "北京汇丰科技有限公司", "北京汇丰数字科技有限公司", "北京汇丰金融服务有限公司"  # renamed a → b → c
    d, e = "上海恒信投资控股有限公司", "上海恒信资产管理有限公司"  # renamed d → e
    chain = [
        ("c1", [fact("c1", "王伟", "HOLDS_POSITION", a, "Person", role="chairman"),
                fact("c1", a, "HOLDS_STAKE", d, percent=30.0),  # both ends renamed
                fact("c1", "杭州瑞达科技有限公司", "SOLD_STAKE", d, buyer=a, percent=10.0, date="2022")]),  # a reference too
        ("c2", [fact("c2", a, "RENAMED_TO", b, date="2021")]),
        ("c3", [fact("c3", b, "RENAMED_TO", c, date="2023"), fact("c3", "李强", "HOLDS_POSITION", b, "Person", role="ceo")]),
        ("c4", [fact("c4", d, "RENAMED_TO", e, date="2022")]),
    ]
    batches = synthetic[:500] + chain
    passes: list[int] = []
    one_pass = graph.ingest.Ingestor._merge_all

    def counted(self: graph.ingest.Ingestor, merges: list) -> None:
        passes.append(len(merges))
        one_pass(self, merges)

    monkeypatch.setattr(graph.ingest.Ingestor, "_merge_all", counted)
    together = _build(tmp_path / "one-pass.sqlite", batches, 1)
    assert max(passes) >= 3, "the chain's merges must go in one pass"
    monkeypatch.setattr(graph.ingest.Ingestor, "_merge_all", lambda self, merges: [one_pass(self, [m]) for m in merges] and None)
    apart = _build(tmp_path / "apart.sqlite", batches, 1)
    for table in _TABLES:
        assert together[table] == apart[table], table
    with Store(tmp_path / "one-pass.sqlite") as st:
        ids = dict(st.db.execute("SELECT name, id FROM entities WHERE name IN (?, ?)", (c, e)))
        assert {r[0] for r in st.db.execute("SELECT new_id FROM redirects")} >= {ids[c], ids[e]}
        held = st.db.execute("SELECT subject_id, object_id FROM facts WHERE predicate = 'HOLDS_STAKE' AND subject_id = ?",
                             (ids[c],)).fetchall()
        assert held == [(ids[c], ids[e])]
        (key,) = st.db.execute("SELECT key_json FROM facts WHERE predicate = 'SOLD_STAKE' AND object_id = ?", (ids[e],)).fetchone()
        assert ids[c] in key
