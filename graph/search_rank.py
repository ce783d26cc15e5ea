"""How an entity search scores and orders its hits: one rule for both backends.

The embedded graph (`graph.knowledge_graph`) and Neo4j (`service.neo4j_backend`)
find candidates their own ways (a bigram index; Alias keys and a full-text
index), then score and order them here, so the same graph answers a search
the same on either: an exact key 1.0 (another form of the query, Traditional
or pinyin, 0.95), a key inside the query or the query inside a key
0.6–0.9 by their length ratio, a fuzzy one 0.85 × its similarity from
0.55; ties go to the entity written with the name asked (its own name or an
alias, not only its core: "X资管" the short name of one company and the core
of another's "X资产管理股份有限公司"), then to the one with more facts, then
to the id (a total order, the same in every process).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from text.names import name_key

#: Fuzzy matches score 0.85 × their ratio and count from 0.55: below this ratio (in %), rapidfuzz stops early.
_FUZZY_CUTOFF = 0.55 / 0.85 * 100
#: the lowest score a fuzzy or partial match is offered with
MIN_SCORE = 0.55


def exact_score(k: str, key: str) -> float:
    """An exact hit on search key `k` of the query whose own key is `key`."""
    return 1.0 if k == key else 0.95


def fuzzy_score(key: str, pkey: str, k: str) -> float:
    """A key `k` that is not the query's: the pinyin probe for an ASCII key,
    containment by length ratio, else rapidfuzz's normalised Indel ratio
    (0 below the cutoff)."""
    probe = pkey if k.isascii() and pkey else key
    if probe in k or k in probe:
        return 0.6 + 0.3 * min(len(probe), len(k)) / max(len(probe), len(k))
    return fuzz.ratio(probe, k, score_cutoff=_FUZZY_CUTOFF) / 100 * 0.85


def shares_bigram(key: str, pkey: str, k: str) -> bool:
    """Whether `k` would be a fuzzy candidate of the query at all: it shares a character pair with its key or its pinyin."""
    return any(p[i:i + 2] in k for p in {key, pkey} - {""} for i in range(len(p) - 1))


def written(names: Iterable[str], key: str) -> bool:
    """Whether one of an entity's names (its name, its aliases) is written as the query asks."""
    return any(name_key(n) == key for n in names)


def order(score: float, is_written: bool, degree: int, eid: str) -> tuple[float, bool, int, str]:
    """The sort key of a hit: score, then written so, then more facts, then id."""
    return -score, not is_written, -degree, eid
