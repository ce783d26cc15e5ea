"""Name keys for resolution and search: the forms a name can be looked up by.

One function decides what "the same name" means everywhere (resolution,
search, the API): NFKC, Traditional → Simplified, lower case, no spaces or
punctuation. Pinyin keys (with and without tones' spaces) make "Puhui Lixin",
"puhuilixin" and "Ye Wangchun" find 普惠立信 and 叶望春.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import lazy_pinyin

_PUNCT = re.compile(r"[\s\-_·•.,，。、:：;；'\"“”‘’()（）\[\]【】]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """The comparison key of a name ("平安集團 " → "平安集团", "NYSE: OCFT" → "nyseocft")."""
    s = unicodedata.normalize("NFKC", name)
    if not s.isascii():
        s = _t2s().convert(s)
    return _PUNCT.sub("", s).lower()


@lru_cache(maxsize=262144)
def pinyin_key(name: str) -> str:
    """Toneless pinyin with no spaces ("普惠立信" → "puhuilixin"); '' if no Han."""
    s = name_key(name)
    if not _HAN.search(s):
        return ""
    return "".join(lazy_pinyin(s))


@lru_cache(maxsize=262144)
def pinyin_display(name: str) -> str:
    """Pinyin as a Western reader writes a name: "叶望春" → "Ye Wangchun"."""
    syll = lazy_pinyin(name_key(name))
    if not syll:
        return ""
    if len(syll) in (2, 3) and len(name_key(name)) == len(syll):  # a person-like name: surname first
        return syll[0].title() + " " + "".join(syll[1:]).title() if len(syll) > 1 else syll[0].title()
    return " ".join(s.title() for s in syll)


def search_keys(name: str) -> set[str]:
    keys = {name_key(name)}
    py = pinyin_key(name)
    if py:
        keys.add(py)
    return {k for k in keys if k}


def homophone_variant(a: str, b: str) -> bool:
    """Same length, one differing character after the first, same pinyin
    there (沈崇峰 / 沈崇锋): a spelling variant, if context agrees."""
    a, b = name_key(a), name_key(b)
    if len(a) != len(b) or len(a) < 2 or a == b or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and lazy_pinyin(a[diff[0]]) == lazy_pinyin(b[diff[0]])
