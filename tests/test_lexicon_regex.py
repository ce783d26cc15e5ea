"""The dictionary regex: grouping a wide trie node keeps every match and the longest one."""

from __future__ import annotations

import re

from extract.trie_regex import _GROUP, trie_regex


def _words() -> list[str]:
    # more first letters than one group holds, so the root is split into groups
    firsts = [chr(0x4E00 + 7 * i) for i in range(3 * _GROUP + 5)]
    words = [f + "山银行" for f in firsts] + [f + "山" for f in firsts[::3]] + ["AB", "ABC", "A-B"]
    return words


def test_a_wide_node_is_split_into_groups() -> None:
    assert trie_regex(_words()).count("(?=[") >= 3


def test_grouped_regex_finds_what_a_flat_longest_first_alternation_finds() -> None:
    words = _words()
    grouped = re.compile(trie_regex(words))
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    text = "，".join(w + "的" for w in words[::2]) + "又有" + words[-4] + "和ABCD、A-B。"
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in flat.finditer(text)]
    assert grouped.fullmatch(words[0]) and grouped.match(words[0] + "分行").group() == words[0]


def test_each_lexicon_looks_places_up_by_its_own_lengths() -> None:
    """The place lengths are the lexicon's own (it holds them), not a module cache keyed by the id of a
    set of places, which a later set could reuse once the first was collected."""
    from dataclasses import replace

    from extract.lexicon import get_lexicon, place_ending

    short = replace(get_lexicon(), places={"特区"}, _place_lengths=None)
    long_ = replace(get_lexicon(), places={"特区", "北溪川特区"}, _place_lengths=None)
    text = "北溪川特区和元贷款"
    assert place_ending(text, 0, 5, short) == "特区"
    assert place_ending(text, 0, 5, long_) == "北溪川特区"
    assert short.place_lengths() == (2,) and long_.place_lengths() == (5, 2)
