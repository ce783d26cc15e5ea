"""The short forms a company's registered name is written in, given as
aliases of an answer entity: an analyst (and a question set) names a holder
or a subsidiary as the press does — "栖梧信托" for 栖梧信托有限责任公司,
"棲梧資本" for 棲梧資本有限公司, "栖梧贸易" for 宁波栖梧贸易有限公司,
"栖梧科技" for 栖梧科技（深圳）有限公司 — while the store keeps the name
the article gave. Each form is the name cut only of words that say no
more than what kind of legal body it is (`_LEGAL`), the place in brackets
after the brand, a leading province or city (`text.places`), or a closing
集团/控股/保险 after a kind word; 金融控股 is written 金控. The name's own
script is kept: the scorer and the search read Traditional as Simplified.
"""

from __future__ import annotations

import re

from text.normalize import to_simplified
from text.places import place_names

#: the legal form that closes a registered name (both scripts; the longest first)
_LEGAL = re.compile(r"(?:私人有限公司|股份有限公司|有限責任公司|有限责任公司|有限公司|股份公司)$")
#: a place in brackets after the brand: "（香港）", "(深圳)"
_BRACKETED = re.compile(r"[（(][^（）()]{1,6}[）)]")
#: a closing word after the kind the company is of: 集团 of 实业集团, 控股 of 科技控股, 保险 of 人寿保险
_CLOSING = re.compile(r"(?<=[业業技本资資寿壽])(?:集团|集團|控股|保险|保險)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN = 3  # a form shorter than this is no name of its own ("港溢" may be one, but "金控" is not)


def short_forms(name: str) -> list[str]:
    """The name's short forms (not the name itself), each at least three Han."""
    if len(_HAN.findall(name)) < _MIN + 1:
        return []
    base = _BRACKETED.sub("", _LEGAL.sub("", name))
    forms = [base]
    if (cut := _CLOSING.sub("", base)) != base:
        forms.append(cut)
    forms += [f.replace("金融控股", "金控") for f in forms if "金融控股" in f]
    simple = to_simplified(base)
    for place in place_names():
        if simple.startswith(place) and len(base) - len(place) >= 4:
            rest = base[len(place):].removeprefix("市")
            forms += [rest, *(f[len(place):].removeprefix("市") for f in forms[1:] if to_simplified(f).startswith(place))]
            break
    return [f for f in dict.fromkeys(forms) if f != name and len(_HAN.findall(f)) >= _MIN and len(f) == len(_HAN.findall(f))]
