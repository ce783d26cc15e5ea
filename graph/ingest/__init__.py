"""Extracted facts → the store: entity resolution, fact merging, provenance.

`ingest` runs one batch in one transaction: the article loop (`batch`,
`reports`, `resolver`, `writer`), the merges it found, then the passes
(`passes`): people merged on spelling variants (沈崇峰/沈崇锋) only when they
hold the same role at the same company, never on string similarity alone;
partial reports folded into the fact they complete; facts derived again
from their provenance; terms of office, holdings' valid time and
contradictions derived (`derived`); display names chosen.
Renames merge the old and the new name (one company, a former name, a
Rename fact); a merged-away id keeps a redirect, so ids handed out before
stay valid. Incremental (articles already stored with the same content are
skipped), idempotent and atomic.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from extract.model import Article
from graph.gc_pause import gc_paused
from graph.ingest import derived, passes
from graph.ingest.batch import ArticleFacts, Batch, IngestReport
from graph.ingest.curated import Curated, load_curated
from graph.ingest.short_merges import merge_short_names
from graph.store import Store

__all__ = ["ArticleFacts", "Curated", "IngestReport", "ingest", "known_articles", "load_curated"]


def ingest(
    store: Store,
    articles: Iterable[ArticleFacts],
    curated: Curated | None = None,
    is_person_name: Callable[[str], bool] = lambda _name: False,
    on_article: Callable[[Article], None] = lambda _a: None,
) -> IngestReport:
    """Store articles and their facts in one transaction. `is_person_name`
    tells a buyer named in a sale's qualifiers that is a person (names of
    at most three characters are asked; by default every buyer is a
    company): the extractor's judgement, which the graph does not import."""
    with store.load_transaction(), gc_paused():
        batch = Batch(store, curated or {}, is_person_name)
        seconds = batch.report.seconds
        step = partial(_timed, seconds)
        try:
            with step("read"):
                batch.read_articles(articles, on_article)
            with step("merges"):  # the name index's groups are made while the store rebuilds its indexes
                names = batch.apply_merges(meanwhile=lambda: passes.group_names(batch.resolver))
            with step("legal_forms"):
                passes.merge_legal_forms(batch, names)
            with step("short_names"):
                merge_short_names(batch)
            with step("spelling_variants"):
                passes.merge_spelling_variants(batch, names)
            with step("partial_facts"):
                passes.fold_partial_facts(batch)
            with step("same_sales"):
                passes.fold_same_sales(batch)
            with step("recompute"):
                passes.recompute(batch)
            with step("terms"):
                derived.derive_terms(batch)
            with step("holdings"):
                derived.derive_holdings(batch)
            with step("names"):
                passes.refresh_names(batch)
        finally:
            batch.close()  # the writer thread's last statement ends before the commit or the rollback
        started = time.perf_counter()  # the commit: leaving the transaction
    seconds["commit"] = time.perf_counter() - started
    return batch.report


@contextmanager
def _timed(seconds: dict[str, float], name: str) -> Iterator[None]:
    """The wall time of a step that completes, under its name."""
    started = time.perf_counter()
    yield
    seconds[name] = time.perf_counter() - started


def known_articles(store: Store) -> dict[str, str]:
    """Article id → content digest of every article the store has."""
    return dict(store.db.execute("SELECT id, sha FROM articles"))
