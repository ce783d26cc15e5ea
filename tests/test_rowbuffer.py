"""The packed row buffer (graph/store/_rowbuffer.c) and SQLite's table over it.

Ingest hands the writer thread its reports packed when the store's
connection can read them (`Store.reads_packed_rows`); these tests pin what
SQLite reads back: values and their types, row order, short rows, and the
errors for what a buffer cannot hold or a token that names nothing.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from graph.ingest import ingest
from graph.store import Store

from .helpers import article_facts

rowbuffer = pytest.importorskip("graph.store._rowbuffer", reason="the row buffer is not built (no compiler or SQLite headers)")
RowBuffer = rowbuffer.RowBuffer


@pytest.fixture
def db() -> sqlite3.Connection:
    return sqlite3.connect(":memory:")


def _read(db: sqlite3.Connection, buffer: Any, columns: int) -> list[tuple[Any, ...]]:
    cols = ", ".join(f"c{i}, typeof(c{i})" for i in range(columns))
    return db.execute(f"SELECT {cols} FROM fkg_rows(?)", (buffer.token,)).fetchall()


def test_values_come_back_with_their_types(db: sqlite3.Connection) -> None:
    b = RowBuffer(6)
    b.append(("普惠立信", 12, 0.85, None, True, "😀 é\x00z"))
    b.append(("", -(2**63), 1e300, 2**63 - 1, False, "a" * 100_000))
    rows = _read(db, b.take(), 6)
    assert rows[0] == ("普惠立信", "text", 12, "integer", 0.85, "real", None, "null", 1, "integer", "😀 é\x00z", "text")
    assert rows[1] == ("", "text", -(2**63), "integer", 1e300, "real", 2**63 - 1, "integer", 0, "integer", "a" * 100_000, "text")


def test_short_rows_read_null_in_the_columns_they_lack(db: sqlite3.Connection) -> None:
    b = RowBuffer(3)
    b.append(("x",))
    b.append(())
    assert _read(db, b.take(), 3) == [("x", "text", None, "null", None, "null"), (None, "null", None, "null", None, "null")]


def test_sorted_by_the_first_column_ties_keep_their_order(db: sqlite3.Connection) -> None:
    b = RowBuffer(2)
    for key, n in [("f-b", 1), ("f-a", 2), ("f-b", 3), ("f-ab", 4), ("f-a", 5), ("f-", 6)]:
        b.append((key, n))
    taken = b.take(sort_first=True)
    expected = [("f-", 6), ("f-a", 2), ("f-a", 5), ("f-ab", 4), ("f-b", 1), ("f-b", 3)]
    assert db.execute("SELECT c0, c1 FROM fkg_rows(?)", (taken.token,)).fetchall() == expected
    assert db.execute("SELECT c0, c1 FROM fkg_rows(?)", (taken.token,)).fetchall() == expected  # sorted once, read twice
    unsorted = RowBuffer(2)
    unsorted.append(("f-b", 1))
    unsorted.append(("f-a", 2))
    kept = unsorted.take()  # held: a buffer freed is gone from SQL too
    assert db.execute("SELECT c0 FROM fkg_rows(?)", (kept.token,)).fetchall() == [("f-b",), ("f-a",)]


def test_take_empties_the_buffer_it_was_taken_from(db: sqlite3.Connection) -> None:
    b = RowBuffer(1)
    b.append(("one",))
    first = b.take()
    assert len(b) == 0 and len(first) == 1 and not b
    b.append(("two",))
    second = b.take()
    assert second.token != first.token
    assert db.execute("SELECT c0 FROM fkg_rows(?)", (first.token,)).fetchall() == [("one",)]
    assert db.execute("SELECT c0 FROM fkg_rows(?)", (second.token,)).fetchall() == [("two",)]
    with pytest.raises(ValueError, match="taken"):
        first.append(("more",))
    with pytest.raises(ValueError, match="taken already"):
        first.take()
    with pytest.raises(ValueError, match="only a taken buffer"):
        _ = b.token


@pytest.mark.parametrize(("value", "error", "message"), [
    (b"raw", TypeError, "cannot store bytes b'raw': columns take str, int, float or None"),
    ([1], TypeError, "cannot store list"),
    (2**64, OverflowError, "too big"),
    ("a\ud800b", UnicodeEncodeError, "surrogates not allowed"),
])
def test_what_a_column_cannot_hold_is_refused_and_leaves_no_half_row(db: sqlite3.Connection, value: object,
                                                                    error: type[Exception], message: str) -> None:
    b = RowBuffer(3)
    b.append(("kept", 1))
    with pytest.raises(error, match=message):
        b.append(("dropped", value, "after"))
    b.append(("also kept", 2))
    taken = b.take()
    assert db.execute("SELECT c0, c1, c2 FROM fkg_rows(?)", (taken.token,)).fetchall() == [
        ("kept", 1, None), ("also kept", 2, None)]


def test_rows_are_tuples_no_wider_than_the_buffer() -> None:
    b = RowBuffer(2)
    with pytest.raises(TypeError, match="tuple, not list"):
        b.append(["a", "b"])
    with pytest.raises(ValueError, match="3 values; this buffer holds 2 columns"):
        b.append(("a", "b", "c"))
    with pytest.raises(ValueError, match="columns: 1 to 20"):
        RowBuffer(21)


def test_a_token_names_a_live_buffer_or_nothing(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT count(*) FROM fkg_rows(0)").fetchone() == (0,)  # the empty table: how a store probes
    b = RowBuffer(1)
    b.append(("x",))
    taken = b.take()
    token = taken.token
    del taken
    gc.collect()
    with pytest.raises(sqlite3.OperationalError, match=f"no buffer has token {token}"):
        db.execute("SELECT * FROM fkg_rows(?)", (token,)).fetchall()
    with pytest.raises(sqlite3.OperationalError, match="needs its argument"):
        db.execute("SELECT * FROM fkg_rows").fetchall()


def test_another_thread_reads_it_while_this_one_packs_the_next(tmp_path: Path) -> None:
    """As ingest's writer thread does: a statement reads a taken buffer
    without the GIL while the buffer it came from fills again."""
    path = tmp_path / "t.sqlite"
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.execute("CREATE TABLE t (k TEXT, n INTEGER)")
    b = RowBuffer(2)
    for i in range(200_000):
        b.append((f"k{i:07d}", i))
    taken = b.take(sort_first=True)
    writer = threading.Thread(target=lambda: db.execute("INSERT INTO t SELECT c0, c1 FROM fkg_rows(?)", (taken.token,)))
    writer.start()
    for i in range(200_000):
        b.append((f"n{i}", -i))
    writer.join()
    assert db.execute("SELECT count(*), sum(n), min(k), max(k) FROM t").fetchone() == (
        200_000, sum(range(200_000)), "k0000000", "k0199999")
    assert len(b) == 200_000


def test_a_store_reads_packed_rows_and_ingest_uses_them(tmp_path: Path) -> None:
    row = {"article_id": "a1", "subject": {"name": "叶望春", "type": "Person"}, "predicate": "HOLDS_POSITION",
           "object": {"name": "平安银行股份有限公司", "type": "Company"}, "qualifiers": {"role": "chairman"},
           "evidence": "叶望春任平安银行董事长", "offsets": [0, 11], "confidence": 0.9, "extractor": "test"}
    with Store(tmp_path / "s.sqlite") as st:
        assert st.reads_packed_rows
        bad = {**row, "evidence": "叶望春\ud800", "offsets": [20, 31]}
        report = ingest(st, [article_facts("a1", [row, bad], "1")])
        # a lone surrogate cannot be stored: that report alone is refused, the other is stored
        assert report.facts_read == 1 and len(report.invalid) == 1 and "surrogates" in report.invalid[0]
        assert st.db.execute("SELECT evidence, start, confidence FROM provenance").fetchall() == [("叶望春任平安银行董事长", 0, 0.9)]


def test_memory_a_freed_chunk_gives_back_holds_only_the_next_rows(db: sqlite3.Connection) -> None:
    """A taken buffer's memory goes back to the buffer it came from when
    freed; what was packed there before must never be read again."""
    b = RowBuffer(2)
    for round_ in range(7):  # more rounds than the spare blocks a buffer keeps
        b.extend((f"r{round_}-{i:05d}", i) for i in range(3_000 - 100 * round_))
        taken = b.take()
        got = db.execute("SELECT count(*), min(c0), max(c0), sum(c1) FROM fkg_rows(?)", (taken.token,)).fetchone()
        n = 3_000 - 100 * round_
        assert got == (n, f"r{round_}-00000", f"r{round_}-{n - 1:05d}", n * (n - 1) // 2)
        if round_ % 2:
            del taken  # given back before the next take; on even rounds, after it


def test_extend_packs_in_order_and_stops_at_the_first_row_refused(db: sqlite3.Connection) -> None:
    b = RowBuffer(1)
    with pytest.raises(TypeError, match="cannot store bytes"):
        b.extend([("a",), ("b",), (b"c",), ("d",)])
    with pytest.raises(TypeError, match="not iterable"):
        b.extend(3)
    taken = b.take()
    assert db.execute("SELECT c0 FROM fkg_rows(?)", (taken.token,)).fetchall() == [("a",), ("b",)]


def test_every_column_a_buffer_can_hold_is_a_column_of_the_table(db: sqlite3.Connection) -> None:
    """The table's declaration spells out c0 … c19; it must match the buffer's widest row."""
    width = rowbuffer.MAX_COLUMNS
    b = RowBuffer(width)
    b.append(tuple(f"v{i}" for i in range(width)))
    taken = b.take()
    cols = ", ".join(f"c{i}" for i in range(width))
    assert db.execute(f"SELECT {cols} FROM fkg_rows(?)", (taken.token,)).fetchone() == tuple(f"v{i}" for i in range(width))
    with pytest.raises(sqlite3.OperationalError, match=f"no such column: c{width}"):
        db.execute(f"SELECT c{width} FROM fkg_rows(?)", (taken.token,))
