"""The neo4j-admin CSV export without a server: every :ID once, numbers typed
as the loader stores them; the harness pinned to the compose image's patch.
(The import itself, into a real database: tests/test_neo4j_import.py.)"""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

import pytest

from graph.export import Subgraph, select
from graph.export.neo4j_csv import files
from graph.records import ResolvedEntity
from service.embedded import EmbeddedBackend

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small(corpus_store: Path) -> Subgraph:
    be = EmbeddedBackend(corpus_store)
    return select(be.kg, be.store, be.resolve("普惠立信")["id"], 1)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(text.splitlines()))


def test_two_entities_sharing_a_name_give_one_alias_node(small: Subgraph) -> None:
    first = next(e for e in small.entities if str(e.type) == "Company")
    twin = ResolvedEntity(id=first.id + "-twin", type=first.type, name=first.name, names=dict(first.names))
    out = files(dataclasses.replace(small, entities=[*small.entities, twin]))
    ids = [r[0] for r in _rows(out["nodes_alias.csv"])[1:]]
    assert len(ids) == len(set(ids))
    edges = _rows(out["rels_alias_of.csv"])[1:]
    assert {r[0] for r in edges} == set(ids)
    shared = [r for r in edges if r[0] == f"Company|{first.name}" or r[0].endswith("|" + first.name)]
    assert {r[1] for r in shared} >= {first.id, twin.id}


def test_numbers_typed_as_the_loader_stores_them(small: Subgraph) -> None:
    out = files(small)
    header = _rows(out["nodes_fact.csv"])[0]
    assert "percent:float" in header and "amount:long" in header
    amounts = [r[header.index("amount:long")] for r in _rows(out["nodes_fact.csv"])[1:] if r[header.index("amount:long")]]
    assert amounts and all(re.fullmatch(r"-?\d+", a) for a in amounts), amounts


def test_the_harness_runs_the_compose_image_patch() -> None:
    from tools.neo4j_harness import version

    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert f"image: neo4j:{version()}-community" in compose
