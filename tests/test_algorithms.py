"""Ownership penetration on hand-made holding structures."""

from __future__ import annotations

import pytest

from graph.algorithms import aggregate_paths, beneficial_owners, controllers, penetrate
from graph.knowledge_graph import KnowledgeGraph
from graph.records import MergedFact, ResolvedEntity
from schema import EntityType, Predicate


def _kg(*stakes: tuple[str, str, float | None], people: tuple[str, ...] = (), controlling: tuple[str, ...] = ()) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    names = {n for s in stakes for n in s[:2]}
    for n in sorted(names):
        kg.add_entity(ResolvedEntity(n, EntityType.PERSON if n in people else EntityType.COMPANY, n, {n: "name"}))
    for i, (h, c, p) in enumerate(stakes):
        q = {"percent": p} if p is not None else {}
        if h in controlling:
            q["controlling"] = True
        kg.add_fact(MergedFact(f"f{i}", Predicate.HOLDS_STAKE, h, c, q))
    return kg


def _eff(holdings: list, who: str) -> float | None:
    return next(h.effective_percent for h in holdings if h.entity == who)


def test_percentages_multiply_along_a_chain_and_add_over_paths() -> None:
    kg = _kg(("A", "T", 40), ("B", "T", 60), ("P", "A", 50), ("P", "B", 50), people=("P",))
    up = penetrate(kg, "T")
    assert _eff(up, "A") == 40 and _eff(up, "P") == pytest.approx(50.0)
    assert [h.entity for h in beneficial_owners(up, lambda e: e == "P")] == ["P"]
    assert {h.entity for h, _why in controllers(up)} == {"A", "B", "P"}  # A: > 30% of votes directly


def test_penetration_as_of_a_date_uses_the_stakes_valid_then() -> None:
    kg = _kg(("A", "T", 40), ("B", "T", 60))
    kg.facts["f0"].valid_from, kg.facts["f0"].valid_to = "2019", "2021-06"  # A held its 40% from 2019 until mid-2021
    kg.facts["f1"].valid_from = "2021-06"
    assert {h.entity for h in penetrate(kg, "T", as_of="2020-01-01")} == {"A"}
    assert {h.entity for h in penetrate(kg, "T", as_of="2022")} == {"B"}
    assert {h.entity for h in penetrate(kg, "T")} == {"A", "B"}


def test_cycles_are_cut() -> None:
    kg = _kg(("A", "B", 50), ("B", "A", 50), ("A", "T", 100))
    up = penetrate(kg, "T", depth=10)
    assert _eff(up, "A") == 100 and _eff(up, "B") == pytest.approx(50.0)


def test_unknown_share_on_a_path_is_unknown_not_zero() -> None:
    kg = _kg(("A", "T", None), ("P", "A", 80))
    up = penetrate(kg, "T")
    assert _eff(up, "A") is None and _eff(up, "P") is None


def test_stated_controller_without_percent() -> None:
    kg = _kg(("A", "T", 20), controlling=("A",))
    [(h, why)] = controllers(penetrate(kg, "T"))
    assert h.entity == "A" and "stated" in why


def test_down_direction_and_depth() -> None:
    kg = _kg(("T", "C1", 60), ("C1", "C2", 50), ("C2", "C3", 50))
    down = penetrate(kg, "T", "down", depth=2)
    assert _eff(down, "C2") == pytest.approx(30.0) and all(h.entity != "C3" for h in down)


def test_duplicate_reports_of_one_holding_count_once() -> None:
    paths = [(["A", "T"], ["f1"], [40.0], [False]), (["A", "T"], ["f2"], [None], [True])]
    [h] = aggregate_paths("T", paths, "up")
    assert h.effective_percent == 40 and h.stated_controlling


def test_fast_projection_equals_networkx_built_graph() -> None:
    import networkx as nx

    from graph.projection import project

    kg = _kg(("A", "T", 40), ("B", "T", 60), ("A", "T", None), ("T", "C", 100))
    fast = project(kg.entities.values(), kg.facts.values())
    slow = nx.MultiDiGraph()
    slow.add_nodes_from(kg.entities)
    slow.add_edges_from((f.subject, f.object, f.id) for f in kg.facts.values())
    assert set(fast.nodes) == set(slow.nodes)
    assert sorted(fast.edges(keys=True)) == sorted(slow.edges(keys=True))
    assert sorted(fast.in_edges("T", keys=True)) == sorted(slow.in_edges("T", keys=True))
    assert nx.shortest_path(fast.to_undirected(), "A", "C") == ["A", "T", "C"]
