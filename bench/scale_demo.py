"""`make scale-demo`: the distributed run against the single-process run, end to end.

    python bench/scale_demo.py [ARTICLES...] [--out DIR] [--split-mb MB]

Starts a Dask cluster the way a user deploys one (`dask scheduler`, then
two `dask worker` processes of one thread each, each under its nanny),
then runs, through the `fkg` command line:

1. `fkg extract ARTICLES --out single.jsonl` — the single-process output;
2. `fkg extract --engine dask --cluster ADDRESS ARTICLES --out parts/`;
3. the same again, and when the first part is written one worker process
   is killed (SIGKILL); the scheduler hands its tasks to the other worker.

Then compares the sorted facts of 2 and 3 with 1 and exits 1 on any
difference (naming the first facts missing or extra), 0 when all agree.
The cluster is stopped at the end, whatever happened.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from extract.factsdir import iter_facts_dir  # noqa: E402 (the checkout's own package, also when not installed)


def fkg(*args: str) -> None:
    print("$ fkg " + " ".join(args), flush=True)
    subprocess.run([str(BIN / "fkg"), *args], check=True)


def facts_of(path: Path) -> Counter[str]:
    rows = iter_facts_dir(path) if path.is_dir() else (json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return Counter(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


def compare(name: str, got: Counter[str], want: Counter[str]) -> bool:
    missing, extra = want - got, got - want
    if not missing and not extra:
        print(f"  {name}: {sum(got.values())} facts, the same as the single-process run")
        return True
    print(f"  {name}: DIFFERENT — {sum(missing.values())} missing, {sum(extra.values())} extra "
          f"(of {sum(want.values())})")
    for fact in [*missing][:3]:
        print(f"    missing: {fact[:160]}")
    for fact in [*extra][:3]:
        print(f"    extra:   {fact[:160]}")
    return False


class Cluster:
    """`dask scheduler` and `dask worker` processes, started here and stopped on exit."""

    def __init__(self, workdir: Path, workers: int) -> None:
        self.procs: list[subprocess.Popen] = []
        scheduler_file = workdir / "scheduler.json"
        log = open(workdir / "cluster.log", "wb")  # noqa: SIM115 (open for the processes' lifetime)
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                            "--dashboard-address", ":0", "--scheduler-file", str(scheduler_file)],
                                           stdout=log, stderr=log))
        deadline = time.time() + 60
        while not scheduler_file.exists() and time.time() < deadline:
            time.sleep(0.2)
        self.address = json.loads(scheduler_file.read_text())["address"]
        for _ in range(workers):
            self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
                                                "--dashboard-address", ":0"], stdout=log, stderr=log))
        from distributed import Client

        self.client = Client(self.address, timeout="60s")
        self.client.wait_for_workers(workers, timeout=120)

    def worker_pids(self) -> dict[str, int]:
        return self.client.run(os.getpid)

    def close(self) -> None:
        self.client.close()
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def run_with_a_kill(cluster: Cluster, corpus: list[str], out: Path, split_mb: float) -> int:
    """The distributed run, one worker process SIGKILLed when the first part is written; the pid killed."""
    pids = cluster.worker_pids()
    shutil.rmtree(out, ignore_errors=True)
    print(f"$ fkg extract --engine dask --cluster {cluster.address} … --out {out}   (a worker killed mid-job)", flush=True)
    job = subprocess.Popen([str(BIN / "fkg"), "extract", "--engine", "dask", "--cluster", cluster.address, *corpus,
                            "--out", str(out), "--split-mb", str(split_mb)])
    victim = 0
    while job.poll() is None:
        staged = [p for p in out.parent.glob(f".{out.name}.*/part-*.jsonl")]
        if staged and not victim:
            busy = [addr for addr, keys in cluster.client.processing().items() if keys]
            victim = pids[busy[0] if busy else next(iter(pids))]
            os.kill(victim, signal.SIGKILL)
            print(f"  killed worker process {victim} after {len(staged)} parts were written", flush=True)
        time.sleep(0.05)
    if job.returncode != 0:
        raise SystemExit(f"scale-demo: the job with a killed worker failed (exit {job.returncode})")
    if not victim:
        raise SystemExit("scale-demo: the job ended before a worker could be killed; use a smaller --split-mb")
    return victim


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", nargs="*", default=[str(ROOT / "data" / "corpus" / "articles.jsonl")])
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "scale-demo")
    ap.add_argument("--split-mb", type=float, default=0.1, help="input per task (default 0.1: the corpus makes some 13 tasks)")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    single = a.out / "single.jsonl"
    fkg("extract", *a.articles, "--out", str(single))
    want = facts_of(single)
    workdir = Path(tempfile.mkdtemp(prefix="fkg-cluster-"))
    print(f"== a Dask cluster: dask scheduler + {a.workers} dask workers (logs in {workdir}/cluster.log)", flush=True)
    cluster = Cluster(workdir, a.workers)
    try:
        parts = a.out / "parts"
        fkg("extract", "--engine", "dask", "--cluster", cluster.address, *a.articles, "--out", str(parts),
            "--split-mb", str(a.split_mb))
        killed = a.out / "parts-killed"
        victim = run_with_a_kill(cluster, a.articles, killed, a.split_mb)
    finally:
        cluster.close()
    shutil.rmtree(workdir, ignore_errors=True)
    print("== comparison (sorted facts)")
    ok = compare("distributed", facts_of(parts), want)
    ok = compare(f"distributed, worker {victim} killed mid-job", facts_of(killed), want) and ok
    print("scale-demo: " + ("OK" if ok else "FAILED: the outputs differ"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
