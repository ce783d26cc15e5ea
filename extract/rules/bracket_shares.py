"""A share written in the bracket right after a company's name, in either direction:

    …子公司B（本行持股N%）…
    …股东A（以下简称“A'”，持有本行M%股份）…

The first bracket says who holds the company named before it ("A持股N%", "A持有其N%股权"); the second, which may
define the company's short name first, what the company named before it holds ("持有B N%股份"). A document
speaking of itself as 本行 or 本公司 is the holder or the held (extract.inventory reads those words as its company).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Gated, Sent, pattern
from schema import Predicate

#: "X（A持股N%）": A holds X
_HELD_BY = Gated(pattern(r"(?P<x><C>)（(?P<h><C>)(?:直接|合计)?持(?:有)?(?:其)?(?:股(?:比例)?(?:为)?)?(?P<pct><R>)(?:的)?(?:股份|股权)?）"), "持")
#: "X（以下简称“Y”，持有B N%股份）": X holds B
_HOLDS = Gated(pattern(r"(?P<x><C>)（(?:(?:以下)?(?:简称|下称)[：:]?[“\"「]?<C>[”\"」]?[，,、]\s*)?(?:直接|合计)?持有(?P<b><C>)(?P<pct><R>)(?:的)?(?:股份|股权)）"), "持有")


def bracket_shares(ctx: Context) -> None:
    if "持" not in ctx.text:
        return
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "（" not in tpl or "持" not in tpl:
            continue
        for m in _HELD_BY.rx.finditer(tpl):
            _emit(ctx, sent, sent.at(m.start("h")).key, sent.at(m.start("x")).key, sent.at(m.start("pct")).value)
        for m in _HOLDS.rx.finditer(tpl):
            _emit(ctx, sent, sent.at(m.start("x")).key, sent.at(m.start("b")).key, sent.at(m.start("pct")).value)


def _emit(ctx: Context, sent: Sent, holder: str | None, held: str | None, pct: object) -> None:
    if holder and held and holder != held and isinstance(pct, (int, float)) and 0 < pct <= 100:
        ctx.emit(Predicate.HOLDS_STAKE, holder, held, sent, "bracket-share", 0.8, percent=float(pct))
