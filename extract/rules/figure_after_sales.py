"""SOLD_STAKE told buyer first with the share's figure after the shares
(and one told seller first, its buyer after 向 and the company unnamed):
"B以协议受让方式" + "，向S受让T已发行股份" + a figure, "B向S（下称S'）收购T（下称T'）股权的51%".

The sale rules (`sales`) read the figure before the shares ("向S受让T 15%股份");
a regulator's approval notice (Taiwan's, Hong Kong's) writes it after them,
names every party with its short name in brackets, and puts the way of the
purchase (以协议受让方式, 以现金) between the buyer and 向 after a comma.
"S于D向B转让10%股权" is a sale of the company the text speaks of (`target_for`),
and so is "S将剩余" + a share + "中的" + a part + "转让给B" (part of a holding: the part is what was sold),
S the seller: 向 marks the buyer, whatever the order of the two.
The seller held at least the share it sold, not that share (no holding is told).
The buyer is the party before 向 in the clause before, or, with none named
there, the subject of the clause (`clause_subject`).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, emit_sale, money
from extract.rules.sale_parts import deal_date as _date
from extract.rules.sale_parts import hedged as _hedged
from extract.rules.sale_parts import key as _key
from extract.rules.stake_holders import clause_subject
from extract.rules.stake_targets import target_for
from extract.rules.templates import gated

#: a party's bracket: its English name, its code, the short name it is given ("（X, Limited，下称Y）")
_BRACKET = r"(?:[（(][^（）()。；]{1,60}[）)])?"
#: how the buyer buys, between it and 向: "以协议受让方式，", "以自有资金", "拟以现金方式", or for what: "以新台币约" + a sum + "，"
_MANNER = r"(?:以[^，。；\ue000\ue001]{1,12}?(?:方式|资金|现金)|以[^，。；\ue000-\ue007]{0,8}?\ue006)?[，,]?"
#: the market a company trades on, said before its name: "受让上柜公司T", "收购上市公司T"
_MARKET_KIND = r"(?:上市公司|上柜公司|兴柜公司|公开发行公司|挂牌公司)?"
#: its code in brackets after its name: "T（股票代号" + four digits + "）"
_CODE = r"(?:[（(](?:股票|证券|股份)?(?:代号|代码)[：:]?\s*[0-9A-Z]{4,6}[）)])?"
_FIGURE_AFTER = gated(
    rf"(?:(?P<buyer>{H}){_BRACKET}{_MANNER}|(?<=[，,]))(?:向|从|自)(?P<seller>{H}){ALIAS}(?:处)?(?:协议)?"
    rf"(?:受让|收购|购买|购入|取得)(?:其)?(?:持有的|所持)?{_MARKET_KIND}(?P<target><C>){ALIAS}{_CODE}(?:的|之)?(?:全部)?(?:已发行|已发行的)?"
    rf"(?:股份|股权|股本)(?:总数)?(?:的|之)?(?:约)?(?P<pct><R>)", "受让", "收购", "购买", "购入", "取得")
#: the seller first, the buyer after 向, the share's figure, the company unnamed: "S于D向B转让10%股权"
#: (or two sellers, each its own share: "S1和S2分别向B出让30%股权", "S1与S2分别向B转让20%和10%股份")
_TO_BUYER = gated(
    rf"(?P<seller>{H}){ALIAS}(?:(?:和|及|与|、)(?P<seller2>{H}){ALIAS}(?:已|也|则)?(?P<each>分别|各自|各))?(?:已|也|则|再)?(?:于<D>)?(?:以[^，。；\ue000\ue001]{{1,12}}?)?向(?P<buyer>{H}){ALIAS}(?:协议)?(?:转让|出售|出让)(?:了)?(?:其)?(?:所持)?(?:的)?"
    rf"(?P<pct><R>)(?:(?:和|及|与|、)(?P<pct2><R>))?(?:的)?(?:股权|股份)", "转让", "出售", "出让")


#: part of a holding sold: "S将剩余…股权中的…转让给B", "S将所持C" + a share + "中的" + a part + "出售予B"
_PART_OF_HOLDING = gated(
    rf"(?P<seller>{H}){ALIAS}(?:已|也|则|再)?(?:于<D>)?将(?:其)?(?:所持|持有的|所持有的|剩余|剩下的|余下的)?(?:的)?(?P<target><C>)?(?:的)?<R>(?:的)?(?:股权|股份)中的"
    rf"(?P<pct><R>)(?:股权|股份)?(?:协议)?(?:转让|出售|出让)(?:给|予|至)(?P<buyer>{H})", "中的")


#: the share first, then who sold it to whom: "T全部股权于D由S转让给B", "T 30%股份由S出售予B"
#: (the seller's role or the buyer's kind before their names: "由原发起人S", "出让予一家物流集团B")
_SHARE_FIRST = gated(
    rf"(?P<target><C>){_BRACKET}(?:的)?(?:(?P<all>全部)|(?:约)?(?P<pct><R>))(?:的)?(?:已发行)?(?:股权|股份|股本)[，,]?(?:已|已经|则)?(?:于<D>)?"
    rf"由(?:原|前)?(?:保荐人|股东|控股股东|大股东|母公司|发起人)?(?P<seller>{H}){ALIAS}(?:正式)?(?:转让|出售|出让)(?:给|予)(?:[^，。；\ue000-\ue007]{{0,8}}?)(?P<buyer>{H})",
    "由")


#: a count of shares sold, the buyer after 予/给 (Taiwan's and Hong Kong's order): "S于D出售T股份" + a count + "予B",
#: the buyer perhaps described as a member of a group first ("予" + "C之子公司B")
_SHARES_TO = gated(
    rf"(?P<seller>{H})(?:于<D>)?(?:出售|转让|出让)(?:其)?(?:所持)?(?:之|的)?(?P<target><C>)(?:的|之)?(?:股份|股权|股票)?[\d,.]+[万亿]?股(?:股份)?"
    rf"(?:予|给)(?:<C>(?:之|的)(?:全资)?(?:子公司|附属公司))?(?P<buyer>{H})", "予", "给")


def figure_after_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _SHARE_FIRST.finditer(sent.tpl):
            if _hedged(sent, m.start(), m.start("buyer")):
                continue
            pct = 100.0 if m.group("all") else sent.at(m.start("pct")).value
            emit_sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "share-first-sale", 0.8, False, buyer=_key(sent, m, "buyer"),
                      percent=pct, date=_date(ctx, sent, m.start("seller")), **money(sent, m.end()))
        for m in _SHARES_TO.finditer(sent.tpl):
            if not _hedged(sent, m.start(), m.start("buyer")):
                emit_sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "shares-to-buyer", 0.8, False,
                          buyer=_key(sent, m, "buyer"), date=_date(ctx, sent, m.start("target")))
        if "\ue007" not in sent.tpl:
            continue
        for m in _FIGURE_AFTER.finditer(sent.tpl):
            if _hedged(sent, m.start("seller"), m.start("target")):
                continue
            buyer = _key(sent, m, "buyer") or clause_subject(ctx, sent, m.start())
            paid = money(sent, m.start()) if "\ue006" in sent.tpl[m.start():m.start("seller")] else {}  # ("以" + a sum + "，自S受让")
            emit_sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "figure-after-sale", 0.8, False,
                      buyer=buyer, percent=sent.at(m.start("pct")).value, date=_date(ctx, sent, m.start("seller")), **paid)
        for m in _TO_BUYER.finditer(sent.tpl):
            if _hedged(sent, m.start(), m.start("pct")):
                continue
            seller, buyer = _key(sent, m, "seller"), _key(sent, m, "buyer")
            target = target_for(ctx, sent, m.start(), (seller or "", buyer or "", _key(sent, m, "seller2") or ""))
            pct = sent.at(m.start("pct")).value
            shares = [(seller, pct)] if not m.group("seller2") else [  # two sellers: the one share each, or the two in turn
                (seller, pct), (_key(sent, m, "seller2"), sent.at(m.start("pct2")).value if m.group("pct2") else pct)]
            if m.group("pct2") and not m.group("seller2"):
                continue  # (one seller, two figures: which is the share sold is not told)
            for who, share in shares:
                emit_sale(ctx, sent, who, target, "sold-to-buyer", 0.8, False, buyer=buyer, percent=share,
                          date=_date(ctx, sent, m.start("buyer")))
        for m in _PART_OF_HOLDING.finditer(sent.tpl):
            if _hedged(sent, m.start(), m.start("pct")):
                continue
            seller, buyer = _key(sent, m, "seller"), _key(sent, m, "buyer")
            target = _key(sent, m, "target") or target_for(ctx, sent, m.start(), (seller or "", buyer or ""))
            emit_sale(ctx, sent, seller, target, "sold-part-of-holding", 0.8, False, buyer=buyer,
                      percent=sent.at(m.start("pct")).value, date=_date(ctx, sent, m.start("pct")))
