"""Run the pipeline over many inputs: workers, error policy, output.

The CLI is a thin shell over `run_extract`. Bad input never raises a
traceback out of here: each problem is reported in one line through
`on_issue`, and `on_error="fail"` stops after reporting it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from extract.model import Article, Fact
from extract.pipeline import extract_article
from extract.readers import ReadIssue, iter_inputs
from text.files import atomic_text

_CJK = re.compile(r"[\u4e00-\u9fff]")


def has_chinese(article: Article) -> bool:
    """Whether an article has any Chinese to read, in its text or its title
    (a brief's body can sit in its title): one without is refused with a
    warning, not stored empty."""
    return bool(_CJK.search(article.text) or _CJK.search(article.title))


class ExtractFailed(RuntimeError):
    """Raised when on_error='fail' and an input had a problem."""


@dataclass
class RunStats:
    articles: int = 0
    facts: int = 0
    issues: int = 0
    chars: int = 0


def extract_records(article: Article) -> tuple[str, list[Fact] | str]:
    """An article's facts as records, or why extraction failed (never raises:
    one bad article must not stop a run)."""
    try:
        return article.id, extract_article(article)
    except Exception as e:
        return article.id, f"extraction failed: {type(e).__name__}: {e}"


def safe_extract(article: Article) -> tuple[str, list[dict] | str]:
    """`extract_records`, the facts as the JSON Lines format has them."""
    aid, result = extract_records(article)
    return aid, result if isinstance(result, str) else [f.as_json() for f in result]


def iter_facts(
    articles: Iterable[Article | ReadIssue], workers: int = 1, on_error: str = "skip",
    on_issue: Callable[[str], None] = lambda _m: None, on_article: Callable[[Article], None] = lambda _a: None,
    stats: RunStats | None = None,
) -> Iterator[dict]:
    stats = stats or RunStats()

    def problem(msg: str) -> None:
        """Count and report one bad input; stop the run if asked to."""
        stats.issues += 1
        on_issue(msg)
        if on_error == "fail":
            raise ExtractFailed(msg)

    def articles_only() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, ReadIssue):
                problem(str(item))
            elif not has_chinese(item):
                problem(f"{item.where or item.source or '<input>'}: article {item.id} has no Chinese text; skipped")
            else:
                yield item

    def handle(article: Article, aid: str, result: list[dict] | str) -> Iterator[dict]:
        stats.articles += 1
        stats.chars += len(article.text)
        on_article(article)
        if isinstance(result, str):
            problem(f"{article.where or article.source or '<input>'}: article {aid}: {result}")
            return
        stats.facts += len(result)
        yield from result

    if workers <= 1:
        for a in articles_only():
            aid, res = safe_extract(a)
            yield from handle(a, aid, res)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: its import is 16 ms of a one-process run's start-up

    with ProcessPoolExecutor(max_workers=workers) as pool:
        batch: list[Article] = []
        for a in articles_only():
            batch.append(a)
            if len(batch) >= workers * 8:
                for art, (aid, res) in zip(batch, pool.map(safe_extract, batch), strict=True):
                    yield from handle(art, aid, res)
                batch = []
        for art, (aid, res) in zip(batch, pool.map(safe_extract, batch), strict=True):
            yield from handle(art, aid, res)


def write_jsonl_atomic(rows: Iterable[dict], out: Path | None, stream: IO[str] | None = None) -> int:
    """Write rows as JSON Lines; to a file atomically (all or nothing)."""
    n = 0
    if out is None:
        assert stream is not None
        for r in rows:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
        stream.flush()
        return n
    with atomic_text(out) as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_articles(paths: list[str]) -> Iterator[Article | ReadIssue]:
    return iter_inputs(paths)
