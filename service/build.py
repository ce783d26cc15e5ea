"""Articles, or a facts file, into the embedded store: extract, then ingest.

`open_inputs` reads up to the first usable input before any store is
opened (bad input alone creates nothing); `build` goes on from there.
Articles the store already has with the same content are not extracted
again. Extraction runs in a process pool (`workers`), in chunks, while
ingest resolves what came back; a facts file (`fkg extract` output) is read
back into the same records (`extract.model.Fact.from_json`). Bad input is a
one-line issue: with `on_error="fail"` the build stops and the store is
left as it was (ingest is one transaction).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from extract.factsdir import FactsDirError, iter_facts_dir
from extract.lexicon import get_lexicon
from extract.model import Article, Fact
from extract.persons import plausible_person
from extract.readers import ReadIssue, content_digest
from extract.runner import extract_records, has_chinese, read_articles
from graph.ingest import ArticleFacts, Curated, IngestReport, ingest, known_articles
from graph.store import Store
from text.jsonl import read_jsonl

#: Articles extracted per round: enough to keep a process pool busy, few enough to start ingesting soon.
CHUNK = 64


class BuildFailed(RuntimeError):
    """The build stopped on bad input, which `on_issue` has reported."""


@dataclass
class BuildOptions:
    workers: int = 1
    on_error: str = "skip"  # fail: stop at the first bad input; skip: report it and go on
    on_issue: Callable[[str], None] = lambda _m: None  # one line per bad input
    on_article: Callable[[Article], None] = lambda _a: None  # progress


def is_person_name(name: str) -> bool:
    """The extractor's judgement of a short name (a sale's buyer): a person's?"""
    return plausible_person(name, get_lexicon())


@dataclass
class Inputs:
    """What `open_inputs` found: a facts file's rows, or articles (the first
    usable one read already)."""

    fact_rows: list[dict[str, Any]] | None
    articles: Iterator[Article | ReadIssue]


def read_fact_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Facts files and the directories a distributed `fkg extract` writes (`extract.factsdir`), in order."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows.extend(iter_facts_dir(path) if path.is_dir() else read_jsonl([path]))
    return rows


def open_inputs(inputs: list[str], facts: bool, options: BuildOptions) -> Inputs:
    """Read facts files whole, or articles up to the first usable one: an
    input with nothing to ingest (missing, empty, binary, no Chinese) stops
    the build here, before a store is created."""
    if facts:
        try:
            rows = read_fact_rows([Path(p) for p in inputs])
        except FactsDirError as e:
            _stop(options, str(e))
        except UnicodeDecodeError:
            _stop(options, f"{', '.join(inputs)}: not UTF-8 text (a binary file?)")
        except (OSError, ValueError) as e:
            where = getattr(e, "filename", None)
            _stop(options, f"{where}: {getattr(e, 'strerror', None) or e}" if where else str(e))
        if not rows:
            _stop(options, f"{', '.join(inputs)}: no facts in the input (empty?)")
        return Inputs(rows, iter(()))
    items = iter(read_articles(inputs))
    head: list[Article] = []
    issues = []
    for item in items:
        problem = _problem(item)
        if problem is None:
            head.append(item)  # type: ignore[arg-type]
            break
        issues.append(problem)
        if options.on_error == "fail":
            break
    if not head or (issues and options.on_error == "fail"):
        for msg in issues or [f"{', '.join(inputs)}: no articles"]:
            options.on_issue(f"error: {msg.removesuffix('; skipped')}")
        raise BuildFailed(issues[0] if issues else "no articles")
    for msg in issues:
        options.on_issue(f"warning: {msg}")
    return Inputs(None, itertools.chain(head, items))


def build(store: Store, source: Inputs, curated: Curated, options: BuildOptions) -> IngestReport:
    """Ingest what `open_inputs` found into `store`, in one transaction.
    Facts that cannot be read are reported in the result's `invalid`, first."""
    invalid: list[str] = []
    facts = source.fact_rows is not None
    pool = ProcessPoolExecutor(max_workers=options.workers) if options.workers > 1 and not facts else None
    try:
        known = known_articles(store)
        batches = (facts_file_batches(source.fact_rows or [], known, invalid) if facts else
                   article_batches(source.articles, known, pool, options))
        report = ingest(store, batches, curated, is_person_name, options.on_article)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    report.invalid[:0] = invalid
    return report


def facts_file_batches(rows: list[dict[str, Any]], known: dict[str, str], invalid: list[str]) -> Iterator[ArticleFacts]:
    """A facts file's rows, by article, as records. An article's digest is
    that of its rows, so a changed row re-reads the article; rows that
    cannot be typed go to `invalid` as "article: reason"."""
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        aid = r.get("article_id") if isinstance(r, dict) else None
        if not isinstance(aid, str):
            invalid.append(f"?: article_id must be a string, not {type(aid).__name__}")
            continue
        by_article.setdefault(aid, []).append(r)
    for aid, rows in by_article.items():
        sha = content_digest(aid, json.dumps(rows, ensure_ascii=False, sort_keys=True))
        if known.get(aid) == sha:
            yield ArticleFacts(Article(aid, "", ""), sha)
            continue
        records = []
        for r in rows:
            try:
                records.append(Fact.from_json(r))
            except (ValueError, TypeError) as e:
                invalid.append(f"{aid}: {e}")
        yield ArticleFacts(Article(aid, "", ""), sha, records)


def article_batches(articles: Iterable[Article | ReadIssue], known: dict[str, str], pool: ProcessPoolExecutor | None,
                    options: BuildOptions) -> Iterator[ArticleFacts]:
    """Articles extracted in chunks (through `pool` when given); articles the
    store has with the same content come without facts."""
    todo: list[Article] = []
    for item in articles:
        problem = _problem(item)
        if problem is not None:
            _issue(options, problem)
            continue
        assert isinstance(item, Article)
        sha = content_digest(item.title, item.text)
        if known.get(item.id) == sha:
            yield ArticleFacts(item, sha)
            continue
        todo.append(item)
        if len(todo) >= CHUNK:
            yield from _extracted(todo, pool, options)
            todo = []
    yield from _extracted(todo, pool, options)


def _extracted(articles: list[Article], pool: ProcessPoolExecutor | None, options: BuildOptions) -> Iterable[ArticleFacts]:
    results = pool.map(extract_records, articles, chunksize=4) if pool else map(extract_records, articles)
    for article, (_aid, result) in zip(articles, results, strict=True):
        if isinstance(result, str):
            options.on_issue(f"warning: {article.where or article.source}: article {article.id}: {result}")
            continue
        yield ArticleFacts(article, content_digest(article.title, article.text), result)


def _problem(item: Article | ReadIssue) -> str | None:
    if isinstance(item, ReadIssue):
        return str(item)
    return None if has_chinese(item) else f"{item.where or item.source or '<input>'}: article {item.id} has no Chinese text; skipped"


def _stop(options: BuildOptions, message: str) -> NoReturn:
    options.on_issue(f"error: {message}")
    raise BuildFailed(message)


def _issue(options: BuildOptions, message: str) -> None:
    options.on_issue(f"{'error' if options.on_error == 'fail' else 'warning'}: {message}")
    if options.on_error == "fail":
        raise BuildFailed(message)
