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
