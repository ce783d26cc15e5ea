"""Extraction speed against bare jieba segmentation, as whole processes.

    python bench/extract_bench.py [ARTICLES.jsonl] [--runs N] [--linearity]

What an analyst waits for is a whole `fkg extract` run, start-up included, so
the figure is a ratio of two processes over the same text, alternated so
that the machine's noise falls on both alike:

* ``fkg extract ARTICLES --out /dev/null``;
* a baseline process that imports jieba, reads the same articles and runs
  ``jieba.lcut`` over every text.

The first pass runs both with empty caches (a fresh ``TMPDIR``, where jieba
keeps its prefix dictionary, and a fresh ``FKG_CACHE_DIR``); the warm runs
reuse them. Prints median and spread of each, and the ratio of the medians
(target ≤ 2.0). ``--linearity`` also times a 1 MB and a 10 MB article in
process (target ≈ 10×). Figures, not assertions: CI prints them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FKG = Path(sys.executable).with_name("fkg")

BASELINE = """
import json, logging, sys
import jieba
jieba.setLogLevel(logging.WARNING)
with open(sys.argv[1], encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()]
for t in texts:
    jieba.lcut(t)
"""


def _run(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _spread(xs: list[float]) -> str:
    return f"median {statistics.median(xs):5.2f} s (min {min(xs):.2f}, max {max(xs):.2f}, n={len(xs)})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT / "data" / "corpus" / "articles.jsonl"))
    ap.add_argument("--runs", type=int, default=5, help="warm runs of each, alternated (default 5)")
    ap.add_argument("--linearity", action="store_true")
    a = ap.parse_args()

    path = Path(a.articles)
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    ours = [str(FKG), "extract", str(path), "--out", os.devnull]
    base = [sys.executable, "-c", BASELINE, str(path)]

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "TMPDIR": tmp, "FKG_CACHE_DIR": os.path.join(tmp, "fkg"), "FKG_PROGRESS": ""}
        first_base = _run(base, env)  # fills jieba's cache in TMPDIR first: the same for both
        first_ours = _run(ours, env)
        warm_base: list[float] = []
        warm_ours: list[float] = []
        for _ in range(a.runs):
            warm_base.append(_run(base, env))
            warm_ours.append(_run(ours, env))

    print(f"corpus: {len(texts)} articles, {mb:.2f} MB; whole processes, start-up included, alternated")
    print(f"first pass (empty caches): jieba.lcut {first_base:.2f} s, fkg extract {first_ours:.2f} s, "
          f"ratio {first_ours / first_base:.2f}")
    print(f"warm jieba.lcut   {_spread(warm_base)}")
    print(f"warm fkg extract  {_spread(warm_ours)}")
    ratios = [o / b for o, b in zip(warm_ours, warm_base, strict=True)]
    print(f"ratio fkg extract / jieba.lcut = {statistics.median(warm_ours) / statistics.median(warm_base):.2f} "
          f"(pairwise {min(ratios):.2f}-{max(ratios):.2f}; target ≤ 2.0)")

    if a.linearity:
        sys.path.insert(0, str(ROOT))
        from extract.model import Article
        from extract.pipeline import extract_article

        joined = "\n".join(texts)
        one = (joined * (1_000_000 // len(joined.encode()) + 1))[: 1_000_000 // 3]
        extract_article(Article("warm", "", one[:2000]))
        t = time.perf_counter()
        extract_article(Article("lin-1", "", one))
        t1 = time.perf_counter() - t
        t = time.perf_counter()
        extract_article(Article("lin-10", "", one * 10))
        t10 = time.perf_counter() - t
        print(f"linearity: 1 MB article {t1:.2f} s, 10 MB article {t10:.2f} s, ratio {t10 / t1:.1f} (target ≈ 10)")


if __name__ == "__main__":
    main()
