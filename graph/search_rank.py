"""How an entity search scores and orders its hits: one rule for both backends.

The embedded graph (`graph.knowledge_graph`) and Neo4j (`service.neo4j_backend`)
find candidates their own ways (a bigram index; Alias keys and a full-text
index), then score and order them here, so the same graph answers a search
the same on either: the fuzzy pass's candidates are the keys sharing the
most character pairs with the query or its pinyin (`fuzzy_hits`, over a
pair index each backend builds of its keys: the embedded graph's, and the
Neo4j backend's of every Alias key, read once), an exact key 1.0 (another form of the query, Traditional
or pinyin, 0.95), a key inside the query or the query inside a key
0.6–0.9 by their length ratio, a fuzzy one 0.85 × its similarity from
0.55; ties go first to an entity that is not another place's arm of the
name asked ("X银行" finds X银行有限公司 before X银行（香港）有限公司, whose
articles may call it X银行 too: the question names the bank, the arm would
name its place), then to the entity written with the name asked (its own name or an
alias, not only its core: "X资管" the short name of one company and the core
of another's "X资产管理股份有限公司"), then to the one with more facts, then
to the id (a total order, the same in every process).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from text.names import name_key

#: Fuzzy matches score 0.85 × their ratio and count from 0.55: below this ratio (in %), rapidfuzz stops early.
_FUZZY_CUTOFF = 0.55 / 0.85 * 100
#: the lowest score a fuzzy or partial match is offered with
MIN_SCORE = 0.55
#: A character pair in more keys than this (有限, 公司) is in every other name: no evidence of a match.
COMMON_BIGRAM = 3000
#: How many keys, those sharing the most pairs with the query, a fuzzy search scores.
FUZZY_POOL = 200
#: A bracketed word inside a company's name: a place ("（中国）", "(香港)") makes the company that place's arm of the brand.
_BRACKETED = re.compile(r"[（(]([^（）()]{2,8})[）)]")
#: Bracketed words that are no place: the group itself (中国平安保险（集团）), or its legal form (…（有限合伙）).
_NOT_PLACE = ("集团", "控股", "有限合伙", "普通合伙", "特殊普通合伙", "有限公司", "股份", "筹")


def bigram_index(keys: Iterable[str]) -> dict[str, set[str]]:
    """character pair → the search keys holding it: the fuzzy pass's candidates."""
    index: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        for i in range(len(k) - 1):
            index[k[i:i + 2]].add(k)
    return index


def fuzzy_hits(key: str, pkey: str, bigrams: Mapping[str, set[str]]) -> list[tuple[str, float]]:
    """The keys a fuzzy search offers and their scores, in the order they are offered: the
    `FUZZY_POOL` keys sharing the most uncommon pairs with the query or its pinyin (ties by key:
    the same few hundred in every process and on either backend), those scoring `MIN_SCORE` or more."""
    cands: dict[str, int] = defaultdict(int)
    for probe in {key, pkey} - {""}:
        for i in range(len(probe) - 1):
            keys = bigrams.get(probe[i:i + 2], ())
            if len(keys) > COMMON_BIGRAM:
                continue
            for k in keys:
                cands[k] += 1
    best = sorted(cands.items(), key=lambda kv: (-kv[1], kv[0]))[:FUZZY_POOL]
    return [(k, sim) for k, _n in best if (sim := fuzzy_score(key, pkey, k)) >= MIN_SCORE]


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


def written(names: Iterable[str], key: str) -> bool:
    """Whether one of an entity's names (its name, its aliases) is written as the query asks."""
    return any(name_key(n) == key for n in names)


def place_arm(name: str, key: str) -> bool:
    """Whether the company named `name` is a place's arm of its brand
    ("X银行（香港）有限公司") that the query (keyed `key`) does not name the place of."""
    m = _BRACKETED.search(name)
    if m is None or m.start() == 0 or any(w in m.group(1) for w in _NOT_PLACE):
        return False
    return name_key(m.group(1)) not in key


def order(score: float, is_written: bool, degree: int, eid: str, arm: bool = False) -> tuple[float, bool, bool, int, str]:
    """The sort key of a hit: score, then not another place's arm (`place_arm`), then written so, then more facts, then id."""
    return -score, arm, not is_written, -degree, eid
