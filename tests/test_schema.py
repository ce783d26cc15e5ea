from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, Graph

from schema import PREDICATES, ROLE_LABELS, Predicate, Role, role_of_title
from schema.ontology import FKG, ORG, RECORD_CLASS, build_ontology, ontology_turtle

TTL = Path(__file__).resolve().parent.parent / "schema" / "ontology.ttl"


def test_checked_in_ontology_is_generated_from_the_schema() -> None:
    assert TTL.read_text(encoding="utf-8") == ontology_turtle(), "run: python -m schema.ontology > schema/ontology.ttl"


def test_ontology_parses_and_aligns() -> None:
    g = Graph().parse(TTL)
    assert (FKG.holdsPosition, RDF.type, OWL.ObjectProperty) in g
    assert (FKG.subsidiaryOf, None, ORG.subOrganizationOf) in g
    assert (FKG.Appointment, None, ORG.Membership) in g
    assert len(set(g.subjects(RDF.type, ORG.Role))) == len(ROLE_LABELS)


def test_every_predicate_has_a_record_class_and_key_qualifiers_exist() -> None:
    g = build_ontology()
    for pred, spec in PREDICATES.items():
        assert (RECORD_CLASS[pred], RDF.type, OWL.Class) in g
        for k in spec.key_qualifiers:
            assert spec.qualifier(k) is not None
    assert PREDICATES[Predicate.SOLD_STAKE].key_qualifiers == ("buyer", "percent")


def test_role_titles() -> None:
    assert role_of_title("董事长") is Role.CHAIRMAN
    assert role_of_title("行长") is Role.PRESIDENT
    assert role_of_title("独立非执行董事") is Role.INDEPENDENT_DIRECTOR
    assert role_of_title("轮值总裁") is None
