"""Graph scale: ingest (against a baseline commit), store size, memory, projection, exports.

    python bench/graph_bench.py [--facts 1000000] [--entities 200000] [--runs 3] [--baseline REV]
                                [--export-facts 50000] [--keep DIR] [--no-projection] [--no-exports]

A synthetic graph (realistic Chinese names, dates, percents, renames, sales;
bench/synthetic.py) is generated once and ingested into fresh embedded
stores, each ingest in a process of its own (bench/ingest_once.py), by this
checkout and by `--baseline` (default c7e43fe, the last commit before the
graph/ and api/ re-layout: a `git worktree` of it in the temporary
directory, installed with its C modules and its own requirements.lock into
a venv of its own; `--baseline-venv DIR` keeps that venv in DIR and reuses
it next time), beside a bare insert of the same rows (no resolution, no
passes): the baseline that makes a figure a ratio. The three alternate,
`--runs` rounds after one warm-up round on a tenth of the input (who goes
first alternates too); each prints its median and spread (min–max), and
each round the load average, since the machine is shared: compare within
one run, not across runs. Peak memory is the ingest's beyond its loaded
input. Targets: ≥ 50k facts/s; this checkout within 15 % of the baseline
commit.

Then, on the last store this checkout built: the networkx projection's time
and memory in a fresh process (target: 1M facts in ≤ 20 s and ≤ 2 GB), and
each export's time on a neighbourhood sample of `--export-facts` facts
(GraphML/GEXF/RDF writers build whole documents in memory, so the sample
keeps the run inside a 24 GiB machine; times scale linearly). Figures, not
assertions. Temporary files are removed unless `--keep` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:0] = [str(ROOT), str(BENCH)]


def install_baseline(rev: str, work: Path, venv: Path | None) -> Path:
    """The Python of a venv holding `rev`'s packages (C modules compiled) and
    the dependencies its requirements.lock pins; built unless `venv` has one."""
    venv = venv or work / "baseline-venv"
    python = venv / "bin" / "python"
    stamp = venv / f"fkg-{rev}.installed"
    if stamp.exists():
        return python
    tree = work / "baseline-src"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(tree), rev], check=True,
                   capture_output=True)
    try:
        print(f"installing {rev} into {venv} (its requirements.lock, then the package)", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-r", str(tree / "requirements.lock")], check=True)
        subprocess.run([*pip, "--no-deps", str(tree)], check=True)
        stamp.touch()
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    return python


def run_once(python: Path, code: Path | None, source: Path, store: Path, bare: bool = False) -> dict[str, Any]:
    """One ingest by `python`, with `code` first on its path (None: what its venv has installed)."""
    env = {**os.environ, "PYTHONPATH": str(code) if code else ""}
    done = subprocess.run([str(python), str(BENCH / "ingest_once.py"), str(source), str(store), *(["--bare"] if bare else [])],
                          env=env, capture_output=True, text=True, cwd=store.parent)
    if done.returncode != 0:
        raise SystemExit(f"ingest with {python} {code or ''} failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["load"] = os.getloadavg()[0]
    return out


def require_row_buffer(python: Path, code: Path) -> None:
    """Refuse to measure a checkout whose row buffer is not compiled where
    `code` puts it first on the path: its ingest would silently take the
    slower `executemany` path and the ratio would measure the build, not
    the code (`make venv` compiles it in place)."""
    probe = "from graph.store.bulk import row_buffer_built; raise SystemExit(0 if row_buffer_built() else 1)"
    done = subprocess.run([str(python), "-c", probe], env={**os.environ, "PYTHONPATH": str(code)}, capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"graph_bench: {code / 'graph/store/_rowbuffer.c'} is not compiled in this checkout "
                         "(run `make venv` here): the ingest would measure the executemany fallback")


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):6.1f} s ({min(xs):.1f}–{max(xs):.1f})"


def step_medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Each step's median seconds over the rounds, in the order the ingest ran them."""
    names = list(dict.fromkeys(k for r in runs for k in r["steps"]))
    return {k: statistics.median(r["steps"].get(k, 0.0) for r in runs) for k in names}


def step_table(mine: dict[str, float], base: dict[str, float], rev: str) -> None:
    """Both sides' steps side by side. Steps only one side has are work the
    other does not do (passes added since the baseline, or retired): their
    sum is printed apart, and the steps both have are compared on their own,
    so a gap says whether it comes from the code both run or from new work."""
    print(f"    {'step (median seconds)':<40} {'this':>6} {rev:>8}")
    for k in dict.fromkeys([*mine, *base]):
        m, b = (f"{d[k]:6.2f}" if k in d else "     –" for d in (mine, base))
        print(f"    {k:<40} {m:>6} {b:>8}")
    shared = [k for k in mine if k in base]
    only_mine, only_base = sum(v for k, v in mine.items() if k not in base), sum(v for k, v in base.items() if k not in mine)
    sm, sb = sum(mine[k] for k in shared), sum(base[k] for k in shared)
    print(f"  the steps both have ({', '.join(shared)}): {sm:.1f} s vs {sb:.1f} s, ratio {sm / sb:.2f}; "
          f"steps only this checkout has {only_mine:.1f} s, only {rev} {only_base:.1f} s")


def ingest_rounds(a: argparse.Namespace, work: Path, baseline: Path | None, n: int) -> Path:
    """Alternate baseline, this checkout and the bare insert; print the table; return this checkout's last store."""
    source, warm = work / "input.pickle", work / "warm.pickle"
    here = (Path(sys.executable), ROOT)
    require_row_buffer(*here)
    sides = {"this checkout": here, **({f"baseline {a.baseline}": (baseline, None)} if baseline else {})}
    stores = {side: work / f"{i}.sqlite" for i, side in enumerate(sides)}
    for side, (python, code) in sides.items():
        run_once(python, code, warm, stores[side])
    run_once(*here, warm, work / "bare.sqlite", bare=True)
    results: dict[str, list[dict[str, Any]]] = {side: [] for side in [*sides, "bare insert"]}
    order = list(sides)
    for r in range(a.runs):
        for side in (order if r % 2 == 0 else order[::-1]):  # who goes first alternates
            results[side].append(run_once(*sides[side], source, stores[side]))
        results["bare insert"].append(run_once(*here, source, work / "bare.sqlite", bare=True))
        print(f"  round {r + 1}: " + ", ".join(f"{side} {rs[-1]['seconds']:.1f} s ({rs[-1]['cpu_seconds']:.1f} s CPU)"
                                              for side, rs in results.items())
              + f" (load average {results['bare insert'][-1]['load']:.1f})", flush=True)
    bare = [x["seconds"] for x in results["bare insert"]]
    loads = [x["load"] for rs in results.values() for x in rs]
    print(f"ingest of {n:,} facts, {a.runs} rounds (median, min–max; load average {min(loads):.1f}–{max(loads):.1f} "
          f"on {os.cpu_count()} cores):")
    print(f"  {'':<22} {'seconds':>22} {'facts/s':>9} {'÷ bare':>7} {'peak MB':>8} {'store MB':>9}")
    for side, rs in results.items():
        secs = [x["seconds"] for x in rs]
        ratio = statistics.median(s / b for s, b in zip(secs, bare, strict=True))
        print(f"  {side:<22} {spread(secs):>22} {n / statistics.median(secs):9,.0f} {ratio:7.2f} "
              f"{statistics.median(x['peak_mb'] for x in rs):8,.0f} {statistics.median(x['store_mb'] for x in rs):9,.0f}")
    mine = results["this checkout"]
    if not baseline:
        print("  this checkout's steps (median): " + ", ".join(f"{k} {v:.1f}s" for k, v in step_medians(mine).items()))
    if baseline:
        base = results[f"baseline {a.baseline}"]
        step_table(step_medians(mine), step_medians(base), a.baseline)
        pairs = [m["seconds"] / b["seconds"] for m, b in zip(mine, base, strict=True)]
        print(f"  this checkout ÷ baseline, round by round: {', '.join(f'{p:.2f}' for p in pairs)}; "
              f"median {statistics.median(pairs):.2f} (target ≤ 1.15)")
        cpu = [m["cpu_seconds"] / b["cpu_seconds"] for m, b in zip(mine, base, strict=True)]
        print(f"  the same in CPU seconds: {', '.join(f'{p:.2f}' for p in cpu)}; median {statistics.median(cpu):.2f}")
        if (mine[-1]["facts_read"], mine[-1]["entities"], mine[-1]["merges"]) != (
                base[-1]["facts_read"], base[-1]["entities"], base[-1]["merges"]):
            print(f"  WARNING: the two ingests differ: {mine[-1]} vs {base[-1]}")
    return stores["this checkout"]


def projection(store_path: Path) -> None:
    """In a fresh process, so its time and memory are its own."""
    probe = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from graph.knowledge_graph import KnowledgeGraph\nfrom graph.store import Store\n"
        f"st = Store({str(store_path)!r})\n"
        "t = time.perf_counter(); kg = KnowledgeGraph.load(st); t1 = time.perf_counter() - t\n"
        "t = time.perf_counter(); g = kg.nx; t2 = time.perf_counter() - t\n"
        "rss = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')) / 1024\n"
        "print(f'projection: load {t1:.1f}s + networkx MultiDiGraph {t2:.1f}s = {t1 + t2:.1f}s (target ≤ 20 s); '\n"
        "      f'{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges; peak rss {rss:,.0f} MB (target ≤ 2,048 MB)')\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def exports(store_path: Path, work: Path, n_facts: int) -> None:
    """Each format on a neighbourhood sample around the busiest entities."""
    from graph.export import FORMAT_NAMES, export, select
    from graph.knowledge_graph import KnowledgeGraph
    from graph.store import Store

    with Store(store_path) as store:
        kg = KnowledgeGraph.load(store)
        hubs = sorted(kg.entities, key=kg.degree, reverse=True)
        sub = select(kg, store, hubs[0], 2)
        i = 1
        while len(sub.facts) < n_facts and i < len(hubs):
            more = select(kg, store, hubs[i], 1)
            ids = {e.id for e in sub.entities}
            sub.entities += [e for e in more.entities if e.id not in ids]
            have = {f.id for f in sub.facts}
            sub.facts += [f for f in more.facts if f.id not in have]
            sub.evidence.update(more.evidence)
            sub.articles.update(more.articles)
            i += 1
    sub.facts = sub.facts[:n_facts]
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", default="c7e43fe", help="a commit to measure beside this checkout ('' for none)")
    ap.add_argument("--baseline-venv", type=Path, help="build the baseline's venv here and reuse it (default: a temporary one)")
    ap.add_argument("--export-facts", type=int, default=50_000)
    ap.add_argument("--no-projection", action="store_true")
    ap.add_argument("--no-exports", action="store_true")
    ap.add_argument("--keep", help="keep the stores and exports in this directory")
    a = ap.parse_args()

    from synthetic import facts

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="fkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        batches = list(facts(a.facts, a.entities))
        n = sum(len(fs) for _a, fs in batches)
        with open(work / "input.pickle", "wb") as f:
            pickle.dump(batches, f, protocol=pickle.HIGHEST_PROTOCOL)
        with open(work / "warm.pickle", "wb") as f:
            pickle.dump(batches[: len(batches) // 10], f, protocol=pickle.HIGHEST_PROTOCOL)
        del batches
        print(f"generated {n:,} facts over {a.entities:,} entities in {time.perf_counter() - t:.1f}s", flush=True)
        baseline = install_baseline(a.baseline, work, a.baseline_venv) if a.baseline else None
        store = ingest_rounds(a, work, baseline, n)
        if not a.no_projection:
            projection(store)
        if not a.no_exports:
            exports(store, work, a.export_facts)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
