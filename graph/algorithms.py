"""Graph algorithms analysts ask for: 股权穿透, control, trees, paths.

Ownership penetration follows registries' practice: along each holding path
the stated percentages multiply; over several paths to the same holder they
add up; cycles are cut (a path never revisits an entity). Beneficial owners
are natural persons with ≥ 25% effective ownership; a controller holds
≥ 50% effectively, > 30% directly (of votes, as stakes stand for here), or is
stated to be the 控股股东/实际控制人.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from schema import EntityType, Predicate

if TYPE_CHECKING:
    from graph.memory import KnowledgeGraph
    from graph.model import Fact

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


def _stakes_into(kg: KnowledgeGraph, company: str, as_of: str | None) -> list[Fact]:
    return [f for f in kg.in_facts(company, (Predicate.HOLDS_STAKE,)) if f.subject != company and (as_of is None or f.valid_at(as_of))]


def _stakes_from(kg: KnowledgeGraph, holder: str, as_of: str | None) -> list[Fact]:
    return [f for f in kg.out_facts(holder, (Predicate.HOLDS_STAKE,)) if f.object != holder and (as_of is None or f.valid_at(as_of))]


def _percent(f: Fact) -> float | None:
    p = f.qualifiers.get("percent")
    return float(p) if isinstance(p, int | float) else None


def penetrate(kg: KnowledgeGraph, company: str, direction: str = "up", depth: int = 5, as_of: str | None = None) -> list[Holding]:
    """Effective holdings up (who owns `company`) or down (what it owns)."""
    acc: dict[str, Holding] = {}

    def walk(node: str, product: float | None, path: list[str], fact_path: list[str]) -> None:
        if len(path) > depth:
            return
        edges = _stakes_into(kg, node, as_of) if direction == "up" else _stakes_from(kg, node, as_of)
        # one edge per neighbour: several reports of one holding are not several holdings
        best: dict[str, Fact] = {}
        for f in edges:
            other = f.subject if direction == "up" else f.object
            if other not in best or (_percent(f) or -1) > (_percent(best[other]) or -1):
                best[other] = f
        for other, f in best.items():
            if other in path:  # a cycle: stop this path
                continue
            p = _percent(f)
            eff = None if product is None or p is None else product * p / 100.0
            h = acc.setdefault(other, Holding(other, 0.0))
            if eff is None:
                h.effective_percent = None if h.effective_percent in (None, 0.0) else h.effective_percent
            elif h.effective_percent is not None:
                h.effective_percent += eff
            if len(path) == 1:
                h.direct_percent = p
            h.stated_controlling |= bool(f.qualifiers.get("controlling"))
            full = [*path, other]
            h.paths.append(list(reversed(full)) if direction == "up" else full)
            h.facts.append(f.id)
            walk(other, None if eff is None else eff, full, [*fact_path, f.id])

    walk(company, 100.0, [company], [])
    for h in acc.values():
        if h.effective_percent is not None:
            h.effective_percent = round(h.effective_percent, 4)
    return sorted(acc.values(), key=lambda h: (-(h.effective_percent or 0), h.entity))


def beneficial_owners(kg: KnowledgeGraph, holdings: list[Holding]) -> list[Holding]:
    return [h for h in holdings if (e := kg.entity(h.entity)) is not None and e.type is EntityType.PERSON
            and (h.effective_percent or 0) >= BENEFICIAL_OWNER_THRESHOLD]


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


def subsidiaries_tree(kg: KnowledgeGraph, company: str, depth: int = 3, as_of: str | None = None) -> dict:
    """{id, name, kind, fact, children: [...]} from SUBSIDIARY_OF and ≥ 50% stakes."""
    seen = {company}

    def children(node: str, level: int) -> list[dict]:
        if level >= depth:
            return []
        out = []
        kids: dict[str, tuple[str, str]] = {}
        for f in kg.in_facts(node, (Predicate.SUBSIDIARY_OF,)):
            if as_of is None or f.valid_at(as_of):
                kids.setdefault(f.subject, (str(f.qualifiers.get("kind", "subsidiary")), f.id))
        for f in _stakes_from(kg, node, as_of):
            if (_percent(f) or 0) >= CONTROL_THRESHOLD or f.qualifiers.get("controlling"):
                kids.setdefault(f.object, ("controlled_stake", f.id))
        for kid, (kind, fid) in sorted(kids.items(), key=lambda kv: kg.name(kv[0])):
            if kid in seen:
                continue
            seen.add(kid)
            out.append({"id": kid, "name": kg.name(kid), "kind": kind, "fact": fid, "children": children(kid, level + 1)})
        return out

    return {"id": company, "name": kg.name(company), "children": children(company, 0)}


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


def facts_between(kg: KnowledgeGraph, a: str, b: str) -> list[Fact]:
    return [f for f in kg.out_facts(a) if f.object == b] + [f for f in kg.out_facts(b) if f.object == a]


def neighbourhood(kg: KnowledgeGraph, center: str, depth: int = 1, predicates: set[Predicate] | None = None,
                  max_nodes: int = 500) -> tuple[set[str], list[Fact]]:
    """Entities within `depth` hops and the facts among them (for drawing)."""
    seen = {center}
    frontier = deque([(center, 0)])
    facts: dict[str, Fact] = {}
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
    g = nx.DiGraph(kg.nx)
    if g.number_of_nodes() == 0:
        return []
    scores = nx.pagerank(g) if g.number_of_edges() else {n: 0.0 for n in g}
    return sorted(scores.items(), key=lambda kv: -kv[1])[:top]


def degree_by_type(kg: KnowledgeGraph) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for e in kg.entities.values():
        out[str(e.type)] += kg.degree(e.id)
    return dict(out)
