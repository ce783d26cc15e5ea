"""Load the embedded store into Neo4j 5 (production).

Constraints and indexes first (so MERGE uses them), then batched `UNWIND …
MERGE`: node batches in parallel, relationship batches one after another (a
relationship write locks both end nodes). Everything is MERGE, so loading
twice changes nothing; `prune=True` also removes what the store no longer
has; the load returns once every index is online (`db.awaitIndexes`), so a
question asked right after it finds what was loaded. Connection problems
become `Neo4jUnavailable` with a one-line message. Transient errors are
retried by the driver's managed transactions (`execute_write`, with backoff,
`max_transaction_retry_time`): no second loop here, which would multiply the
wait on a server that is gone.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.neo4j import cypher as C
from graph.store import Store
from schema import Predicate
from text.names import name_key, pinyin_display, search_keys

log = logging.getLogger(__name__)
T = TypeVar("T")


class Neo4jUnavailable(RuntimeError):
    """Neo4j cannot be used: unreachable, refused credentials, or failing."""


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str
    user: str = "neo4j"
    password: str = ""
    database: str | None = None


def connect(cfg: Neo4jConfig, retry_seconds: float = 15.0):
    """A driver that has reached the server once. Managed transactions retry
    transient errors for up to `retry_seconds` (the driver's default is 30 s)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

    try:
        driver = GraphDatabase.driver(cfg.uri, auth=(cfg.user, cfg.password), connection_timeout=10,
                                      max_transaction_retry_time=retry_seconds)
        driver.verify_connectivity()
        return driver
    except AuthError:
        raise Neo4jUnavailable(f"Neo4j at {cfg.uri} refused the credentials for user {cfg.user!r} (check NEO4J_PASSWORD)") from None
    except (ServiceUnavailable, OSError) as e:
        raise Neo4jUnavailable(f"Neo4j at {cfg.uri} is unreachable ({type(e).__name__}); is it running? (docker compose up -d neo4j)") from None
    except (ConfigurationError, ValueError) as e:
        raise Neo4jUnavailable(f"bad Neo4j URI {cfg.uri!r}: {e}") from None




def await_indexes(driver: Any, cfg: Neo4jConfig, seconds: int = 600) -> None:
    """Return when every index is online (an index created over existing data populates in the background)."""
    with driver.session(database=cfg.database) as s:
        s.run(C.AWAIT_INDEXES.query, {"seconds": seconds}).consume()


@dataclass
class LoadReport:
    batches: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _batches(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield list(rows[i:i + size])


def fact_props(qualifiers: dict[str, Any], confidence: float, valid_from: str | None, valid_to: str | None,
               reported_at: str | None, contradicts: list[str]) -> dict[str, Any]:
    """Properties of a fact node and its direct relationship (primitives only)."""
    # Entity-valued qualifiers keep their id as a property too (`buyer_id`), beside the edge to the entity.
    props = {k: C.neo4j_value(k, v) for k, v in qualifiers.items() if isinstance(v, str | int | float | bool)}
    return props | {"confidence": confidence, "valid_from": valid_from, "valid_to": valid_to, "reported_at": reported_at,
                    "contradicts": contradicts or None}  # nothing stored for nothing, as neo4j-admin reads an empty cell


EntityRow = tuple[str, str, str, list[str]]  # id, type, name, all names
FactRow = tuple[str, str, str, str, dict[str, Any], float, str | None, str | None, str | None, list[str]]


def build_rows(entities: Iterable[EntityRow], facts: Iterable[FactRow], provenance: Iterable[dict[str, Any]],
               articles: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The parameter rows of every load statement, from plain records (a
    store, or an export's subgraph)."""
    rows: dict[str, list[dict[str, Any]]] = {"Person": [], "Company": [], "Exchange": [], "aliases": [], "articles": [],
                                             "provenance": list(provenance), **{p.value: [] for p in Predicate},
                                             **{q: [] for q in C.QUALIFIER_EDGES}}
    for eid, type_, name, names in entities:
        names = names or [name]
        keys = sorted({k for n in names for k in search_keys(n)})
        aliases = [n for n in dict.fromkeys(names) if n != name]  # in the store's order (most often seen first)
        rows[type_].append({"id": eid, "name": name, "aliases": aliases or None, "pinyin": pinyin_display(name) or None,
                            "search_text": " ".join([*names, *keys]), "type": type_})
        for k in sorted({name_key(n) for n in names} | set(keys)):
            rows["aliases"].append({"id": f"{type_}|{k}", "key": k, "type": type_, "entity_id": eid})
    rows["articles"] = [{"id": a["id"], "title": a.get("title") or None, "date": a.get("date") or None, "url": a.get("url") or None,
                         "source": a.get("source") or None, "sha": a.get("sha") or None} for a in articles]
    for fid, pred, s, o, quals, conf, vf, vt, rep, contra in facts:
        rows[pred].append({"id": fid, "subject": s, "object": o, "props": fact_props(quals, conf, vf, vt, rep, contra)})
        for qk in C.QUALIFIER_EDGES:
            if quals.get(qk):
                rows[qk].append({"fact": fid, "entity": quals[qk]})
    return rows


def rows_from_store(store: Store) -> dict[str, list[dict[str, Any]]]:
    return build_rows(
        ((eid, t, name, [s for s, _k, _c in sorted(surfaces, key=lambda x: -x[2])]) for eid, t, name, surfaces in store.iter_entities()),
        ((fid, pred, s, o, json.loads(q), conf, vf, vt, rep, json.loads(contra))
         for fid, pred, s, o, q, conf, vf, vt, rep, contra in store.iter_facts()),
        ({"fact": fid, "article": aid, "start": start, "end": end, "evidence": ev, "confidence": conf, "extractor": ext}
         for fid, aid, start, end, ev, conf, ext in store.db.execute(
            "SELECT fact_id, article_id, start, end, evidence, confidence, extractor FROM provenance")),
        store.articles().values(),
    )


def load_sequence(rows: dict[str, list[dict[str, Any]]]) -> list[tuple[C.Statement, list[dict[str, Any]], str, bool]]:
    """(statement, rows, what, parallel) in load order: nodes, then relationships."""
    seq: list[tuple[C.Statement, list[dict[str, Any]], str, bool]] = [
        (C.UPSERT_ENTITIES[t], rows[t], t, True) for t in ("Person", "Company", "Exchange")]
    seq.append((C.UPSERT_ARTICLES, rows["articles"], "articles", True))
    seq.append((C.UPSERT_ALIASES, rows["aliases"], "aliases", False))
    seq += [(C.UPSERT_FACTS[p], rows[p.value], p.value, False) for p in Predicate]
    seq += [(stmt, rows[q], q, False) for q, stmt in C.LINK_QUALIFIER.items()]
    seq.append((C.UPSERT_PROVENANCE, rows["provenance"], "provenance", False))
    return seq


def load(store: Store, cfg: Neo4jConfig, batch_size: int = 5000, workers: int = 4, prune: bool = False,
         progress: Callable[[str, int], None] = lambda _what, _n: None) -> LoadReport:
    t0 = time.perf_counter()
    driver = connect(cfg)
    report = LoadReport()
    rows = rows_from_store(store)
    try:
        def run(stmt: C.Statement, params: dict[str, Any] | None = None) -> None:
            with driver.session(database=cfg.database) as s:
                s.execute_write(lambda tx: tx.run(stmt.query, params or {}).consume())
            report.batches += 1

        for stmt in (*C.CONSTRAINTS, *C.INDEXES):
            run(stmt)
        await_indexes(driver, cfg)  # MERGE needs the constraints' indexes online to find what it merges

        for stmt, data, what, parallel in load_sequence(rows):
            if parallel:  # node batches in parallel
                with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                    list(pool.map(lambda b, st=stmt: run(st, {"rows": b}), _batches(data, batch_size)))
            else:  # relationships serially: a relationship write locks both end nodes
                for b in _batches(data, batch_size):
                    run(stmt, {"rows": b})
            report.rows[what] = len(data)
            progress(what, len(data))
        if prune:
            run(C.DELETE_STALE_FACTS, {"ids": [r["id"] for p in Predicate for r in rows[p.value]]})
            run(C.DELETE_STALE_ENTITIES, {"ids": [r["id"] for t in ("Person", "Company", "Exchange") for r in rows[t]]})
        await_indexes(driver, cfg)
    except Neo4jUnavailable:
        raise
    except Exception as e:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired

        done = ", ".join(f"{n} {w}" for w, n in report.rows.items()) or "nothing"
        if isinstance(e, ServiceUnavailable | SessionExpired):
            raise Neo4jUnavailable(f"Neo4j at {cfg.uri} went away during the load (loaded: {done}); "
                                   "run fkg load-neo4j again to complete it") from None
        raise Neo4jUnavailable(f"loading into Neo4j at {cfg.uri} failed: {type(e).__name__}: {' '.join(str(e).split())}") from None
    finally:
        driver.close()
    report.seconds = round(time.perf_counter() - t0, 2)
    return report
