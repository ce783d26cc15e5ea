"""A Cypher script `cypher-shell -f` runs: the loader's statements with their
rows written in as literals (no parameters), so it needs nothing but a
Neo4j 5 server. CI lints an exported script like every other statement."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from graph.export.base import Subgraph, atomic_write_text
from graph.neo4j import cypher as C
from graph.neo4j.plan import upsert_steps
from graph.neo4j.rows import build_rows

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
BATCH = 500


def literal(v: Any) -> str:
    """A value as a Cypher literal."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        escaped = v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
        return "'" + escaped + "'"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(literal(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k if _IDENT.match(k) else '`' + k.replace('`', '``') + '`'}: {literal(x)}" for k, x in v.items()) + "}"
    return literal(json.dumps(v, ensure_ascii=False, default=str))


def subgraph_rows(sub: Subgraph) -> dict[str, list[dict[str, Any]]]:
    return build_rows(
        ((e.id, str(e.type), e.name, list(e.names)) for e in sub.entities),
        ((f.id, str(f.predicate), f.subject, f.object, f.qualifiers, f.confidence, f.valid_from, f.valid_to, f.reported_at,
          f.contradicts) for f in sub.facts),
        ({"fact": fid, "article": ev["article_id"], "start": ev["offsets"][0], "end": ev["offsets"][1], "evidence": ev["evidence"],
          "confidence": ev["confidence"], "extractor": ev["extractor"]} for fid, evs in sub.evidence.items() for ev in evs),
        sub.articles.values(),
    )


def script(sub: Subgraph) -> str:
    out = ["// fintech-kg export: run with  cypher-shell -u neo4j -p <password> -f <this file>",
           "// Idempotent (MERGE): running it twice changes nothing."]
    out += [s.query + ";" for s in (*C.CONSTRAINTS, *C.INDEXES)]
    for step in upsert_steps(subgraph_rows(sub)):
        body, rows = step.stmt.query.replace("UNWIND $rows AS row", "", 1).strip(), step.rows
        for i in range(0, len(rows), BATCH):
            out.append(f"// {step.what} {i + 1}-{min(len(rows), i + BATCH)}")
            out.append(f"UNWIND {literal(rows[i:i + BATCH])} AS row {body};")
    return "\n".join(out) + "\n"


def write_cypher(sub: Subgraph, out: Path) -> None:
    atomic_write_text(out, script(sub))
