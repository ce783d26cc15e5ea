"""Extraction speed against bare jieba segmentation, side by side.

    python bench/extract_bench.py [ARTICLES.jsonl] [--repeat N] [--no-linearity]

Prints, for the same text: the pipeline's MB/s, bare `jieba.lcut`'s MB/s and
their ratio (target: pipeline time ≤ 1.5 × lcut time); the dictionary load
time (target ≤ 1.5 s); and time on a 1 MB and a 10 MB article built from the
corpus (target: ~10×, linear). Figures, not assertions: CI prints them.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT / "data" / "corpus" / "articles.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-linearity", action="store_true")
    a = ap.parse_args()

    t0 = time.perf_counter()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    t_jieba = time.perf_counter() - t0
    t0 = time.perf_counter()
    from extract.lexicon import get_jieba, get_lexicon, word_tags

    get_lexicon()
    get_jieba()
    word_tags()
    t_dict = time.perf_counter() - t0
    print(f"dictionary load: jieba default {t_jieba:.2f} s + fintech lexicon {t_dict:.2f} s = {t_jieba + t_dict:.2f} s (target ≤ 1.5 s)")

    from extract.model import Article
    from extract.pipeline import extract_article

    rows = _load(Path(a.articles))
    arts = [Article(r["id"], r.get("title", ""), r["text"], r.get("date", "")) for r in rows]
    texts = [r["text"] for r in rows]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract_article(arts[0])  # warm caches

    def time_it(fn) -> float:
        runs = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return statistics.median(runs)

    t_lcut = time_it(lambda: [jieba.lcut(t) for t in texts])
    t_pipe = time_it(lambda: [extract_article(x) for x in arts])
    n_facts = sum(len(extract_article(x)) for x in arts)
    print(f"corpus: {len(arts)} articles, {mb:.2f} MB, {n_facts} facts")
    print(f"jieba.lcut   {t_lcut:7.2f} s  {mb / t_lcut:6.2f} MB/s")
    print(f"pipeline     {t_pipe:7.2f} s  {mb / t_pipe:6.2f} MB/s")
    print(f"ratio pipeline/lcut = {t_pipe / t_lcut:.2f} (target ≤ 1.5)")

    if a.no_linearity:
        return
    joined = "\n".join(texts)
    one = (joined * (1_000_000 // len(joined.encode()) + 1))[: 1_000_000 // 3]
    ten = one * 10
    t1 = time_it(lambda: extract_article(Article("lin-1", "", one)))
    t10 = time_it(lambda: extract_article(Article("lin-10", "", ten)))
    print(f"linearity: 1 MB article {t1:.2f} s, 10 MB article {t10:.2f} s, ratio {t10 / t1:.1f} (target ≈ 10)")


if __name__ == "__main__":
    main()
