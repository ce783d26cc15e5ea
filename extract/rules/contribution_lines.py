"""A block's holder line told as capital contributions: "股权结构：A出资M，占注册资本的R；B出资M，占注册资本的R".

A company's data sheet (a fund manager's section of a prospectus, a licence's register entry, an appraisal
report's 被评估单位) gives its holders on one label line, each with the capital it put in and its share of
the registered capital. The share is of the block's firm (the 名称 line above: `block_company`), whichever
holder the line names last; the line runs on over the clauses its semicolons cut it into.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.label_blocks import block_company
from extract.rules.templates import gated, pattern
from schema import Predicate

#: the label of a holder line that gives contributions
_LABEL = pattern(r"(?:股权结构|股东(?:及(?:其)?出资(?:情况|比例)?|构成|情况|出资情况)?|出资(?:情况|结构|人(?:及出资比例)?))[：:]")
#: one holder's contribution and its share: "A出资M，占注册资本的R", "A认缴出资M（占R）"
_CONTRIBUTION = gated(
    r"(?P<h><C>|<P>)(?:[（(][^（）()]{0,30}[）)])?(?:以货币|以现金)?(?:认缴|实缴)?出资(?:额)?(?:为)?<M>[，,]?[（(]?"
    r"占(?:公司|其|该公司)?(?:注册资本|出资总额|总股本|股本总额|认缴出资)?(?:总额)?(?:的|比例为?)?(?P<pct><R>)", "出资")


def contribution_lines(ctx: Context) -> None:
    if "出资" not in ctx.text or "占" not in ctx.text:
        return
    firm: str | None = None
    line_start = -1
    for sent in ctx.sentences:
        if line_start < 0 or "\n" in ctx.text[line_start:sent.start]:  # a new line: a holder line's label, or none
            line_start = sent.start
            firm = block_company(ctx, sent) if _LABEL.match(sent.tpl) else None
        if firm is None or "\ue006" not in sent.tpl:
            continue
        for m in _CONTRIBUTION.finditer(sent.tpl):
            holder, pct = sent.at(m.start("h")).key, sent.at(m.start("pct")).value
            if holder and holder != firm and isinstance(pct, int | float):
                ctx.emit(Predicate.HOLDS_STAKE, holder, firm, sent, "contribution-line", 0.8, percent=pct)
