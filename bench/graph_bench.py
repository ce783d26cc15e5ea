"""Graph scale: ingest, store size, memory, projection, exports.

    python bench/graph_bench.py [--facts 1000000] [--entities 200000] [--export-facts 50000] [--keep DIR]

A synthetic graph (realistic Chinese names, dates, percents; see
bench/synthetic.py) goes through the real ingest into a fresh embedded
store. Prints ingest facts/s (target ≥ 50k), store size, peak memory, the
networkx projection's time and memory (target: 1M facts in ≤ 20 s and
≤ 2 GB), and each export's time on a neighbourhood sample of
`--export-facts` facts (GraphML/GEXF/RDF writers build whole documents in
memory, so the sample keeps the run inside a 24 GiB machine; times scale
linearly). Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_insert(path: Path, batches: list[tuple[str, list[dict[str, Any]]]]) -> float:
    """Seconds to store the same rows with no resolution and no passes: the
    baseline run beside ingest, so its figure reads as a ratio that holds
    from one machine (or one noisy run) to the next. Facts and provenance go
    in by `executemany` in chunks, into the same schema, in the same kind of
    transaction, secondary indexes dropped and rebuilt; ids are the rows'
    positions, qualifiers encoded as JSON."""
    from graph.store import FACT_COLUMNS, PROVENANCE_COLUMNS, Store

    def insert(table: str, columns: tuple[str, ...]) -> str:
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    with Store(path) as st:
        started = time.perf_counter()
        with st.load_transaction() as db:
            st.drop_bulk_indexes()
            for i in range(0, len(batches), 10_000):
                facts, provenance = [], []
                for aid, rows in batches[i:i + 10_000]:
                    for n, f in enumerate(rows):
                        fid, q = f"{aid}#{n}", json.dumps(f["qualifiers"], ensure_ascii=False, sort_keys=True)
                        facts.append((fid, f["predicate"], f["subject"]["name"], f["object"]["name"], "{}", q, f["confidence"],
                                      None, None, None))
                        provenance.append((fid, aid, *f["offsets"], f["evidence"], f["confidence"], f["extractor"], "", q))
                db.executemany(insert("facts", FACT_COLUMNS), facts)
                db.executemany(insert("provenance", PROVENANCE_COLUMNS), provenance)
            st.create_bulk_indexes()
        return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=200_000)
    ap.add_argument("--export-facts", type=int, default=50_000)
    ap.add_argument("--keep", help="keep the store and exports in this directory")
    a = ap.parse_args()

    from synthetic import facts

    from graph.export import FORMAT_NAMES, export, select
    from graph.ingest import ArticleMeta, ingest
    from graph.memory import KnowledgeGraph
    from graph.store import Store

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="fkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    store_path = work / "bench.sqlite"
    for p in work.glob("bench.sqlite*"):
        p.unlink()

    t = time.perf_counter()
    batches = list(facts(a.facts, a.entities))
    n = sum(len(fs) for _a, fs in batches)
    print(f"generated {n:,} facts over {a.entities:,} entities in {time.perf_counter() - t:.1f}s (rss {rss_mb():.0f} MB)")

    store = Store(store_path)
    t = time.perf_counter()
    report = ingest(store, ((ArticleMeta(aid, sha=aid), fs) for aid, fs in batches))
    dt = time.perf_counter() - t
    size = sum(p.stat().st_size for p in work.glob("bench.sqlite*"))
    print(f"ingest: {report.facts_read:,} facts in {dt:.1f}s = {report.facts_read / dt:,.0f} facts/s (target ≥ 50,000); "
          f"{report.entities_created:,} entities, {report.entities_merged} merges")
    print("  steps: " + ", ".join(f"{step} {sec:.1f}s" for step, sec in report.seconds.items()))
    print(f"store: {size / 1e6:,.0f} MB on disk, {store.counts()['provenance']:,} provenance rows; peak rss {rss_mb():,.0f} MB")
    bare = bare_insert(work / "bare.sqlite", batches)
    for p in work.glob("bare.sqlite*"):
        p.unlink()
    print(f"baseline: the same rows stored bare (no resolution, no passes) in {bare:.1f}s; "
          f"ingest / bare = {dt / bare:.2f} (at 50k facts/s it would be {n / 50_000 / bare:.2f})")
    del batches

    # the projection in a fresh process, so its time and memory are its own
    probe = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from graph.memory import KnowledgeGraph\nfrom graph.store import Store\n"
        f"st = Store({str(store_path)!r})\n"
        "t = time.perf_counter(); kg = KnowledgeGraph.load(st); t1 = time.perf_counter() - t\n"
        "t = time.perf_counter(); g = kg.nx; t2 = time.perf_counter() - t\n"
        "rss = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')) / 1024\n"
        "print(f'projection: load {t1:.1f}s + networkx MultiDiGraph {t2:.1f}s = {t1 + t2:.1f}s (target ≤ 20 s); '\n"
        "      f'{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges; peak rss {rss:,.0f} MB (target ≤ 2,048 MB)')\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
    kg = KnowledgeGraph.load(store)

    # exports on a neighbourhood sample around the busiest entities
    hubs = sorted(kg.entities, key=kg.degree, reverse=True)
    sub = select(kg, store, hubs[0], 2)
    i = 1
    while len(sub.facts) < a.export_facts and i < len(hubs):
        more = select(kg, store, hubs[i], 1)
        ids = {e.id for e in sub.entities}
        sub.entities += [e for e in more.entities if e.id not in ids]
        have = {f.id for f in sub.facts}
        sub.facts += [f for f in more.facts if f.id not in have]
        sub.evidence.update(more.evidence)
        sub.articles.update(more.articles)
        i += 1
    sub.facts = sub.facts[: a.export_facts]
    # the entities those facts join (and any their qualifiers name), so the
    # per-fact figures are not inflated by entities no kept fact touches
    named = {f.subject for f in sub.facts} | {f.object for f in sub.facts} | {
        v for f in sub.facts for v in f.qualifiers.values() if isinstance(v, str) and v in kg.entities}
    sub.entities = [e for e in sub.entities if e.id in named]
    kept = {f.id for f in sub.facts}
    sub.evidence = {k: v for k, v in sub.evidence.items() if k in kept}
    cited = {e["article_id"] for evs in sub.evidence.values() for e in evs}
    sub.articles = {k: v for k, v in sub.articles.items() if k in cited}
    print(f"exports on a sample of {len(sub.facts):,} facts, {len(sub.entities):,} entities:")
    for fmt in FORMAT_NAMES:
        out = work / f"export.{fmt}"
        t = time.perf_counter()
        export(sub, fmt, out)
        dt = time.perf_counter() - t
        size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
        print(f"  {fmt:<10} {dt:6.1f}s  {size / 1e6:7.1f} MB  ({dt / max(1, len(sub.facts)) * 1e6:.0f} µs/fact)")
    store.close()
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
