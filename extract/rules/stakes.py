"""HOLDS_STAKE and SOLD_STAKE.

Holdings: "A及B分别持有C 60%及40%股权" (distributed in order), "A间接持股C
32.12%", "A于C已发行股本总额中拥有约14.3%权益", "A为C控股股东" (controlling),
"实控人A", investment lists ("A先后投资了X、Y、Z等", "基石投资者…包括X、Y").
Sales: "S(卖方)…同意出售…持有的T 40%股权，对价为人民币1.992亿元" with the
buyer from "而B同意购买" or "B（买方）"; the seller held what it sold, so a
sale also states the seller's prior holding.
"""

from __future__ import annotations

import re

from extract.mentions import KIND
from extract.rules.base import Context, Sent, pattern
from schema import Predicate

_C, _P, _R = KIND["C"], KIND["P"], KIND["R"]
_HOLDER = r"[\ue000\ue001]"
_HOLDERS = rf"(?P<holders>{_HOLDER}(?:(?:、|和|及|与|以及){_HOLDER})*)"
_PCTS = r"(?P<pcts>\ue007(?:(?:、|和|及|与|以及)\ue007)*)"
_HOLD_VERB = r"(?:分别)?(?:直接|间接|合计|共同|通过[^，。]{0,12}?)?(?:持有|持股|拥有|占股|持)"
_HOLD = pattern(rf"{_HOLDERS}(?:则|均|各自|目前|仍)?(?:分别)?{_HOLD_VERB}(?:了)?(?P<target><C>)?(?:约|合计|共)?(?:的)?(?:已发行股本(?:总额)?的?)?(?:约)?{_PCTS}")
_IN_CAPITAL = pattern(rf"(?P<holder>{_HOLDER})(?:于|在)(?P<target><C>)(?:已发行股本(?:总额)?|总股本|股本)中(?:拥有|持有)(?:约)?(?P<pct>\ue007)(?:的)?(?:权益|股权|股份)")
_PAREN_HOLD = pattern(rf"(?P<holder><C>)[（(][^）)]{{0,60}}?持有(?:公司|本公司)?(?:已发行股本|股份)?的?约?(?P<pct>\ue007)[^）)]*[）)](?:为|是)(?P<target><C>)(?:的)?控股股东")
_CONTROLLING = pattern(rf"(?P<holder>{_HOLDER})(?:为|是|系|成为)(?P<target><C>)(?:的)?(?:控股股东|实际控制人|实控人|第一大股东)")
_CONTROLS = pattern(rf"(?P<holder>{_HOLDER})(?:以[^，。]{{0,10}}方式)?(?:控股|控制)(?:了)?(?P<target><C>)")
_ACTUAL_CONTROLLER = pattern(rf"(?:实控人|实际控制人|控股股东)(?:均|都)?(?:为|是)?(?P<holder>{_HOLDER})")
_SHAREHOLDERS = pattern(rf"(?P<target><C>)(?:的)?(?:[两三四五六七八九十\d]+位|主要|前十大|第一大|第二大|二|大)?股东(?:为|是|包括|有)(?P<list>{_HOLDER}(?:(?:、|和|及|与|以及){_HOLDER})*)")
_SECOND = pattern(rf"(?:第?二大?股东|第一大股东|大股东|股东)(?P<holder>{_HOLDER})")
_INVESTED = pattern(rf"(?P<holder>{_HOLDER})(?:先后|相继|陆续|曾|还|也|已|分别)*(?:投资了|投资|入股了|入股|参股了|参股)(?P<list>(?:[^\ue001\ue000，。；]{{0,16}}?\ue001(?:、|和|及|与|以及)?)+)")
_PLATFORMS = pattern(rf"旗下(?:控股及参股|控股或参股|参股及控股|参股|控股)的?(?:平台|公司|企业|机构)包括[：:]?(?P<list>(?:\ue001(?:、|和|及|与|以及)?)+)")
_CORNERSTONE = pattern(rf"基石投资者(?:中)?[，,]?(?:包括|有|为)?(?P<list>(?:\ue001(?:、|和|及|与|以及)?)+)")

_BUY_SELL = pattern(
    rf"(?P<seller>{_HOLDER})(?:（卖方）)?[^。；]{{0,40}}?(?:有条件)?(?:同意|将|拟|已)?(?:以(?P<price1>\ue006)(?:的价格)?)?(?:出售|转让|出让)"
    rf"(?:而(?P<buyer><C>|<P>)(?:有条件)?同意(?:购买|收购|受让))?(?P<mid>[^。；]{{0,30}}?)(?P<target><C>)?(?P<mid2>[^。；\ue001]{{0,10}}?)(?P<pct>\ue007)?(?:的)?(?:股权|股份|权益)?"
)
_PRICE = pattern(r"(?:对价|代价|作价|价格|转让价|总价)(?:为|是|约)?(?:人民币)?(?P<price>\ue006)")
_BUYER_TAG = pattern(rf"(?P<buyer>{_HOLDER})（买方）")
_PRICE_BEFORE = pattern(r"(?:以|作价)(?P<price>\ue006)")
_NO_LONGER_HOLD = pattern(rf"(?P<seller>{_HOLDER})将?不再持有(?:任何)?(?P<target><C>)")


def _list(sent: Sent, a: int, b: int) -> list[str]:
    return [m.key for m in sent.between(a, b) if m.kind in ("C", "P") and m.key]


def _hedged(text: str) -> bool:
    return bool(re.search(r"传闻|据传|或将|有望|拟议|意向", text))


def extract_stakes(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        if _C not in tpl:
            continue
        _holdings(ctx, sent)
        _sales(ctx, sent)


def _holdings(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _HOLD.finditer(tpl):
        holders = _list(sent, m.start("holders"), m.end("holders"))
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        target = sent.at(m.start("target")).key if m.group("target") else _previous_target(ctx, sent)
        after = tpl[m.end():m.end() + 6]
        if re.match(r"的?(?:营收|收入|市场|份额|增长|下降|贷款)", after):
            continue
        if target is None:
            continue
        if len(holders) == len(pcts):
            pairs = list(zip(holders, pcts))
        elif len(pcts) == 1:
            pairs = [(h, pcts[0]) for h in holders[-1:]]
        else:
            continue
        for h, p in pairs:
            ctx.emit(Predicate.HOLDS_STAKE, h, target, sent, "holds-percent", 0.85, percent=p)
    for m in _IN_CAPITAL.finditer(tpl):
        ctx.emit(Predicate.HOLDS_STAKE, sent.at(m.start("holder")).key, sent.at(m.start("target")).key, sent,
                 "capital-interest", 0.9, percent=sent.at(m.start("pct")).value)
    for m in _PAREN_HOLD.finditer(tpl):
        ctx.emit(Predicate.HOLDS_STAKE, sent.at(m.start("holder")).key, sent.at(m.start("target")).key, sent,
                 "controlling-with-percent", 0.9, percent=sent.at(m.start("pct")).value, controlling=True)
    for rx, rule in ((_CONTROLLING, "controlling-holder"), (_CONTROLS, "controls")):
        for m in rx.finditer(tpl):
            if _PAREN_HOLD.search(tpl) and rule == "controlling-holder":
                continue
            if re.search(r"不|否认|并非|并无|没有", tpl[max(0, m.start() - 4):m.start("target")]):
                continue
            ctx.emit(Predicate.HOLDS_STAKE, sent.at(m.start("holder")).key, sent.at(m.start("target")).key, sent,
                     rule, 0.8, controlling=True)
    for m in _ACTUAL_CONTROLLER.finditer(tpl):
        holder = sent.at(m.start("holder")).key
        targets = [c.key for c in sent.between(0, m.start(), "C") if c.key]
        # "上市公司全新好…实控人韩学渊" / "X与Y…其实控人均为Z"
        if "均" in tpl[m.start():m.end()] or "共同" in tpl[:m.start()]:
            tset = list(dict.fromkeys(targets))
        else:
            tset = targets[-1:] or ([ctx.focus] if ctx.focus else [])
        for t in tset:
            ctx.emit(Predicate.HOLDS_STAKE, holder, t, sent, "actual-controller", 0.75, controlling=True)
    for m in _SHAREHOLDERS.finditer(tpl):
        target = sent.at(m.start("target")).key
        for h in _list(sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, h, target, sent, "shareholders-list", 0.8)
    for m in _SECOND.finditer(tpl):
        target = ctx.nearest_company(sent, m.start())
        holder = sent.at(m.start("holder")).key
        if target and target != holder and not tpl[max(0, m.start() - 1):m.start()] in ("的",):
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "named-shareholder", 0.65)
    for m in _INVESTED.finditer(tpl):
        if _hedged(tpl[:m.start()]):
            continue
        holder = sent.at(m.start("holder")).key
        for t in _list(sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, holder, t, sent, "invested", 0.7)
    for m in _PLATFORMS.finditer(tpl):
        holder = ctx.nearest_company(sent, m.start()) or ctx.last_company(sent)
        for t in _list(sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, holder, t, sent, "platforms", 0.7)
    for m in _CORNERSTONE.finditer(tpl):
        target = ctx.nearest_company(sent, m.start()) or ctx.focus
        for h in _list(sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, h, target, sent, "cornerstone", 0.7)


def _previous_target(ctx: Context, sent: Sent) -> str | None:
    """For "A和B则分别直接持股X%和Y%": the company whose shares the
    previous sentence was about."""
    for c in reversed(ctx.out):
        if c.predicate is Predicate.HOLDS_STAKE and c.sent >= sent.i - 1:
            return c.object
    return None


def _sales(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _BUY_SELL.finditer(tpl):
        if not (m.group("target") and m.group("pct")):
            continue
        if _hedged(tpl[:m.start("seller")]):
            continue
        seller = sent.at(m.start("seller")).key
        target = sent.at(m.start("target")).key
        pct = sent.at(m.start("pct")).value
        buyer = sent.at(m.start("buyer")).key if m.group("buyer") else None
        if buyer is None:
            bt = _BUYER_TAG.search(tpl)
            if bt:
                buyer = sent.at(bt.start("buyer")).key
        price = None
        pm = _PRICE.search(tpl, m.start()) or (_PRICE_BEFORE.search(tpl, m.start()) if m.group("price1") is None else None)
        if m.group("price1"):
            price = sent.at(m.start("price1")).value
        elif pm:
            price = sent.at(pm.start("price")).value
        ds = sent.between(0, m.start("target"), "D")
        date = ctx.date_iso(ds[-1], sent) if ds else None
        q = {"buyer": buyer, "percent": pct, "date": date}
        if price is not None:
            q["amount"] = int(price.amount) if price.amount == int(price.amount) else price.amount
            q["currency"] = price.currency
        ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, "sale", 0.85, **q)
        if re.search(r"持有的", m.group("mid") + m.group("mid2")):
            ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sold-held", 0.8, percent=pct)
    for m in _NO_LONGER_HOLD.finditer(tpl):
        seller, target = sent.at(m.start("seller")).key, sent.at(m.start("target")).key
        for c in list(ctx.out):
            if c.predicate is Predicate.SOLD_STAKE and c.subject == seller and c.object == target and "percent" in c.qualifiers:
                ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sold-no-longer-holds", 0.8, percent=c.qualifiers["percent"])
