"""Exports for every tool analysts use, one module per family of formats.

`FORMATS` is the registry (the way rdflib registers its serializers): a
format's name → its writer and a one-line description. Each writer takes a
`base.Subgraph` (`base.select`: the whole graph, or the neighbourhood of one
entity) and writes it atomically.
"""

from __future__ import annotations

from pathlib import Path

from graph.export import cypher_script, html, neo4j_csv, nx_formats, rdf
from graph.export.base import Subgraph, Writer, select

FORMATS: dict[str, tuple[Writer, str]] = {
    "graphml": (nx_formats.write_graphml, "GraphML (Gephi, yEd, networkx)"),
    "gexf": (nx_formats.write_gexf, "GEXF (Gephi)"),
    "cytoscape": (nx_formats.write_cytoscape, "Cytoscape.js / Cytoscape desktop JSON"),
    "turtle": (rdf.write_turtle, "RDF Turtle (the fintech-kg ontology)"),
    "jsonld": (rdf.write_jsonld, "RDF JSON-LD"),
    "cypher": (cypher_script.write_cypher, "Cypher script for cypher-shell"),
    "neo4j-csv": (neo4j_csv.write_neo4j_csv, "CSV files and command for neo4j-admin database import (a directory)"),
    "html": (html.write_html, "Self-contained interactive page (Cytoscape.js inlined)"),
}
FORMAT_NAMES = tuple(FORMATS)
#: The formats that show each fact's state now (`Subgraph.states`); judging it asks every company's
#: holders and executives, which the formats for databases and RDF tools never read.
SHOWS_STATE = frozenset({"graphml", "gexf", "cytoscape", "html"})

__all__ = ["FORMATS", "FORMAT_NAMES", "SHOWS_STATE", "Subgraph", "export", "select"]


def export(sub: Subgraph, fmt: str, out: Path) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
    writer, _doc = FORMATS[fmt]
    writer(sub, out)
