"""A company's holder replaced by another, told as a change of its shareholders.

"C…发生股东变更" + "，原唯一股东S退出" + "，B成为其唯一股东" + ", 持股…": S sold
all of C to B, and B holds it now. The company is the clause's subject
before the change (the one the shareholders are of), S the former holder
that exits, B the new one; the figure after B is B's (and so what S sold).

A register's change told before and after: "D，C股东发生变更：" + "变更前，S持股" + a figure + "；
变更后，B持股85%，S退出" — S sold its share of C to B (the clauses may stand
in two sentences, parted by the semicolon).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import deal_date, emit_sale, key
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, gated
from schema import Predicate

_SWAPPED = gated(
    r"(?P<target><C>)[^，。；\ue000\ue001]{0,8}?(?:发生|完成|进行)(?:了)?股东变更[，,](?:原)?(?P<rank>唯一|控股|第一大)?股东(?P<seller>[<P><C>])(?:全部)?退出[，,]"
    r"(?P<buyer>[<P><C>])(?:成为|变更为|为)(?:其|该公司|\ue001)(?:新的|新)?(?:唯一|控股|第一大)?股东(?:[，,](?:持股|持有)(?:比例)?(?:为)?(?P<pct><R>))?", "股东变更")


#: the state after a change: the new holder's share, and the old one leaving
_AFTER = gated(r"变更后[，,：:](?P<buyer>[<P><C>])持股(?:比例)?(?:为)?(?P<pct><R>)[，,；;](?P<seller>[<P><C>])(?:全部|完全)?退出", "变更后")
#: the company whose holders changed, and the state before: "C股东发生变更：" + "变更前，S持股" + a figure
_BEFORE = gated(r"(?:(?P<target><C>)(?:的)?股东(?:发生|出现)?变更[^。]{0,4}?)?变更前[，,：:](?P<seller>[<P><C>])持股(?:比例)?(?:为)?(?P<pct><R>)", "变更前")


def _before_and_after(ctx: Context, sent: Sent) -> None:
    """"变更前，S持股85%；变更后，B持股85%，S退出": S sold C to B (C named before 变更前, else the article's company)."""
    for m in _AFTER.finditer(sent.tpl):
        seller, buyer = key(sent, m, "seller"), key(sent, m, "buyer")
        for s in (sent, *((ctx.sentences[sent.i - 1],) if sent.i > 0 and ctx.adjacent(sent.i - 1, sent.i) else ())):
            b = next((b for b in _BEFORE.finditer(s.tpl, 0, m.start() if s is sent else len(s.tpl)) if key(s, b, "seller") == seller), None)
            if b is not None:
                target = key(s, b, "target") or ctx.focus
                emit_sale(ctx, sent, seller, target, "holder-before-after", 0.75, buyer=buyer,
                          percent=sent.at(m.start("pct")).value, date=deal_date(ctx, s, b.start("seller")))
                break


def holder_swaps(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "变更后" in sent.tpl:
            _before_and_after(ctx, sent)
        for m in _SWAPPED.finditer(sent.tpl):
            target, seller, buyer = key(sent, m, "target"), key(sent, m, "seller"), key(sent, m, "buyer")
            pct = sent.at(m.start("pct")).value if m.group("pct") else 100.0 if m.group("rank") == "唯一" else None
            date = deal_date(ctx, sent, m.start("seller"))
            if emit_sale(ctx, sent, seller, target, "holder-swapped", 0.75, True, buyer=buyer, percent=pct, date=date) is not None:
                emit_stake(ctx, sent, buyer, target, "holder-swapped", 0.75, pct, m.start("buyer"))
                # (其 read as the holder that exits, by the rules of holdings: B does not hold S)
                ctx.out[:] = [c for c in ctx.out if not (c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE
                                                         and c.subject == buyer and c.object == seller)]
