"""What a load writes, step by step, nodes before the relationships between them.

`upsert_steps`: every row through MERGE … SET, idempotent into any database
(the Cypher script export). `load_steps`: what the database does not hold
yet through CREATE, what it holds through the same MERGE statements, so a
first load does no lookup before a write and takes no MERGE lock (Neo4j's
practice for bulk loads), and a second load changes nothing. A new fact is
created whole in one statement (node, participant edges, direct relationship,
qualifier edges, provenance): an interrupted load leaves only complete facts,
and the next load MERGEs those and CREATEs the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graph.neo4j import cypher as C
from graph.neo4j.rows import ENTITY_TYPES
from schema import Predicate

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Step:
    stmt: C.Statement
    rows: list[dict[str, Any]]
    what: str
    parallel: bool  # node writes only: a relationship write locks both its end nodes, so those go one batch at a time


def _extras(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": r["id"], "extra": r["extra"]} for r in rows if "extra" in r]


def _upsert_facts(p: Predicate, rows: list[dict[str, Any]]) -> list[Step]:
    return [Step(C.UPSERT_FACTS[p], rows, p.value, True), Step(C.UPSERT_FACT_EDGES[p], rows, f"{p.value} edges", False),
            Step(C.SET_FACT_EXTRAS[p], _extras(rows), f"{p.value} extra properties", False)]


def upsert_steps(rows: Rows) -> list[Step]:
    """Every row MERGEd, in load order."""
    steps = [Step(C.UPSERT_ENTITIES[t], rows[t], t, True) for t in ENTITY_TYPES]
    steps.append(Step(C.UPSERT_ARTICLES, rows["articles"], "articles", True))
    steps.append(Step(C.UPSERT_ALIASES, rows["aliases"], "aliases", False))
    for p in Predicate:
        steps += _upsert_facts(p, rows[p.value])
    steps += [Step(stmt, rows[q], q, False) for q, stmt in C.LINK_QUALIFIER.items()]
    steps.append(Step(C.UPSERT_PROVENANCE, rows["provenance"], "provenance", False))
    return steps


def _split(rows: list[dict[str, Any]], held: set[str], key: str = "id") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    new, old = [], []
    for r in rows:
        (old if r[key] in held else new).append(r)
    return new, old


def load_steps(rows: Rows, existing: dict[str, set[str]]) -> list[Step]:
    """CREATE for the ids `existing` (label → ids the database holds) lacks, MERGE for the others."""
    steps: list[Step] = []
    for t in ENTITY_TYPES:
        new, old = _split(rows[t], existing["Entity"])
        steps += [Step(C.CREATE_ENTITIES[t], new, t, True), Step(C.UPSERT_ENTITIES[t], old, t, True)]
    new, old = _split(rows["articles"], existing["Article"])
    steps += [Step(C.CREATE_ARTICLES, new, "articles", True), Step(C.UPSERT_ARTICLES, old, "articles", True)]
    alias_nodes = [r for r in {r["id"]: r for r in rows["aliases"]}.values() if r["id"] not in existing["Alias"]]
    steps.append(Step(C.CREATE_ALIAS_NODES, alias_nodes, "alias nodes", True))
    new, old = _split(rows["aliases"], existing["Entity"], "entity_id")  # a new entity's alias edges are new
    steps += [Step(C.CREATE_ALIAS_EDGES, new, "aliases", False), Step(C.UPSERT_ALIASES, old, "aliases", False)]
    provenance: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows["provenance"]:
        if r["fact"] not in existing["Fact"]:
            provenance[r["fact"]].append(r)
    for p in Predicate:
        new, old = _split(rows[p.value], existing["Fact"])
        steps += [Step(C.CREATE_FACTS[p], [r | {"provenance": provenance.get(r["id"], [])} for r in new], p.value, False),
                  *_upsert_facts(p, old)]
        steps.append(Step(C.SET_FACT_EXTRAS[p], _extras(new), f"{p.value} extra properties", False))
    steps += [Step(stmt, [r for r in rows[q] if r["fact"] in existing["Fact"]], q, False) for q, stmt in C.LINK_QUALIFIER.items()]
    steps.append(Step(C.UPSERT_PROVENANCE, [r for r in rows["provenance"] if r["fact"] in existing["Fact"]], "provenance", False))
    return steps


def ids_by_label(rows: Rows) -> dict[str, list[str]]:
    """The ids a load writes, by the label whose constraint they fall under."""
    return {"Entity": [r["id"] for t in ENTITY_TYPES for r in rows[t]], "Article": [r["id"] for r in rows["articles"]],
            "Alias": list(dict.fromkeys(r["id"] for r in rows["aliases"])), "Fact": [r["id"] for p in Predicate for r in rows[p.value]]}
