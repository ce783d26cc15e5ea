"""Load the embedded store into Neo4j 5 (production).

Constraints and indexes first (so every lookup by id is an index seek), then
the steps of `graph.neo4j.plan`: what the database lacks is CREATEd, what it
holds MERGEd, in batched `UNWIND` statements (node batches in parallel,
relationship batches one after another). Loading twice changes nothing;
`prune=True` also removes what the store no longer has; the load returns once
every index is online (`db.awaitIndexes`), so a question asked right after it
finds what was loaded. Connection problems become `Neo4jUnavailable` with a
one-line message. Transient errors are retried by the driver's managed
transactions (`execute_write`, with backoff, `max_transaction_retry_time`): no
second loop here, which would multiply the wait on a server that is gone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from graph.neo4j import cypher as C
from graph.neo4j.plan import ids_by_label, load_steps
from graph.neo4j.rows import rows_from_store
from graph.store import Store

log = logging.getLogger(__name__)


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


def existing_ids(driver: Any, cfg: Neo4jConfig, ids: dict[str, list[str]], batch_size: int = 20_000) -> dict[str, set[str]]:
    """Which of the ids (by label) the database holds already; asks nothing of a label it has no node of."""
    with driver.session(database=cfg.database) as s:
        held = s.execute_read(lambda tx: tx.run(C.LABEL_COUNTS.query).single()).data()
        found: dict[str, set[str]] = {}
        for label, wanted in ids.items():
            found[label] = set()
            if held[label]:
                for i in range(0, len(wanted), batch_size):
                    b = wanted[i:i + batch_size]
                    found[label].update(s.execute_read(lambda tx, b=b, lb=label: tx.run(C.EXISTING[lb].query, {"ids": b}).single()["ids"]))
    return found


def load(store: Store, cfg: Neo4jConfig, batch_size: int = 10_000, workers: int = 2, prune: bool = False,
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
        await_indexes(driver, cfg)  # every lookup by id needs its constraint's index online

        for step in load_steps(rows, existing_ids(driver, cfg, ids_by_label(rows))):
            if not step.rows:
                continue
            if step.parallel:
                with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                    list(pool.map(lambda b, st=step.stmt: run(st, {"rows": b}), _batches(step.rows, batch_size)))
            else:
                for b in _batches(step.rows, batch_size):
                    run(step.stmt, {"rows": b})
            report.rows[step.what] = report.rows.get(step.what, 0) + len(step.rows)
            progress(step.what, len(step.rows))
        if prune:
            run(C.DELETE_STALE_FACTS, {"ids": ids_by_label(rows)["Fact"]})
            run(C.DELETE_STALE_ENTITIES, {"ids": ids_by_label(rows)["Entity"]})
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
