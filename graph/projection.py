"""networkx projection: entities are nodes, facts are keyed edges."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.records import MergedFact, ResolvedEntity
from schema import Predicate


def project(entities: Iterable[ResolvedEntity], facts: Iterable[MergedFact]) -> nx.MultiDiGraph:
    """A MultiDiGraph with entities as nodes and one keyed edge per fact.

    Topology only: an edge's key is its fact id (the knowledge graph's
    `facts[key]` holds the fact). Built straight into networkx's documented adjacency structure
    (`_node`, `_succ`, `_pred`: node → neighbour → key → attributes), which
    is what `add_edges_from` produces, at a fraction of its per-edge cost.
    """
    g = nx.MultiDiGraph()
    node, succ, pred = g._node, g._succ, g._pred
    no_attrs: dict = {}  # shared: the projection is read-only topology (see above)
    for e in entities:
        node[e.id] = {"type": e.type.value, "name": e.name}
        succ[e.id] = {}
        pred[e.id] = {}
    renamed = Predicate.RENAMED_TO
    for f in facts:
        u, v = f.subject, f.object
        if u == v and f.predicate is not renamed:
            continue
        su = succ.get(u)
        if su is None:
            node[u], su, pred[u] = {}, {}, {}
            succ[u] = su
        if v not in node:
            node[v], succ[v], pred[v] = {}, {}, {}
        keys = su.get(v)
        if keys is None:
            keys = su[v] = pred[v][u] = {}
        keys[f.id] = no_attrs
    return g
