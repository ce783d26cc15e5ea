"""Extracted facts → the store: entity resolution, fact merging, provenance.

Resolution works on name keys (`graph.names.name_key`): a mention's name and
aliases (legal and short names, tickers, in-article abbreviations, curated
aliases) that match a known key resolve to that entity; names that join two
known entities merge them, the surviving id keeping a redirect from the other
so ids handed out before stay valid. Renames merge the old and the new name
(one company, a former name, a Rename fact). People are merged on spelling
variants (沈崇峰/沈崇锋) only when they hold the same role at the same company
— never on string similarity alone.

`ingest` is incremental (articles already stored with the same content are
skipped), idempotent, and atomic (one transaction per call).
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from graph.memory import gc_paused
from graph.merge import SINGLE_HOLDER_ROLES, Term, merge_qualifiers, overlapping_terms, validity
from graph.model import KEY_JSON, c_json_encoder, combine_confidence, dumps, entity_id, fact_id_from_json
from graph.store import (
    ARTICLE_COLUMNS,
    COMPACT_JSON,
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    NAME_COLUMNS,
    PROVENANCE_COLUMNS,
    Store,
    compact_json_encoder,
    insert_json_sql,
    insert_packed_sql,
    quoted,
)
from schema import ENTITY_QUALIFIERS, PREDICATES, EntityType, Predicate
from text.names import homophone_candidates, homophone_variant, is_generic_org_name, name_key

try:  # add_fact's common case in C, when the install could compile it (setup.py); FKG_PURE_PYTHON=1 turns it off
    from graph._addfact import Adder
except ImportError:  # pragma: no cover - a build without a compiler
    Adder = None
try:  # reports packed for SQLite to read without JSON (graph/_rowbuffer.c); FKG_PURE_PYTHON=1 turns it off too
    from graph._rowbuffer import RowBuffer
except ImportError:  # pragma: no cover - a build without a compiler or SQLite's headers
    RowBuffer = None

log = logging.getLogger(__name__)

#: Once a batch has written at least this many new facts, more than the
#: store held before it, the secondary indexes are dropped and built again
#: at the flush: sorting once is faster than a million random B-tree
#: inserts.
BULK_ROWS = 50_000

#: Reports buffered before the writer thread stores them while reading goes on.
#: The last chunk is written while the main thread waits, so smaller is better
#: there; since provenance rows are appended (schema v5), the earlier chunks no
#: longer pay much for being small (1M facts: 31 s with 50k, 34 s with 100k,
#: 32–33 s with 25k, where the writer's statements start to queue).
SPILL_ROWS = 50_000
#: Chunks handed to the writer thread and not yet stored, at most, before the article loop waits. With one, the
#: two threads took turns stalling whenever a chunk was slower to write than the next was to read, or the other
#: way round (1M facts: the loop lasted 3–5 s longer than the busier thread's CPU time; with two, 1 s).
WRITE_AHEAD = 2


@dataclass(frozen=True)
class _Shape:
    """What `add_fact` checks and keys a predicate's facts by, with plain
    strings: the hot loop looks it up once per report by the row's own
    predicate string and compares types as strings."""

    predicate: Predicate
    name: str
    subject_types: frozenset[str]
    object_types: frozenset[str]
    key_qualifiers: tuple[tuple[str, str], ...]  # (qualifier, its resolved-id twin)


_SHAPES = {p.value: _Shape(p, p.value, frozenset(t.value for t in spec.subject_types),
                           frozenset(t.value for t in spec.object_types),
                           tuple((k, f"{k}_id") for k in spec.key_qualifiers)) for p, spec in PREDICATES.items()}

#: One report as the writer thread receives it: its provenance row, then,
#: when this report is the first of a fact new to the store, the fact's own
#: columns. Each report is packed (graph/_rowbuffer.c) or, where SQLite cannot
#: read packed rows, encoded as a JSON array, as it is read, while its values
#: are still in the CPU cache.
_REPORT_FIELDS = (*PROVENANCE_COLUMNS, "predicate", "subject_id", "object_id", "key_json", "fact_confidence", "valid_from",
                  "valid_to", "reported_at")
_FACT_FIELDS = dict(zip(FACT_COLUMNS, ("fact_id", "predicate", "subject_id", "object_id", "key_json", "qualifiers",
                                       "fact_confidence", "valid_from", "valid_to", "reported_at"), strict=True))

#: The JSON path. Reports go into a temporary view whose INSTEAD OF trigger stores each one's provenance row and, for the first
#: report of a new fact, the fact: SQLite unpacks a chunk's JSON once, not once per table. Unpacking, not the
#: B-trees, is most of the writer's time (about 0.4 µs per column and row): its statements for 1M facts took 14.5 s,
#: now 13.6 s, and the article loop waits for it 1.2 s instead of 2.
#: The outer INSERT has no conflict clause of its own: it would override the trigger's.
_REPORTS_VIEW = f"CREATE TEMP VIEW IF NOT EXISTS reports_in AS SELECT {', '.join(f'NULL AS {quoted(c)}' for c in _REPORT_FIELDS)}"
_REPORTS_TRIGGER = (
    "CREATE TEMP TRIGGER IF NOT EXISTS reports_in_store INSTEAD OF INSERT ON reports_in BEGIN "
    f"INSERT OR IGNORE INTO facts ({', '.join(FACT_COLUMNS)}) "
    f"SELECT {', '.join(f'NEW.{quoted(_FACT_FIELDS[c])}' for c in FACT_COLUMNS)} WHERE NEW.predicate IS NOT NULL; "
    f"INSERT OR REPLACE INTO provenance ({', '.join(map(quoted, PROVENANCE_COLUMNS))}) "
    f"VALUES ({', '.join(f'NEW.{quoted(c)}' for c in PROVENANCE_COLUMNS)}); "
    "END")
_INSERT_REPORTS = insert_json_sql("reports_in", _REPORT_FIELDS, None)


def _report_fields(*names: str) -> tuple[int, ...]:
    return tuple(_REPORT_FIELDS.index(n) for n in names)


#: The packed path: the same two writes as the view's trigger, from a packed chunk (graph/_rowbuffer.c): every new
#: fact, then every report's provenance row, each in fact-id order. Nothing to parse: on 1M facts the writer thread's
#: CPU time went from 16–17 s to 7–8 s and the reader's from 16–17 s to 12 s (no JSON to encode), and the article
#: loop from 18 s to 12 s.
_INSERT_PACKED = (
    insert_packed_sql("facts", FACT_COLUMNS, "IGNORE", _report_fields(*_FACT_FIELDS.values()),
                      f" WHERE c{_REPORT_FIELDS.index('predicate')} IS NOT NULL"),
    insert_packed_sql("provenance", PROVENANCE_COLUMNS, "REPLACE", _report_fields(*PROVENANCE_COLUMNS)))
#: The other rows the article loop buffers: (JSON statement, packed statement) for each.
_INSERT_ARTICLES = (insert_json_sql("articles", ARTICLE_COLUMNS, "REPLACE"), insert_packed_sql("articles", ARTICLE_COLUMNS, "REPLACE"))
_INSERT_ENTITIES = (insert_json_sql("entities", ENTITY_COLUMNS, "IGNORE"), insert_packed_sql("entities", ENTITY_COLUMNS, "IGNORE"))
_INSERT_NAMES = (insert_json_sql("names", NAME_COLUMNS, "REPLACE"), insert_packed_sql("names", NAME_COLUMNS, "REPLACE"))
#: Surface counts add up across batches; a renamed-away name is former for good (`_FORMER_WINS`).
_UPSERT_SURFACES = " ON CONFLICT (entity_id, surface) DO UPDATE SET count = count + excluded.count"
_INSERT_SURFACES = ("INSERT INTO surfaces VALUES (?, ?, ?, ?)",
                    insert_packed_sql("surfaces", ("entity_id", "surface", "kind", "count"), None, tail=" WHERE true"))
_INSERT_REFS = ("INSERT OR IGNORE INTO fact_refs VALUES (?, ?)", insert_packed_sql("fact_refs", ("entity_id", "fact_id"), "IGNORE"))
_INSERT_TOUCHED = ("INSERT OR IGNORE INTO touched VALUES (?)", insert_packed_sql("touched", ("id",), "IGNORE"))
_encode = compact_json_encoder()
#: The companies whose positions this batch touched: the derived passes of an incremental batch look only there.
_TOUCHED_COMPANIES = "(SELECT g.object_id FROM touched t JOIN facts g ON g.id = t.id WHERE g.predicate = 'HOLDS_POSITION')"
_REPORT_TEXT = ("article_id", "evidence", "extractor", "rule")  # a report's fields stored as text, NOT NULL


def _fact_id_prefix(report: str) -> str:
    """An encoded report's sort key, its fact id: `["f-0123456789abcdef"`.
    Reports go in sorted by it so B-tree pages are written once, not
    revisited (a sort in SQL would cost the writer thread more than this
    costs the reader); the sort is stable, so of two reports with one
    provenance key the later still replaces the earlier."""
    return report[:20]

#: A surface's kind is the first one seen, except that a renamed-away name is
#: former for good: the store ends the same whatever order articles came in.
_FORMER_WINS = ", kind = CASE WHEN excluded.kind = 'former' THEN 'former' ELSE kind END"


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    sha: str = ""


@dataclass
class IngestReport:
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    facts_read: int = 0
    facts_touched: int = 0
    entities_created: int = 0
    entities_merged: int = 0
    invalid: list[str] = field(default_factory=list)
    #: Wall time of each step, in order ("read" is the article loop, "merges" includes the last writes and the
    #: index rebuild of a bulk load): where a slow ingest spends its time, without a profiler.
    seconds: dict[str, float] = field(default_factory=dict)


def load_curated(path: Path | None) -> dict[tuple[str, str], list[str]]:
    """The user-editable alias table: `type<TAB>name<TAB>alias|alias…`."""
    table: dict[tuple[str, str], list[str]] = {}
    if path is None or not path.exists():
        return table
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in ("Person", "Company"):
            raise ValueError(f"{path}:{n}: expected 'Person|Company<TAB>name<TAB>alias|alias…'")
        names = [parts[1].strip(), *[a.strip() for a in parts[2].split("|") if a.strip()]]
        for nm in names:
            table[(parts[0], name_key(nm))] = names
    return table


class Ingestor:
    """One ingest transaction's worth of resolution state.

    Writes are buffered (surface counts, articles, entities, names, and the
    reports, encoded as they are read). While articles are read nothing
    reads those tables back, so full buffers go to a writer thread that
    stores them while the main thread resolves the next reports; anything
    that reads back (a merge, the post-passes) flushes first, which waits
    for the writer. A batch far bigger than the store goes in without
    secondary indexes, rebuilt at that flush. Touched fact ids live in a
    temporary table so the post-passes work on a million facts without
    giant `IN (…)` lists; a batch into an empty store touches everything
    and lists nothing.
    """

    def __init__(self, store: Store, curated: dict[tuple[str, str], list[str]] | None = None) -> None:
        self.store = store
        self.db = store.db
        self.curated = curated or {}
        self.index: dict[tuple[str, str], str] = {}
        self.entities: set[str] = set()
        self.touched_facts: set[str] = set()
        self.touched_entities: set[str] = set()
        self.report = IngestReport()
        self._surfaces: dict[tuple[str, str], list[Any]] = {}  # (entity, surface) → [kind, count]
        # Reports (`_REPORT_FIELDS`) for the writer thread: packed, where this SQLite can read packed rows, or JSON.
        self._packed = RowBuffer is not None and not os.environ.get("FKG_PURE_PYTHON") and store.reads_packed_rows
        self._reports: Any = RowBuffer(len(_REPORT_FIELDS)) if self._packed else []
        self._touched_pending: set[str] = set()  # touched since the last flush
        self._refs: set[tuple[str, str]] = set()  # (entity, fact) references from qualifiers
        self._names: list[tuple[str, str, str]] = []
        self._articles: list[tuple[str | None, ...]] = []
        self.article_shas: dict[str, str] = {}  # id → content digest, stored or read in this batch
        self._entities: list[tuple[str, str, str]] = []
        self.known_facts: set[str] = set()  # fact ids in the store, or read in this batch
        self._stored_facts = 0  # how many the store held before this batch
        self.fresh = False  # an empty store: every entity and fact is touched, no need to list them
        # Mentions resolved before → (entity id, its surface-count slot), while that entity lives. Mentions
        # without aliases (nearly all) are keyed by name alone in a dict per (type, kind): no key to build.
        self._memo: dict[tuple[Any, ...], tuple[str, list[Any]]] = {}
        self._memo_plain: dict[tuple[str, str], dict[str, tuple[str, list[Any]]]] = defaultdict(dict)
        self.recompute: set[str] = set()  # facts whose merged values must be derived again
        self.article_date: str | None = None
        self.defer_merges = False  # during the article loop: merges are applied after one big flush
        self._pending_merges: list[tuple[str, str, str]] = []
        self._redirect: dict[str, str] = {}  # merged this batch: src → dst
        self.keys_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="fkg-store-writer")
        self._writing: list[Future[None]] = []  # the writer thread's chunks, oldest first
        self._bulk_decided = False  # indexes dropped once in this batch: never again (they would be built twice)
        self._indexes_dropped = False
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DELETE FROM touched")
        self.db.execute(_REPORTS_VIEW)
        self.db.execute(_REPORTS_TRIGGER)

    # -- buffering ------------------------------------------------------------
    def _load_index(self) -> None:
        self.index = {(k, t): e for k, t, e in self.db.execute("SELECT key, type, entity_id FROM names")}
        for kt, e in self.index.items():
            self.keys_of[e].add(kt)
        self.entities = {e for (e,) in self.db.execute("SELECT id FROM entities")}
        self.known_facts = {f for (f,) in self.db.execute("SELECT id FROM facts")}
        self._stored_facts = len(self.known_facts)
        self.article_shas = known_articles(self.store)
        self.fresh = not self.known_facts and not self.entities

    def _wait(self, pending: int = 0) -> None:
        """Until at most `pending` chunks are still being written (0: the
        writer thread is done, and the connection is free for this thread).
        The writer's errors surface here, once every chunk has ended: the
        rollback that follows must not meet a statement still running."""
        error: BaseException | None = None
        while len(self._writing) > (pending if error is None else 0):
            try:
                self._writing.pop(0).result()
            except BaseException as e:  # raised below, after the other chunks
                error = error or e
        if error is not None:
            raise error

    def close(self) -> None:
        try:
            self._wait()
        finally:
            self._writer.shutdown()

    def _write_reports(self) -> None:
        """Store the buffered articles, new entities and names, new facts and
        provenance, packed or as JSON (`_rows_statement`), in the writer
        thread: the main thread goes on resolving the next reports, or
        preparing a flush's other rows; the two cores work side by side.
        (Surface counts wait for the flush: they add up until then.)"""
        self._wait(WRITE_AHEAD - 1)
        if not self._reports and not self._articles and not self._entities and not self._names:
            return
        self._entities.sort()  # in key order, as the reports below: each B-tree page written once
        self._names.sort()
        held: list[Any] = []  # packed chunks, alive until the writer has read them
        statements = [self._rows_statement(sql, rows, held) for sql, rows in (
            (_INSERT_ARTICLES, self._articles), (_INSERT_ENTITIES, self._entities), (_INSERT_NAMES, self._names)) if rows]
        for rows in (self._articles, self._entities, self._names):  # emptied in place: the C adder holds the last two
            rows.clear()
        if self._reports and not self._bulk_decided:  # once the batch's new facts outgrow the store: no indexes
            new_facts = len(self.known_facts) - self._stored_facts  # while reports are read, only new facts join it
            if new_facts >= BULK_ROWS and new_facts > self._stored_facts:
                self._wait()  # the connection is the writer's until then
                self.store.drop_bulk_indexes()
                self._indexes_dropped = self._bulk_decided = True
        if self._reports and self._packed:  # the writer sorts them by fact id itself, in SQLite's call
            held.append(chunk := self._reports.take(sort_first=True))
            statements += [(sql, chunk.token) for sql in _INSERT_PACKED]
        elif self._reports:
            self._reports.sort(key=_fact_id_prefix)
            statements.append((_INSERT_REPORTS, "[" + ",".join(self._reports) + "]"))
            self._reports.clear()

        def write() -> None:
            for sql, rows in statements:
                self.db.execute(sql, (rows,))
            held.clear()

        self._writing.append(self._writer.submit(write))

    def _rows_statement(self, statements: tuple[str, str], rows: list[tuple[Any, ...]], held: list[Any]) -> tuple[str, Any]:
        """(SQL, its one parameter) storing `rows` in their order: packed
        where this SQLite reads packed rows (the buffer goes into `held`,
        which must live until the statement has run), else as JSON."""
        json_sql, packed_sql = statements
        if not self._packed:
            return json_sql, _encode(rows)
        held.append(taken := _packed(rows))
        return packed_sql, taken.token

    def _prepare_rows(self, statements: tuple[str, str], rows: list[tuple[Any, ...]], tail: str = "") -> Callable[[], object]:
        """Rows sorted into key order (each B-tree page written once) and
        packed now; the call returned stores them (packed, or one
        `executemany`). Apart, so the preparing can go on while the writer
        thread's SQLite runs."""
        rows.sort()
        many_sql, packed_sql = statements
        if self._packed:
            taken = _packed(rows)
            return lambda: self.db.execute(packed_sql + tail, (taken.token,))
        return lambda: self.db.executemany(many_sql + tail, rows)

    def flush(self) -> None:
        """Everything buffered, into the store. The SQLite half goes to the
        writer thread first (the last reports; at the end of a bulk load, the
        index rebuild); this thread sorts and packs the surface counts and
        references meanwhile, since SQLite runs without the GIL, and stores
        them once the writer is done (1M facts: about 0.4 s less, measured
        side by side; the index rebuild hides most of it)."""
        self._memo.clear()  # it holds surface-count slots, which are written and cleared here
        self._memo_plain.clear()
        self._write_reports()
        if self._indexes_dropped:
            self._writing.append(self._writer.submit(self.store.create_bulk_indexes))
            self._indexes_dropped = False
        writes = []
        if self._surfaces:
            writes.append(self._prepare_rows(
                _INSERT_SURFACES, [(e, srf, kind, n) for (e, srf), (kind, n) in self._surfaces.items()],
                _UPSERT_SURFACES + _FORMER_WINS))
            self._surfaces.clear()
        if self._refs:
            writes.append(self._prepare_rows(_INSERT_REFS, list(self._refs)))
            self._refs.clear()
        if self._touched_pending:
            writes.append(self._prepare_rows(_INSERT_TOUCHED, [(f,) for f in self._touched_pending]))
            self._touched_pending.clear()
        self._wait()
        for write in writes:
            write()

    # -- entities ---------------------------------------------------------
    def resolve(self, name: str, type_: str, aliases: Iterable[str] = (), kind: str = "name") -> str:
        """The entity id for a mention, creating or merging entities as needed."""
        if type_ == EntityType.EXCHANGE:  # a closed list: no names to learn, nothing to count
            eid = entity_id(type_, name)
            if eid not in self.entities:
                self._entities.append((eid, type_, name))
                self.entities.add(eid)
            return eid
        aliases = tuple(aliases)
        memo = self._memo_plain[(type_, kind)] if not aliases else None
        hit = memo.get(name) if memo is not None else self._memo.get((type_, name, aliases, kind))
        if hit is not None and hit[0] in self.entities:  # seen before and not merged away since: its keys all point to it
            eid, slot = hit
            slot[1] += 1
            if not self.fresh:
                self.touched_entities.add(eid)
            return eid
        eid = self._resolve(name, type_, aliases, kind)
        hit = (eid, self._surfaces[(eid, name)])
        if memo is not None:
            memo[name] = hit
        else:
            self._memo[(type_, name, aliases, kind)] = hit
        return eid

    def _resolve(self, name: str, type_: str, aliases: tuple[str, ...], kind: str) -> str:
        if type_ == EntityType.COMPANY and is_generic_org_name(name):
            raise ValueError(f"{name!r} is a generic phrase, not a company name")
        names = [name, *[a for a in aliases if a and not (type_ == EntityType.COMPANY and is_generic_org_name(a))]]
        if self.curated:
            for nm in list(names):
                names += [c for c in self.curated.get((type_, name_key(nm)), []) if c not in names]
        keys = {name_key(n): n for n in names if name_key(n)}
        if not keys:
            raise ValueError(f"entity with an empty name: {name!r}")
        found = sorted({e for k in keys if (e := self.index.get((k, type_)))})
        if not found:
            eid = entity_id(type_, name_key(name) or next(iter(keys)))
            if eid not in self.entities:
                self._entities.append((eid, type_, name))
                self.entities.add(eid)
                self.report.entities_created += 1
        else:
            eid = found[0]
            for other in found[1:]:
                self.merge(other, eid)
        for k in keys:
            if (k, type_) not in self.index:
                self._names.append((k, type_, eid))
                self.index[(k, type_)] = eid
                self.keys_of[eid].add((k, type_))
        for n in dict.fromkeys(names):
            slot = self._surfaces.setdefault((eid, n), [kind if n == name else "alias", 0])
            if n == name:
                slot[1] += 1
                if kind == "former":  # a renamed-away name stays former, whenever its other mentions were read
                    slot[0] = kind
        if not self.fresh:
            self.touched_entities.add(eid)
        return eid

    def merge(self, src: str, dst: str, reason: str = "shared name") -> None:
        """Fold entity `src` into `dst`; facts are re-keyed, `src` redirects.

        While articles are being read (`defer_merges`), only the in-memory
        name index learns of the merge at once (so later mentions resolve to
        `dst`); the stored side follows in `apply_merges`, after one flush."""
        if src == dst:
            return
        for kt in self.keys_of.pop(src, set()):
            self.index[kt] = dst
            self.keys_of[dst].add(kt)
        self.entities.discard(src)
        self.report.entities_merged += 1
        if self.defer_merges:
            self._redirect[src] = dst
            self._pending_merges.append((src, dst, reason))
            return
        self._merge_all([(src, dst, reason)])

    def apply_merges(self) -> None:
        """The merges deferred while articles were read, into the store. In
        one pass when it is the same as one merge after another: each src
        merged once, and into an entity alive in this batch (every src's
        rows then go straight to its final entity either way). Otherwise
        one at a time, since a dst the store resolves may change as they go."""
        self.flush()
        pending, self._pending_merges = self._pending_merges, []
        self.defer_merges = False
        finals = [(src, self._follow(dst), reason) for src, dst, reason in pending]
        srcs, dsts = {src for src, _d, _r in finals}, {dst for _s, dst, _r in finals}
        if len(srcs) == len(finals) and srcs.isdisjoint(dsts) and dsts <= self.entities:
            self._merge_all(finals)
            return
        for src, dst, reason in pending:
            dst = self.store_resolve(dst)
            if src != dst:
                self._merge_all([(src, dst, reason)])

    def rekey_stale_facts(self) -> None:
        """Once, when store migration 7 asks: facts whose key still names a
        buyer or company a merge before schema v6 renamed away are re-keyed
        through the redirects, as that merge should have done, and fold into
        the fact the same statement under the new names became (derived
        again from both provenances). A scan of the facts per entity
        qualifier, then a merge pass whose srcs are already gone: only the
        facts move."""
        if not self.db.execute("SELECT 1 FROM meta WHERE key = 'stale_keys'").fetchone():
            return
        stale = self.db.execute(" UNION ".join(
            f"SELECT r.old_id, r.new_id, f.id FROM facts f JOIN redirects r ON r.old_id = json_extract(f.key_json, '$.{q}')"
            for q in ENTITY_QUALIFIERS)).fetchall()
        self.db.executemany("INSERT OR IGNORE INTO fact_refs VALUES (?, ?)", [(old, fid) for old, _new, fid in stale])
        finals = {(old, self.store.resolve_id(new)) for old, new, _f in stale}
        self._merge_all(sorted((old, new, "its id is in a key a merge before schema v6 missed") for old, new in finals if old != new))
        self.db.execute("DELETE FROM meta WHERE key = 'stale_keys'")

    def _merge_all(self, merges: list[tuple[str, str, str]]) -> None:
        """The stored side of merges (`merge` has told the name index):
        each src's names, surface counts, redirects and references go to its
        dst, and facts naming a src are re-keyed (their ids hash the entity
        ids). A few set-based statements for all of them through a temporary
        table, not a dozen per merge: 2,007 renames of 1M facts took 1.9 s
        one at a time. The callers pass distinct srcs and no dst that is a
        src, so the order of the statements below is free; rows go in merge
        order where it can tell (surface kinds)."""
        if not merges:
            return
        self.flush()
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS merging (src TEXT PRIMARY KEY, dst TEXT NOT NULL, seq INTEGER NOT NULL) "
                   "WITHOUT ROWID")
        db.execute("DELETE FROM merging")
        db.executemany("INSERT INTO merging VALUES (?, ?, ?)", [(src, dst, i) for i, (src, dst, _r) in enumerate(merges)])
        final = {src: dst for src, dst, _r in merges}
        for src, dst, reason in merges:
            log.info("merging %s into %s (%s)", src, dst, reason)
            self.touched_entities.discard(src)
        self.touched_entities.update(final.values())
        srcs = "(SELECT src FROM merging)"
        # the facts to re-key, and which srcs each names, before the references below move
        named: dict[str, set[str]] = defaultdict(set)
        rows: dict[str, tuple[str, str, str, str]] = {}
        for column in ("subject_id", "object_id"):
            for fid, pred, s, o, key_json in db.execute(
                    f"SELECT id, predicate, subject_id, object_id, key_json FROM facts WHERE {column} IN {srcs}"):
                rows[fid] = (pred, s, o, key_json)
                named[fid].add(s if column == "subject_id" else o)
        for ref, fid, pred, s, o, key_json in db.execute(
                "SELECT r.entity_id, f.id, f.predicate, f.subject_id, f.object_id, f.key_json FROM fact_refs r "
                f"JOIN facts f ON f.id = r.fact_id WHERE r.entity_id IN {srcs}"):
            rows[fid] = (pred, s, o, key_json)
            named[fid].add(ref)
        db.execute("UPDATE names SET entity_id = m.dst FROM merging m WHERE names.entity_id = m.src")
        db.execute(  # `WHERE true`: an upsert's SELECT with a join needs it to parse
            "INSERT INTO surfaces SELECT m.dst, s.surface, s.kind, s.count FROM merging m JOIN surfaces s ON s.entity_id = m.src "
            f"WHERE true ORDER BY m.seq ON CONFLICT (entity_id, surface) DO UPDATE SET count = count + excluded.count{_FORMER_WINS}")
        db.execute(f"DELETE FROM surfaces WHERE entity_id IN {srcs}")
        db.execute("UPDATE redirects SET new_id = m.dst FROM merging m WHERE redirects.new_id = m.src")
        db.execute("INSERT OR REPLACE INTO redirects SELECT src, dst FROM merging")
        db.execute(f"DELETE FROM entities WHERE id IN {srcs}")
        db.execute("INSERT OR IGNORE INTO fact_refs SELECT m.dst, r.fact_id FROM merging m JOIN fact_refs r ON r.entity_id = m.src")
        db.execute(f"DELETE FROM fact_refs WHERE entity_id IN {srcs}")
        moved: list[tuple[str, str, str, str, str, str]] = []  # (old id, new id, predicate, subject, object, key)
        for fid in sorted(rows):
            pred, s, o, key_json = rows[fid]
            for src in sorted(named[fid]):
                key_json = key_json.replace(src, final[src])
            new_key = dumps(json.loads(key_json))  # canonical again, as the id hashes it
            ns, no = final.get(s, s), final.get(o, o)
            new_id = fact_id_from_json(pred, ns, no, new_key)
            if new_id != fid:
                moved.append((fid, new_id, pred, ns, no, new_key))
        # One statement per step for all the facts, in the same order: a new id never is another moved fact's old
        # id (old ids name a src, new ones do not), so no step of one fact can meet another's.
        db.executemany("INSERT OR IGNORE INTO facts (id, predicate, subject_id, object_id, key_json, qualifiers, confidence) "
                       "VALUES (?, ?, ?, ?, ?, '{}', 0)", [m[1:] for m in moved])
        db.executemany("INSERT OR IGNORE INTO provenance SELECT ?, article_id, start, end, evidence, confidence, extractor, "
                       "rule, qualifiers FROM provenance WHERE fact_id = ?", [(new, old) for old, new, *_ in moved])
        db.executemany("DELETE FROM provenance WHERE fact_id = ?", [(old,) for old, *_ in moved])
        db.executemany("DELETE FROM facts WHERE id = ?", [(old,) for old, *_ in moved])
        db.executemany("UPDATE OR IGNORE fact_refs SET fact_id = ? WHERE fact_id = ?", [(new, old) for old, new, *_ in moved])
        db.executemany("DELETE FROM fact_refs WHERE fact_id = ?", [(old,) for old, *_ in moved])  # already there under the new id
        db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(new,) for _old, new, *_ in moved])
        for _old, new, *_ in moved:
            self.touched_facts.add(new)
            self.known_facts.add(new)
            self.recompute.add(new)
        self.touched_entities.discard(src)
        self.touched_entities.add(dst)

    # -- facts --------------------------------------------------------------
    def add_fact(self, row: dict[str, Any]) -> None:
        """One extracted fact (the guide's format with evidence and offsets).

        The hot loop of a bulk ingest: one dict of shapes, plain strings, and
        the report packed for the writer thread here, while its values are
        still in the CPU cache (encoding a million cold rows later costs
        twice as much). A row refused is refused before anything is
        resolved or counted."""
        shape = _SHAPES.get(row["predicate"])
        if shape is None:
            raise ValueError(f"{row['predicate']!r} is not a predicate")
        pred = shape.predicate
        subj, obj = row["subject"], row["object"]
        s_type, o_type = subj["type"], obj["type"]
        if s_type not in shape.subject_types or o_type not in shape.object_types:
            raise ValueError(f"{shape.name} cannot join a {s_type} to a {o_type}")
        provenance = _provenance_fields(row)
        quals = dict(row.get("qualifiers") or {})
        if pred is Predicate.RENAMED_TO:  # one company with a former name: merge, keep the names on the fact
            quals.setdefault("old_name", subj["name"])
            quals.setdefault("new_name", obj["name"])
            new = self.resolve(obj["name"], o_type, obj.get("aliases", ()))
            old = self.resolve(subj["name"], s_type, subj.get("aliases", ()), kind="former")
            if old != new:
                self.merge(old, new, "renamed")
            s_id = o_id = self.store_resolve(new)
        else:
            s_id = self.resolve(subj["name"], s_type, subj.get("aliases", ()))
            o_id = self.resolve(obj["name"], o_type, obj.get("aliases", ()))
        refs = [q for q in ENTITY_QUALIFIERS if isinstance(quals.get(q), str) and quals[q]]
        for q in refs:
            quals[f"{q}_id"] = self.resolve(quals[q], EntityType.COMPANY if q == "company" else _party_type(quals[q]))
        s_id, o_id = self.store_resolve(s_id), self.store_resolve(o_id)  # a later mention may have merged them
        key = {k: quals.get(k_id, quals.get(k)) for k, k_id in shape.key_qualifiers}
        if pred is Predicate.HOLDS_POSITION and quals.get("role") == "other":
            key["title"] = quals.get("title")
        if pred is Predicate.RENAMED_TO:
            key = {"old": name_key(quals["old_name"]), "new": name_key(quals["new_name"])}
        for q in refs:  # ids resolved before a later merge: follow it
            quals[f"{q}_id"] = eid = self.store_resolve(quals[f"{q}_id"])
            if q in key:
                key[q] = eid
        key_json = dumps(key)
        fid = fact_id_from_json(shape.name, s_id, o_id, key_json)
        quals_json = dumps(quals)
        aid, start, end, evidence, conf, extractor, rule = provenance
        report: tuple[Any, ...] = (fid, aid, start, end, evidence, conf, extractor, rule, quals_json)
        known = fid in self.known_facts  # another report of a known fact: derive it again
        if not known:  # stored final as this one report states it; a second report makes it recomputed
            report += (shape.name, s_id, o_id, key_json, round(conf, 4), *validity(pred, quals), self.article_date)
        self._reports.append(report if self._packed else _encode(report))  # first: a report refused changes no set
        (self.recompute if known else self.known_facts).add(fid)
        for q in refs:
            self._refs.add((quals[f"{q}_id"], fid))
        if not self.fresh:
            self.touched_facts.add(fid)
            self._touched_pending.add(fid)
        self.report.facts_read += 1

    def fast_add_fact(self) -> Callable[[dict[str, Any]], object] | None:
        """`add_fact` in C for the rows nearly all are (graph/_addfact.c): on
        1M facts the article loop's thread spends 15–20 % less CPU time, and
        another 10 % since it resolves new plain names too (the rest is hash
        lookups over hundreds of thousands of names and facts, memory-bound
        in either language). It returns NotImplemented, having
        changed nothing, for any other row, which `add_fact` then does. It
        holds this ingestor's containers themselves (the name index and the
        rows buffered for the store among them), so it lives while they are
        only changed in place: from `_load_index` to the end of the article
        loop."""
        if Adder is None or os.environ.get("FKG_PURE_PYTHON"):
            return None
        c_key, c_report = c_json_encoder(*KEY_JSON), c_json_encoder(*COMPACT_JSON)
        if c_key is None or c_report is None:
            return None
        return Adder(
            shapes={n: (s.predicate, s.subject_types, s.object_types, s.key_qualifiers) for n, s in _SHAPES.items()},
            entity_quals=tuple((q, f"{q}_id") for q in ENTITY_QUALIFIERS), entities=self.entities,
            memo_plain=self._memo_plain, touched_entities=self.touched_entities, known_facts=self.known_facts,
            recompute=self.recompute, reports=self._reports, refs=self._refs, touched_facts=self.touched_facts,
            touched_pending=self._touched_pending, report=self.report, resolve=self.resolve, store_resolve=self.store_resolve,
            party_type=_party_type, validity=validity, round=round, fact_id=fact_id_from_json, encode_key=c_key,
            encode_report=None if self._packed else c_report, company_type=EntityType.COMPANY, exchange_type=EntityType.EXCHANGE,
            position=Predicate.HOLDS_POSITION.value, renamed=Predicate.RENAMED_TO.value, fresh=self.fresh,
            name_key=name_key, is_generic=is_generic_org_name, index=self.index, keys_of=self.keys_of, curated=self.curated,
            new_entities=self._entities, new_names=self._names, surfaces=self._surfaces)

    def read_articles(self, batches: Iterable[tuple[ArticleMeta, list[dict[str, Any]] | None]],
                      on_article: Callable[[ArticleMeta], None]) -> None:
        """The article loop: new and changed articles' reports are resolved;
        merges wait for its end, and full buffers go to the writer thread
        between articles, since nothing reads facts back until then."""
        self._load_index()
        self.defer_merges = True
        fast = self.fast_add_fact()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for meta, facts in batches:
            on_article(meta)
            old = self.article_shas.get(meta.id)
            if old == meta.sha:
                self.report.articles_unchanged += 1
                continue
            if old is not None:
                self.drop_article(meta.id)
                self.report.articles_updated += 1
            else:
                self.report.articles_new += 1
            self.article_shas[meta.id] = meta.sha
            self._articles.append((meta.id, meta.sha, meta.title, meta.date or None, meta.url, meta.source, now))
            self.article_date = meta.date or None
            if fast is not None:
                fast.article_date = self.article_date
            for row in facts or []:
                try:
                    if fast is None or fast(row) is NotImplemented:
                        self.add_fact(row)
                except (KeyError, ValueError, TypeError) as e:
                    self.report.invalid.append(f"{meta.id}: {e}")
            if len(self._reports) >= SPILL_ROWS:
                self._write_reports()

    def store_resolve(self, eid: str) -> str:
        if eid in self.entities:  # alive ids are never redirected: merges drop them from the set
            return eid
        eid = self._follow(eid)
        if eid in self.entities:
            return eid
        self._wait()  # not merged this batch (or a cycle): the store decides
        return self.store.resolve_id(eid)

    def _follow(self, eid: str) -> str:
        """`eid` through this batch's merges, to an alive entity or to the
        last id they name (the store's redirects go on from there)."""
        hops = 0  # a counter, not a set of seen ids
        while eid not in self.entities and eid in self._redirect and hops <= len(self._redirect):
            eid = self._redirect[eid]
            hops += 1
        return eid

    def drop_article(self, article_id: str) -> None:
        """Forget what an article said (before re-reading a changed version)."""
        self.flush()
        for (fid,) in self.db.execute("SELECT DISTINCT fact_id FROM provenance WHERE article_id = ?", (article_id,)).fetchall():
            self.touched_facts.add(fid)
            self._touched_pending.add(fid)
            self.recompute.add(fid)
        self.db.execute("DELETE FROM provenance WHERE article_id = ?", (article_id,))

    # -- derived ------------------------------------------------------------
    def _positions(self, columns: str, where: str = "", tail: str = "") -> sqlite3.Cursor:
        """HOLDS_POSITION rows at the companies this batch touched, in one
        scan (a fresh store: all of them) rather than one query per company.
        All of them are read in table order: walking the company index
        instead fetches each row at a random place (measured on 1M facts,
        when the spelling-variant pass still grouped every position: 0.96 s
        instead of 1.41 s)."""
        sql = f"SELECT object_id, {columns} FROM facts{' NOT INDEXED' if self.fresh else ''} WHERE predicate = 'HOLDS_POSITION' {where}"
        if not self.fresh:
            sql += f" AND object_id IN {_TOUCHED_COMPANIES}"
        return self.db.execute(f"{sql} {tail}")

    def merge_spelling_variants(self) -> None:
        """沈崇峰 and 沈崇锋 are one person when both hold the same role at the
        same company: homophone spelling plus shared context. Only people
        whose names have a homophone variant at all can merge
        (`homophone_candidates`, from the name index in memory), so only
        their positions are read, through the subject index (1M facts: 592
        of 80k people; the pass took 1.3–1.7 s with a GROUP BY over every
        position, now 0.3 s, most of it finding the candidates).
        The role is read from the fact's key: a fact a merge re-keyed has no
        qualifiers until the recompute, which comes after this pass."""
        self.flush()
        people = homophone_candidates((k, e) for (k, t), e in self.index.items() if t == EntityType.PERSON)
        if len(people) < 2:
            return
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS variant_people (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("DELETE FROM variant_people")
        db.executemany("INSERT INTO variant_people VALUES (?)", [(p,) for p in sorted(people)])
        touched = "" if self.fresh else f" AND f.object_id IN {_TOUCHED_COMPANIES}"
        shared = sorted(db.execute(  # CROSS JOIN: the few candidates drive, each looked up in the subject index
            "SELECT f.object_id, COALESCE(f.key_json ->> 'role', '') AS role, group_concat(DISTINCT f.subject_id) "
            "FROM variant_people c CROSS JOIN facts f ON f.subject_id = c.id AND f.predicate = 'HOLDS_POSITION'"
            f"{touched} GROUP BY f.object_id, role HAVING COUNT(DISTINCT f.subject_id) > 1"))
        if not shared:
            return
        names = dict(db.execute("SELECT e.id, e.name FROM variant_people c CROSS JOIN entities e ON e.id = c.id"))
        for _company, _role, ids in shared:
            alive = sorted({self.store_resolve(p) for p in ids.split(",")})  # earlier merges in this pass count
            if len(alive) > 1:
                self._merge_variants(alive, names)

    def _merge_variants(self, people: list[str], names: dict[str, str]) -> None:
        by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
        for p in people:
            if p in names:
                by_shape[(len(names[p]), names[p][:1])].append(p)
        for group in by_shape.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    a_id, b_id = self.store_resolve(a), self.store_resolve(b)
                    if a_id != b_id and homophone_variant(names[a], names[b]):
                        keep, drop = sorted((a_id, b_id), key=lambda e: (-self._mentions(e), e))
                        self.merge(drop, keep, "spelling variant with the same role at the same company")

    def _mentions(self, eid: str) -> int:
        return self.db.execute("SELECT COALESCE(SUM(count), 0) FROM surfaces WHERE entity_id = ?", (eid,)).fetchone()[0]

    def recompute_facts(self) -> None:
        """Derive again, from all their provenance, the facts that need it:
        several reports, reports added to facts stored before, merges."""
        self.flush()
        ids = sorted(self.recompute)
        dates = {a: d for a, d in self.db.execute("SELECT id, date FROM articles WHERE date IS NOT NULL")} if ids else {}
        updates, deletes = [], []
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            preds = dict(self.db.execute(f"SELECT id, predicate FROM facts WHERE id IN ({marks})", chunk))
            reports: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
            for fid, aid, conf, q in self.db.execute(
                    f"SELECT fact_id, article_id, confidence, qualifiers FROM provenance WHERE fact_id IN ({marks})", chunk):
                reports[fid].append((aid, conf, q))
            for fid, pred_s in preds.items():
                rep = reports.get(fid)
                if not rep:
                    deletes.append((fid,))
                    continue
                quals = merge_qualifiers([json.loads(q) for _a, _c, q in rep])
                for q in ENTITY_QUALIFIERS:  # provenance keeps the ids of its day; merges since then redirect them
                    if f"{q}_id" in quals:
                        quals[f"{q}_id"] = self.store_resolve(quals[f"{q}_id"])
                per_article: dict[str, float] = {}
                for aid, conf, _q in rep:
                    per_article[aid] = max(per_article.get(aid, 0.0), conf)
                vf, vt = validity(Predicate(pred_s), quals)
                reported = min((dates[a] for a in per_article if a in dates), default=None)
                updates.append((dumps(quals), combine_confidence(list(per_article.values())), vf, vt, reported, fid))
        self.db.executemany("DELETE FROM facts WHERE id = ?", deletes)
        self.db.executemany(
            "UPDATE facts SET qualifiers = ?, confidence = ?, valid_from = ?, valid_to = ?, reported_at = ? WHERE id = ?", updates)
        self.report.facts_touched = len(self.known_facts if self.fresh else self.touched_facts)

    def fold_partial_facts(self) -> None:
        """A report that leaves a key qualifier out ("上海壹账通出售普惠立信40%股权"
        without the buyer) is the same fact as the one other report that
        states it, when they agree on everything the first does state."""
        self.flush()
        groups: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        rows = self.db.execute(  # only a key with a null in it can fold: find those (a partial index), then their groups
            "SELECT DISTINCT g.id, g.predicate, g.subject_id, g.object_id, g.key_json FROM facts p INDEXED BY facts_partial "
            "JOIN facts g ON g.subject_id = p.subject_id AND g.predicate = p.predicate AND g.object_id = p.object_id "
            "WHERE p.predicate IN ('SOLD_STAKE', 'HOLDS_STAKE') AND instr(p.key_json, 'null') > 0").fetchall()
        for fid, pred, s, o, key_json in sorted(rows):
            groups[(pred, s, o)].append((fid, json.loads(key_json)))
        for members in groups.values():
            if len(members) < 2 or not (self.fresh or any(fid in self.touched_facts for fid, _k in members)):
                continue
            for fid, key in members:
                known = {k: v for k, v in key.items() if v is not None}
                if len(known) == len(key):
                    continue
                fuller = [f for f, k in members if f != fid and all(k.get(a) == v for a, v in known.items())
                          and sum(v is not None for v in k.values()) > len(known)]
                if len(fuller) != 1:
                    continue
                self.db.execute("INSERT OR IGNORE INTO provenance SELECT ?, article_id, start, end, evidence, confidence, "
                                "extractor, rule, qualifiers FROM provenance WHERE fact_id = ?", (fuller[0], fid))
                self.db.execute("DELETE FROM provenance WHERE fact_id = ?", (fid,))
                self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(fuller[0],), (fid,)])
                self.touched_facts |= {fuller[0], fid}
                self.recompute |= {fuller[0], fid}  # recomputation deletes `fid`: no provenance left

    def flag_contradictions(self) -> None:
        """Two holders of a single-holder role at one company at once: kept,
        both flagged with the other's id. Only groups that can change are
        read: SQLite groups the positions by company and role (from the
        fact's key, which is smaller to parse than its qualifiers and names
        the same role) and returns those of a single-holder role with two
        or more members, or with a flag set before (1M facts: 39k groups
        rather than 250k rows; the pass took 1.8–2.5 s, now 1.5 s)."""
        single = {r.value for r in SINGLE_HOLDER_ROLES}
        roles = ", ".join(f"'{r}'" for r in sorted(single))
        groups = self._positions(
            "key_json ->> 'role' AS role, json_group_array(json_array(id, subject_id, valid_from, valid_to, contradicts))",
            f"AND (role IN ({roles}) OR contradicts != '[]')",
            "GROUP BY object_id, role HAVING count(*) > 1 OR max(contradicts != '[]')")
        updates = []
        for _company, role, members in groups:
            rows = json.loads(members)
            conflicts: dict[str, set[str]] = defaultdict(set)
            if len(rows) > 1 and role in single:
                for a, b in overlapping_terms([Term(fid, person, vf, vt) for fid, person, vf, vt, _old in rows]):
                    conflicts[a].add(b)
                    conflicts[b].add(a)
            for fid, *_rest, old in rows:
                new = dumps(sorted(conflicts[fid])) if fid in conflicts else "[]"
                if new != old:
                    updates.append((new, fid))
        updates.sort(key=itemgetter(1))  # in key order: each index page is visited once
        self.db.executemany("UPDATE facts SET contradicts = ? WHERE id = ?", updates)

    def refresh_names(self) -> None:
        """An entity's display name: its most used name (not an alias); ties
        go to the shorter, then the first in code-point order."""
        self.flush()
        touched = self.touched_entities
        rows = self.db.execute(
            "SELECT b.entity_id, b.surface FROM (SELECT entity_id, surface, ROW_NUMBER() OVER ("
            "PARTITION BY entity_id ORDER BY count DESC, length(surface), surface) AS rank FROM surfaces WHERE kind = 'name') b "
            "JOIN entities e ON e.id = b.entity_id WHERE b.rank = 1 AND e.name != b.surface").fetchall()
        self.db.executemany("UPDATE entities SET name = ? WHERE id = ?",
                            [(srf, e) for e, srf in rows if self.fresh or e in touched])


def _packed(rows: list[tuple[Any, ...]]) -> Any:
    """Rows (one width, at least one row) packed and taken: read them as
    `fkg_rows(taken.token)` while `taken` lives."""
    buffer = RowBuffer(len(rows[0]))
    buffer.extend(rows)
    return buffer.take()


def _provenance_fields(row: dict[str, Any]) -> tuple[str, int, int, str, float, str, str]:
    """A report's article id, offsets, evidence, confidence, extractor and
    rule, checked: refused here, alone, what a column cannot hold (the
    store's NOT NULL or a JSON NaN would fail the whole batch in the writer
    thread)."""
    aid, evidence, extractor, rule = row["article_id"], row.get("evidence", ""), row.get("extractor", ""), row.get("rule", "")
    if not (isinstance(aid, str) and isinstance(evidence, str) and isinstance(extractor, str) and isinstance(rule, str)):
        wrong = next(f for f in _REPORT_TEXT if not isinstance(row.get(f, ""), str))
        raise TypeError(f"{wrong} must be a string, not {type(row.get(wrong)).__name__}")
    try:
        conf = float(row.get("confidence", 0.5))
    except OverflowError:
        conf = math.inf
    if not math.isfinite(conf):
        raise ValueError(f"confidence must be a finite number, not {row.get('confidence')!r}")
    start, end = (int(x) for x in (row.get("offsets") or [0, 0])[:2])
    if not (_INT64_MIN <= start <= _INT64_MAX and _INT64_MIN <= end <= _INT64_MAX):
        raise ValueError(f"offsets out of range: {start}, {end}")
    return aid, start, end, evidence, conf, extractor, rule


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _party_type(name: str) -> str:
    """A buyer is a company unless it reads as a person's name."""
    from extract.lexicon import get_lexicon
    from extract.mentions import plausible_person

    return EntityType.PERSON if len(name) <= 3 and plausible_person(name, get_lexicon()) else EntityType.COMPANY


def ingest(
    store: Store,
    batches: Iterable[tuple[ArticleMeta, list[dict[str, Any]] | None]],
    curated: dict[tuple[str, str], list[str]] | None = None,
    on_article: Callable[[ArticleMeta], None] = lambda _a: None,
) -> IngestReport:
    """Store articles and their facts in one transaction.

    `batches` yields (article, facts); facts may be None for an article whose
    content the store already has (the caller checks `known_articles`).
    """
    with store.load_transaction(), gc_paused():
        ing = Ingestor(store, curated)
        seconds = ing.report.seconds
        try:
            steps: list[tuple[str, Callable[[], None]]] = [
                ("stale_keys", ing.rekey_stale_facts), ("read", lambda: ing.read_articles(batches, on_article)), ("merges", ing.apply_merges),
                ("spelling_variants", ing.merge_spelling_variants), ("partial_facts", ing.fold_partial_facts),
                ("recompute", ing.recompute_facts), ("contradictions", ing.flag_contradictions),
                ("names", ing.refresh_names)]
            for name, step in steps:
                started = time.perf_counter()
                step()
                seconds[name] = time.perf_counter() - started
        finally:
            ing.close()  # the writer thread's last statement ends before the commit or the rollback
        started = time.perf_counter()
    seconds["commit"] = time.perf_counter() - started
    return ing.report


def known_articles(store: Store) -> dict[str, str]:
    return dict(store.db.execute("SELECT id, sha FROM articles"))

