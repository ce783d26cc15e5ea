"""How a question's company name may differ from a stored one beyond abridgement
(`text.abridged`, shared with ingest): one more character before a brand, a
contracted kind spelt out (金控), an English name's closing words."""

from __future__ import annotations

import re

from text.names import name_key, pinyin_key

__all__ = ["english_front", "one_more_front", "spelt_out"]


def one_more_front(name: str, matched: str) -> bool:
    """One of the two names is the other with one more character before it
    ("皖江银行" and "江银行", or its pinyin "jiangyinhang"): a brand's first
    character is not a word to leave out, so the one is no spelling of the
    other (a place before a name, "上海浦发银行", is two characters at least)."""
    a, b = name_key(name), name_key(matched)
    if a.isascii() or len(a) < 3:
        return False
    if b.isascii():  # the match was by pinyin
        return pinyin_key(a[1:]) == b
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.endswith(short)


#: Kinds the press contracts to two characters that `text.names.SHORT_FORMS` does not key alike: the contraction, its words.
_CONTRACTED = (("金控", "金融控股"), ("投控", "投资控股"))


def spelt_out(name: str) -> list[str]:
    """`name` with each contraction of its kind spelt out ("栎川金控集团" → "栎川金融控股集团"): the
    registered name a question's contracted one stands for. Empty when it has none."""
    key = name_key(name)
    return [key.replace(short, long_) for short, long_ in _CONTRACTED if short in key and len(key) > len(short)]


#: English words that close a company's name without telling it from another of the same front.
_EN_TAIL = frozenset(["technology", "technologies", "tech", "holdings", "holding", "group", "co", "company", "corp", "corporation",
                     "ltd", "limited", "inc", "incorporated", "international", "services", "service", "network", "digital",
                     "information", "plc", "llc",
                     # the legal forms of Malaysia, Singapore, Australia, Europe and Indonesia: "X Technologies Sdn Bhd", "X Pte Ltd"
                     "sdn", "bhd", "berhad", "pte", "pty", "gmbh", "ag", "sa", "nv", "bv", "llp", "lp", "tbk"])


def english_front(short: str, full: str) -> bool:
    """`short` is an English name `full` begins with, the rest generic words
    only ("Lianhe Cloud Pay" for Lianhe Cloud Pay Technology Co., Ltd.)."""
    if not short.isascii() or not full.isascii():
        return False
    a, b = re.findall(r"[a-z0-9&]+", short.lower()), re.findall(r"[a-z0-9&]+", full.lower())
    return bool(a) and len(b) > len(a) and b[:len(a)] == a and all(w in _EN_TAIL for w in b[len(a):])
