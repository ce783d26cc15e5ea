"""The article's names found without a regex: the same hits a regex of them finds, on any text."""

from __future__ import annotations

import random
import re

from extract.name_scan import NameScan
from extract.trie_regex import trie_regex


def _spans(hits) -> list[tuple[int, int]]:
    return [h.span() for h in hits]


def test_the_longest_name_at_the_leftmost_position_then_on_from_its_end() -> None:
    scan = NameScan(["青石", "青石银行", "银行", "石银"])
    text = "青石银行与青石合作，石银行"
    assert [h.group(0) for h in scan.finditer(text)] == ["青石银行", "青石", "石银"]
    assert scan.search(text, 1).group(0) == "石银"  # from inside the first name: its tail is a name of its own
    assert scan.search(text, 0, 3).group(0) == "青石"  # a name must end before endpos
    assert scan.match(text, 5).group(0) == "青石" and scan.match(text, 4) is None


def test_the_same_hits_as_a_regex_of_the_names() -> None:
    rng = random.Random(7)
    letters = "甲乙丙丁戊A"
    for _ in range(2000):
        names = list({"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))})
        text = "".join(rng.choice(letters + "，") for _ in range(rng.randint(0, 30)))
        rx, scan = re.compile(trie_regex(names)), NameScan(names)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text) + 2)
        assert _spans(scan.finditer(text)) == _spans(rx.finditer(text))
        assert _spans(scan.finditer(text, a, b)) == _spans(rx.finditer(text, a, b))
        found, expected = scan.search(text, a, b), rx.search(text, a, b)
        assert (found and found.span()) == (expected and expected.span())
        found, expected = scan.match(text, a), rx.match(text, a)
        assert (found and found.span()) == (expected and expected.span())
