"""Graph algorithms analysts ask for: 股权穿透, control, trees, paths.

Ownership penetration follows registries' practice: along each holding path
the stated percentages multiply; over several paths to the same holder they
add up; cycles are cut (a path never revisits an entity). Beneficial owners
are natural persons with ≥ 25% effective ownership; a controller holds
≥ 50% effectively, > 30% directly (of votes, as stakes stand for here), or is
stated to be the 控股股东/实际控制人.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from schema import Predicate

if TYPE_CHECKING:
    from graph.knowledge_graph import KnowledgeGraph
    from graph.records import MergedFact

BENEFICIAL_OWNER_THRESHOLD = 25.0
CONTROL_THRESHOLD = 50.0
DIRECT_CONTROL_THRESHOLD = 30.0


@dataclass
class Holding:
    entity: str
    effective_percent: float | None  # None: held, share unknown on some path
    paths: list[list[str]] = field(default_factory=list)  # entity ids from holder to target
    facts: list[str] = field(default_factory=list)
    direct_percent: float | None = None
    stated_controlling: bool = False


def _stakes_into(kg: KnowledgeGraph, company: str, as_of: str | None) -> list[MergedFact]:
    return [f for f in kg.in_facts(company, (Predicate.HOLDS_STAKE,)) if f.subject != company and (as_of is None or f.valid_at(as_of))]


def _stakes_from(kg: KnowledgeGraph, holder: str, as_of: str | None) -> list[MergedFact]:
    return [f for f in kg.out_facts(holder, (Predicate.HOLDS_STAKE,)) if f.object != holder and (as_of is None or f.valid_at(as_of))]


def _percent(f: MergedFact) -> float | None:
    p = f.qualifiers.get("percent")
    return float(p) if isinstance(p, int | float) else None


StakePath = tuple[list[str], list[str], list[float | None], list[bool]]  # entity ids, fact ids, percents, controlling


def stake_paths(kg: KnowledgeGraph, company: str, direction: str = "up", depth: int = 5,
                as_of: str | None = None) -> list[StakePath]:
    """Every simple holding path of up to `depth` hops into (up) or out of
    (down) `company`, ordered holder → held, as the Cypher query returns them."""
    out: list[StakePath] = []

    def walk(node: str, path: list[str], facts: list[str], pcts: list[float | None], ctl: list[bool]) -> None:
        if len(facts) >= depth:
            return
        edges = _stakes_into(kg, node, as_of) if direction == "up" else _stakes_from(kg, node, as_of)
        for f in edges:
            other = f.subject if direction == "up" else f.object
            if other in path:  # a cycle: stop this path
                continue
            np, nf, npc, nc = [*path, other], [*facts, f.id], [*pcts, _percent(f)], [*ctl, bool(f.qualifiers.get("controlling"))]
            out.append((list(reversed(np)), list(reversed(nf)), list(reversed(npc)), list(reversed(nc)))
                       if direction == "up" else (np, nf, npc, nc))
            walk(other, np, nf, npc, nc)

    walk(company, [company], [], [], [])
    return out


def penetrate(kg: KnowledgeGraph, company: str, direction: str = "up", depth: int = 5, as_of: str | None = None) -> list[Holding]:
    """Effective holdings up (who owns `company`) or down (what it owns)."""
    return aggregate_paths(company, stake_paths(kg, company, direction, depth, as_of), direction)


def aggregate_paths(company: str, paths: list[StakePath], direction: str) -> list[Holding]:
    """Holdings from holding paths: percentages multiply along a path and
    add up over paths; one reported holding per pair of entities counts
    once (the highest stated percentage), so repeated reports do not add."""
    def product(pcts: list[float | None]) -> float:
        eff = 100.0
        for p in pcts:
            if p is None:
                return -1.0
            eff *= p / 100.0
        return eff

    best: dict[tuple[str, ...], StakePath] = {}
    for path in paths:  # several reports of one chain: the best stated one
        key = tuple(path[0])
        if key not in best or product(path[2]) > product(best[key][2]) or (
                product(path[2]) == product(best[key][2]) and any(path[3]) and not any(best[key][3])):
            best[key] = path
    acc: dict[str, Holding] = {}
    for ids, facts, pcts, ctl in best.values():
        far = ids[0] if direction == "up" else ids[-1]
        if far == company or len(set(ids)) != len(ids):
            continue
        eff: float | None = 100.0
        for p in pcts:
            eff = None if eff is None or p is None else eff * p / 100.0
        h = acc.setdefault(far, Holding(far, 0.0))
        if eff is None:
            h.effective_percent = None if not h.effective_percent else h.effective_percent
        elif h.effective_percent is not None:
            h.effective_percent += eff
        if len(ids) == 2:
            h.direct_percent = pcts[0]
            h.stated_controlling |= ctl[0]
        h.paths.append(list(ids))
        h.facts.extend(f for f in facts if f not in h.facts)
    for ids, facts, _pcts, ctl in paths:  # control stated in any report of a direct holding counts
        far = ids[0] if direction == "up" else ids[-1]
        if len(ids) == 2 and ctl[0] and far in acc:
            acc[far].stated_controlling = True
            acc[far].facts.extend(f for f in facts if f not in acc[far].facts)
    for h in acc.values():
        if h.effective_percent is not None:
            h.effective_percent = round(h.effective_percent, 4)
    return sorted(acc.values(), key=lambda h: (-(h.effective_percent or 0), h.entity))


def beneficial_owners(holdings: list[Holding], is_person: Callable[[str], bool]) -> list[Holding]:
    """Natural persons with ≥ 25% effective ownership."""
    return [h for h in holdings if is_person(h.entity) and (h.effective_percent or 0) >= BENEFICIAL_OWNER_THRESHOLD]


def controllers(holdings: list[Holding]) -> list[tuple[Holding, str]]:
    out = []
    for h in holdings:
        if h.stated_controlling:
            out.append((h, "stated 控股股东/实际控制人"))
        elif (h.effective_percent or 0) >= CONTROL_THRESHOLD:
            out.append((h, f"≥ {CONTROL_THRESHOLD:g}% effective ownership"))
        elif (h.direct_percent or 0) > DIRECT_CONTROL_THRESHOLD:
            out.append((h, f"> {DIRECT_CONTROL_THRESHOLD:g}% of votes held directly"))
    return out


def shortest_paths(kg: KnowledgeGraph, a: str, b: str, max_hops: int = 4, limit: int = 10) -> list[list[str]]:
    """Entity-id paths between two entities, ignoring edge direction."""
    g = kg.nx
    if a not in g or b not in g:
        return []
    und = nx.Graph(g.to_undirected(as_view=True))
    try:
        paths = []
        for p in nx.all_shortest_paths(und, a, b):
            if len(p) - 1 > max_hops:
                break
            paths.append(p)
            if len(paths) >= limit:
                break
        return paths
    except nx.NetworkXNoPath:
        return []


def neighbourhood(kg: KnowledgeGraph, center: str, depth: int = 1, predicates: set[Predicate] | None = None,
                  max_nodes: int = 500) -> tuple[set[str], list[MergedFact]]:
    """Entities within `depth` hops and the facts among them (for drawing)."""
    seen = {center}
    frontier = deque([(center, 0)])
    facts: dict[str, MergedFact] = {}
    while frontier and len(seen) < max_nodes:
        node, d = frontier.popleft()
        if d >= depth:
            continue
        for f in kg.out_facts(node, predicates) + kg.in_facts(node, predicates):
            facts[f.id] = f
            for other in (f.subject, f.object):
                if other not in seen and len(seen) < max_nodes:
                    seen.add(other)
                    frontier.append((other, d + 1))
    return seen, [f for f in facts.values() if f.subject in seen and f.object in seen]


def centrality(kg: KnowledgeGraph, top: int = 20) -> list[tuple[str, float]]:
    """The most connected entities: degree centrality over the projection
    (facts counted once each; pure Python, no numpy needed)."""
    g = kg.nx
    if g.number_of_nodes() <= 1:
        return [(n, 0.0) for n in g]
    scale = 1.0 / (g.number_of_nodes() - 1)
    scores = {n: d * scale for n, d in g.degree()}
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
