"""GraphML, GEXF and Cytoscape JSON through networkx.

networkx's GraphML and GEXF writers reject None, lists and dates. Values are
converted, never dropped: None is left out (an absent attribute reads back as
absent), lists and dicts become JSON strings, numbers that a qualifier may
state as int or float become float so each attribute has one type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from graph.export.base import Subgraph, atomic_write_text
from schema import DATE_QUALIFIERS, PREDICATES, ROLE_LABELS, Predicate, Role

_FLOATS = {"percent", "amount", "confidence"}


def _plain(key: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if key in _FLOATS and isinstance(value, int | float):
        return float(value)
    if isinstance(value, int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def edge_label(predicate: str, q: dict[str, Any]) -> str:
    """"董事长 2022-08-17", "40%", "NYSE OCFT": what an edge says in a drawing."""
    parts: list[str] = []
    if predicate not in ("HOLDS_POSITION", "SUCCEEDED"):
        parts.append(PREDICATES[Predicate(predicate)].label_zh)
    if q.get("role"):
        role = Role(q["role"])
        parts.append(q.get("title") or ROLE_LABELS[role][0][0])
    if isinstance(q.get("percent"), int | float):
        parts.append(f"{q['percent']:g}%")
    if q.get("ticker"):
        parts.append(str(q["ticker"]))
    if q.get("kind"):
        parts.append(str(q["kind"]))
    for d in DATE_QUALIFIERS:
        if q.get(d):
            parts.append(("→" if d == "end" else "") + str(q[d]))
    return " ".join(parts) or predicate


def to_networkx(sub: Subgraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for e in sub.entities:
        attrs = {"type": str(e.type), "name": e.name, "label": e.name, "aliases": e.aliases(), "pinyin": sub.kg.pinyin(e.id)}
        g.add_node(e.id, **{k: v for k, v in ((k, _plain(k, v)) for k, v in attrs.items()) if v is not None})
    for f in sub.facts:
        ev = sub.evidence.get(f.id, [])
        attrs: dict[str, Any] = {
            "fact_id": f.id, "predicate": str(f.predicate), "label": edge_label(str(f.predicate), f.qualifiers), "confidence": f.confidence,
            "valid_from": f.valid_from, "valid_to": f.valid_to, "reported_at": f.reported_at,
            "state": sub.states.get(f.id), "contradicts": f.contradicts or None, "evidence": ev[0]["evidence"] if ev else None,
            "sources": sorted({x["article_id"] for x in ev}) or None, "n_sources": len({x["article_id"] for x in ev}),
            **{f"q_{k}": v for k, v in f.qualifiers.items()},
        }
        g.add_edge(f.subject, f.object, key=f.id,
                   **{k: v for k, v in ((k, _plain(k.removeprefix("q_"), v)) for k, v in attrs.items()) if v is not None})
    return g


def write_graphml(sub: Subgraph, out: Path) -> None:
    g = to_networkx(sub)
    atomic_write_text(out, "\n".join(nx.generate_graphml(g, encoding="utf-8", prettyprint=True)) + "\n")


def write_gexf(sub: Subgraph, out: Path) -> None:
    g = to_networkx(sub)
    atomic_write_text(out, "\n".join(nx.generate_gexf(g, encoding="utf-8", prettyprint=True)) + "\n")


def cytoscape_elements(sub: Subgraph) -> dict[str, Any]:
    g = to_networkx(sub)
    data = nx.cytoscape_data(g, name="name", ident="id")
    for edge in data["elements"]["edges"]:  # cytoscape.js wants a unique edge id
        edge["data"]["id"] = edge["data"].get("key") or f"{edge['data']['source']}-{edge['data']['target']}"
    return data


def write_cytoscape(sub: Subgraph, out: Path) -> None:
    atomic_write_text(out, json.dumps(cytoscape_elements(sub), ensure_ascii=False, indent=1))
