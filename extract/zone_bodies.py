"""The administrative committee of a development zone, a government body that owns the zone's state firms:
"X高新区管理委员会", "Y经济技术开发区管委会". Its name is the zone's name and the word for the committee;
the zone's name runs back from its kind of zone (新区, 开发区, 园区…) to the word or mark before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.mention_records import Inventory
from extract.spans import Spans
from text.normalize import norm_name

#: a zone's kind, then the committee: "…新区管理委员会", "…开发区管委会"
_ZONE_BODY = re.compile(r"(?:新区|高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|自贸区|自由贸易试验区|保税区|综合保税区|工业园区|产业园区)"
                        r"(?:管理委员会|管委会)")
#: what stands before a zone's name: a mark, a line's start, or a one-letter word of a clause (是, 为, 由, 和…)
_BEFORE_NAME = frozenset("，,。；;：:、（(）)“”\"「」\n \t\u3000是为由和与及的在向对经被")
#: how long a zone's name may be before its kind of zone ("X" + 新区, "Y工业" + 园区)
_LONGEST = 10


def zone_bodies(inv: Inventory, text: str, occupied: Spans, show: Callable[[int, int], str]) -> None:
    """Add each zone's committee the text names, unless a name found before covers it."""
    if "管委会" not in text and "管理委员会" not in text:
        return
    for m in _ZONE_BODY.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _LONGEST and text[start - 1] not in _BEFORE_NAME:
            start -= 1
        if m.start() - start < 2 or (start > 0 and text[start - 1] not in _BEFORE_NAME) or any(occupied.covering(p) for p in (start, m.start(), m.end() - 1)):
            continue
        if not all("\u4e00" <= ch <= "\u9fff" for ch in text[start:m.start()]):
            continue
        name = text[start:m.end()]
        inv.add(inv.surface.get(norm_name(name)) or "C:" + name, show(start, m.end()), "Company", norm_name(name), show(start, m.end()), start)
        occupied.append((start, m.end()))
