"""Ownership chains drawn as text, one link a line (a company register's
"股权穿透" written out):

    T ← A（70.00%）          A holds 70% of T (the arrow points at what is held)
        A ← P（15.00%）
    A（85.00%）→ T           the same link drawn the other way
    P　最终受益股份37.60%     P's ultimate share of the register's company

A chain of several links on one line, perhaps after a label ("线一：P →（100%）A →（60%）T"), is a holding
per link, as of the day the line above the chains gives ("截至D").

Each line is a holding of its own, whatever the indentation says of the
layers above it; the beneficiary line is of the company the register is
about (the article's company in focus).
"""

from __future__ import annotations

from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate

_HOLDER = r"[\ue000\ue001]"
#: "T ← A（70%）", "T←A 70%": the held company, the arrow, its holder and share
_BACK = pattern(rf"\s*(?P<target>\ue001)\s*[←⬅<]-*\s*(?P<holder>{_HOLDER})\s*[（(]?(?:持股|持有)?(?:比例)?(?P<pct>\ue007)[）)]?\s*")
#: "A（70%）→ T", "A →（70%） T", "A —70%→ T": the holder, its share, the arrow, the company held
_FORTH = pattern(rf"\s*(?P<holder>{_HOLDER})\s*(?:[（(](?P<pct>\ue007)[）)])?\s*[-—]*\s*(?:[（(]?(?P<pct2>\ue007)[）)]?)?\s*[→➡>]\s*(?P<target>\ue001)\s*")
#: "P 最终受益股份" + a figure: a register's line of its ultimate beneficiary
_BENEFICIARY = pattern(rf"\s*(?P<holder>{_HOLDER})\s*(?:最终)?受益(?:股份|比例|持股比例)[：:]?\s*(?P<pct>\ue007)")


#: a line of several links: "线一：P →（100%）A →（60%）T"
#: (a remark in brackets after the last company, naming no company: "（就是常说的WFOE）")
_CHAIN = pattern(rf"\s*(?:[^：:\ue000-\ue007]{{1,8}}[：:])?\s*{_HOLDER}(?:\s*[-—]*[→➡]\s*[（(]\ue007[）)]\s*\ue001){{2,}}(?:[（(][^（）()\ue000-\ue007]{{1,30}}[）)])?\s*[。；;]?")
#: one of its links, the company held looked at, not taken (it holds the next link)
_LINK = pattern(rf"(?P<holder>{_HOLDER})\s*[-—]*[→➡]\s*[（(](?P<pct>\ue007)[）)]\s*(?=(?P<target>\ue001))")


def chain_links(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "\ue007" not in tpl:
            continue
        m = None
        if any(a in tpl for a in "←⬅<"):
            m = _BACK.fullmatch(tpl)
        if m is None and any(a in tpl for a in "→➡>"):
            m = _FORTH.fullmatch(tpl)
            if m is None and _CHAIN.fullmatch(tpl):
                _chain(ctx, sent)
                continue
        if m is not None:
            pct = m.group("pct") if "pct" in m.groupdict() and m.group("pct") else None
            at = m.start("pct") if pct else m.start("pct2") if m.groupdict().get("pct2") else None
            if at is None:
                continue
            holder, target = sent.at(m.start("holder")).key, sent.at(m.start("target")).key
            if holder and target and holder != target and ctx.type_of(target) == "Company":
                ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "chain-link", 0.8, percent=sent.at(at).value)
            continue
        if "受益" in tpl and (b := _BENEFICIARY.match(tpl)) and ctx.focus and sent.at(b.start("holder")).key != ctx.focus:
            ctx.emit(Predicate.HOLDS_STAKE, sent.at(b.start("holder")).key, ctx.focus, sent, "ultimate-beneficiary", 0.75,
                     percent=sent.at(b.start("pct")).value, indirect=True)


def _chain(ctx: Context, sent: Sent) -> None:
    """Each link of a line of several, as of the day the line above the run of chains gives ("截至D")."""
    day = None
    k = sent.i - 1
    while k >= 0 and _CHAIN.fullmatch(ctx.sentences[k].tpl):
        k -= 1
    if k >= 0 and ctx.adjacent(k, sent.i):
        day = as_of(ctx, ctx.sentences[k].start, ctx.sentences[k].end)
    for m in _LINK.finditer(sent.tpl):
        holder, target = sent.at(m.start("holder")).key, sent.at(m.start("target")).key
        if holder and target and holder != target:
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "chain-link", 0.8, percent=sent.at(m.start("pct")).value, as_of=day)
