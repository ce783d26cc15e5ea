"""The proper head a legal name gives its short siblings: when the text writes a legal name in full
("ABC建材私人有限公司"), the coined letters it opens with ("ABC") are a name of the article's, so a short
name opening with them ("ABC资本") starts there, though the segmenter reads a known brand or a common word in
its first letters ("AB" + "C": a known firm's name, then a verb or a word). A longer name that holds a known name is a
company of its own when the text writes it whole."""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from extract.name_words import LEGAL_SUFFIX, word_tag
from text.kinds import SHORT_SUFFIX
from text.normalize import norm_name

#: a legal name's end (Chinese forms and Malaysia's, Singapore's and Japan's)
_LEGAL_END = re.compile(LEGAL_SUFFIX + r"$")
#: a kind's word ("银行", "证券"): where one begins inside a head, the head is a short name's letters, not a coined name's
_KIND = re.compile(SHORT_SUFFIX)
_CJK_HEAD = re.compile(r"[\u4e00-\u9fff]{3,4}")
#: the lengths of a head, longest first
_HEAD_LENGTHS = (4, 3)


def legal_heads(inv: Inventory) -> frozenset[str]:
    """The three- and four-letter heads of the article's legal names that are no word of the language (a coined name's
    letters, not "中国" + a letter or a place's word)."""
    heads: set[str] = set()
    for name in legal_names(inv):
        kind = _KIND.search(name)
        for n in _HEAD_LENGTHS:
            head = name[:n]
            if (len(name) - n >= 4 and _CJK_HEAD.fullmatch(head) and word_tag(head)[0] is None and word_tag(head[:2])[0] != "ns"
                    and (kind is None or kind.start() >= n) and norm_name(head) not in inv.surface):
                # (not a short name, whole or in part: "A银行", "A银" of A银行股份有限公司, where a kind's word begins
                # inside the head; the words after such a name are no name's)
                heads.add(head)
    return frozenset(heads)


def head_start(text: str, at: int, heads: frozenset[str]) -> int | None:
    """Where a short name ending in a kind word at `at` begins when the letters right before the kind word are the head of
    one of the article's legal names ("ABC" + "资本"), else None."""
    for n in _HEAD_LENGTHS:
        if at >= n and text[at - n:at] in heads:
            return at - n
    return None


def legal_names(inv: Inventory) -> tuple[str, ...]:
    """The article's legal names found so far (each ending in a legal form)."""
    return tuple(e.key[2:] for e in inv.companies() if e.key.startswith("C:") and _LEGAL_END.search(e.key))  # (keys: the text's letters)


def opens_legal_name(words: str, names: tuple[str, ...]) -> bool:
    """Whether `words` ("宝勤证券") open one of the legal names the text writes whole ("宝勤证券有限公司"): a short name of
    the article's, whatever verb the segmenter glued before it ("占" + "宝勤证券")."""
    return len(words) >= 3 and any(n.startswith(words) for n in names)
