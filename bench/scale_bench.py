"""Distributed extraction against the single process, and a projection to a cluster.

    python bench/scale_bench.py [--mb 100] [--runs 3] [--split-mb 4] [--nodes 10 --cores 2]

The bundled corpus is replicated (each copy's articles under new ids) to
about `--mb` MB of JSON Lines. Each round runs three whole `fkg` processes
over it, start-up included, in rotating order so that the machine's noise
falls on all alike:

* `fkg extract CORPUS --out FILE` — the single process;
* `fkg extract --engine dask --workers 1 CORPUS --out DIR` — a local cluster of 1 worker;
* `fkg extract --engine dask --workers 2 …` — 2 workers.

For each: wall time and MB/s, CPU seconds of the process tree, and the load
average when it started (the machine is shared: figures under load are
figures under load). Then the medians, with the cores each run got (CPU
over wall: two workers go no faster than the cores the machine's other
work leaves them): the engine's overhead at 1 worker (target ≤ 15 %), in
wall and CPU time, the speed-up at 2 workers (target ≥ 1.7× on 2 cores), and
from the 2-worker runs' manifests (`_SUCCESS` timing: plan, cluster start,
run, the tasks' own seconds) the per-worker rate and the scheduling cost
per task, which give a projection on paper for `--nodes` machines of
`--cores` cores. The first round also checks that the three outputs hold
the same facts. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FKG = str(Path(sys.executable).with_name("fkg"))
MB = 1 << 20


def replicate(src: Path, dest: Path, megabytes: float) -> tuple[int, int]:
    """Copies of the corpus, ids suffixed with the copy's number, up to `megabytes`; (articles, bytes)."""
    lines = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    articles = size = copy = 0
    with dest.open("w", encoding="utf-8") as f:
        while size < megabytes * MB:
            for row in lines:
                line = json.dumps({**row, "id": f"{row['id']}-c{copy}"}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode())
                articles += 1
            copy += 1
    return articles, size


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the whole process tree) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "FKG_PROGRESS": ""})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def sorted_facts(path: Path) -> list[str]:
    files = sorted(path.glob("part-*.jsonl")) if path.is_dir() else [path]
    return sorted(line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip())


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):7.1f} (min {min(xs):.1f}, max {max(xs):.1f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=100, help="corpus size to replicate to (default 100)")
    ap.add_argument("--runs", type=int, default=3, help="rounds of the three runs (default 3)")
    ap.add_argument("--split-mb", type=float, default=4.0, help="input per task (default 4, fkg's)")
    ap.add_argument("--nodes", type=int, default=10, help="machines of the projected cluster (default 10)")
    ap.add_argument("--cores", type=int, default=2, help="cores per machine, a worker each (default 2)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus" / "articles.jsonl")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="fkg-scale-"))
    try:
        corpus = tmp / "corpus.jsonl"
        n_articles, n_bytes = replicate(a.corpus, corpus, a.mb)
        mb = n_bytes / MB
        print(f"corpus: {a.corpus.name} replicated to {n_articles:,} articles, {mb:.1f} MB; splits of {a.split_mb} MB; "
              f"{os.cpu_count()} cores", flush=True)
        modes = {
            "single process": lambda out: [FKG, "extract", str(corpus), "--out", str(out) + ".jsonl"],
            "dask, 1 worker": lambda out: [FKG, "extract", "--engine", "dask", "--workers", "1", "--split-mb", str(a.split_mb),
                                           str(corpus), "--out", str(out)],
            "dask, 2 workers": lambda out: [FKG, "extract", "--engine", "dask", "--workers", "2", "--split-mb", str(a.split_mb),
                                            str(corpus), "--out", str(out)],
        }
        names = list(modes)
        wall: dict[str, list[float]] = {m: [] for m in names}
        cpu: dict[str, list[float]] = {m: [] for m in names}
        timings: dict[str, list[dict]] = {m: [] for m in names}
        for r in range(a.runs):
            order = names[r % 3:] + names[:r % 3]
            for m in order:
                out = tmp / f"out-{names.index(m)}"
                load = os.getloadavg()[0]
                w, c = run(modes[m](out))
                wall[m].append(w)
                cpu[m].append(c)
                if out.is_dir():
                    manifest = json.loads((out / "_SUCCESS").read_text(encoding="utf-8"))
                    timings[m].append({**manifest["timing"], "parts": len(manifest["parts"]), "wall": w})
                print(f"  round {r + 1}: {m:16s} {w:7.1f} s wall, {mb / w:5.3f} MB/s, {c:7.1f} s CPU   (load average {load:.1f})",
                      flush=True)
            if r == 0:
                facts = [sorted_facts(tmp / "out-0.jsonl"), sorted_facts(tmp / "out-1"), sorted_facts(tmp / "out-2")]
                print(f"  the three outputs hold the same facts: {facts[0] == facts[1] == facts[2]} ({len(facts[0]):,} facts)")
            for i in range(3):
                shutil.rmtree(tmp / f"out-{i}", ignore_errors=True)
                (tmp / f"out-{i}.jsonl").unlink(missing_ok=True)

        # cores: CPU over wall, what the machine gave the run (its other work at the same priority takes the rest)
        print(f"\n{'':17s}{'wall s, median':>30s}  {'MB/s':>6s}  {'CPU s, median':>28s}  {'cores':>5s}")
        for m in names:
            cores = statistics.median(c / w for c, w in zip(cpu[m], wall[m], strict=True))
            print(f"{m:17s}{spread(wall[m]):>30s}  {mb / statistics.median(wall[m]):6.3f}  {spread(cpu[m]):>28s}  {cores:5.2f}")
        single, one, two = (statistics.median(wall[m]) for m in names)
        pairs_one = [o / s - 1 for s, o in zip(wall[names[0]], wall[names[1]], strict=True)]
        pairs_two = [s / t for s, t in zip(wall[names[0]], wall[names[2]], strict=True)]
        print(f"\nengine overhead at 1 worker: {100 * (one / single - 1):+.1f} % of the single process's wall time "
              f"(per round {', '.join(f'{100 * x:+.1f}' for x in pairs_one)}; target ≤ 15 %); CPU "
              f"{100 * (statistics.median(cpu[names[1]]) / statistics.median(cpu[names[0]]) - 1):+.1f} %")
        print(f"speed-up at 2 workers: {single / two:.2f}× the single process (per round "
              f"{', '.join(f'{x:.2f}' for x in pairs_two)}; target ≥ 1.7×), {one / two:.2f}× the engine at 1 worker; CPU "
              f"{100 * (statistics.median(cpu[names[2]]) / statistics.median(cpu[names[0]]) - 1):+.1f} %")

        # The projection: the rate of a worker sharing its machine with another (the 2-worker runs), the cost of
        # dispatching a task where no worker waits for another (the 1-worker runs), the cluster start of the 2-worker runs
        t1, t2 = timings[names[1]], timings[names[2]]
        rate = statistics.median(mb / t["task_seconds"] for t in t2)  # MB/s per busy worker
        per_task = statistics.median(max(0.0, t["run_seconds"] - t["task_seconds"]) / t["parts"] for t in t1)
        start = statistics.median(t["start_seconds"] for t in t2)
        plan_rate = statistics.median(mb / t["plan_seconds"] for t in t1 + t2 if t["plan_seconds"] > 0)
        split_s = a.split_mb / rate
        workers = a.nodes * a.cores
        print(f"\nper worker: {rate:.3f} MB/s of tasks' own time (2 workers on {os.cpu_count()} cores); cluster start "
              f"{start:.1f} s (2 worker processes loading the dictionaries); dispatch per task (1 worker: run − tasks) "
              f"{1000 * per_task:.0f} ms (a task: {split_s:.1f} s); planning reads {plan_rate:,.0f} MB/s")
        print(f"projection for {a.nodes} nodes × {a.cores} cores = {workers} workers, {a.split_mb} MB splits "
              "(time = start + plan + tasks × (task + overhead) / workers + the last task):")
        corpus_kb = n_bytes / n_articles / 1024
        for label, size_mb in ((f"{mb:.0f} MB (this corpus)", mb), ("1M articles", 1e6 * corpus_kb / 1024),
                               ("10 GB", 10 * 1024), ("100 GB", 100 * 1024)):
            tasks = max(1.0, size_mb / a.split_mb)
            t = start + size_mb / plan_rate + tasks * (split_s + per_task) / workers + split_s
            print(f"  {label:>22s}: {t / 60:8.1f} min, {size_mb / t:6.2f} MB/s "
                  f"({size_mb / t / (mb / single):5.1f}× one process)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
