"""A block's holder line told as capital contributions: "股权结构：A出资M，占注册资本的R；B出资M，占注册资本的R".

A company's data sheet (a fund manager's section of a prospectus, a licence's register entry, an appraisal
report's 被评估单位) gives its holders on one label line, each with the capital it put in and its share of
the registered capital. The share is of the block's firm (the 名称 line above: `block_company`), whichever
holder the line names last; the line runs on over the clauses its semicolons cut it into.

A company's founding told as a list: a lead line "股东及出资比例如下：" (发起人…, 出资人…), then one numbered
line a founder, "（一）A（以下简称…），出资M，占注册资本的R；": each share is of the company the lead line is about
(the one it names, else the article's company), for as long as numbered lines follow.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.label_blocks import block_company
from extract.rules.stake_targets import is_regulator_key
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: the label of a holder line that gives contributions
_LABEL = pattern(r"(?:股权结构|股东(?:及(?:其)?出资(?:情况|比例)?|构成|情况|出资情况)?|出资(?:情况|结构|人(?:及出资比例)?))[：:]")
#: one holder's contribution and its share: "A出资M，占注册资本的R", "A认缴出资M（占R）"
_CONTRIBUTION = gated(
    r"(?P<h><C>|<P>)(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:以货币|以现金)?(?:认缴|实缴)?出资(?:额)?(?:为)?<M>[，,]?[（(]?"
    r"占(?:公司|其|该公司)?(?:注册资本|出资总额|总股本|股本总额|认缴出资)?(?:总额)?(?:的|比例为?)?(?P<pct><R>)", "出资")


#: a lead line over a numbered list of founders or holders and their contributions
_LEAD = gated(r"(?:发起人|股东|出资人)(?:及其|及|的)?(?:出资|持股)(?:情况|比例|结构|明细)?(?:如下|为)[：:]\s*$", "如下", "为")
#: a numbered line: "（一）", "1.", "二、"
_NUMBERED = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)")


def _lead_firm(ctx: Context, sent: Sent) -> str | None:
    """The company a lead line is about: 公司 standing for the article's, else the first company it names that is no
    regulator (the one that approved the founding is named in the lead too), else the article's."""
    if any(m.focus for m in sent.mentions):
        return ctx.focus
    named = [m.key for m in sent.mentions if m.kind == "C" and m.key and not is_regulator_key(ctx, m.key)]
    return named[0] if named else ctx.focus


def contribution_lines(ctx: Context) -> None:
    if "出资" not in ctx.text or "占" not in ctx.text:
        return
    firm: str | None = None
    listed: str | None = None  # the firm of a lead line, while numbered lines follow it
    line_start = -1
    for sent in ctx.sentences:
        if line_start < 0 or "\n" in ctx.text[line_start:sent.start]:  # a new line: a holder line's label, or none
            gap = ctx.text[line_start:sent.start] if line_start >= 0 else ""
            line_start = sent.start
            firm = block_company(ctx, sent) if _LABEL.match(sent.tpl) else None
            if firm is None and listed and "\n\n" not in gap and _NUMBERED.match(ctx.text, sent.start - len(gap.rsplit("\n", 1)[-1])):
                firm = listed
            else:
                listed = None
        if _LEAD.search(sent.tpl):
            listed = _lead_firm(ctx, sent)
        if firm is None or "\ue006" not in sent.tpl:
            continue
        for m in _CONTRIBUTION.finditer(sent.tpl):
            holder, pct = sent.at(m.start("h")).key, sent.at(m.start("pct")).value
            if holder and holder != firm and isinstance(pct, int | float):
                ctx.emit(Predicate.HOLDS_STAKE, holder, firm, sent, "contribution-line", 0.8, percent=pct)
