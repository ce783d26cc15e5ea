"""SOLD_STAKE told as a deal done, in three shapes the sale rules (`sales`) do not read:

* the seller sells the whole issued capital to a buyer and the deal is done on a day:
  "S公布，出售T全部已发行股本予B（下称…）的交易已于D完成，现金代价约M";
* the buyer completes taking the seller's share: "B（…）已于D完成以协议方式受让S所持T" + a share;
* a purchase that came before a rename, told from the renamed company: "T前身为T0，D由B向S买下" + a share +
  "后更名为T" (the share sold was of T0, the name it had then; S may be a name no dictionary knows);
* the seller completes selling to the buyer, Hong Kong's word order: "S于D完成向B出售" + its T + "全部已发行股本"
  (completed: a sale, not a plan, and the whole of T when 全部 says so).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, emit_sale, hedged, key, money
from extract.rules.templates import gated

#: "出售T全部已发行股本予B" + "的交易已于D完成": all its capital sold, the deal done on D
_WHOLE_TO = gated(
    rf"(?:出售|转让|出让)(?:其所持|所持|其持有的|持有的)?(?P<target>\ue001){ALIAS}(?:的)?全部(?:已发行)?(?:股本|股份|股权)(?:予|给)(?P<buyer>{H}){ALIAS}"
    r"(?:的)?(?:交易|事项|出售事项)?(?:已|已经)?于(?P<date>\ue004)(?:正式|顺利)?完成", "全部")
#: "B（…）已于D顺利完成" + a manner + "受让S所持T" + a share
_TOOK_DONE = gated(
    rf"(?P<buyer>{H})(?:[（(][^（）()]{{0,40}}[）)])?(?:已|已经)?于(?P<date>\ue004)(?:正式|顺利)?完成(?:了)?(?:(?:通过|以)[^，。；\ue000-\ue007]{{1,12}}?)?"
    rf"(?:受让|收购|购买)(?:了)?(?P<seller>{H}){ALIAS}(?:持有的|所持有的|所持的|所持)(?P<target>\ue001){ALIAS}(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)", "完成")
#: "T前身为T0，D由B向S买下" + a share + "(股权)后更名为T"
_BOUGHT_THEN_RENAMED = gated(
    rf"(?P<now>\ue001)前身(?:为|是)(?P<old>\ue001)[，,](?P<date>\ue004)?由(?P<buyer>{H})向(?:(?P<seller>{H})|(?P<free>[^，。；、\ue000-\ue007]{{2,12}}?))"
    r"(?:买下|收购|购入|购得|受让)(?P<pct>\ue007)(?:的)?(?:股权|股份)后(?:更名|改名|易名)为", "前身")

#: "S于D完成向B出售其持有的T全部已发行股本" (or a share: "…T 60%股权")
_DONE_TO = gated(
    rf"(?P<seller>{H}){ALIAS}(?:已|已经)?于(?P<date>\ue004)(?:正式|顺利)?完成(?:了)?向(?P<buyer>{H}){ALIAS}(?:出售|转让|出让)(?:其)?(?:所持|持有|所持有)?(?:的|之)?"
    r"(?P<target>\ue001)(?:的|之)?(?:(?P<all>全部)(?:已发行)?(?:股本|股份|股权)|(?P<pct>\ue007)(?:的)?(?:已发行)?(?:股本|股份|股权))", "完成")


def completed_deals(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _WHOLE_TO.finditer(sent.tpl):
            if hedged(sent, m.start(), m.start("target")):
                continue
            target, buyer = key(sent, m, "target"), key(sent, m, "buyer")
            seller = next((x.key for x in reversed(sent.between(0, m.start())) if x.kind in ("C", "P") and x.key not in (target, buyer)), None)
            emit_sale(ctx, sent, seller, target, "sold-whole-capital", 0.8, buyer=buyer, percent=100.0,
                      date=ctx.date_iso(sent.at(m.start("date")), sent), **money(sent, m.start()))
        for m in _TOOK_DONE.finditer(sent.tpl):
            if hedged(sent, m.start(), m.start("seller")):
                continue
            emit_sale(ctx, sent, key(sent, m, "seller"), key(sent, m, "target"), "took-share-done", 0.8, buyer=key(sent, m, "buyer"),
                      percent=sent.at(m.start("pct")).value, date=ctx.date_iso(sent.at(m.start("date")), sent), **money(sent, m.start()))
        for m in _DONE_TO.finditer(sent.tpl):
            emit_sale(ctx, sent, key(sent, m, "seller"), key(sent, m, "target"), "sold-done-to", 0.8, buyer=key(sent, m, "buyer"),
                      percent=100.0 if m.group("all") else sent.at(m.start("pct")).value,
                      date=ctx.date_iso(sent.at(m.start("date")), sent), **money(sent, m.start()))
        for m in _BOUGHT_THEN_RENAMED.finditer(sent.tpl):
            seller = key(sent, m, "seller") or ctx.new_company(sent, m.start("free"), m.end("free"))
            date = ctx.date_iso(sent.at(m.start("date")), sent) if m.group("date") else None
            emit_sale(ctx, sent, seller, key(sent, m, "old"), "bought-then-renamed", 0.8, buyer=key(sent, m, "buyer"),
                      percent=sent.at(m.start("pct")).value, date=date)
