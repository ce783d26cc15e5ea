"""Neo4j at scale: load speed and the API's latency on Neo4j next to the embedded store.

    python bench/neo4j_bench.py [--facts 1000000] [--requests 100] [--heap 2g] [--pagecache 1g] [--admin-import]

A synthetic graph (bench/synthetic.py, realistic Chinese names) is ingested
into an embedded store, then loaded into a real Neo4j 5.26 (tools/neo4j_harness,
started here and stopped at the end) through `fkg load-neo4j` (facts/s over
the whole command: constraints, batched MERGE, index population). With
`--admin-import`, the same graph is also exported as neo4j-admin CSV and
imported offline with `neo4j-admin database import full` from the harness
classpath (facts/s of the import alone). Then `fkg serve` runs on each
backend in turn and each endpoint gets `--requests` sequential requests on
loopback: p50 and p99 per backend, side by side (the ratio is the figure;
the machine is shared and absolute times move between runs). Quick run:
`--facts 20000`.
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

from tools.neo4j_harness import JVM_FLAGS, Server, classpath  # noqa: E402


def fkg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "FKG_PROGRESS": "", **(env or {})})


def admin_import(store: Path, work: Path) -> float:
    """Seconds of `neo4j-admin database import full` of the store's CSV export."""
    csv_dir, home = work / "csv", work / "admin-home"
    r = fkg("export", "--format", "neo4j-csv", "--out", str(csv_dir), "--store", str(store))
    if r.returncode:
        raise SystemExit(r.stderr.strip())
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    files = sorted(p.name for p in csv_dir.glob("*.csv"))
    args = [f"--nodes={f}" for f in files if f.startswith("nodes_")] + [f"--relationships={f}" for f in files if f.startswith("rels_")]
    t0 = time.perf_counter()
    r = subprocess.run(["java", "-Xmx1g", *JVM_FLAGS, "-cp", classpath(), "org.neo4j.cli.AdminTool", "database", "import", "full",
                        "neo4j", "--overwrite-destination", "--array-delimiter=|", "--multiline-fields=true", *args],
                       cwd=csv_dir, capture_output=True, text=True, env={**os.environ, "NEO4J_HOME": str(home),
                                                                          "NEO4J_CONF": str(home / "conf")})
    if r.returncode:
        raise SystemExit("neo4j-admin import failed: " + (r.stderr or r.stdout).strip().splitlines()[-1])
    return time.perf_counter() - t0


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
            r = fkg("load-neo4j", "--store", str(store), env=server.env())
            took = time.perf_counter() - t0
            if r.returncode:
                raise SystemExit(r.stderr.strip().splitlines()[-1])
            print(f"fkg load-neo4j: {took:.1f}s, {n_facts / took:,.0f} facts/s (Neo4j heap {a.heap}, page cache {a.pagecache})", flush=True)
            if a.admin_import:
                secs = admin_import(store, work)
                print(f"neo4j-admin database import full: {secs:.1f}s, {n_facts / secs:,.0f} facts/s (CSV export not counted)", flush=True)
            emb = latencies(store, "embedded", {}, people, companies, a.requests)
            neo = latencies(store, "neo4j", server.env(), people, companies, a.requests)
        print(f"{'endpoint':<11} {'embedded p50':>13} {'p99':>8} {'neo4j p50':>10} {'p99':>8} {'p99 ratio':>10}  ({a.requests} sequential requests)")
        for name in emb:
            (e50, e99), (n50, n99) = emb[name], neo[name]
            print(f"{name:<11} {e50:13.2f} {e99:8.2f} {n50:10.2f} {n99:8.2f} {n99 / e99:10.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
