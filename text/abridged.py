"""How a company's short name abridges its full one: the front of the name
less the generic words that close it ("栎川金融" for 栎川金融科技集团有限公司),
its brand and kind with the generic words between left out ("东升银行" for
东升商业银行股份有限公司), or the press's two-character contraction of a
bank ("禾银" for 禾川商业银行). In text/ because both the questions
(`service.short_names`) and ingest (`graph.ingest.short_merges`, which makes
one company of a short and a legal name) ask it."""

from __future__ import annotations

import re

from text.kinds import ABRIDGED_KINDS
from text.names import core_key, name_key
from text.places import without_place

#: Words that close a company's name without telling it from another of the same front (after its legal form is dropped).
#: (a rating agency's trade too: "东屏资信" for 东屏资信评级有限公司 is as often "东屏" alone)
_TAIL = re.compile(r"(?:科技|集团|控股|国际|股份|信息|技术|网络|数字|数据|服务|实业|发展|投资|管理|(?:资信|信用)(?:评估|评级)|(?:\(|（)[^()（）]{2,4}(?:\)|）))+")


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
    the words between left out ("澄屿科技" for 澄屿金融科技控股有限公司,
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


#: Words that, left out, make another company of the brand: its rural bank, its life or property insurer (an arm of "X保险").
_ARMS = ("农村", "人寿", "财产")


def same_company_abridged(short: str, full: str) -> bool:
    """`abridges`, strict enough to make one company of two stored names: a
    brand that is a place only is a bank of its own beside the place's
    commercial one (上海银行, 上海商业银行), a rural commercial bank is
    another bank than the brand's city bank (X银行, X农村商业银行), and an
    insurance group's life and property arms are companies of their own
    (X保险, X人寿保险股份有限公司)."""
    s = name_key(short)
    kind = next((k for k in ABRIDGED_KINDS if s.endswith(k)), "")
    brand = s[: len(s) - len(kind)]
    if not kind or not without_place(brand, keep=0) or any(w in core_key(full)[len(brand):] for w in _ARMS):
        return False
    return abridges(short, full)


#: A commercial bank's kind; the press contracts the bank to its brand's first character(s) and 银 ("禾银").
_COMMERCIAL_BANK = "商业银行"


def bank_contraction(short: str, full: str) -> bool:
    """`short` is the press's contraction of the commercial bank `full`: one or
    two characters of its brand, in order and from its first (after a place
    before it), then 银 ("禾银" or "禾川银" for 禾川商业银行, "中信银" for
    中国信托商业银行). Only a name of two or three characters ending in 银."""
    s, f = name_key(short), core_key(full)
    if not 2 <= len(s) <= 3 or not s.endswith("银") or s.isascii() or not f.endswith(_COMMERCIAL_BANK):
        return False
    front, brand = s[:-1], f[: -len(_COMMERCIAL_BANK)]
    for b in dict.fromkeys((brand, without_place(brand, keep=1))):
        if len(b) >= len(front) and b[0] == front[0]:
            rest = iter(b[1:])
            if all(ch in rest for ch in front[1:]):
                return True
    return False
