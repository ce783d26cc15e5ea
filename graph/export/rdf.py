"""RDF (Turtle, JSON-LD) in the fintech-kg ontology, with PROV-O provenance.

Each fact is both a direct triple (`:s fkg:holdsPosition :o`) and a record
node (`fkg:Appointment`) with its qualifiers and a qualified derivation per
source sentence (`prov:qualifiedDerivation [ prov:entity <article>;
prov:value "…evidence…" ]`).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, URIRef

from graph.export.base import Subgraph, atomic_write_text
from schema import PREDICATES, Predicate, ValueType
from schema.ontology import DCT, ENTITY_CLASS, FKG, FKGR, PREFIXES, PROV, RECORD_CLASS, predicate_property, qualifier_property


def _uri(kind: str, ident: str) -> URIRef:
    return FKGR[f"{kind}/{quote(ident, safe='')}"]


def _literal(value: object, vt: ValueType | None) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int | float):
        return Literal(value, datatype=XSD.decimal)
    if vt is ValueType.DATE:
        s = str(value)
        dtype = XSD.date if len(s) == 10 else XSD.gYearMonth if len(s) == 7 else XSD.gYear
        return Literal(s, datatype=dtype)
    return Literal(str(value))


def to_rdf(sub: Subgraph) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for e in sub.entities:
        u = _uri("entity", e.id)
        g.add((u, RDF.type, ENTITY_CLASS[e.type]))
        g.add((u, RDFS.label, Literal(e.name, lang="zh")))
        for a in e.aliases():
            g.add((u, SKOS.altLabel, Literal(a)))
        py = sub.kg.pinyin(e.id)
        if py:
            g.add((u, SKOS.hiddenLabel, Literal(py, lang="zh-Latn-pinyin")))
    for aid, meta in sub.articles.items():
        a = _uri("article", aid)
        g.add((a, RDF.type, FKG.Article))
        if meta.get("title"):
            g.add((a, DCT.title, Literal(meta["title"], lang="zh")))
        if meta.get("date"):
            g.add((a, DCT.issued, _literal(meta["date"], ValueType.DATE)))
    for f in sub.facts:
        spec = PREDICATES[f.predicate]
        s, o = _uri("entity", f.subject), _uri("entity", f.object)
        if f.subject != f.object or f.predicate is not Predicate.RENAMED_TO:
            g.add((s, predicate_property(f.predicate), o))
        rec = _uri("fact", f.id)
        g.add((rec, RDF.type, RECORD_CLASS[f.predicate]))
        g.add((rec, FKG.subject, s))
        g.add((rec, FKG.object, o))
        g.add((rec, FKG.confidence, Literal(f.confidence, datatype=XSD.decimal)))
        for k, v in f.qualifiers.items():
            if k.endswith("_id"):
                g.add((rec, qualifier_property(k.removesuffix("_id")), _uri("entity", str(v))))
                continue
            q = spec.qualifier(k)
            g.add((rec, qualifier_property(k), _literal(v, q.value_type if q else None)))
        if f.valid_from:
            g.add((rec, FKG.validFrom, _literal(f.valid_from, ValueType.DATE)))
        if f.valid_to:
            g.add((rec, FKG.validTo, _literal(f.valid_to, ValueType.DATE)))
        for ev in sub.evidence.get(f.id, []):
            art = _uri("article", ev["article_id"])
            g.add((rec, PROV.wasDerivedFrom, art))
            d = BNode()
            g.add((rec, PROV.qualifiedDerivation, d))
            g.add((d, RDF.type, PROV.Derivation))
            g.add((d, PROV.entity, art))
            g.add((d, PROV.value, Literal(ev["evidence"], lang="zh")))
            g.add((d, FKG.start, Literal(ev["offsets"][0])))
            g.add((d, FKG.end, Literal(ev["offsets"][1])))
            g.add((d, FKG.confidence, Literal(ev["confidence"], datatype=XSD.decimal)))
    return g


def write_turtle(sub: Subgraph, out: Path) -> None:
    atomic_write_text(out, to_rdf(sub).serialize(format="turtle"))


def write_jsonld(sub: Subgraph, out: Path) -> None:
    g = to_rdf(sub)
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    atomic_write_text(out, g.serialize(format="json-ld", context=context, indent=1))
