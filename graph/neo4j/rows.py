"""The parameter rows of the load statements, from plain records (a store,
or an export's subgraph): one list per statement kind, plain values only (what
the driver sends, and what the Cypher script and CSV exports write out)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from graph.neo4j import cypher as C
from graph.store import Store
from schema import Predicate
from text.names import name_key, pinyin_display, pinyin_keys, written_keys

EntityRow = tuple[str, str, str, list[str]]  # id, type, name, all names
FactRow = tuple[str, str, str, str, dict[str, Any], float, str | None, str | None, str | None, list[str]]
ENTITY_TYPES = ("Person", "Company", "Exchange")
_KNOWN = frozenset(C.FACT_PROPERTIES)


def fact_props(qualifiers: dict[str, Any], confidence: float, valid_from: str | None, valid_to: str | None,
               reported_at: str | None, contradicts: list[str]) -> dict[str, Any]:
    """Properties of a fact node and its direct relationship (primitives only)."""
    # Entity-valued qualifiers keep their id as a property too (`buyer_id`), beside the edge to the entity.
    props = {k: C.neo4j_value(k, v) for k, v in qualifiers.items() if isinstance(v, str | int | float | bool)}
    return props | {"confidence": confidence, "valid_from": valid_from, "valid_to": valid_to, "reported_at": reported_at,
                    "contradicts": contradicts or None}  # nothing stored for nothing, as neo4j-admin reads an empty cell


def fact_row(fid: str, s: str, o: str, props: dict[str, Any]) -> dict[str, Any]:
    """`props` holds the properties the statements name (C.FACT_PROPERTIES); any
    other goes to `extra`, which a statement of its own sets (C.SET_FACT_EXTRAS)."""
    row = {"id": fid, "subject": s, "object": o, "props": {k: v for k, v in props.items() if k in _KNOWN}}
    if extra := {k: v for k, v in props.items() if k not in _KNOWN}:
        row["extra"] = extra
    return row


def build_rows(entities: Iterable[EntityRow], facts: Iterable[FactRow], provenance: Iterable[dict[str, Any]],
               articles: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {**{t: [] for t in ENTITY_TYPES}, "aliases": [], "articles": [],
                                             "provenance": list(provenance), **{p.value: [] for p in Predicate},
                                             **{q: [] for q in C.QUALIFIER_EDGES}}
    for eid, type_, name, names in entities:
        names = names or [name]
        company = type_ == "Company"
        keys = sorted({k for n in names for k in (*written_keys(n, company), *pinyin_keys(n, company))})
        aliases = [n for n in dict.fromkeys(names) if n != name]  # in the store's order (most often seen first)
        rows[type_].append({"id": eid, "name": name, "aliases": aliases or None, "pinyin": pinyin_display(name) or None,
                            "search_text": " ".join([*names, *keys]), "type": type_})
        for k in sorted({name_key(n) for n in names} | set(keys)):
            rows["aliases"].append({"id": f"{type_}|{k}", "key": k, "type": type_, "entity_id": eid})
    rows["articles"] = [{"id": a["id"], "title": a.get("title") or None, "date": a.get("date") or None, "url": a.get("url") or None,
                         "source": a.get("source") or None, "sha": a.get("sha") or None} for a in articles]
    for fid, pred, s, o, quals, conf, vf, vt, rep, contra in facts:
        rows[pred].append(fact_row(fid, s, o, fact_props(quals, conf, vf, vt, rep, contra)))
        for qk in C.QUALIFIER_EDGES:
            if quals.get(qk):
                rows[qk].append({"fact": fid, "entity": quals[qk]})
    return rows


def rows_from_store(store: Store) -> dict[str, list[dict[str, Any]]]:
    return build_rows(
        ((eid, t, name, [s for s, _k, _c in sorted(surfaces, key=lambda x: -x[2])]) for eid, t, name, surfaces in store.iter_entities()),
        ((fid, pred, s, o, json.loads(q), conf, vf, vt, rep, json.loads(contra))
         for fid, pred, s, o, q, conf, vf, vt, rep, contra in store.iter_facts()),
        ({"fact": fid, "article": aid, "start": start, "end": end, "evidence": ev, "confidence": conf, "extractor": ext}
         for fid, aid, start, end, ev, conf, ext in store.db.execute(
            "SELECT fact_id, article_id, start, end, evidence, confidence, extractor FROM provenance")),
        store.articles().values(),
    )
