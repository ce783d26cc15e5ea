"""The one way rows go into the store in bulk.

`Rows` buffers rows of one width as they are produced, and `take` hands them
over as a `Chunk` that `BulkInsert` statements store. Where the install
compiled the row buffer (`graph/store/_rowbuffer.c`) and Python's sqlite3
uses the SQLite library it links (`Store.reads_packed_rows`), rows are packed
in C memory as they are appended and SQLite reads them through the table
`fkg_rows(token)`: an INSERT … SELECT with nothing to parse, which runs
without the GIL, so a writer thread stores one chunk while the main thread
resolves the next. Otherwise rows are a list, stored by `executemany`:
slower, the same rows in the same order (the tests build stores both ways).
Either way, a row a column cannot hold is refused when it is appended, alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any

try:
    from graph.store._rowbuffer import RowBuffer
except ImportError:  # pragma: no cover - a build without a compiler or SQLite's headers
    RowBuffer = None


def row_buffer_built() -> bool:
    return RowBuffer is not None


def quoted(column: str) -> str:
    """A column name as an SQL identifier (provenance has a column named `end`)."""
    return f'"{column}"'


@dataclass(frozen=True)
class BulkInsert:
    """An INSERT of many rows into `table`: `columns[i]` takes the row's
    field `fields[i]` (by default, field i); with `present`, only rows whose
    field `present` is not null go in (rows may be shorter than the buffer
    is wide: missing fields are null). `conflict`: "OR IGNORE",
    "OR REPLACE" or ""; `upsert`: an ON CONFLICT clause."""

    table: str
    columns: tuple[str, ...]
    conflict: str = ""
    fields: tuple[int, ...] | None = None
    present: int | None = None
    upsert: str = ""

    @cached_property
    def _head(self) -> str:
        return f"INSERT {self.conflict + ' ' if self.conflict else ''}INTO {self.table} ({', '.join(map(quoted, self.columns))})"

    @cached_property
    def _picked(self) -> tuple[int, ...]:
        return self.fields if self.fields is not None else tuple(range(len(self.columns)))

    @cached_property
    def packed_sql(self) -> str:
        """From a packed chunk, read as `fkg_rows(token)` (an upsert's SELECT needs a WHERE to parse)."""
        where = f" WHERE c{self.present} IS NOT NULL" if self.present is not None else " WHERE true" if self.upsert else ""
        return f"{self._head} SELECT {', '.join(f'c{i}' for i in self._picked)} FROM fkg_rows(?){where}{self.upsert}"

    @cached_property
    def values_sql(self) -> str:
        return f"{self._head} VALUES ({', '.join('?' * len(self.columns))}){self.upsert}"

    def values(self, rows: list[tuple[Any, ...]]) -> Iterable[tuple[Any, ...]]:
        """The rows `values_sql` takes, for `executemany`."""
        picked, present = self._picked, self.present
        if present is None and picked == tuple(range(len(picked))) and all(len(r) == len(picked) for r in rows):
            return rows
        return [tuple(r[i] if i < len(r) else None for i in picked) for r in rows
                if present is None or (present < len(r) and r[present] is not None)]


class Rows:
    """Rows of at most `width` fields, buffered for `BulkInsert`s. `append`
    is the bound method of the buffer itself (the hot loop calls it once per
    report)."""

    def __init__(self, width: int, packed: bool) -> None:
        self.width = width
        self.packed = packed and RowBuffer is not None
        self._buffer: Any = RowBuffer(width) if self.packed else _CheckedList(width)
        self.append = self._buffer.append

    def __len__(self) -> int:
        return len(self._buffer)

    def extend(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self._buffer.extend(rows)

    def take(self, sort_first: bool = False) -> Chunk:
        """The rows so far, as a chunk to store; this buffer is empty again.
        `sort_first`: the chunk gives its rows in the order of their first
        field (stable: of two equal ones, the earlier first), so each B-tree
        page is written once."""
        if self.packed:
            return Chunk(self._buffer.take(sort_first=sort_first), None)
        rows = list(self._buffer)
        self._buffer.clear()  # in place: the article loop holds its `append`
        if sort_first:
            rows.sort(key=itemgetter(0))
        return Chunk(None, rows)

    @classmethod
    def chunk(cls, rows: Sequence[tuple[Any, ...]], packed: bool, sort_first: bool = False) -> Chunk:
        """`rows` (at least one, of one width) as a chunk, in their order (`sort_first`: as `take`)."""
        buffer = cls(len(rows[0]), packed)
        buffer.extend(rows)
        return buffer.take(sort_first)


class Chunk:
    """Rows taken for storing: a packed buffer (alive until stored) or a list."""

    def __init__(self, packed: Any, rows: list[tuple[Any, ...]] | None) -> None:
        self._packed, self._rows = packed, rows

    def store(self, db: sqlite3.Connection, *inserts: BulkInsert) -> None:
        for insert in inserts:
            if self._packed is not None:
                db.execute(insert.packed_sql, (self._packed.token,))
            else:
                db.executemany(insert.values_sql, insert.values(self._rows or []))

    def release(self) -> None:
        """Free the rows (a packed buffer's memory goes back to the buffer it was taken from)."""
        self._packed = self._rows = None


class _CheckedList(list):  # type: ignore[type-arg]
    """A list that refuses, as the row buffer does, a row wider than its
    width or a value no column can hold (or text SQLite cannot store as
    UTF-8), so a report is refused alone before the batch's statements see it."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self.width = width

    def append(self, row: tuple[Any, ...]) -> None:
        if not isinstance(row, tuple) or len(row) > self.width:
            raise TypeError(f"a row is a tuple of at most {self.width} values")
        for v in row:
            if isinstance(v, str):
                v.encode()
            elif v is not None and not isinstance(v, int | float):
                raise TypeError(f"cannot store {type(v).__name__} {v!r}: columns take str, int, float or None")
        super().append(row)

    def extend(self, rows: Iterable[tuple[Any, ...]]) -> None:
        for row in rows:
            self.append(row)
