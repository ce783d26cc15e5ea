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

import graph.ingest.batch
import graph.ingest.writer
import graph.store.bulk
from extract.model import Article, EntityRef, Fact
from graph.derive import Term, overlapping_terms
from graph.ids import dumps
from graph.ingest import ArticleFacts, ingest
from graph.store import SECONDARY_INDEXES, Store
from graph.store.bulk import BulkInsert, Chunk, Rows
from schema import EntityType, Predicate

from .conftest import ROOT
from .helpers import article_facts

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
            ingest(st, (article_facts(a, fs) for a, fs in batches[i:i + size]), **kw)
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
    monkeypatch.setattr(graph.ingest.writer, "BULK_ROWS", 1_000)  # the first batch and the one batch both go bulk
    monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", 2_500)  # and the writer thread stores chunks while reading goes on
    assert _build(tmp_path / "bulk.sqlite", synthetic, 1) == incremental
    assert _build(tmp_path / "bulk6.sqlite", synthetic, 6) == incremental
    with Store(tmp_path / "bulk.sqlite") as st:  # the dropped indexes are back, as the schema defines them
        stored = dict(st.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert {k: " ".join(v.split()) for k, v in stored.items()} == SECONDARY_INDEXES


def test_the_declared_secondary_indexes_are_the_migrated_ones(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as st:
        stored = dict(st.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert {k: " ".join(v.split()) for k, v in stored.items()} == SECONDARY_INDEXES


def _writes(writes: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bulk writes packed (the row buffer) or by executemany, as a build without it does."""
    if writes == "executemany":
        monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    else:
        assert graph.store.bulk.RowBuffer is not None, "the row buffer is not built"


@pytest.mark.parametrize("writes", ["packed", "executemany"])
def test_a_failing_background_write_fails_the_batch_and_stores_none_of_it(tmp_path: Path, synthetic: list, writes: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _writes(writes, monkeypatch)
    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest(st, (article_facts(a, fs) for a, fs in synthetic[:100]))
        before = _dump(st)
        monkeypatch.setattr(graph.ingest.writer, "BULK_ROWS", 1_000)  # indexes dropped: the rollback must bring them back
        monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", 2_500)
        monkeypatch.setattr(graph.ingest.writer, "_REPORTS", (graph.ingest.writer._REPORTS[0], BulkInsert("no_such_table", ("a",))))
        with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
            ingest(st, (article_facts(a, fs) for a, fs in synthetic[100:]))
        assert _dump(st) == before
        assert {n for (n,) in st.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")} == set(
            SECONDARY_INDEXES)


@pytest.mark.parametrize("writes", ["packed", "executemany"])
def test_a_failing_chunk_fails_the_batch_after_the_chunk_written_ahead_of_it(tmp_path: Path, synthetic: list, writes: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The article loop hands the writer thread a second chunk before the
    first is stored; when the first fails, the batch fails with its error
    and the rollback waits for the second."""
    _writes(writes, monkeypatch)
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, (article_facts(a, fs) for a, fs in synthetic[:100]))
        before = _dump(st)
        monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", 2_500)
        started: list[int] = []
        store_chunk = Chunk.store

        def failing_first(chunk: Chunk, db: sqlite3.Connection, *inserts: BulkInsert) -> None:  # in the writer thread
            if inserts == graph.ingest.writer._REPORTS:
                started.append(1)
                if len(started) == 1:
                    time.sleep(0.5)  # meanwhile the loop reads and hands over the next chunk
                    raise ValueError("the first chunk fails")
            store_chunk(chunk, db, *inserts)

        monkeypatch.setattr(Chunk, "store", failing_first)
        with pytest.raises(ValueError, match="the first chunk fails"):
            ingest(st, (article_facts(a, fs) for a, fs in synthetic[100:]))
        assert len(started) >= 2, "a second chunk was handed over before the first was stored"
        assert _dump(st) == before


@pytest.mark.parametrize("parts", [1, 3])
def test_packed_rows_and_executemany_build_the_same_store(tmp_path: Path, synthetic: list, parts: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Renames, merges, buyers and companies in qualifiers, contradictions;
    one batch into an empty store and batches into a filled one."""
    assert graph.store.bulk.RowBuffer is not None, "the row buffer is not built"
    monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", 2_500)
    packed = _build(tmp_path / "packed.sqlite", synthetic, parts)
    monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    assert _build(tmp_path / "executemany.sqlite", synthetic, parts) == packed


@pytest.mark.parametrize("packed", [True, False])
def test_a_bulk_insert_stores_the_same_rows_packed_or_not(packed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Picked fields, rows shorter than the buffer (null in what they lack),
    only rows with a field present, a conflict clause, an upsert."""
    if not packed:
        monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    db = sqlite3.connect(":memory:")
    db.execute('CREATE TABLE t (a PRIMARY KEY, "end", n INTEGER NOT NULL DEFAULT 0)')
    rows = Rows(4, packed)
    for row in [("b", 2, "x", 1.5), ("a", 1), ("b", 3, None, None), ("c", 4, "y", 2)]:
        rows.append(row)
    rows.take(sort_first=True).store(db, BulkInsert("t", ("a", "end"), "OR REPLACE", fields=(0, 2), present=3))
    assert db.execute('SELECT a, "end", n FROM t ORDER BY a').fetchall() == [("b", "x", 0), ("c", "y", 0)]
    Rows.chunk([("a", "z", 5), ("b", "w", 5)], packed).store(
        db, BulkInsert("t", ("a", "end", "n"), upsert=" ON CONFLICT (a) DO UPDATE SET n = n + excluded.n"))
    assert db.execute('SELECT a, "end", n FROM t ORDER BY a').fetchall() == [("a", "z", 5), ("b", "x", 5), ("c", "y", 0)]


@pytest.mark.parametrize("packed", [True, False])
@pytest.mark.parametrize("value", [b"raw", {"a": 1}, "\ud800"])
def test_a_row_no_column_can_hold_is_refused_when_appended(packed: bool, value: object, monkeypatch: pytest.MonkeyPatch) -> None:
    if not packed:
        monkeypatch.setattr(graph.store.bulk, "RowBuffer", None)
    rows = Rows(3, packed)
    rows.append(("ok", 1, None))
    with pytest.raises((TypeError, ValueError)):
        rows.append(("bad", value, None))
    assert len(rows) == 1


def test_indexes_are_never_dropped_outside_a_transaction(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as st, pytest.raises(RuntimeError, match="transaction"):
        st.drop_bulk_indexes()


def test_canonical_json_matches_the_standard_encoder() -> None:
    values = [{"b": [1.5, None, True, "普惠"], "a": {"z": 1, "y": float("inf")}}, [], {}, "x", 3,
              {"d": date(2022, 8, 17)}]
    for v in values:
        assert dumps(v) == json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


@pytest.mark.parametrize("spill", [None, 2])
def test_of_two_reports_with_one_provenance_key_the_later_is_kept(tmp_path: Path, spill: int | None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports are sorted by fact id before they are stored; the sort must
    not reorder two reports of one fact at the same place in one article."""
    if spill:
        monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", spill)  # through the writer thread, in several chunks

    def report(evidence: str, confidence: float) -> dict[str, Any]:
        return {"article_id": "a1", "subject": {"name": "叶望春", "type": "Person"}, "predicate": "HOLDS_POSITION",
                "object": {"name": "平安银行股份有限公司", "type": "Company"}, "qualifiers": {"role": "chairman"},
                "evidence": evidence, "offsets": [3, 9], "confidence": confidence, "extractor": "test"}

    others = [{**report(f"其他{i}", 0.5), "subject": {"name": f"张{chr(0x4e00 + i)}", "type": "Person"}} for i in range(5)]
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, [article_facts("a1", [report("后来的", 0.6), *others, report("先来的", 0.9)], "1")])
        rows = st.db.execute("SELECT p.evidence, p.confidence FROM provenance p JOIN facts f ON f.id = p.fact_id "
                             "JOIN entities e ON e.id = f.subject_id WHERE e.name = '叶望春'").fetchall()
    assert rows == [("先来的", 0.9)]  # read last, though it sorts first as text


def test_a_report_with_bad_offsets_stores_no_fact_without_evidence(tmp_path: Path) -> None:
    good = Fact("a1", EntityRef("叶望春", EntityType.PERSON), Predicate.HOLDS_POSITION, EntityRef("平安银行股份有限公司", EntityType.COMPANY),
                {"role": "chairman"}, "叶望春任平安银行董事长", (0, 11), 0.9, "test")
    bad = Fact("a1", good.subject, good.predicate, good.object, {"role": "ceo"}, good.evidence, (2**70, 11), 0.9, "test")
    with Store(tmp_path / "s.sqlite") as st:
        report = ingest(st, [ArticleFacts(Article("a1", "", ""), "1", [good, bad])])
        assert report.invalid == ["a1: offsets out of range: 1180591620717411303424, 11"]
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
            ingest(st, [article_facts(aid, arts[aid])])
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
    monkeypatch.setattr(graph.ingest.writer, "BULK_ROWS", 1_000)
    monkeypatch.setattr(graph.ingest.writer, "SPILL_ROWS", 2_500)
    drops: list[int] = []
    real_drop = Store.drop_bulk_indexes

    def counting_drop(st: Store) -> None:
        drops.append(st.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0])
        real_drop(st)

    monkeypatch.setattr(Store, "drop_bulk_indexes", counting_drop)
    half = len(synthetic) // 2
    path = tmp_path / "grow.sqlite"
    with Store(path) as st:
        ingest(st, (article_facts(a, fs) for a, fs in synthetic[:half // 2]))
        stored = st.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        assert drops == [0] and stored > 2_500  # the first batch: bulk from its first chunk
        ingest(st, (article_facts(a, fs) for a, fs in synthetic[half // 2:]))
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
    one_pass = graph.ingest.batch.merge_entities

    def counted(db: sqlite3.Connection, merges: list) -> list[str]:
        passes.append(len(merges))
        return one_pass(db, merges)

    monkeypatch.setattr(graph.ingest.batch, "merge_entities", counted)
    together = _build(tmp_path / "one-pass.sqlite", batches, 1)
    assert max(passes) >= 3, "the chain's merges must go in one pass"
    monkeypatch.setattr(graph.ingest.batch, "merge_entities",
                        lambda db, merges: [moved for m in merges for moved in one_pass(db, [m])])
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


def _dated(aid: str, day: str, rows: list[dict[str, Any]]) -> ArticleFacts:
    return ArticleFacts(Article(aid, "", "", date=day), aid, [Fact.from_json(r) for r in rows])


@pytest.mark.parametrize("order", [["old", "new"], ["new", "old"]])
@pytest.mark.parametrize("later", ["current", "former"])
def test_a_stakes_state_follows_its_latest_report_whatever_the_order(tmp_path: Path, order: list[str], later: str) -> None:
    """One article tells a holding as it was before a restructuring (former),
    another reports it as held: the merged fact says what the later article
    says, read in either order, one batch per article."""
    days = {"old": "2021-03-01", "new": "2023-09-01"}
    former_in = "old" if later == "current" else "new"
    arts = {aid: _dated(aid, days[aid], [fact(aid, "北林集团", "HOLDS_STAKE", "南山消费金融", percent=30.0,
                                                **({"former": True} if aid == former_in else {}))]) for aid in days}
    with Store(tmp_path / "s.sqlite") as st:
        for aid in order:
            ingest(st, [arts[aid]])
        rows = st.db.execute("SELECT qualifiers, valid_from FROM facts WHERE predicate = 'HOLDS_STAKE'").fetchall()
    assert len(rows) == 1
    q, since = json.loads(rows[0][0]), rows[0][1]
    if later == "current":
        assert "former" not in q and since is not None
    else:
        assert q.get("former") is True and since is None


def test_qualifiers_encoded_once_per_value_are_encoded_as_each_report_states_them(tmp_path: Path) -> None:
    """The article loop keeps the JSON of a one-item key or one-item qualifiers by value (a holding's percent repeats):
    values equal in Python but written differently (0.0 and -0.0, 1, 1.0 and True) must keep their own text, and so
    their own facts, as when each report was encoded alone."""
    percents: list[Any] = [12.5, 12.5, 0.0, -0.0, 1, 1.0, True, 1, "12.5"]
    arts = [(f"q{i}", [fact(f"q{i}", "丰岚投资有限公司", "HOLDS_STAKE", "澄川精密股份有限公司", percent=p)])
            for i, p in enumerate(percents)]
    arts.append(("k", [fact("k", "丰岚投资有限公司", "SUBSIDIARY_OF", "澄川精密股份有限公司", kind="subsidiary")]))
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, [article_facts(a, fs) for a, fs in arts])
        stored = dict(st.db.execute("SELECT article_id, p.qualifiers || ' ' || f.key_json FROM provenance p "
                                    "JOIN facts f ON f.id = p.fact_id"))
        n_facts = st.db.execute("SELECT COUNT(*) FROM facts WHERE predicate = 'HOLDS_STAKE'").fetchone()[0]
    for i, p in enumerate(percents):
        assert stored[f"q{i}"] == f"{dumps({'percent': p})} {dumps({'percent': p})}"
    assert stored["k"] == '{"kind": "subsidiary"} {}'
    assert n_facts == len({dumps(p) for p in percents})
