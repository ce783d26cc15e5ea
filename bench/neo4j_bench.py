"""Neo4j at scale: load speed and the API's latency on Neo4j next to the embedded store.

    python bench/neo4j_bench.py [--facts 1000000] [--requests 100] [--heap 2g] [--pagecache 1g] [--batch-size 10000] [--admin-import]

A synthetic graph (bench/synthetic.py, realistic Chinese names) is ingested
into an embedded store, then loaded into a real Neo4j 5.26 (tools/neo4j_harness,
started here and stopped at the end) through `fkg load-neo4j` (facts/s over
the whole command: constraints, batched MERGE, index population). With
`--admin-import`, the same graph is also exported as neo4j-admin CSV and
imported offline with `neo4j-admin database import full` from the harness
classpath (facts/s of the import alone), and a server started on a copy of
the imported home, with the constraints and indexes the import does not
write. Then `fkg serve` runs on each backend in turn and each endpoint gets
`--requests` sequential requests on loopback: p50 and p99 per backend, side
by side (the ratio is the figure; the machine is shared and absolute times
move between runs). Quick run: `--facts 20000`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from api_bench import free_port, percentile, synthetic_store  # noqa: E402

from tools.neo4j_harness import Server  # noqa: E402
from tools.neo4j_harness import admin_import as harness_import  # noqa: E402


def fkg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "FKG_PROGRESS": "", **(env or {})})


def admin_import(store: Path, work: Path, heap: str) -> tuple[Path, dict[str, int], float, float]:
    """`fkg export --format neo4j-csv`, then `neo4j-admin database import full` of it into a
    fresh Neo4j home (tools.neo4j_harness.admin_import): the home, its counts, and the
    seconds of the export and of the import."""
    csv_dir, home = work / "csv", work / "admin-home"
    t0 = time.perf_counter()
    r = fkg("export", "--format", "neo4j-csv", "--out", str(csv_dir), "--store", str(store))
    if r.returncode:
        raise SystemExit(r.stderr.strip())
    t1 = time.perf_counter()
    counts = harness_import(csv_dir, home, heap=heap)
    return home, counts, t1 - t0, time.perf_counter() - t1


def prepare_imported(env: dict[str, str]) -> tuple[dict[str, int], float]:
    """An imported database has no constraint or index (neo4j-admin writes none): create them,
    as the export's constraints.cypher does, and wait until they are online. Its counts and the seconds."""
    from neo4j import GraphDatabase

    from graph.neo4j import cypher as C

    t0 = time.perf_counter()
    with GraphDatabase.driver(env["NEO4J_URI"], auth=(env["NEO4J_USER"], env["NEO4J_PASSWORD"])) as d:
        for stmt in (*C.CONSTRAINTS, *C.INDEXES):
            d.execute_query(stmt.query)
        d.execute_query(C.AWAIT_INDEXES.query, {"seconds": 3600})
        secs = time.perf_counter() - t0
        return d.execute_query(C.COUNTS.query).records[0].data(), secs


def latencies(store: Path, backend: str, env: dict[str, str], people: list[str], companies: list[str], n: int) -> dict[str, tuple[float, float]]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port), "--backend", backend],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1500):
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        rng = random.Random(1)
        endpoints = {
            "search": lambda: ("/entities", {"q": rng.choice(companies + people)}),
            "entity": lambda: (f"/entities/{rng.choice(companies)}", None),
            "holders": lambda: (f"/companies/{rng.choice(companies)}/holders", None),
            "successors": lambda: (f"/people/{rng.choice(people)}/successors", None),
            "executives": lambda: (f"/companies/{rng.choice(companies)}/executives", {"as_of": "2022-12-31"}),
            "ownership": lambda: (f"/companies/{rng.choice(companies)}/ownership", {"direction": "up", "depth": 3}),
            "ask": lambda: ("/ask", {"q": f"who holds {rng.choice(companies)}"}),
        }
        out = {}
        with httpx.Client(base_url=base, timeout=60) as client:
            for name, make in endpoints.items():
                lat = []
                for _ in range(n):
                    path, params = make()
                    t0 = time.perf_counter()
                    r = client.get(path, params=params)
                    lat.append((time.perf_counter() - t0) * 1000)
                    if r.status_code >= 500:
                        raise SystemExit(f"{backend} {name}: {r.status_code} {r.text[:200]}")
                out[name] = (percentile(lat, 50), percentile(lat, 99))
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--pagecache", default="1g")
    ap.add_argument("--batch-size", type=int, default=10_000)
    ap.add_argument("--admin-import", action="store_true")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fkg-neo4jbench-"))
    try:
        t0 = time.perf_counter()
        store, people, companies = synthetic_store(work, a.facts)
        with sqlite3.connect(store) as db:
            n_facts = db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
            n_entities = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        print(f"synthetic {a.facts:,} input facts -> store of {n_facts:,} facts, {n_entities:,} entities "
              f"({time.perf_counter() - t0:.0f}s)", flush=True)
        with Server(heap=a.heap, pagecache=a.pagecache) as server:
            t0 = time.perf_counter()
            r = fkg("load-neo4j", "--store", str(store), "--batch-size", str(a.batch_size), env=server.env())
            took = time.perf_counter() - t0
            if r.returncode:
                raise SystemExit(r.stderr.strip().splitlines()[-1])
            print(f"fkg load-neo4j: {took:.1f}s, {n_facts / took:,.0f} facts/s (batches of {a.batch_size:,}; Neo4j heap {a.heap}, "
                  f"page cache {a.pagecache}; load average {os.getloadavg()[0]:.1f})", flush=True)
            print("  " + r.stderr.strip().splitlines()[-1], flush=True)
            columns = {"embedded": latencies(store, "embedded", {}, people, companies, a.requests),
                       "load-neo4j": latencies(store, "neo4j", server.env(), people, companies, a.requests)}
        if a.admin_import:
            home, counts, export_s, import_s = admin_import(store, work, a.heap)
            print(f"fkg export --format neo4j-csv: {export_s:.1f}s; neo4j-admin database import full: {import_s:.1f}s, "
                  f"{n_facts / import_s:,.0f} facts/s ({counts['nodes']:,} nodes, {counts['relationships']:,} relationships)", flush=True)
            with Server(heap=a.heap, pagecache=a.pagecache, copy_from=home) as imported:
                held, index_s = prepare_imported(imported.env())
                print(f"the imported database served (copy of its home), constraints and indexes built in {index_s:.1f}s: "
                      f"{held['nodes']:,} nodes, {held['relationships']:,} relationships", flush=True)
                columns["admin-import"] = latencies(store, "neo4j", imported.env(), people, companies, a.requests)
        print(f"{'endpoint':<11}" + "".join(f" {name + ' p50':>17} {'p99':>8}" for name in columns)
              + f"  (ms, {a.requests} sequential requests each; load average {os.getloadavg()[0]:.1f})")
        for ep in columns["embedded"]:
            print(f"{ep:<11}" + "".join(f" {col[ep][0]:17.2f} {col[ep][1]:8.2f}" for col in columns.values()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
