"""A company's short name as analysts type it: the front of its full name,
less the generic words that close it ("瀚星金融" for 瀚星金融科技集团有限公司,
"北林数科" for 北林数科控股集团)."""

from __future__ import annotations

import re

from text.kinds import ABRIDGED_KINDS
from text.names import core_key, name_key, pinyin_key

#: Words that close a company's name without telling it from another of the same front (after its legal form is dropped).
_TAIL = re.compile(r"(?:科技|集团|控股|国际|股份|信息|技术|网络|数字|数据|服务|实业|发展|投资|管理|(?:\(|（)[^()（）]{2,4}(?:\)|）))+")


def shortens(short: str, full: str) -> bool:
    """`short` is `full`'s name cut before generic closing words only (two Han at least stay)."""
    s, f = name_key(short), core_key(full)
    if len(s) < 2 or s.isascii() or not f.startswith(s) or f == s:
        return False
    return _TAIL.fullmatch(f[len(s):]) is not None


#: Generic words a short name leaves out between its brand and its kind ("商业" of 商业银行, "金融" of 金融科技).
_LEFT_OUT = re.compile(r"(?:农村商业|商业|金融|数字|信息|网络|国际|投资|资产管理|财产|人寿|股份|控股|实业|科技)+")


def abridges(short: str, full: str) -> bool:
    """`short` is `full`'s brand and one kind word further on in it, with
    the words between left out ("汇信科技" for 汇信金融科技控股有限公司,
    "东升银行" for 东升商业银行): the brand is the front of the full name (two
    Han at least), and what is left out and what follows the kind word are
    generic words only (`_LEFT_OUT`, `_TAIL`): 上海银行 is not 上海浦发银行, nor
    平安银行 平安壹账通银行 (a word that tells the company apart is no part to drop)."""
    s, f = name_key(short), core_key(full)
    kind = next((k for k in ABRIDGED_KINDS if s.endswith(k)), None)
    if kind is None or s.isascii() or len(s) - len(kind) < 2:
        return False
    brand = s[: -len(kind)]
    if not f.startswith(brand):
        return False
    at = f.find(kind, len(brand) + 1)
    while at != -1:
        gap, rest = f[len(brand):at], f[at + len(kind):]
        if _LEFT_OUT.fullmatch(gap) and (not rest or _TAIL.fullmatch(rest)):
            return True
        at = f.find(kind, at + 1)
    return False


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
