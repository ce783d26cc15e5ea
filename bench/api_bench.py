"""API latency, throughput and memory on loopback: one worker against N.

    python bench/api_bench.py [--store PATH | --synthetic FACTS] [--workers 1,2] [--rounds 4]
                              [--samples 2000] [--throughput 200] [--concurrency 8] [--endpoints a,b] [--keep DIR]

Starts one `fkg serve` per `--workers` value (default: 1 and the machine's
cores) on free loopback ports over the same store (default: the bundled
corpus, ingested into a temporary store; `--synthetic N` builds an N-fact
synthetic store first, in this process, so the generated input is never in
a server's memory). Every endpoint is first warmed up on each server (the
names that do not answer 200 there are left out and listed), then measured
in `--rounds` rounds that alternate the servers (who goes first alternates
too): in each round, `--samples / --rounds` sequential requests (latency),
then `--throughput` requests from `--concurrency` clients (requests/s). /health, which
does no graph work, is measured the same way: the baseline that shows what
the HTTP stack and the client cost on a machine as loaded as it is then.

Every status code is checked: a measured request that does not answer 200
stops the bench (exit 1). p50 and p99 come from all the sequential samples
of an endpoint (at least 2,000, or p99 is not printed); requests/s is the
median of the rounds with its spread (min–max). Peak memory is each
server's process tree (the uvicorn supervisor and its workers), read from
the kernel's high-water marks before it stops. The load average is printed
each round: the machine is shared. Temporary stores are removed unless
`--keep` is given; requests stay on 127.0.0.1 and their number is bounded.
Targets: corpus p99 ≤ 10 ms for search, holders, successors; 1M facts p99
≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
MIN_P99_SAMPLES = 2000
WARM_UP = 30  # requests per endpoint and server before measuring

Request = tuple[str, dict[str, object] | None]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus_store(work: Path) -> Path:
    store = work / "corpus.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(ROOT / "data/corpus/articles.jsonl"), "--store", str(store)],
                   check=True, capture_output=True, cwd=work)
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


@dataclass
class Server:
    """One `fkg serve` of ours, in a process group of its own (its workers with it)."""

    workers: int
    store: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> float:
        t = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(self.store), "--port",
                                      str(self.port), "--workers", str(self.workers)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        for _ in range(1200):
            if self.proc.poll() is not None:
                raise SystemExit(f"fkg serve --workers {self.workers} exited: {self.proc.stderr.read().decode()[-1000:]}")
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    return time.perf_counter() - t
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"fkg serve --workers {self.workers} did not answer /health in time")

    def peak_mb(self) -> float:
        """The high-water marks of the server's process tree (supervisor and workers), summed."""
        assert self.proc is not None
        total, todo = 0, [self.proc.pid]
        while todo:
            pid = todo.pop()
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except (OSError, StopIteration):
                continue
            todo += [int(c) for c in children]
        return total / 1024

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group this bench started: supervisor and workers
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def endpoints(people: list[str], companies: list[str]) -> dict[str, Callable[[random.Random], Request]]:
    return {
        "health": lambda rng: ("/health", None),
        "search": lambda rng: ("/entities", {"q": rng.choice(companies + people)}),
        "entity": lambda rng: (f"/entities/{rng.choice(companies)}", None),
        "holders": lambda rng: (f"/companies/{rng.choice(companies)}/holders", None),
        "successors": lambda rng: (f"/people/{rng.choice(people)}/successors", None),
        "executives": lambda rng: (f"/companies/{rng.choice(companies)}/executives", {"as_of": "2022-12-31"}),
        "ownership": lambda rng: (f"/companies/{rng.choice(companies)}/ownership", {"direction": "up", "depth": 3}),
        "ask": lambda rng: ("/ask", {"q": f"who holds {rng.choice(companies)}"}),
    }


def answering(servers: list[Server], people: list[str], companies: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Warm every server up on every name; keep the names each endpoint answers 200 for on all of them."""
    dropped: list[str] = []
    keep_people, keep_companies = [], []
    with httpx.Client(timeout=30) as client:
        for names, keep, paths in ((people, keep_people, ["/people/{}/successors"]),
                                   (companies, keep_companies, ["/entities/{}", "/companies/{}/holders",
                                                                "/companies/{}/executives", "/companies/{}/ownership"])):
            for name in names:
                codes = {client.get(s.base + p.format(name)).status_code for s in servers for p in paths}
                (keep.append(name) if codes == {200} else dropped.append(f"{name} ({'/'.join(map(str, sorted(codes)))})"))
    if not keep_people or not keep_companies:
        raise SystemExit(f"no name answers on every endpoint: {', '.join(dropped)}")
    return keep_people, keep_companies, dropped


def check(name: str, server: Server, r: httpx.Response) -> None:
    if r.status_code != 200:
        raise SystemExit(f"{name} on --workers {server.workers}: {r.status_code} for {r.request.url}: {r.text[:200]}")


def measure(server: Server, name: str, make: Callable[[random.Random], Request], n: int, m: int, concurrency: int,
            rng: random.Random) -> tuple[list[float], float]:
    """`n` sequential requests (their latencies, ms), then `m` from `concurrency` clients (requests/s)."""
    lat = []
    with httpx.Client(base_url=server.base, timeout=30) as client:
        for _ in range(WARM_UP):
            path, params = make(rng)
            check(name, server, client.get(path, params=params))
        for _ in range(n):
            path, params = make(rng)
            t0 = time.perf_counter()
            r = client.get(path, params=params)
            lat.append((time.perf_counter() - t0) * 1000)
            check(name, server, r)
        calls = [make(rng) for _ in range(m)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            for r in pool.map(lambda pp: client.get(pp[0], params=pp[1]), calls):
                check(name, server, r)
        return lat, m / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path)
    ap.add_argument("--synthetic", type=int, default=0)
    ap.add_argument("--synthetic-entities", type=int, default=0,
                    help="with --store: a store graph_bench built over this many entities (names are regenerated)")
    ap.add_argument("--workers", default=f"1,{os.cpu_count() or 1}", help="the servers to compare, by worker count")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--samples", type=int, default=MIN_P99_SAMPLES, help="sequential requests per endpoint and server, in all")
    ap.add_argument("--throughput", type=int, default=200, help="requests per endpoint, server and round from the clients")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--endpoints", help="measure only these (comma-separated; default: all, /health always)")
    ap.add_argument("--keep", type=Path, help="build stores here and keep them")
    a = ap.parse_args()

    work = a.keep or Path(tempfile.mkdtemp(prefix="fkg-apibench-"))
    work.mkdir(parents=True, exist_ok=True)
    servers: list[Server] = []
    try:
        if a.synthetic:
            store, people, companies = synthetic_store(work, a.synthetic)
            label = f"synthetic {a.synthetic:,} facts"
        elif a.store and a.synthetic_entities:
            from synthetic import names

            store, e = a.store, a.synthetic_entities
            all_people, all_companies = names(e * 2 // 5, e - e * 2 // 5)
            rng0 = random.Random(3)
            people, companies = rng0.sample(all_people, 500), rng0.sample(all_companies, 500)
            label = f"store {store.name} ({e:,} synthetic entities)"
        else:
            store = a.store or corpus_store(work)
            people, companies = ["叶望春", "沈崇锋", "Ye Wangchun", "吴海生"], ["普惠立信", "金融壹账通", "Puhui Lixin", "360数科"]
            label = f"store {store.name}"
        counts = sorted({int(w) for w in a.workers.split(",")})
        servers = [Server(w, store) for w in counts]
        for s in servers:
            print(f"{label}: --workers {s.workers} ready in {s.start():.1f} s", flush=True)
        people, companies, dropped = answering(servers, people, companies)
        if dropped:
            print(f"left out (not 200 on every endpoint): {', '.join(dropped[:10])}{' …' if len(dropped) > 10 else ''}")
        per_round = -(-a.samples // a.rounds)
        calls = endpoints(people, companies)
        if a.endpoints:
            wanted = {"health", *a.endpoints.split(",")}
            if unknown := wanted - set(calls):
                raise SystemExit(f"--endpoints: no such endpoint {', '.join(sorted(unknown))}; choose from {', '.join(calls)}")
            calls = {e: make for e, make in calls.items() if e in wanted}
        lat: dict[tuple[int, str], list[float]] = {(s.workers, e): [] for s in servers for e in calls}
        rps: dict[tuple[int, str], list[float]] = {(s.workers, e): [] for s in servers for e in calls}
        rng = random.Random(1)
        for r in range(a.rounds):
            order = servers if r % 2 == 0 else servers[::-1]
            for s in order:
                for e, make in calls.items():
                    samples, throughput = measure(s, e, make, per_round, a.throughput, a.concurrency, rng)
                    lat[s.workers, e] += samples
                    rps[s.workers, e].append(throughput)
            print(f"  round {r + 1}/{a.rounds} done, load average {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)", flush=True)
        print(f"\n{label}: {a.rounds} rounds, {per_round * a.rounds:,} sequential samples per endpoint and server, "
              f"then {a.throughput} a round from {a.concurrency} clients; every answer 200")
        print(f"{'endpoint':<11} {'workers':>7} {'p50 ms':>8} {'p99 ms':>8} {'req/s median (min–max)':>24}")
        for e in calls:
            for s in servers:
                xs, ts = lat[s.workers, e], rps[s.workers, e]
                p99 = f"{percentile(xs, 99):8.2f}" if len(xs) >= MIN_P99_SAMPLES else f"{'n/a':>8}"
                spread = f"{statistics.median(ts):.0f} ({min(ts):.0f}–{max(ts):.0f})"
                print(f"{e:<11} {s.workers:>7} {statistics.median(xs):8.2f} {p99} {spread:>24}")
        if len(servers) > 1:
            lo, hi = servers[0], servers[-1]
            ratios = [statistics.median(rps[hi.workers, e]) / statistics.median(rps[lo.workers, e]) for e in calls if e != "health"]
            print(f"throughput, {hi.workers} workers ÷ {lo.workers}: median {statistics.median(ratios):.2f} "
                  f"({min(ratios):.2f}–{max(ratios):.2f} over the endpoints)")
        for s in servers:
            print(f"peak memory, --workers {s.workers} (supervisor and workers): {s.peak_mb():,.0f} MB")
    finally:
        for s in servers:
            s.stop()
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
