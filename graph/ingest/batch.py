"""One ingest transaction's state: what it read, resolved, touched and merged.

The article loop reads new and changed articles' reports (`FactReader`) into
the resolver and the writer; merges found meanwhile change the name index at
once and reach the store after the loop, in one set-based pass when that is
the same as one merge after another. Touched fact ids also live in a
temporary table, so the passes work on a million facts without giant
`IN (…)` lists; a batch into an empty store touches everything and lists
nothing (`fresh`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from extract.model import Article, Fact
from graph.ingest.curated import Curated
from graph.ingest.post_notes import PostNotes
from graph.ingest.reports import report_reader
from graph.ingest.resolver import Resolver
from graph.ingest.writer import Writer
from graph.store import Store
from graph.store.merges import Merge, merge_entities

T = TypeVar("T")


@dataclass(frozen=True)
class ArticleFacts:
    """One article and its facts, as ingest receives them. `sha` tells a
    changed article from one already stored (`readers.content_digest`);
    `facts` is None when the caller knows the store has this content."""

    article: Article
    sha: str
    facts: Sequence[Fact] | None = None


@dataclass
class IngestReport:
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    facts_read: int = 0
    facts_touched: int = 0
    entities_created: int = 0
    entities_merged: int = 0
    invalid: list[str] = field(default_factory=list)
    #: Wall time of each step, in order ("read" is the article loop, "merges" includes the last writes and the
    #: index rebuild of a bulk load): where a slow ingest spends its time, without a profiler.
    seconds: dict[str, float] = field(default_factory=dict)


class Batch:
    def __init__(self, store: Store, curated: Curated, is_person_name: Callable[[str], bool]) -> None:
        self.store = store
        self.db = store.db
        self.report = IngestReport()
        self.writer = Writer(store)
        self.touched_facts: set[str] = set()
        self.touched_entities: set[str] = set()
        self.recompute: set[str] = set()  # facts whose merged values must be derived again
        self.known_facts: set[str] = set()  # fact ids in the store, or read in this batch
        self.stored_facts = 0  # how many the store held before this batch
        self.article_shas: dict[str, str] = {}  # id → content digest, stored or read in this batch
        self.fresh = False  # an empty store: every entity and fact is touched, no need to list them
        self.posts = PostNotes()  # a fresh store's posts, as the article loop reads them (`graph.ingest.post_notes`)
        self.ended_stakes: set[str] = set()  # a fresh store's companies with a stake report that states an end
        self.renames: set[str] = set()  # a fresh store's companies with a rename report (as the loop resolved them)
        self.sales: list[tuple[str, str, object]] = []  # a fresh store's sale reports: (company, seller, percent)
        self.resolver = Resolver(curated, is_person_name, self._stored_id, self.touched_entities, self.fresh)

    def _stored_id(self, eid: str) -> str:
        self.writer.wait()  # the connection is the writer thread's until it is done
        return self.store.resolve_id(eid)

    def load(self) -> None:
        """What the store knows, for resolving and keying the batch's reports."""
        self.resolver.load(self.db)
        self.known_facts.update(f for (f,) in self.db.execute("SELECT id FROM facts"))
        self.stored_facts = len(self.known_facts)
        self.article_shas = dict(self.db.execute("SELECT id, sha FROM articles"))
        self.fresh = self.resolver.fresh = not self.known_facts and not self.resolver.entities

    def close(self) -> None:
        self.writer.close()

    def flush(self, meanwhile: Callable[[], T] = lambda: None) -> T:
        """Everything buffered, into the store; `meanwhile` runs while the
        writer thread stores it (it must not touch the store): what it
        makes is returned."""
        self.spill()
        surfaces = self.resolver.surfaces
        self.resolver.forget_counts()
        return self.writer.flush(surfaces, meanwhile)

    def spill(self) -> None:
        new_facts = len(self.known_facts) - self.stored_facts  # while reports are read, only new facts join it
        self.writer.spill(self.resolver.new_entities, self.resolver.new_names, new_facts, self.stored_facts)

    # -- the article loop -----------------------------------------------------
    def read_articles(self, batches: Iterable[ArticleFacts], on_article: Callable[[Article], None]) -> None:
        """New and changed articles' reports are resolved; merges wait for the
        loop's end, and full buffers go to the writer thread between
        articles, since nothing reads facts back until then."""
        self.load()
        add = report_reader(self.resolver, self.writer, self.known_facts, self.recompute, self.touched_facts, self.fresh,
                            self.posts.note, self.ended_stakes, self.renames, self.sales)
        report = self.report
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for item in batches:
            a = item.article
            on_article(a)
            old = self.article_shas.get(a.id)
            if old == item.sha:
                report.articles_unchanged += 1
                continue
            if old is not None:
                self.drop_article(a.id)
                report.articles_updated += 1
            else:
                report.articles_new += 1
            self.article_shas[a.id] = item.sha
            self.writer.articles.append((a.id, item.sha, a.title, a.date or None, a.url, a.source, now))
            date = a.date or None
            facts = item.facts or ()
            report.facts_read += len(facts)
            for fact in facts:
                try:
                    add(fact, date)
                except (ValueError, TypeError) as e:
                    report.invalid.append(f"{a.id}: {e}")
                    report.facts_read -= 1
            if self.writer.full():
                self.spill()
        report.entities_created = self.resolver.created

    def drop_article(self, article_id: str) -> None:
        """Forget what an article said (before re-reading a changed version)."""
        self.flush()
        for (fid,) in self.db.execute("SELECT DISTINCT fact_id FROM provenance WHERE article_id = ?", (article_id,)).fetchall():
            self.touched_facts.add(fid)
            self.writer.touched_since.add(fid)
            self.recompute.add(fid)
        self.db.execute("DELETE FROM provenance WHERE article_id = ?", (article_id,))

    # -- merges ---------------------------------------------------------------
    def apply_merges(self, meanwhile: Callable[[], T] = lambda: None) -> T:
        """The merges the loop found, into the store. In one pass when it is
        the same as one merge after another: each src merged once, and into
        an entity alive in this batch (every src's rows then go straight to
        its final entity either way). Otherwise one at a time, since a dst
        the store resolves may change as they go. `meanwhile` runs while the
        writer thread stores the last reports and, after a bulk load,
        builds the indexes again: the name index in memory is final by then.
        Returns what `meanwhile` made."""
        made = self.flush(meanwhile)
        pending, self.resolver.pending = self.resolver.pending, []
        finals = [Merge(m.src, self.resolver.follow(m.dst), m.reason) for m in pending]
        srcs, dsts = {m.src for m in finals}, {m.dst for m in finals}
        if len(srcs) == len(finals) and srcs.isdisjoint(dsts) and dsts <= self.resolver.entities:
            self._store_merges(finals)
        else:
            for m in pending:
                dst = self.resolver.alive(m.dst)
                if m.src != dst:
                    self._store_merges([Merge(m.src, dst, m.reason)])
        self.report.entities_merged = self.resolver.merged
        return made

    def merge_now(self, src: str, dst: str, reason: str) -> None:
        """A merge found after the loop: into the name index and the store at once."""
        self.resolver.merge(src, dst, reason)
        pending, self.resolver.pending = self.resolver.pending, []
        self._store_merges(pending)
        self.report.entities_merged = self.resolver.merged

    def _store_merges(self, merges: list[Merge]) -> None:
        if not merges:
            return
        self.flush()
        moved = merge_entities(self.db, merges)
        self.touched_entities.difference_update(m.src for m in merges)
        self.touched_entities.update(m.dst for m in merges)
        self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(f,) for f in moved])
        self.touched_facts.update(moved)
        self.known_facts.update(moved)
        self.recompute.update(moved)
