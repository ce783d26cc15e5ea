"""The RDF ontology, generated from `schema.model` (never edited by hand).

    python -m schema.ontology > schema/ontology.ttl

Each predicate is an OWL object property between our entity classes, and
also a class of n-ary records (an Appointment, a StakeSale …) that carry the
qualifiers, following the W3C ORG Membership pattern. Alignments are
`rdfs:subPropertyOf`/`rdfs:subClassOf` where the external term's meaning
contains ours, `skos:closeMatch` where it is only close (FIBO's subsidiary
means ≥ 50% owned and controlled; news' 子公司 is looser). Provenance uses
PROV-O directly.
"""

from __future__ import annotations

import sys

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from schema.model import PREDICATES, ROLE_LABELS, EntityType, Predicate, ValueType

FKG = Namespace("https://fintech-kg.example/ontology#")
FKGR = Namespace("https://fintech-kg.example/resource/")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
DCT = Namespace("http://purl.org/dc/terms/")
_FIBO = "https://spec.edmcouncil.org/fibo/ontology/"
CCTL = Namespace(_FIBO + "BE/OwnershipAndControl/CorporateControl/")
COWN = Namespace(_FIBO + "BE/OwnershipAndControl/CorporateOwnership/")
OPTY = Namespace(_FIBO + "BE/OwnershipAndControl/OwnershipParties/")
EXEC = Namespace(_FIBO + "BE/OwnershipAndControl/Executives/")
LEI = Namespace(_FIBO + "BE/LegalEntities/LEIEntities/")
LST = Namespace(_FIBO + "SEC/Securities/SecuritiesListings/")
MKT = Namespace(_FIBO + "FBC/FunctionalEntities/Markets/")

PREFIXES = {
    "fkg": FKG, "fkgr": FKGR, "org": ORG, "schema": SDO, "prov": PROV, "time": TIME, "dcterms": DCT,
    "fibo-be-oac-cctl": CCTL, "fibo-be-oac-cown": COWN, "fibo-be-oac-opty": OPTY, "fibo-be-oac-exec": EXEC,
    "fibo-be-le-lei": LEI, "fibo-sec-sec-lst": LST, "fibo-fbc-fct-mkt": MKT, "skos": SKOS,
}

ENTITY_CLASS = {EntityType.PERSON: FKG.Person, EntityType.COMPANY: FKG.Company, EntityType.EXCHANGE: FKG.Exchange}
#: The n-ary record class for each predicate (the event or state it reports).
RECORD_CLASS = {
    Predicate.HOLDS_POSITION: FKG.Appointment, Predicate.SUCCEEDED: FKG.Succession, Predicate.FOUNDED: FKG.Founding,
    Predicate.SUBSIDIARY_OF: FKG.Affiliation, Predicate.HOLDS_STAKE: FKG.Shareholding, Predicate.SOLD_STAKE: FKG.StakeSale,
    Predicate.LISTED_ON: FKG.Listing, Predicate.RENAMED_TO: FKG.Rename,
}
_ALIGN_PROPERTY: dict[Predicate, tuple[tuple[URIRef, URIRef], ...]] = {
    Predicate.HOLDS_POSITION: ((SKOS.closeMatch, EXEC.isOfficerOf), (SKOS.closeMatch, ORG.memberOf)),
    Predicate.SUBSIDIARY_OF: ((RDFS.subPropertyOf, ORG.subOrganizationOf), (RDFS.subPropertyOf, SDO.parentOrganization),
                              (SKOS.closeMatch, CCTL.isSubsidiaryOf)),
    Predicate.HOLDS_STAKE: ((SKOS.closeMatch, OPTY.hasOwnedEntity),),
    Predicate.FOUNDED: ((SKOS.closeMatch, SDO.founder),),
    Predicate.LISTED_ON: ((SKOS.closeMatch, LST.isTradedOn),),
    Predicate.RENAMED_TO: ((SKOS.closeMatch, DCT.isReplacedBy),),
}
_ALIGN_CLASS: dict[Predicate, tuple[tuple[URIRef, URIRef], ...]] = {
    Predicate.HOLDS_POSITION: ((RDFS.subClassOf, ORG.Membership), (RDFS.subClassOf, SDO.OrganizationRole)),
    Predicate.SUCCEEDED: ((RDFS.subClassOf, SDO.ReplaceAction),),
    Predicate.FOUNDED: ((RDFS.subClassOf, ORG.ChangeEvent),),
    Predicate.HOLDS_STAKE: ((SKOS.closeMatch, COWN.Shareholding), (SKOS.closeMatch, OPTY.EntityOwnership)),
    Predicate.SOLD_STAKE: ((RDFS.subClassOf, SDO.SellAction),),
    Predicate.LISTED_ON: ((SKOS.closeMatch, LST.Listing),),
    Predicate.RENAMED_TO: ((RDFS.subClassOf, ORG.ChangeEvent),),
}
#: Qualifiers with an external equivalent.
_ALIGN_QUALIFIER = {
    "start": SDO.startDate, "end": SDO.endDate, "date": SDO.startTime, "percent": LEI.hasOwnershipPercentage,
    "amount": SDO.price, "currency": SDO.priceCurrency, "ticker": SDO.tickerSymbol, "role": ORG.role,
}
_XSD = {ValueType.NUMBER: XSD.decimal, ValueType.BOOLEAN: XSD.boolean, ValueType.DATE: XSD.string,
        ValueType.STRING: XSD.string, ValueType.ENUM: XSD.string, ValueType.ROLE: XSD.string}


def build_ontology() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    onto = URIRef(str(FKG).rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("fintech-kg ontology", lang="en")))
    g.add((onto, RDFS.comment, Literal("Generated from schema/model.py; do not edit by hand.", lang="en")))

    g.add((FKG.Person, RDFS.subClassOf, SDO.Person))
    g.add((FKG.Person, RDFS.subClassOf, PROV.Agent))
    g.add((FKG.Company, RDFS.subClassOf, ORG.Organization))
    g.add((FKG.Company, RDFS.subClassOf, SDO.Organization))
    g.add((FKG.Exchange, RDFS.subClassOf, MKT.Exchange))
    g.add((FKG.Exchange, RDFS.subClassOf, SDO.Organization))
    for cls in ENTITY_CLASS.values():
        g.add((cls, RDF.type, OWL.Class))
    g.add((FKG.Record, RDF.type, OWL.Class))
    g.add((FKG.Record, RDFS.subClassOf, PROV.Entity))
    g.add((FKG.Record, RDFS.comment, Literal("A fact as reported: the qualified, provenance-carrying form of an edge.", lang="en")))
    g.add((FKG.Article, RDF.type, OWL.Class))
    g.add((FKG.Article, RDFS.subClassOf, PROV.Entity))
    g.add((FKG.Article, RDFS.subClassOf, SDO.NewsArticle))
    g.add((FKG.Extraction, RDFS.subClassOf, PROV.Activity))

    for prop in (FKG.subject, FKG.object):
        g.add((prop, RDF.type, OWL.ObjectProperty))
        g.add((prop, RDFS.domain, FKG.Record))
    g.add((FKG.evidence, RDFS.subPropertyOf, PROV.value))
    g.add((FKG.confidence, RDF.type, OWL.DatatypeProperty))
    g.add((FKG.confidence, RDFS.range, XSD.decimal))
    g.add((FKG.validFrom, RDFS.subPropertyOf, SDO.startDate))
    g.add((FKG.validTo, RDFS.subPropertyOf, SDO.endDate))
    g.add((FKG.reportedAt, RDFS.subPropertyOf, PROV.generatedAtTime))

    qualifiers: dict[str, ValueType] = {}
    for pred, spec in PREDICATES.items():
        prop = predicate_property(pred)
        g.add((prop, RDF.type, OWL.ObjectProperty))
        g.add((prop, RDFS.label, Literal(spec.label_en, lang="en")))
        g.add((prop, RDFS.label, Literal(spec.label_zh, lang="zh")))
        for t in spec.subject_types:
            g.add((prop, RDFS.domain, ENTITY_CLASS[t]))
        for t in spec.object_types:
            g.add((prop, RDFS.range, ENTITY_CLASS[t]))
        if spec.doc:
            g.add((prop, RDFS.comment, Literal(spec.doc, lang="en")))
        for rel, target in _ALIGN_PROPERTY.get(pred, ()):
            g.add((prop, rel, target))
        rec = RECORD_CLASS[pred]
        g.add((rec, RDF.type, OWL.Class))
        g.add((rec, RDFS.subClassOf, FKG.Record))
        g.add((rec, RDFS.label, Literal(spec.event or spec.label_en, lang="en")))
        g.add((rec, FKG.reifies, prop))
        for rel, target in _ALIGN_CLASS.get(pred, ()):
            g.add((rec, rel, target))
        for q in spec.qualifiers:
            qualifiers.setdefault(q.name, q.value_type)
    for name, vt in sorted(qualifiers.items()):
        prop = FKG[_camel(name)]
        kind = OWL.ObjectProperty if vt is ValueType.ENTITY else OWL.DatatypeProperty
        g.add((prop, RDF.type, kind))
        g.add((prop, RDFS.domain, FKG.Record))
        if vt is not ValueType.ENTITY:
            g.add((prop, RDFS.range, _XSD[vt]))
        if name in _ALIGN_QUALIFIER:
            g.add((prop, SKOS.closeMatch, _ALIGN_QUALIFIER[name]))
    for role, (zh, en) in ROLE_LABELS.items():
        r = FKG["role/" + role.value]
        g.add((r, RDF.type, ORG.Role))
        g.add((r, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((r, SKOS.prefLabel, Literal(zh[0], lang="zh")))
        for alt in zh[1:]:
            g.add((r, SKOS.altLabel, Literal(alt, lang="zh")))
    return g


def predicate_property(pred: Predicate) -> URIRef:
    return FKG[_camel(pred.value)]


def qualifier_property(name: str) -> URIRef:
    return FKG[_camel(name)]


def _camel(name: str) -> str:
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def ontology_turtle() -> str:
    return build_ontology().serialize(format="turtle")


if __name__ == "__main__":
    sys.stdout.write(ontology_turtle())
