"""Exports for every tool analysts use, one module per family of formats.

`export(kg, store, fmt, out, center, depth)` writes the whole graph, or the
neighbourhood of `center`, atomically. Formats register in `FORMATS`, the
way rdflib registers its serializer plugins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.algorithms import neighbourhood
from graph.memory import KnowledgeGraph
from graph.model import Entity, Fact
from graph.store import Store
from text.files import atomic_text


@dataclass
class Subgraph:
    """What an exporter writes: entities, facts among them, their evidence."""

    kg: KnowledgeGraph
    entities: list[Entity]
    facts: list[Fact]
    evidence: dict[str, list[dict]]  # fact id → provenance records
    articles: dict[str, dict]
    center: str | None = None


def select(kg: KnowledgeGraph, store: Store, center: str | None = None, depth: int = 1) -> Subgraph:
    if center:
        ids, facts = neighbourhood(kg, center, depth, max_nodes=10**9)
    else:
        ids, facts = set(kg.entities), list(kg.facts.values())
    facts = sorted(facts, key=lambda f: f.id)
    evidence = store.provenance([f.id for f in facts])
    used = {e["article_id"] for evs in evidence.values() for e in evs}
    articles = {a: meta for a, meta in store.articles().items() if a in used}
    return Subgraph(kg, [kg.entities[i] for i in sorted(ids) if i in kg.entities], facts, evidence, articles, center)


Writer = Callable[[Subgraph, Path], None]


def _formats() -> dict[str, tuple[Writer, str]]:
    from graph.export import cypher_script, html, neo4j_csv, nx_formats, rdf

    return {
        "graphml": (nx_formats.write_graphml, "GraphML (Gephi, yEd, networkx)"),
        "gexf": (nx_formats.write_gexf, "GEXF (Gephi)"),
        "cytoscape": (nx_formats.write_cytoscape, "Cytoscape.js / Cytoscape desktop JSON"),
        "turtle": (rdf.write_turtle, "RDF Turtle (the fintech-kg ontology)"),
        "jsonld": (rdf.write_jsonld, "RDF JSON-LD"),
        "cypher": (cypher_script.write_cypher, "Cypher script for cypher-shell"),
        "neo4j-csv": (neo4j_csv.write_neo4j_csv, "CSV files and command for neo4j-admin database import (a directory)"),
        "html": (html.write_html, "Self-contained interactive page (Cytoscape.js inlined)"),
    }


FORMAT_NAMES = ("graphml", "gexf", "cytoscape", "turtle", "jsonld", "cypher", "neo4j-csv", "html")


def export(sub: Subgraph, fmt: str, out: Path) -> None:
    formats = _formats()
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
    writer, _doc = formats[fmt]
    writer(sub, out)


def atomic_write_text(path: Path, text: str) -> None:
    """Write all of `text` or leave `path` as it was."""
    with atomic_text(path) as f:
        f.write(text)
