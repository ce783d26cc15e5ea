"""A company's short name as analysts type it: the front of its full name,
less the generic words that close it ("瀚星金融" for 瀚星金融科技集团有限公司,
"北林数科" for 北林数科控股集团)."""

from __future__ import annotations

import re

from text.names import core_key, name_key

#: Words that close a company's name without telling it from another of the same front (after its legal form is dropped).
_TAIL = re.compile(r"(?:科技|集团|控股|国际|股份|信息|技术|网络|数字|数据|服务|实业|发展|投资|管理|(?:\(|（)[^()（）]{2,4}(?:\)|）))+")


def shortens(short: str, full: str) -> bool:
    """`short` is `full`'s name cut before generic closing words only (two Han at least stay)."""
    s, f = name_key(short), core_key(full)
    if len(s) < 2 or s.isascii() or not f.startswith(s) or f == s:
        return False
    return _TAIL.fullmatch(f[len(s):]) is not None


#: The kinds of business a short name keeps after its brand, leaving out the words between ("汇信科技" for 汇信金融科技控股).
_KINDS = ("银行", "证券", "保险", "信托", "基金", "科技", "金融", "金控", "控股", "集团", "租赁", "理财", "支付", "消金")


def abridges(short: str, full: str) -> bool:
    """`short` is `full`'s brand and one kind word further on in it, with
    the words between left out ("汇信科技" for 汇信金融科技控股有限公司,
    "东升银行" for 东升商业银行): the brand is the front of the full name (two
    Han at least), what the full name has after the kind word is generic
    (`_TAIL`), and what is left out is at most four characters."""
    s, f = name_key(short), core_key(full)
    kind = next((k for k in _KINDS if s.endswith(k)), None)
    if kind is None or s.isascii() or len(s) - len(kind) < 2:
        return False
    brand = s[: -len(kind)]
    if not f.startswith(brand):
        return False
    at = f.find(kind, len(brand) + 1)
    while at != -1:
        gap, rest = f[len(brand):at], f[at + len(kind):]
        if len(gap) <= 4 and (not rest or _TAIL.fullmatch(rest)):
            return True
        at = f.find(kind, at + 1)
    return False
