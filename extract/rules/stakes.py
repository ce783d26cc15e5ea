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
from extract.rules.base import Context, Sent, list_items, pattern
from schema import Predicate

_C, _P, _R = KIND["C"], KIND["P"], KIND["R"]
_HOLDER = r"[\ue000\ue001]"
_HOLDERS = rf"(?P<holders>{_HOLDER}(?:(?:、|和|及|与|以及){_HOLDER})*)"
_PCTS = r"(?P<pcts>\ue007(?:(?:、|和|及|与|以及)\ue007)*)"
_HOLD_VERB = r"(?:分别)?(?:直接|间接|合计|共同|通过[^，。]{0,12}?)?(?:持有|持股|拥有|占股|持)"
_HOLD = pattern(rf"{_HOLDERS}(?:则|均|各自|目前|仍)?(?:分别)?{_HOLD_VERB}(?:了)?(?P<target><C>)?(?:约|合计|共)?(?:的)?(?:已发行股本(?:总额)?的?)?(?:约)?{_PCTS}")
_IN_CAPITAL = pattern(rf"(?P<holder>{_HOLDER})(?:于|在)(?P<target><C>)(?:已发行股本(?:总额)?|总股本|股本)中(?:拥有|持有)(?:约)?(?P<pct>\ue007)(?:的)?(?:权益|股权|股份)")
_PAREN_HOLD = pattern(r"(?P<holder><C>)[（(][^）)]{0,60}?持有(?:公司|本公司|\ue001)?(?:已发行股本|股份)?的?约?(?P<pct>\ue007)[^）)]*[）)](?:为|是)(?P<target><C>)(?:的)?控股股东")
_CONTROLLING = pattern(rf"(?P<holder>{_HOLDER})(?:为|是|系|成为)(?P<target><C>)(?:的)?(?:控股股东|实际控制人|实控人|第一大股东)")
_CONTROLS = pattern(rf"(?P<holder>{_HOLDER})(?:以[^，。]{{0,10}}方式)?(?:控股|控制)(?:了)?(?P<target><C>)")
_ACTUAL_CONTROLLER = pattern(rf"(?:实控人|实际控制人|控股股东)(?:均|都)?(?:为|是)?(?P<holder>{_HOLDER})")
_SHAREHOLDERS = pattern(rf"(?P<target><C>)(?:的)?(?:[两三四五六七八九十\d]+位|主要|前十大|第一大|第二大|二|大)?股东(?:为|是|包括|有)(?P<list>{_HOLDER}(?:(?:、|和|及|与|以及){_HOLDER})*)")
_SECOND = pattern(rf"(?:第?二大?股东|第一大股东|大股东|股东)(?P<holder>{_HOLDER})")
_INVESTED = pattern(rf"(?P<holder>{_HOLDER})(?:先后|相继|陆续|曾|还|也|已|分别)*(?:投资了|投资|入股了|入股|参股了|参股)(?P<list>[^。；]{{2,120}}?)(?:等|。|；|$)")
# "投资价值", "投资者", "投资收益": 投资 as a noun, not "invested in"
_NOT_INVESTEE = re.compile(r"[^、]{0,4}(?:金额|规模|收益|亏损|回报|损失|价值|者|机构|策略|风险|人|方|业务|领域|理财|咨询|管理|决策|"
                           r"额|需求|逻辑|机会|标的|组合|活动|计划|项目|建设|力度|热情|信心)")
_PLATFORMS = pattern(r"旗下(?:控股及参股|控股或参股|参股及控股|参股|控股)的?(?:平台|公司|企业|机构)包括[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)")
_CORNERSTONE = pattern(r"基石投资者(?:中)?[，,]?(?:包括|有|为)[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)")

_SALE_VERB = re.compile(r"出售|转让(?!协议)|出让|售出|卖出")
_BUYER_AFTER = pattern(rf"(?:而|，|并)?(?P<buyer>{_HOLDER})(?:有条件)?(?:同意|将|已)?(?:购买|收购|受让|买入)")
_BUYER_TO = pattern(rf"(?:转让|出售|出让)(?:给|予)(?P<buyer>{_HOLDER})|向(?P<buyer2>{_HOLDER})(?:出售|转让|出让)")
_BUYER_TAG = pattern(rf"(?P<buyer>{_HOLDER})（买方）")
_TARGET_PCT = pattern(r"(?P<target><C>)(?:[^\ue001\ue000。；，]{0,10}?)(?P<pct><R>)(?:的)?(?:股权|股份|权益|股)")
_PRICE = pattern(r"(?:对价|代价|作价|价格|转让价|总价|以)(?:为|是|约)?(?:人民币)?(?P<price><M>)")
# "出售Opera Limited（欧朋浏览器）发生的投资亏损": a company sold outright
_SOLD_COMPANY = pattern(r"(?:出售|转让|出让|卖出)(?:了|其|所持|持有的|所持有的)*(?P<target><C>)(?:（\ue001）|[（(][^）)]{0,20}[）)])?(?:的)?(?:全部)?(?:股权|股份|权益|发生|产生|获得|录得|带来|所得|事项|交易)")
# "转让旗下不良资产公司40%股权": a subsidiary described, named in the next sentences
_SOLD_DESCRIBED = pattern(r"(?:出售|转让|出让)(?:其)?(?:旗下|下属|持有的|所持)(?P<desc>[^，。；\ue001\ue000]{0,12}?(?:公司|子公司|平台|业务))(?P<pct><R>)(?:的)?(?:股权|股份)")
_NAMED_LATER = pattern(r"(?:出售|转让|出让)(?P<target><C>)(?:的)?(?:\ue007)?(?:的)?(?:股权|股份)")
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
            pairs = list(zip(holders, pcts, strict=True))
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
        targets = [c.key for c in sent.between(0, m.start(), "C") if c.key] or [
            c.key for c in sent.between(m.end(), len(tpl), "C")[:1] if c.key]
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
        earlier = [c for c in sent.between(0, m.start(), "C") if c.key]
        target = earlier[-1].key if earlier else ctx.nearest_company(sent, m.start())
        holder = sent.at(m.start("holder")).key
        if target and target != holder and tpl[max(0, m.start() - 1):m.start()] not in ("的",):
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "named-shareholder", 0.65)
    for m in _INVESTED.finditer(tpl):
        if _hedged(tpl[:m.start()]) or _NOT_INVESTEE.match(m.group("list")) or re.match(r"[和及与、]", m.group("list")):
            continue  # "腾讯投资和红杉中国": 投资 is part of a name there
        holder = sent.at(m.start("holder")).key
        for t in list_items(ctx, sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, holder, t, sent, "invested", 0.7)
    for m in _PLATFORMS.finditer(tpl):
        holder = ctx.nearest_company(sent, m.start()) or ctx.last_company(sent)
        for t in list_items(ctx, sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, holder, t, sent, "platforms", 0.7)
    for m in _CORNERSTONE.finditer(tpl):
        target = ctx.nearest_company(sent, m.start()) or ctx.focus
        for h in list_items(ctx, sent, m.start("list"), m.end("list")):
            ctx.emit(Predicate.HOLDS_STAKE, h, target, sent, "cornerstone", 0.7)


def _named_later(ctx: Context, sent: Sent) -> str | None:
    """The company a described sale target turns out to be: the one whose
    sale the next two sentences name ("本次出售普惠立信股权")."""
    for j in range(sent.i + 1, min(len(ctx.sentences), sent.i + 3)):
        nxt = ctx.sentences[j]
        m = _NAMED_LATER.search(nxt.tpl)
        if m:
            return nxt.at(m.start("target")).key
    return None


def _previous_target(ctx: Context, sent: Sent) -> str | None:
    """For "A和B则分别直接持股X%和Y%": the company whose shares the
    previous sentence was about."""
    for c in reversed(ctx.out):
        if c.sent < sent.i - 1:
            break
        if c.predicate is Predicate.HOLDS_STAKE:
            return c.object
    return None


def _sales(ctx: Context, sent: Sent) -> None:
    """Sale verbs: the seller is the holder before the verb in its clause,
    the target the company whose percentage follows, the buyer the party that
    agrees to buy (或 "B（买方）", "转让给B"), the price the amount named as 对价/以."""
    tpl = sent.tpl
    for v in _SALE_VERB.finditer(tpl):
        head = tpl[:v.start()]
        if _hedged(head[-12:]) or re.search(r"传闻|据传", head):
            continue
        tm = _TARGET_PCT.search(tpl, v.end())
        if tm is None or tm.start() - v.end() > 40:
            continue
        holders = [m for m in sent.between(0, v.start()) if m.kind in ("C", "P")]
        buyer = None
        for rx in (_BUYER_AFTER, _BUYER_TO, _BUYER_TAG):
            bm = rx.search(tpl, max(0, v.start() - 40))
            if bm and bm.start() < tm.start():
                g = "buyer" if bm.group("buyer") else "buyer2"
                buyer = sent.at(bm.start(g)).key
                break
        seller_m = next((m for m in reversed(holders) if m.key != buyer), None)
        if seller_m is None:
            continue
        seller = seller_m.key
        target = sent.at(tm.start("target")).key
        if target in (seller, buyer):
            continue
        pct = sent.at(tm.start("pct")).value
        pm = _PRICE.search(tpl)
        price = sent.at(pm.start("price")).value if pm else None
        ds = sent.between(0, v.start(), "D")
        date = ctx.date_iso(ds[-1], sent) if ds else None
        q: dict[str, object] = {"buyer": buyer, "percent": pct, "date": date}
        if price is not None:
            q["amount"] = int(price.amount) if price.amount == int(price.amount) else price.amount
            q["currency"] = price.currency
        ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, "sale", 0.85, **q)
        if "持有的" in tpl[v.end():tm.start()] or "持有的" in tpl[v.start() - 8:v.start()]:
            ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sold-held", 0.8, percent=pct)
    for m in _SOLD_COMPANY.finditer(tpl):
        if _hedged(tpl[max(0, m.start() - 12):m.start()]) or any(
                c.predicate is Predicate.SOLD_STAKE and c.sent == sent.i for c in reversed(ctx.out[-8:])):
            continue
        target = sent.at(m.start("target")).key
        sellers = [x for x in sent.between(0, m.start(), "C") if x.key != target]
        seller = sellers[0].key if sellers else ctx.nearest_company(sent, m.start())
        ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, "sold-company", 0.7)
    for m in _SOLD_DESCRIBED.finditer(tpl):
        target = _named_later(ctx, sent)
        holders = [x for x in sent.between(0, m.start(), "C")]
        if target is None or not holders:
            continue
        seller = holders[-1].key
        pm = _PRICE.search(tpl)
        price = sent.at(pm.start("price")).value if pm else None
        ds = sent.between(0, m.start(), "D")
        q: dict[str, object] = {"percent": sent.at(m.start("pct")).value,
                                "date": ctx.date_iso(ds[-1], sent) if ds else None}
        if price is not None:
            q["amount"] = int(price.amount) if price.amount == int(price.amount) else price.amount
            q["currency"] = price.currency
        ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, "sold-described", 0.75, **q)
        if "旗下" in tpl[m.start():m.start("desc") + 1] or "子公司" in m.group("desc"):
            ctx.emit(Predicate.SUBSIDIARY_OF, target, seller, sent, "sold-described-subsidiary", 0.7, kind="subsidiary")
    for m in _NO_LONGER_HOLD.finditer(tpl):
        seller, target = sent.at(m.start("seller")).key, sent.at(m.start("target")).key
        for c in list(ctx.by_subject(seller or "")):
            if c.predicate is Predicate.SOLD_STAKE and c.object == target and "percent" in c.qualifiers:
                ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sold-no-longer-holds", 0.8, percent=c.qualifiers["percent"])
