"""CSV files for `neo4j-admin database import full` (a directory).

The same nodes and relationships the loader writes, with typed headers
(`id:ID(Entity)`, `percent:float`, `aliases:string[]` …), an `import.sh`
with the command, and `constraints.cypher` to run once the import is done
(neo4j-admin checks no constraints while it writes the store).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

from graph.export.base import Subgraph
from graph.export.cypher_script import subgraph_rows
from graph.neo4j import cypher as C
from schema import PREDICATES, Predicate, ValueType
from text.files import atomic_directory

ARRAY_DELIMITER = "|"
_TYPES = {ValueType.NUMBER: "float", ValueType.BOOLEAN: "boolean"}  # numbers as the loader stores them: C.neo4j_value
_FACT_PROPS = ["confidence:float", "valid_from", "valid_to", "reported_at", "contradicts:string[]"]


def _qualifier_columns() -> list[str]:
    """A typed column for each qualifier property the loader writes (C.QUALIFIER_PROPERTIES)."""
    kinds = {}
    for spec in PREDICATES.values():
        for q in spec.qualifiers:
            kinds.setdefault(q.name, q.value_type)

    def column(name: str) -> str:
        kind = kinds.get(name)
        if kind is ValueType.NUMBER and name in C.INTEGER_QUALIFIERS:
            return f"{name}:long"
        return f"{name}:{_TYPES[kind]}" if kind in _TYPES else name

    return [column(n) for n in C.QUALIFIER_PROPERTIES]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return str(value)


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    """The csv module writes None as an empty cell and numbers and strings as
    str() does: only arrays and booleans need `_cell` (most of an export's
    time went to calling it on every cell)."""
    typed = [i for i, h in enumerate(header) if h.endswith((":string[]", ":boolean"))]
    for r in rows if typed else ():
        for i in typed:
            r[i] = _cell(r[i])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def files(sub: Subgraph) -> dict[str, str]:
    rows = subgraph_rows(sub)
    out: dict[str, str] = {}
    for t in ("Person", "Company", "Exchange"):
        out[f"nodes_{t.lower()}.csv"] = _csv(
            ["id:ID(Entity)", "name", "aliases:string[]", "pinyin", "search_text", ":LABEL"],
            [[r["id"], r["name"], r["aliases"], r["pinyin"], r["search_text"], f"Entity{ARRAY_DELIMITER}{t}"] for r in rows[t]])
    # One node per alias key (`type|key`), with an ALIAS_OF edge to each entity that goes by it:
    # two entities sharing a name would otherwise give neo4j-admin a duplicate :ID.
    aliases = {r["id"]: r for r in rows["aliases"]}
    out["nodes_alias.csv"] = _csv(["id:ID(Alias)", "key", "type", ":LABEL"], [[r["id"], r["key"], r["type"], "Alias"] for r in aliases.values()])
    out["nodes_article.csv"] = _csv(["id:ID(Article)", "title", "published_at", "url", "source", "sha", ":LABEL"],
                                    [[r["id"], r["title"], r["date"], r["url"], r["source"], r["sha"], "Article"] for r in rows["articles"]])
    qcols = _qualifier_columns()
    names = [c.split(":")[0] for c in qcols]
    fact_rows, state_rows, part_rows = [], [], []
    for p in Predicate:
        label, s_edge, o_edge = C.FACT_SHAPE[p]
        for r in rows[p.value]:
            props = r["props"]
            vals = [props.get("confidence"), props.get("valid_from"), props.get("valid_to"), props.get("reported_at"),
                    props.get("contradicts") or []] + [props.get(n) for n in names]
            fact_rows.append([r["id"], p.value, *vals, f"Fact{ARRAY_DELIMITER}{label}"])
            state_rows.append([r["subject"], r["object"], r["id"], *vals, C.DIRECT[p]])
            part_rows += [[r["id"], r["subject"], s_edge], *([[r["id"], r["object"], o_edge]] if (o_edge, r["object"]) != (s_edge, r["subject"]) else [])]  # a rename: one edge, as MERGE makes
    # The loader MATCHes a qualifier's entity and an evidence's article, and writes no edge to one the
    # store lacks (a qualifier's company never seen as a participant); neo4j-admin would refuse the row.
    entities = {r["id"] for t in ("Person", "Company", "Exchange") for r in rows[t]}
    articles = {r["id"] for r in rows["articles"]}
    for q, edge in C.QUALIFIER_EDGES.items():
        part_rows += [[r["fact"], r["entity"], edge] for r in rows[q] if r["entity"] in entities]
    out["nodes_fact.csv"] = _csv(["id:ID(Fact)", "predicate", *_FACT_PROPS, *qcols, ":LABEL"], fact_rows)
    out["rels_state.csv"] = _csv([":START_ID(Entity)", ":END_ID(Entity)", "fact_id", *_FACT_PROPS, *qcols, ":TYPE"], state_rows)
    out["rels_participant.csv"] = _csv([":START_ID(Fact)", ":END_ID(Entity)", ":TYPE"], part_rows)
    out["rels_alias_of.csv"] = _csv([":START_ID(Alias)", ":END_ID(Entity)", ":TYPE"],
                                    [[r["id"], r["entity_id"], "ALIAS_OF"] for r in rows["aliases"]])
    out["rels_extracted_from.csv"] = _csv(
        [":START_ID(Fact)", ":END_ID(Article)", "evidence", "start:int", "end:int", "confidence:float", "extractor", ":TYPE"],
        [[r["fact"], r["article"], r["evidence"], r["start"], r["end"], r["confidence"], r["extractor"], "EXTRACTED_FROM"]
         for r in rows["provenance"] if r["article"] in articles])
    nodes = " ".join(f"--nodes={n}" for n in sorted(out) if n.startswith("nodes_"))
    rels = " ".join(f"--relationships={n}" for n in sorted(out) if n.startswith("rels_"))
    out["import.sh"] = (
        "#!/bin/sh\n# Offline bulk import into an EMPTY database (stop Neo4j first), then run constraints.cypher.\n"
        f'cd "$(dirname "$0")"\nneo4j-admin database import full "${{1:-neo4j}}" --overwrite-destination '
        f'--array-delimiter="{ARRAY_DELIMITER}" --multiline-fields=true {nodes} {rels}\n')
    out["constraints.cypher"] = "\n".join(s.query + ";" for s in (*C.CONSTRAINTS, *C.INDEXES)) + "\n"
    return out


def write_neo4j_csv(sub: Subgraph, out: Path) -> None:
    """Write the directory whole or not at all (built aside, then renamed)."""
    with atomic_directory(out) as tmp:
        for name, text in files(sub).items():
            (tmp / name).write_text(text, encoding="utf-8")
        os.chmod(tmp / "import.sh", 0o755)
