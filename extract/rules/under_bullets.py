"""The companies a parent has, one a bulleted line under a line that counts them, and the
rest of a company's shares held by another.

"C旗下共有N家子公司：" then "· A（代码），C持股N%；" lines: each line's company is
C's (the line opens on it), whatever share of it C holds: the lead says they are under
C. "…，C持股x%，其余(100-x)%股权由B持有": the rest of the company the clause
before gave a share of is B's.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

#: the lead line: "C旗下(目前)?共有N家" + a kind + "：" (at the line's end)
_LEAD = pattern(r"(?P<parent><C>)(?:的)?旗下(?:目前|现|现时|当前)?(?:共|合计|一共)?(?:有|拥有|包括|控股)(?:以下)?[\d一二三四五六七八九十两]+家"
                r"[^。；：:\ue000\ue001]{0,12}[：:]$")
#: a bulleted line that opens on a company
_ITEM = re.compile(r"^\s*(?:[·•●○◆▪■\-—*]|\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])\s*\ue001")
#: the rest of the shares held by another: "，其余y%股权由(…)?股东B（its English name）持有"
_REST_BY = pattern(r"[，,；](?:另外|另|其余|剩余)(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)(?:则)?由(?:[^，。；\ue000\ue001]{0,6}?股东)?(?P<holder>[<C><P>])(?:[（(][^（）()]{0,40}[）)])?(?:所)?持有")


def under_bullets(ctx: Context) -> None:
    if "旗下" in ctx.text:
        for sent in ctx.sentences:
            if (lead := _LEAD.search(sent.tpl)) is not None:
                _items(ctx, sent, sent.at(lead.start("parent")).key)
    if "由" in ctx.text:
        for sent in ctx.sentences:
            for m in _REST_BY.finditer(sent.tpl) if "持有" in sent.tpl else ():
                told = [c.object for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE
                        and isinstance(c.qualifiers.get("percent"), int | float)]
                if told:
                    emit_stake(ctx, sent, sent.at(m.start("holder")).key, told[0], "rest-held-by", 0.7,
                               pct=sent.at(m.start("pct")).value, pos=m.start(), parents=False)


def _items(ctx: Context, lead: Sent, parent: str | None) -> None:
    """The bulleted lines right after the lead, each company under the parent."""
    for sent in ctx.sentences[lead.i + 1:]:
        if not ctx.adjacent(sent.i - 1, sent.i) or (m := _ITEM.match(sent.tpl)) is None:
            return
        child = sent.at(m.end() - 1).key
        if parent and child and child != parent:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "under-bullets", 0.7, kind=str(SubsidiaryKind.SUBSIDIARY))
