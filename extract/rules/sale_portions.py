"""Sales of a portion of a holding told against the whole: the seller's holding first, then the part sold out of it
("S原持有T股份约8%，D将其中3%转让予B，转让后持股降为5%"), and a block of shares counted in lots or shares sold whole
to a buyer, its share of the company told only after the buyer ("S…N万张，已于D全数转让予B（b），约占T已发行股份X%").

Both are Taiwan filings' wording for insiders' transfers; a declaration of a planned transfer (申报转让) is no sale, so the
second needs 已 or a date before the verb, and neither fires in a hedged clause."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, OF_CAPITAL, H, deal_date, emit_sale, hedged, key
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: the manner of a block trade, before the verb: "以巨额交易方式", "以盘后配对"
_MANNER = r"(?:以[^，。；\ue000\ue001]{1,10}?(?:方式)?)?"
#: "S原持有T股份约8%，" + a date + "将其中3%转让予B" + "，转让后持股降为5%"
_PART_OF_HOLDING = pattern(
    rf"(?P<seller>{H}){ALIAS}(?:原|原本|原先|先前|此前)(?:持有|持股)(?P<target>\ue001)(?:的)?(?:股份|股权)?(?:约|达)?(?P<held>\ue007)[，,]"
    rf"[^。；\ue000\ue001]{{0,14}}?(?:将|把)其中(?:的)?(?:约)?(?P<pct>\ue007)(?:的)?(?:股份|股权)?{_MANNER}(?:转让|出售|出让|售)(?:给|予)(?P<buyer>{H}){ALIAS}"
    r"(?:[，,](?:转让|出售|交易)(?:完成)?后(?:其)?(?:持股|持股比例|持股比率)?(?:降为|降至|减为|减至)(?:约)?(?P<after>\ue007))?")
#: "S…1.5万张，已于D" + a manner + "全数转让予B（b），约占T已发行股份" + a figure
_WHOLE_BLOCK = pattern(
    rf"(?P<seller>{H}){ALIAS}[^，。；\ue000\ue001]{{0,12}}?[\d.,]+[万亿千]?(?:张|股)[，,]?(?P<done>已|并已|已经)?(?:于(?P<d><D>))?{_MANNER}"
    rf"(?:全数|全部|悉数)(?:转让|出售|出让|售)(?:给|予)(?P<buyer>{H}){ALIAS}[，,](?:约)?占(?P<target>\ue001){OF_CAPITAL}?(?:的)?(?:约)?(?P<pct>\ue007)")


def portion_sales(ctx: Context, sent: Sent) -> None:
    """Emit the sales and the holdings around them; `extract_sales` calls it on each sentence naming a company."""
    tpl = sent.tpl
    if "其中" in tpl and ("转让" in tpl or "出售" in tpl or "出让" in tpl):
        for m in _PART_OF_HOLDING.finditer(tpl):
            if hedged(sent, m.start("pct"), m.start("buyer")):
                continue
            seller, target, date = key(sent, m, "seller"), key(sent, m, "target"), deal_date(ctx, sent, m.start("pct"))
            if emit_sale(ctx, sent, seller, target, "sale-part-of-holding", 0.85, buyer=key(sent, m, "buyer"),
                         percent=sent.at(m.start("pct")).value, date=date) is None:
                continue
            ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sale-part-of-holding-before", 0.8,
                     percent=sent.at(m.start("held")).value, former=True)
            if m.group("after"):  # what the seller kept, as of the sale
                ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sale-part-of-holding-after", 0.8,
                         percent=sent.at(m.start("after")).value, as_of=date)
    if "全数" in tpl or "全部" in tpl or "悉数" in tpl:
        for m in _WHOLE_BLOCK.finditer(tpl):
            if not (m.group("done") or m.group("d")) or hedged(sent, m.start("buyer") - 4, m.start("buyer")):
                continue
            date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else deal_date(ctx, sent, m.start("buyer"))
            emit_sale(ctx, sent, key(sent, m, "seller"), key(sent, m, "target"), "sale-whole-block", 0.8,
                      buyer=key(sent, m, "buyer"), percent=sent.at(m.start("pct")).value, date=date)
