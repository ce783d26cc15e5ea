"""Every Cypher statement fintech-kg sends to Neo4j, in one place.

The loader and the Neo4j backend import their statements from here, and CI
lints all of them with Neo4j's own Cypher front-end
(`python -m graph.neo4j.cypher | node lint.mjs`). Neo4j 5 syntax; only uniqueness
constraints (existence, key and type constraints are Enterprise-only).

The model: `(:Entity:Person|:Company|:Exchange {id, name, aliases, pinyin})`;
each fact a `(:Fact)` node with its event label (`:Appointment`,
`:StakeSale`, …), its qualifiers as properties, role-named edges to its
participants (`SELLER`, `BUYER`, `TARGET`, `PERSON`, `COMPANY` …) and
`EXTRACTED_FROM {evidence, start, end, confidence, extractor}` edges to
`(:Article)`; state facts are also direct relationships between entities
(`HOLDS_POSITION`, `HOLDS_STAKE`, `SUBSIDIARY_OF`, `LISTED_ON` …) carrying
`valid_from`/`valid_to`, so "as of" questions are one pattern match.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schema import PREDICATES, Predicate

LABELS = ["Entity", "Person", "Company", "Exchange", "Article", "Fact", "Alias", "Appointment", "Succession", "Founding",
          "Affiliation", "Shareholding", "StakeSale", "Listing", "Rename"]
DIRECT = {  # predicate → the relationship between the entities themselves
    Predicate.HOLDS_POSITION: "HOLDS_POSITION", Predicate.SUCCEEDED: "SUCCEEDED", Predicate.FOUNDED: "FOUNDED",
    Predicate.SUBSIDIARY_OF: "SUBSIDIARY_OF", Predicate.HOLDS_STAKE: "HOLDS_STAKE", Predicate.SOLD_STAKE: "SOLD_STAKE",
    Predicate.LISTED_ON: "LISTED_ON", Predicate.RENAMED_TO: "RENAMED_TO",
}
#: Fact node label and the names of its subject and object edges.
FACT_SHAPE: dict[Predicate, tuple[str, str, str]] = {
    Predicate.HOLDS_POSITION: ("Appointment", "PERSON", "COMPANY"),
    Predicate.SUCCEEDED: ("Succession", "SUCCESSOR", "PREDECESSOR"),
    Predicate.FOUNDED: ("Founding", "FOUNDER", "COMPANY"),
    Predicate.SUBSIDIARY_OF: ("Affiliation", "CHILD", "PARENT"),
    Predicate.HOLDS_STAKE: ("Shareholding", "HOLDER", "COMPANY"),
    Predicate.SOLD_STAKE: ("StakeSale", "SELLER", "TARGET"),
    Predicate.LISTED_ON: ("Listing", "COMPANY", "EXCHANGE"),
    Predicate.RENAMED_TO: ("Rename", "COMPANY", "COMPANY"),
}
#: Extra participant edges from entity-valued qualifiers.
QUALIFIER_EDGES = {"buyer_id": "BUYER", "company_id": "AT_COMPANY"}
REL_TYPES = sorted({*DIRECT.values(), *(e for _l, s, o in FACT_SHAPE.values() for e in (s, o)), *QUALIFIER_EDGES.values(),
                    "EXTRACTED_FROM", "ALIAS_OF"})


@dataclass(frozen=True)
class Statement:
    name: str
    query: str
    parameters: dict[str, Any] = field(default_factory=dict)  # example parameters: names and shapes, for lint


def _s(name: str, query: str, **params: Any) -> Statement:
    return Statement(name, " ".join(query.split()), params)


# -- schema ---------------------------------------------------------------------
CONSTRAINTS = [
    _s("constraint_entity", "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"),
    _s("constraint_article", "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE"),
    _s("constraint_fact", "CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE"),
    _s("constraint_alias", "CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (n:Alias) REQUIRE n.id IS UNIQUE"),
    *[_s(f"constraint_rel_{t.lower()}", f"CREATE CONSTRAINT rel_{t.lower()}_fact IF NOT EXISTS "
         f"FOR ()-[r:{t}]-() REQUIRE r.fact_id IS UNIQUE") for t in sorted(set(DIRECT.values()))],
]
INDEXES = [
    _s("index_entity_name", "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)"),
    _s("index_alias_key", "CREATE INDEX alias_key IF NOT EXISTS FOR (n:Alias) ON (n.key)"),  # search: a name's keys to entities
    _s("index_fact_predicate", "CREATE INDEX fact_predicate IF NOT EXISTS FOR (n:Fact) ON (n.predicate)"),
    _s("index_position_valid", "CREATE INDEX position_valid IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.valid_from, r.valid_to)"),
    _s("index_stake_valid", "CREATE INDEX stake_valid IF NOT EXISTS FOR ()-[r:HOLDS_STAKE]-() ON (r.valid_from, r.valid_to)"),
    _s("index_entity_fulltext", "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.search_text] "
       "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"),
]

# -- loading -------------------------------------------------------------------------
# Two forms of each write. What the database does not hold yet is written with CREATE
# (no lookup before the write, no lock on a MERGE pattern); what it holds already with
# MERGE … SET, idempotent (`fkg load-neo4j` asks which ids exist first: EXISTING). Every
# property is named (no `SET n += map`, whose unknown keys make the planner add Eager
# operators that hold every row of a batch): FACT_PROPERTIES are all a fact can carry.
FACT_COLUMNS = ("confidence", "valid_from", "valid_to", "reported_at", "contradicts")
#: Qualifiers stored as properties: the schema's, then those the graph adds (a rename's two
#: names, how a derived term ended: graph.temporal) and the ids of entity-valued ones.
QUALIFIER_PROPERTIES = tuple(dict.fromkeys([*(q.name for spec in PREDICATES.values() for q in spec.qualifiers),
                                            "old_name", "new_name", "ended_by", *QUALIFIER_EDGES]))
FACT_PROPERTIES = (*FACT_COLUMNS, *QUALIFIER_PROPERTIES)
_FACT_MAP = ", ".join(f"{k}: row.props.{k}" for k in FACT_PROPERTIES)


def _set_props(var: str) -> str:
    return ", ".join(f"{var}.{k} = row.props.{k}" for k in FACT_PROPERTIES)


EXISTING = {label: _s(f"existing_{label.lower()}", f"UNWIND $ids AS x MATCH (n:{label} {{id: x}}) RETURN collect(x) AS ids", ids=[""])
            for label in ("Entity", "Article", "Alias", "Fact")}
LABEL_COUNTS = _s("label_counts", "RETURN COUNT { MATCH (n:Entity) } AS Entity, COUNT { MATCH (n:Article) } AS Article, "
                  "COUNT { MATCH (n:Alias) } AS Alias, COUNT { MATCH (n:Fact) } AS Fact")
_ROW = {"id": "", "name": "", "aliases": [""], "pinyin": "", "search_text": "", "type": "Company"}
CREATE_ENTITIES = {
    t: _s(f"create_{t.lower()}s", f"UNWIND $rows AS row CREATE (n:Entity:{t} {{id: row.id, name: row.name, aliases: row.aliases, "
          "pinyin: row.pinyin, search_text: row.search_text})", rows=[_ROW])
    for t in ("Person", "Company", "Exchange")
}
UPSERT_ENTITIES = {
    t: _s(f"upsert_{t.lower()}s", f"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) "
          f"SET n:{t}, n.name = row.name, n.aliases = row.aliases, n.pinyin = row.pinyin, n.search_text = row.search_text",
          rows=[_ROW])
    for t in ("Person", "Company", "Exchange")
}
_ALIAS_ROW = {"id": "", "key": "", "type": "", "entity_id": ""}
CREATE_ALIAS_NODES = _s("create_alias_nodes", "UNWIND $rows AS row CREATE (:Alias {id: row.id, key: row.key, type: row.type})",
                        rows=[_ALIAS_ROW])
CREATE_ALIAS_EDGES = _s("create_alias_edges", "UNWIND $rows AS row MATCH (a:Alias {id: row.id}) MATCH (e:Entity {id: row.entity_id}) "
                        "CREATE (a)-[:ALIAS_OF]->(e)", rows=[_ALIAS_ROW])
UPSERT_ALIASES = _s("upsert_aliases", "UNWIND $rows AS row MATCH (e:Entity {id: row.entity_id}) "
                    "MERGE (a:Alias {id: row.id}) SET a.key = row.key, a.type = row.type MERGE (a)-[:ALIAS_OF]->(e)",
                    rows=[_ALIAS_ROW])
_ARTICLE_ROW = {"id": "", "title": "", "date": "", "url": "", "source": "", "sha": ""}
CREATE_ARTICLES = _s("create_articles", "UNWIND $rows AS row CREATE (:Article {id: row.id, title: row.title, published_at: row.date, "
                     "url: row.url, source: row.source, sha: row.sha})", rows=[_ARTICLE_ROW])
UPSERT_ARTICLES = _s("upsert_articles", "UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
                     "SET a.title = row.title, a.published_at = row.date, a.url = row.url, a.source = row.source, a.sha = row.sha",
                     rows=[_ARTICLE_ROW])
_PROVENANCE_ROW = {"fact": "", "article": "", "start": 0, "end": 0, "evidence": "", "confidence": 0.0, "extractor": ""}
_FACT_ROW = {"id": "", "subject": "", "object": "", "props": {k: None for k in FACT_PROPERTIES}, "provenance": [_PROVENANCE_ROW]}


def _create_fact(p: Predicate, label: str, s_edge: str, o_edge: str) -> Statement:
    """A new fact whole in one statement: its node, participant edges, direct relationship,
    qualifier edges and provenance (so a fact in the database is always complete)."""
    # a rename's two participants are one COMPANY edge when both are the same entity, as MERGE makes it
    o_part = (f"FOREACH (_ IN CASE WHEN o <> s THEN [1] ELSE [] END | CREATE (f)-[:{o_edge}]->(o)) " if o_edge == s_edge
              else f"CREATE (f)-[:{o_edge}]->(o) ")
    links = " ".join(f"CALL (f, row) {{ MATCH (e:Entity {{id: row.props.{q}}}) CREATE (f)-[:{edge}]->(e) }}"
                     for q, edge in QUALIFIER_EDGES.items())
    return _s(f"create_facts_{p.value.lower()}",
              f"UNWIND $rows AS row MATCH (s:Entity {{id: row.subject}}) MATCH (o:Entity {{id: row.object}}) "
              f"CREATE (f:Fact:{label} {{id: row.id, predicate: '{p.value}', {_FACT_MAP}}}) CREATE (f)-[:{s_edge}]->(s) {o_part}"
              f"CREATE (s)-[:{DIRECT[p]} {{fact_id: row.id, {_FACT_MAP}}}]->(o) "
              "WITH f, row CALL (f, row) { UNWIND row.provenance AS p MATCH (a:Article {id: p.article}) "
              "CREATE (f)-[:EXTRACTED_FROM {start: p.start, end: p.end, evidence: p.evidence, confidence: p.confidence, "
              f"extractor: p.extractor}}]->(a) }} {links}", rows=[_FACT_ROW])


CREATE_FACTS = {p: _create_fact(p, *shape) for p, shape in FACT_SHAPE.items()}
# Node and edges apart: in one statement the planner cannot tell the node's SETs from the
# relationship MERGE's reads and adds an Eager operator.
UPSERT_FACTS = {
    p: _s(f"upsert_facts_{p.value.lower()}", f"UNWIND $rows AS row MERGE (f:Fact {{id: row.id}}) "
          f"SET f:{label}, f.predicate = '{p.value}', {_set_props('f')}", rows=[_FACT_ROW])
    for p, (label, _s_edge, _o_edge) in FACT_SHAPE.items()
}
UPSERT_FACT_EDGES = {
    p: _s(f"upsert_fact_edges_{p.value.lower()}",
          f"UNWIND $rows AS row MATCH (s:Entity {{id: row.subject}}) MATCH (o:Entity {{id: row.object}}) MATCH (f:Fact {{id: row.id}}) "
          f"MERGE (f)-[:{s_edge}]->(s) MERGE (f)-[:{o_edge}]->(o) "
          f"MERGE (s)-[r:{DIRECT[p]} {{fact_id: row.id}}]->(o) SET {_set_props('r')}",
          rows=[_FACT_ROW])
    for p, (_label, s_edge, o_edge) in FACT_SHAPE.items()
}
#: Properties outside FACT_PROPERTIES (a qualifier this module does not know yet), for the rare fact that has them.
SET_FACT_EXTRAS = {
    p: _s(f"set_fact_extras_{p.value.lower()}", f"UNWIND $rows AS row MATCH (f:Fact {{id: row.id}}) SET f += row.extra "
          f"WITH row MATCH ()-[r:{DIRECT[p]} {{fact_id: row.id}}]->() SET r += row.extra", rows=[{"id": "", "extra": {}}])
    for p in FACT_SHAPE
}
LINK_QUALIFIER = {
    q: _s(f"link_{edge.lower()}", f"UNWIND $rows AS row MATCH (f:Fact {{id: row.fact}}) MATCH (e:Entity {{id: row.entity}}) "
          f"MERGE (f)-[:{edge}]->(e)", rows=[{"fact": "", "entity": ""}])
    for q, edge in QUALIFIER_EDGES.items()
}
UPSERT_PROVENANCE = _s("upsert_provenance", "UNWIND $rows AS row MATCH (f:Fact {id: row.fact}) MATCH (a:Article {id: row.article}) "
                       "MERGE (f)-[e:EXTRACTED_FROM {start: row.start, end: row.end}]->(a) "
                       "SET e.evidence = row.evidence, e.confidence = row.confidence, e.extractor = row.extractor",
                       rows=[_PROVENANCE_ROW])
# A fact's direct relationship is found from its participants (a few expands), never by
# scanning every relationship for its fact_id.
_DIRECT_OF_F = "(f)-->(s:Entity)-[rel]->(o:Entity) WHERE rel.fact_id = f.id WITH DISTINCT f, s, rel, o"
DELETE_STALE_FACTS = _s("delete_stale_facts", "MATCH (f:Fact) WHERE NOT f.id IN $ids "
                        "CALL (f) { MATCH (f)-->(:Entity)-[rel]->(:Entity) WHERE rel.fact_id = f.id WITH DISTINCT rel DELETE rel } "
                        "DETACH DELETE f", ids=[""])
DELETE_STALE_ENTITIES = _s("delete_stale_entities", "MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n", ids=[""])
COUNTS = _s("counts", "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships")
AWAIT_INDEXES = _s("await_indexes", "CALL db.awaitIndexes($seconds)", seconds=300)
#: How Neo4j stores each number qualifier (the CSV export's column types say the same):
#: amounts in full units are integers, everything else (percent) a float.
INTEGER_QUALIFIERS = frozenset({"amount"})


def neo4j_value(key: str, value: Any) -> Any:
    """A qualifier's value as the loader stores it and the CSV export types it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return int(value) if key in INTEGER_QUALIFIERS and float(value).is_integer() else float(value)

# -- questions (read transactions) ---------------------------------------------------
_FACT_RETURN = ("f.id AS id, f.predicate AS predicate, s.id AS sid, s.name AS sname, labels(s) AS slabels, "
                "o.id AS oid, o.name AS oname, labels(o) AS olabels, properties(f) AS props, "
                "[(f)-[e:EXTRACTED_FROM]->(a:Article) | {article_id: a.id, title: a.title, date: a.published_at, "
                "evidence: e.evidence, offsets: [e.start, e.end], confidence: e.confidence, extractor: e.extractor}] AS evidence")
#: a search hit: the entity, all its name keys and its facts (the search's ranking: graph.search_rank)
_HIT = ("n.id AS id, n.name AS name, labels(n) AS labels, n.aliases AS aliases, n.pinyin AS pinyin, "
        "[(b:Alias)-[:ALIAS_OF]->(n) | b.key] AS all_keys, "
        "COUNT { (n)-[r]->(:Entity) WHERE r.fact_id IS NOT NULL } + COUNT { (n)<-[r]-(:Entity) WHERE r.fact_id IS NOT NULL } AS degree")
Q = {
    # COUNT {} subqueries: one row even when there is nothing (MATCH … count() after an empty MATCH gives none)
    "health": _s("q_health", "RETURN COUNT { MATCH (n:Entity) } AS entities, COUNT { MATCH (f:Fact) } AS facts"),
    "stats_entities": _s("q_stats_entities", "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS type "
                         "RETURN type, count(*) AS n ORDER BY type"),
    "stats_facts": _s("q_stats_facts", "MATCH (f:Fact) RETURN f.predicate AS predicate, count(*) AS n ORDER BY predicate"),
    "stats_articles": _s("q_stats_articles", "RETURN COUNT { MATCH (a:Article) } AS n, COUNT { MATCH (:Fact)-[:EXTRACTED_FROM]->() } "
                         "AS provenance, COUNT { MATCH (f:Fact) WHERE size(f.contradicts) > 0 } AS contradictions"),
    "entity_by_id": _s("q_entity_by_id", "MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, labels(n) AS labels, "
                       "n.aliases AS aliases, n.pinyin AS pinyin", id=""),
    "entity_by_key": _s("q_entity_by_key", "MATCH (a:Alias) WHERE a.key IN $keys MATCH (a)-[:ALIAS_OF]->(n:Entity) "
                        f"RETURN {_HIT}, collect(a.key) AS keys", keys=[""]),
    # a key the query begins (search: a prefix scores as the embedded search's substring does); the hint: on a small
    # graph the planner would scan every :Alias node for a STARTS WITH (test_neo4j_load: statements start from an index)
    "entity_by_prefix": _s("q_entity_by_prefix", "MATCH (a:Alias) USING INDEX a:Alias(key) WHERE a.key STARTS WITH $prefix "
                           "MATCH (a)-[:ALIAS_OF]->(n:Entity) "
                           f"WITH DISTINCT n LIMIT $limit RETURN {_HIT}", prefix="", limit=10),
    # every name key, for the fuzzy search's pair index (read once a load, not per request), a page at a time in the
    # Alias.key index's order: each page a read of its own under the timeout, however many keys a store has
    "alias_keys": _s("q_alias_keys", "MATCH (a:Alias) USING INDEX a:Alias(key) WHERE a.key > $after "
                     "RETURN DISTINCT a.key AS key ORDER BY key LIMIT $limit", after="", limit=50000),
    "alias_count": _s("q_alias_count", "RETURN COUNT { MATCH (a:Alias) } AS n"),
    "facts_out": _s("q_facts_out", "MATCH (s:Entity {id: $id})-[rel]->(o:Entity) WHERE rel.fact_id IS NOT NULL "
                    "AND ($predicates IS NULL OR type(rel) IN $predicates) MATCH (f:Fact {id: rel.fact_id}) "
                    f"RETURN {_FACT_RETURN}", id="", predicates=[""]),
    "facts_in": _s("q_facts_in", "MATCH (s:Entity)-[rel]->(o:Entity {id: $id}) WHERE rel.fact_id IS NOT NULL "
                   "AND ($predicates IS NULL OR type(rel) IN $predicates) MATCH (f:Fact {id: rel.fact_id}) "
                   f"RETURN {_FACT_RETURN}", id="", predicates=[""]),
    "facts_any": _s("q_facts_any", "MATCH (f:Fact) WHERE $predicate IS NULL OR f.predicate = $predicate "
                    f"WITH f ORDER BY f.confidence DESC, f.id LIMIT $limit MATCH {_DIRECT_OF_F} "
                    f"RETURN {_FACT_RETURN} ORDER BY f.confidence DESC, f.id", predicate="", limit=100),
    "facts_count": _s("q_facts_count", "MATCH (f:Fact) WHERE $predicate IS NULL OR f.predicate = $predicate RETURN count(f) AS n",
                      predicate=""),
    "stake_paths_up": _s("q_stake_paths_up", "MATCH p = (h:Entity)-[:HOLDS_STAKE*1..10]->(c:Entity {id: $id}) "
                         "WHERE length(p) <= $depth AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) "
                         "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.fact_id] AS facts, "
                         "[r IN relationships(p) | r.percent] AS percents, [r IN relationships(p) | coalesce(r.controlling, false)] AS controlling "
                         "LIMIT 10000", id="", depth=5),
    "stake_paths_down": _s("q_stake_paths_down", "MATCH p = (c:Entity {id: $id})-[:HOLDS_STAKE*1..10]->(x:Entity) "
                           "WHERE length(p) <= $depth AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) "
                           "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.fact_id] AS facts, "
                           "[r IN relationships(p) | r.percent] AS percents, [r IN relationships(p) | coalesce(r.controlling, false)] AS controlling "
                           "LIMIT 10000", id="", depth=5),
    "subsidiaries": _s("q_subsidiaries", "MATCH p = (x:Entity)-[:SUBSIDIARY_OF*1..10]->(c:Entity {id: $id}) WHERE length(p) <= $depth "
                       "RETURN [n IN nodes(p) | {id: n.id, name: n.name}] AS chain, [r IN relationships(p) | {kind: r.kind, fact: r.fact_id}] AS links",
                       id="", depth=3),
    "shortest_paths": _s("q_shortest_paths", "MATCH p = allShortestPaths((a:Entity {id: $a})"
                         "-[:HOLDS_POSITION|SUCCEEDED|FOUNDED|SUBSIDIARY_OF|HOLDS_STAKE|SOLD_STAKE|LISTED_ON|RENAMED_TO*..6]-(b:Entity {id: $b})) "
                         "WHERE length(p) <= $max_hops RETURN DISTINCT [n IN nodes(p) | n.id] AS ids LIMIT 10", a="", b="", max_hops=4),
    "neighbors": _s("q_neighbors", "MATCH (c:Entity {id: $id}) MATCH p = (c)-[rels*1..3]-(x:Entity) "
                    "WHERE length(p) <= $depth AND all(r IN rels WHERE r.fact_id IS NOT NULL AND ($predicates IS NULL OR type(r) IN $predicates)) "
                    "UNWIND rels AS r WITH DISTINCT r LIMIT 2000 RETURN r.fact_id AS fact_id", id="", depth=1, predicates=[""]),
    "facts_by_ids": _s("q_facts_by_ids", f"MATCH (f:Fact) WHERE f.id IN $ids MATCH {_DIRECT_OF_F} "
                       f"RETURN DISTINCT {_FACT_RETURN}", ids=[""]),
}


def all_statements() -> list[Statement]:
    return [*CONSTRAINTS, *INDEXES, *EXISTING.values(), LABEL_COUNTS, *CREATE_ENTITIES.values(), *UPSERT_ENTITIES.values(),
            CREATE_ALIAS_NODES, CREATE_ALIAS_EDGES, UPSERT_ALIASES, CREATE_ARTICLES, UPSERT_ARTICLES, *CREATE_FACTS.values(),
            *UPSERT_FACTS.values(), *UPSERT_FACT_EDGES.values(), *SET_FACT_EXTRAS.values(), *LINK_QUALIFIER.values(), UPSERT_PROVENANCE, DELETE_STALE_FACTS,
            DELETE_STALE_ENTITIES, COUNTS, AWAIT_INDEXES, *Q.values()]


def file_statements(path: Path) -> list[Statement]:
    """Statements of a .cypher file: the cookbook's (one query, parameters
    from `// @param name: json` lines) or a script's (split on `;`)."""
    text = path.read_text(encoding="utf-8")
    params = {m.group(1): json.loads(m.group(2)) for m in re.finditer(r"^//\s*@param\s+(\w+):\s*(.+)$", text, re.M)}
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    parts = [p.strip() for p in re.split(r";\s*(?:\n|$)", body) if p.strip()]
    return [Statement(f"{path.name}#{i}" if len(parts) > 1 else path.name, q, params) for i, q in enumerate(parts, 1)]


def lint_input(extra: list[Statement] | None = None) -> dict[str, Any]:
    """The cypher-lint tool's input: every statement with its parameters."""
    stmts = [*all_statements(), *(extra or [])]
    return {"labels": LABELS, "relationshipTypes": REL_TYPES,
            "statements": [{"name": s.name, "query": s.query, "parameters": s.parameters} for s in stmts]}


if __name__ == "__main__":
    # python -m graph.neo4j.cypher [FILE_OR_DIR.cypher …]: this module's statements plus those files'
    extra = [st for arg in sys.argv[1:] for f in sorted(Path(arg).glob("*.cypher") if Path(arg).is_dir() else [Path(arg)])
             for st in file_statements(f)]
    json.dump(lint_input(extra), sys.stdout, ensure_ascii=False)
