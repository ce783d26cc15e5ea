"""One timed ingest, in a process of its own (bench/graph_bench.py runs it).

    python bench/ingest_once.py INPUT.pickle STORE.sqlite [--bare]

INPUT holds synthetic (article id, facts) batches in the extractor's JSON
format. The code measured is whatever `graph` the path finds first
(PYTHONPATH: this checkout, or a baseline commit's install), with its own
API: records (`graph.ingest.ArticleFacts`) now, (ArticleMeta, dicts)
before. The input is loaded and converted before the clock starts, and the
peak memory reported is the ingest's beyond it (the kernel's high-water mark
is reset once the input is in memory). `--bare`: the same rows stored with
no resolution and no passes (`bare_insert`), the baseline that turns a
noisy machine's seconds into a ratio. Prints one JSON line, with the
process's CPU seconds beside the wall-clock ones (on a machine whose cores
are shared, the CPU time is what the code costs).
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any


def rss_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field))


def native_input(batches: list[tuple[str, list[dict[str, Any]]]]) -> tuple[Any, Any]:
    """(the ingest function, its input) in the form the code measured takes."""
    try:
        from extract.model import Article, Fact
        from graph.ingest import ArticleFacts, ingest
    except ImportError:  # before the typed records
        from graph.ingest import ArticleMeta, ingest

        return ingest, [(ArticleMeta(aid, sha=aid), fs) for aid, fs in batches]
    return ingest, [ArticleFacts(Article(aid, "", ""), aid, [Fact.from_json(f) for f in fs]) for aid, fs in batches]


def bare_insert(store: Any, batches: list[tuple[str, list[dict[str, Any]]]]) -> None:
    """Facts and provenance by `executemany` in chunks, into the same schema,
    in the same kind of transaction, secondary indexes dropped and rebuilt;
    ids are the rows' positions, qualifiers encoded as JSON."""
    columns = {"facts": ("id", "predicate", "subject_id", "object_id", "key_json", "qualifiers", "confidence", "valid_from",
                         "valid_to", "reported_at"),
               "provenance": ("fact_id", "article_id", "start", '"end"', "evidence", "confidence", "extractor", "rule",
                              "qualifiers")}

    def insert(table: str) -> str:
        return f"INSERT INTO {table} ({', '.join(columns[table])}) VALUES ({', '.join('?' * len(columns[table]))})"

    with store.load_transaction() as db:
        store.drop_bulk_indexes()
        for i in range(0, len(batches), 10_000):
            facts, provenance = [], []
            for aid, rows in batches[i:i + 10_000]:
                for n, f in enumerate(rows):
                    fid, q = f"{aid}#{n}", json.dumps(f["qualifiers"], ensure_ascii=False, sort_keys=True)
                    facts.append((fid, f["predicate"], f["subject"]["name"], f["object"]["name"], "{}", q, f["confidence"],
                                  None, None, None))
                    provenance.append((fid, aid, *f["offsets"], f["evidence"], f["confidence"], f["extractor"], "", q))
            db.executemany(insert("facts"), facts)
            db.executemany(insert("provenance"), provenance)
        store.create_bulk_indexes()


def main() -> None:
    source, target, bare = Path(sys.argv[1]), Path(sys.argv[2]), "--bare" in sys.argv[3:]
    from graph.store import Store

    with open(source, "rb") as f:
        batches = pickle.load(f)
    ingest, native = native_input(batches)
    for p in target.parent.glob(target.name + "*"):
        p.unlink()
    with Store(target) as store:
        with open("/proc/self/clear_refs", "w") as f:  # the high-water mark from here on
            f.write("5")
        base = rss_kb("VmRSS")
        started, cpu = time.perf_counter(), time.process_time()
        if bare:
            bare_insert(store, batches)
            out: dict[str, Any] = {}
        else:
            report = ingest(store, native)
            out = {"facts_read": report.facts_read, "entities": report.entities_created, "merges": report.entities_merged,
                   "steps": report.seconds}
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(p.stat().st_size for p in target.parent.glob(target.name + "*"))
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": (rss_kb("VmHWM") - base) / 1024, "store_mb": size / 1e6, **out}))


if __name__ == "__main__":
    main()
