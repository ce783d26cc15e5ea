"""Near-variants of a person's name that resolution may merge when context
agrees: one character spelt with a homophone (沈崇峰 / 沈崇锋) or the last
character cut off (潘立 / 潘立言), and, for a whole graph, the only ids such
a pair can involve (found by grouping keys, not by comparing every pair)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from text.names import lazy_pinyin, name_key

#: a Chinese character (every one of a name a report may have cut short)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def homophone_variant(a: str, b: str) -> bool:
    """Same length, one differing character after the first, same pinyin
    there (沈崇峰 / 沈崇锋): a spelling variant, if context agrees."""
    a, b = name_key(a), name_key(b)
    if len(a) != len(b) or len(a) < 2 or a == b or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and _HOMOPHONES[ord(a[diff[0]])] == _HOMOPHONES[ord(b[diff[0]])]  # the same pinyin there


def homophone_candidates(keyed: Iterable[tuple[str, str]]) -> set[str]:
    """Of (name key, id) pairs, the ids with a key that `homophone_variant`
    pairs with another key: the only people the spelling-variant pass can
    merge. Two such keys read the same character by character (same first
    character, then the same pinyin at each position), so keys are grouped
    by that reading and only keys within a group are compared: on 1M
    synthetic facts 592 of 80k people are candidates, and the pass reads
    their positions, not all 450k."""
    groups: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for key, eid in keyed:
        if len(key) > 1:
            groups[key[:1] + key[1:].translate(_HOMOPHONES)].setdefault(key, []).append(eid)
    found: set[str] = set()
    for group in groups.values():
        for a, b in combinations(group, 2) if len(group) > 1 else ():
            if sum(x != y for x, y in zip(a, b, strict=True)) == 1:  # one character apart, homophones there
                found.update(group[a], group[b])
    return found


def truncated_variant(a: str, b: str) -> bool:
    """潘立 / 潘立言: a Chinese name and the same name without its last
    character (a report that cut it short), the shorter at least two
    characters: a variant, if context agrees."""
    short, full = sorted((name_key(a), name_key(b)), key=len)
    return len(full) == len(short) + 1 and len(short) >= 2 and full.startswith(short) and all(_HAN.match(c) for c in full)


def truncation_candidates(keyed: Iterable[tuple[str, str]]) -> set[str]:
    """Of (name key, id) pairs, the ids with a key that `truncated_variant`
    pairs with another key."""
    ids: dict[str, list[str]] = defaultdict(list)
    for key, eid in keyed:
        ids[key].append(eid)
    found: set[str] = set()
    for key, eids in ids.items():
        if len(key) >= 3 and key[:-1] in ids and truncated_variant(key, key[:-1]):
            found.update(eids, ids[key[:-1]])
    return found


class _HomophoneClass(dict[int, str]):
    """`str.translate` table: each character → the first character seen
    with its pinyin, so homophones translate alike (峰, 锋 → 峰)."""

    def __init__(self) -> None:
        super().__init__()
        self._first: dict[tuple[str, ...], str] = {}

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = first = self._first.setdefault(tuple(lazy_pinyin(char)), char)
        return first


_HOMOPHONES = _HomophoneClass()
