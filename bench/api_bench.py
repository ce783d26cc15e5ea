"""API latency and throughput on loopback against a running server.

    python bench/api_bench.py [--store PATH | --synthetic FACTS] [--requests 200] [--concurrency 8]

Starts `fkg serve` on a free loopback port with the given store (default:
the bundled corpus, ingested into a temporary store; `--synthetic N` builds
an N-fact synthetic store first), waits for /health, then for each endpoint
sends `--requests` sequential requests (p50/p99 latency) and the same number
with `--concurrency` clients (requests/s). Targets: corpus p99 ≤ 10 ms for
search, holders, successors; 1M facts p99 ≤ 50 ms. The graph is loaded once
at server start, never per request. Requests stay on 127.0.0.1 and stop by
themselves.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus_store(work: Path) -> Path:
    store = work / "corpus.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(ROOT / "data/corpus/articles.jsonl"), "--store", str(store)],
                   check=True, capture_output=True)
    return store


def synthetic_store(work: Path, n: int) -> tuple[Path, list[str], list[str]]:
    from synthetic import facts

    from extract.model import Article, Fact
    from graph.ingest import ArticleFacts, ingest
    from graph.store import Store

    store = work / "synthetic.sqlite"
    batches = list(facts(n, max(1000, n // 5)))
    with Store(store) as st:
        ingest(st, (ArticleFacts(Article(a, "", ""), a, [Fact.from_json(f) for f in fs]) for a, fs in batches))
    people = sorted({f["subject"]["name"] for _a, fs in batches for f in fs if f["subject"]["type"] == "Person"})[:500]
    companies = sorted({f["object"]["name"] for _a, fs in batches for f in fs if f["object"]["type"] == "Company"})[:500]
    return store, people, companies


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store")
    ap.add_argument("--synthetic", type=int, default=0)
    ap.add_argument("--synthetic-entities", type=int, default=0,
                    help="with --store: a store graph_bench built over this many entities (names are regenerated)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=8)
    a = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="fkg-apibench-"))
    if a.synthetic:
        store, people, companies = synthetic_store(work, a.synthetic)
        label = f"synthetic {a.synthetic:,} facts"
    elif a.store and a.synthetic_entities:
        from synthetic import names

        store = Path(a.store)
        e = a.synthetic_entities
        all_people, all_companies = names(e * 2 // 5, e - e * 2 // 5)
        rng0 = random.Random(3)
        people, companies = rng0.sample(all_people, 500), rng0.sample(all_companies, 500)
        label = f"store {store.name} ({e:,} synthetic entities)"
    else:
        store = Path(a.store) if a.store else corpus_store(work)
        people, companies = ["叶望春", "沈崇锋", "Ye Wangchun", "吴海生"], ["普惠立信", "金融壹账通", "Puhui Lixin", "360数科"]
        label = f"store {store.name}"
    port = free_port()
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        print(f"{label}: server ready in {time.perf_counter() - t:.1f}s")
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
        with httpx.Client(base_url=base, timeout=30) as client:
            print(f"{'endpoint':<11} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}  statuses  (sequential {a.requests}, then {a.concurrency} clients)")
            for name, make in endpoints.items():
                lat = []
                statuses: dict[int, int] = {}
                for _ in range(a.requests):
                    path, params = make()
                    t0 = time.perf_counter()
                    r = client.get(path, params=params)
                    lat.append((time.perf_counter() - t0) * 1000)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code >= 500:
                        raise SystemExit(f"{name}: {r.status_code} {r.text[:200]}")
                calls = [make() for _ in range(a.requests)]
                t0 = time.perf_counter()
                with ThreadPoolExecutor(a.concurrency) as pool:
                    list(pool.map(lambda pp: client.get(pp[0], params=pp[1]), calls))
                rps = a.requests / (time.perf_counter() - t0)
                codes = " ".join(f"{k}×{v}" for k, v in sorted(statuses.items()))
                print(f"{name:<11} {statistics.median(lat):8.2f} {percentile(lat, 99):8.2f} {rps:8.0f}  {codes}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
