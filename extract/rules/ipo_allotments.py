"""Shares allotted in a listing: "A认购" + a count + "，占发售后已发行股本" + a figure (a
cornerstone investor's allotment, told in an allotment-results story), and
the same run's later items that leave the base unsaid ("B认购" + a count + "，约占" + a figure).
The allottee holds that share of the company the story is about. A share of
the offer itself ("占全球发售股份的" + a figure, "占本次发售股份的" + a figure) is none."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake

_ALLOTTED = re.compile(
    r"(?P<holder>\ue001)(?:[（(][^（）()。；]{0,40}[）)])?(?:获|获配)?认购(?:了)?(?:约)?[\d.,]+(?:万|亿)?股(?:股份)?[，,]\s*"
    r"(?:约)?占(?P<base>[^，。；\ue000-\ue007]{0,16}?)(?:的)?(?:约)?\ue007")
#: the base a share of the company is said of (an empty base follows a run that named it)
_COMPANY_BASE = re.compile(r"已发行股本|已发行股份|总股本|股本总额|股份总数|总股份")


def ipo_allotments(ctx: Context) -> None:
    if "认购" not in ctx.text or ctx.focus is None:
        return
    base_said = False  # a run of items: the first names the base, the next leave it out
    for sent in ctx.sentences:
        if "认购" not in sent.tpl:
            base_said = False
            continue
        for m in _ALLOTTED.finditer(sent.tpl):
            base = m.group("base")
            if base and not _COMPANY_BASE.search(base):
                base_said = False
                continue
            if not base and not base_said:
                continue
            base_said = True
            holder = sent.at(m.start("holder")).key
            pct = sent.at(m.end() - 1).value
            emit_stake(ctx, sent, holder, ctx.focus, "ipo-allotment", 0.75, pct, m.end() - 1)
