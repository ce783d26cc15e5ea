"""A special-purpose acquisition company's Chinese name, "X收购公司", written
with its Latin name in brackets ("X收购公司（X Acquisition Corporation）").

收购 is a verb and 公司 a word for the company in focus, so the scan for
names reads "X" + 收购 + 公司 ("X acquires the company"): the SPAC is then
known only by its brand X, which is also its sponsor's ("X资本"), and the
two are merged. The bracketed Latin name of an acquisition corporation
says the Chinese words before it are one name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.company_names import company_left_boundary
from extract.mention_records import Inventory
from extract.spans import Spans
from text.normalize import norm_name

#: "收购公司" (or 收购企业) right before a bracket opening on a Latin acquisition corporation's name (X is found before it)
_SPAC = re.compile(r"收购(?:公司|企业)[（(](?=[A-Z][A-Za-z0-9&.' -]{0,40}Acquisition\b)")
#: a kind, not a name: "特殊目的收购公司"
_KIND = re.compile(r"目的收购|特殊收购|特别收购")


def link_spac_names(inv: Inventory, text: str, occupied: Spans, show: Callable[[int, int], str]) -> None:
    """Make "X收购公司" before its Latin acquisition-corporation name a company (the Latin name's entity), and
    its later mentions one of it."""
    if "收购" not in text or "Acquisition" not in text:
        return
    for m in _SPAC.finditer(text):
        start, end = company_left_boundary(text, m.start(), max(0, m.start() - 12)), m.end() - 1
        name = text[start:end]
        if m.start() - start < 2:
            continue
        if _KIND.search(name) or occupied.covering(start) or occupied.covering(end - 1):
            continue  # (a name the scan found already is left as it is)
        latin = occupied.covering(m.end())
        key = inv.surface.get(norm_name(text[latin[0]:latin[1]])) if latin else None
        key = key or inv.surface.get(norm_name(name)) or "C:" + name
        inv.add(key, show(start, end), "Company", norm_name(name), show(start, end), start)
        inv.entities[key].name = show(start, end)  # (the Chinese name the article goes on to use, not the Latin one)
        occupied.append((start, end))
