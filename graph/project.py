"""networkx projection: entities are nodes, facts are keyed edges."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from schema import Predicate

if TYPE_CHECKING:
    from graph.memory import KnowledgeGraph


def project(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_nodes_from((e.id, {"type": str(e.type), "name": e.name}) for e in kg.entities.values())
    g.add_edges_from(
        (f.subject, f.object, f.id, {
            "predicate": str(f.predicate), "confidence": f.confidence, "valid_from": f.valid_from, "valid_to": f.valid_to,
            **f.qualifiers,
        })
        for f in kg.facts.values()
        if f.subject != f.object or f.predicate is Predicate.RENAMED_TO
    )
    return g
