"""What every export format writes from: a subgraph and its evidence.

`select` takes the whole graph, or the neighbourhood of one entity, with the
provenance of its facts and the articles they cite; each format module
(registered in `graph.export`) writes a `Subgraph`, atomically
(`atomic_write_text`): a failed export leaves the old file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.algorithms import neighbourhood
from graph.knowledge_graph import KnowledgeGraph
from graph.records import MergedFact, ResolvedEntity
from graph.store import Store
from text.files import atomic_text


@dataclass
class Subgraph:
    """What an exporter writes: entities, facts among them, their evidence."""

    kg: KnowledgeGraph
    entities: list[ResolvedEntity]
    facts: list[MergedFact]
    evidence: dict[str, list[dict]]  # fact id → provenance records
    articles: dict[str, dict]
    center: str | None = None
    #: fact id → its state now (current, former, event, conflict), when the caller judged it (`service.states`)
    states: dict[str, str] = field(default_factory=dict)


def select(kg: KnowledgeGraph, store: Store, center: str | None = None, depth: int = 1) -> Subgraph:
    if center:
        ids, facts = neighbourhood(kg, center, depth, max_nodes=10**9)
    else:
        ids, facts = set(kg.entities), list(kg.facts.values())
    facts = sorted(facts, key=lambda f: f.id)
    evidence = store.provenance([f.id for f in facts])
    used = {e["article_id"] for evs in evidence.values() for e in evs}
    # The whole graph carries every article (as `fkg load-neo4j` does: /stats counts them); a neighbourhood those it cites.
    articles = {a: meta for a, meta in store.articles().items() if center is None or a in used}
    return Subgraph(kg, [kg.entities[i] for i in sorted(ids) if i in kg.entities], facts, evidence, articles, center)


#: A format: writes a subgraph to a path (a file, or a directory for neo4j-csv).
Writer = Callable[[Subgraph, Path], None]


def atomic_write_text(path: Path, text: str) -> None:
    """Write all of `text` or leave `path` as it was."""
    with atomic_text(path) as f:
        f.write(text)
