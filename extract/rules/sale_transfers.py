"""SOLD_STAKE told as done on the register or on the market rather than by a
sale verb with its parties: a transfer registered to the buyer ("S所持T 20%股权已过户至B名下",
"T 32.5%股份原由S持有，已无偿划转至B"), several companies' shares passed at once, a share won at
auction, an exit ("S退出了A、B", "S从T退出", "于2019年完成退出") and a reduction ("S减持T 2.1%").
`extract_sales` runs it (`exits`) in its place among the sale rules.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.enumerations import list_items
from extract.rules.holder_slots import pct_of
from extract.rules.sale_parts import ALIAS as _ALIAS
from extract.rules.sale_parts import OF_CAPITAL as _OF_CAPITAL
from extract.rules.sale_parts import H as _H
from extract.rules.sale_parts import deal_date as _date
from extract.rules.sale_parts import emit_sale as _sale
from extract.rules.sale_parts import hedged as _hedged
from extract.rules.sale_parts import key as _key
from extract.rules.sale_parts import money as _money
from extract.rules.stake_targets import ref_target
from extract.rules.templates import COMPANY_LIST, Sent, gated, pattern
from schema import Predicate

# "S持有的T1 100%股权、T2 100%股权，以及T3 70%股权，已于D全部转让予B": several companies, a share of each, one buyer
_SHARE_ITEM = rf"\ue001{_ALIAS}(?:的)?\ue007(?:的)?(?:股权|股份)"
_LISTED_SOLD = pattern(rf"(?P<seller>{_H}){_ALIAS}(?:持有的|所持有的|所持的|所持)(?P<items>{_SHARE_ITEM}(?:[、，,]?(?:以及|和|及|与|、){_SHARE_ITEM})+)[，,]?"
                       rf"(?:已|均已|已经)?(?:于<D>)?(?:全部|均|分别)?(?:转让|出售|出让|划转|过户)(?:给|予|至)(?P<buyer>{_H})")
# "S持有的T" + a share + "已完成过户至B名下", "S所持T股权已过户给B", "S所持T" + a share + "已无偿划转至B": a registered transfer;
# "S所持T 12.5%股权已变更至B名下", "…已登记至B名下": the register moved to the buyer, who holds the share now
_TRANSFERRED = pattern(
    rf"(?P<seller>{_H}){_ALIAS}(?:持有的|所持有的|所持的|所持)(?:(?P<target><C>){_ALIAS}|(?P<ref>该公司|该行|其))(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)(?:[，,](?=已|均已|正式))?[^，。；\ue000\ue001]{{0,8}}?(?:已|正式)?(?:完成|办理完毕|办妥)?(?:了)?"
    rf"(?:过户(?:登记)?(?:手续)?|(?:无偿)?划转|(?:协议)?转让|(?P<reg>变更登记|变更|登记))(?:至|给|到|予)(?P<buyer>{_H}){_ALIAS}(?P<named>名下)?"
)
# "T 32.5%股份原由S持有，已于D无偿划转过户至B": the share named first, its holder until then after 原由
_HELD_UNTIL_TRANSFERRED = pattern(
    rf"(?P<target><C>)(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)(?:原|此前|之前|原先)由(?P<seller>{_H})(?:所)?持有[，,]?(?:现|现已|已|均已)(?:于<D>[旬底初末]?)?"
    rf"(?:无偿)?(?:划转|转让|过户)(?:过户|登记)?(?:至|给|予|到)(?P<buyer>{_H})"
)
# "S所持T" + a share + "无偿划转至B的" + "过户…手续" + "已于D办理完毕": the registration of the transfer done
_TRANSFER_REGISTERED = pattern(
    rf"(?P<seller>{_H})(?:持有的|所持有的|所持的|所持)(?P<target><C>)(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)(?:无偿)?(?:划转|转让|过户)(?:至|给|予|到)(?P<buyer>{_H})"
    r"(?:名下)?的(?:股份|股权)?(?:过户登记|过户|变更登记|工商变更登记)(?:手续)?(?:已|已经)(?:于(?P<date><D>))?(?:正式|顺利)?(?:办理完毕|完成|办结|办妥)"
)
# an auction won: "B通过司法拍卖竞得S所持T 5%股份" (the auction is done; 拍卖 alone is an offer)
_WON_AT_AUCTION = pattern(rf"(?P<buyer>{_H})(?:[^，。；\ue000\ue001]{{0,16}}?)竞得(?:了)?(?P<seller>{_H}){_ALIAS}(?:持有的|所持有的|所持的|所持)(?P<target><C>){_ALIAS}(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)")
# the targets: mentions, or a list naming one known company among names we do not know ("先后退出了ABC、C、沐川物流")
_EXIT = gated(rf"(?P<seller>{_H})(?:[^，。；\ue000\ue001]{{0,6}}?)(?:陆续|已|先后|全面|彻底|逐步)*退出(?:了)?(?P<targets>{COMPANY_LIST}|[^，。；：\ue000]{{2,60}}?(?=[，。；]|等|$))", "退出")
_EXIT_FROM = gated(rf"(?P<seller>{_H})(?:已|也|则)?从(?P<target><C>)(?:中)?退出", "退出")
_EXITED = gated(r"(?:并|并于|于|在)?(?P<date>\ue004)?(?:实现|完成)(?:了)?(?:全部|完全)?退出", "退出")
# a span of days and a manner ("S于D至D2" + "通过集中竞价方式" + "减持公司股份" + a figure), or "S于D减持所持公司股份" + a figure: the share sold follows
_REDUCED = pattern(rf"(?P<seller>{_H})(?:[^，。；\ue000\ue001]{{0,6}}?)(?P<way>(?P<span>至\d{{1,2}}日)?(?:通过|以)[^，。；\ue000\ue001]{{1,16}}?方式)?"
                   rf"(?:在(?P<in><C>)持股数量减少|(?:已|累计|再度|再次|大幅)*减持(?:了)?(?:其)?(?:所持|持有的|所持有的)?(?:的)?(?P<target><C>)"
                   rf"(?:(?:的)?(?:A股|无限售流通)?(?:股份|股票)(?:约)?(?P<pct><R>)|(?:约)?(?P<pct2><R>)(?:的)?(?:A股)?(?:股份|股票|股权)"
                   rf"|(?:的)?(?:A股|无限售流通)?(?:股份|股票)?[\d.,]+[万亿]?股[，,](?:约)?占(?:<C>)?{_OF_CAPITAL}(?:的)?(?:比例)?(?:为)?(?:约)?(?P<pct3><R>))?)")


#: a company's body after the company left: a seat given up, not a holding
_BODY_AFTER = re.compile(r"(?:的)?(?:董事会|董事局|监事会|管理层|领导层|管理团队)")


def exits(ctx: Context, sent: Sent) -> None:
    """The transfers, auctions, exits and reductions of a sentence."""
    tpl = sent.tpl
    for m in _TRANSFERRED.finditer(tpl):
        if _hedged(sent, m.start(), m.end()) and m.group("target") and m.group("pct"):
            # "S持有的T 9.9%股份拟无偿划转至B": a planned transfer, of the share S holds
            ctx.emit(Predicate.HOLDS_STAKE, _key(sent, m, "seller"), _key(sent, m, "target"), sent, "planned-transfer-held", 0.75, percent=pct_of(sent, m))
        if _hedged(sent, m.start(), m.end()) or (m.group("reg") and not m.group("named")) or tpl.startswith("的", m.end()):
            continue  # "变更至B" alone is no transfer of shares ("变更至B名下" is); "…划转至B的过户登记…" is _TRANSFER_REGISTERED's
        pct, buyer, seller = pct_of(sent, m), _key(sent, m, "buyer"), _key(sent, m, "seller")
        target = _key(sent, m, "target") or ref_target(ctx, sent, m, (seller or "", buyer or ""))  # "所持该公司14%股权"
        c = _sale(ctx, sent, seller, target, "transferred", 0.85, True, buyer=buyer,
                  percent=pct, date=_date(ctx, sent, m.start()))
        if c is not None and m.group("named") and pct is not None:  # the share stands in the buyer's name now
            ctx.emit(Predicate.HOLDS_STAKE, buyer, c.object, sent, "transferred-into-name", 0.8, percent=pct, as_of=c.qualifiers.get("date"))
    for m in _HELD_UNTIL_TRANSFERRED.finditer(tpl) if "由" in tpl else ():
        _sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "held-until-transferred", 0.85, True,
              buyer=_key(sent, m, "buyer"), percent=pct_of(sent, m), date=_date(ctx, sent, m.start("buyer")))
    for m in _TRANSFER_REGISTERED.finditer(tpl):
        when = ctx.date_iso(sent.at(m.start("date")), sent) if m.group("date") else _date(ctx, sent, m.start())
        _sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "transfer-registered", 0.85, True, buyer=_key(sent, m, "buyer"),
              percent=pct_of(sent, m), date=when)
    for m in _LISTED_SOLD.finditer(tpl):
        if not _hedged(sent, m.start(), m.end()):
            date = _date(ctx, sent, m.start("buyer"))
            for item in re.finditer(_SHARE_ITEM, tpl[m.start("items"):m.end("items")]):
                at = m.start("items") + item.start()
                pct = next(x.value for x in sent.between(at, m.start("items") + item.end(), "R"))
                _sale(ctx, sent, _key(sent, m, "seller"), sent.at(at).key, "listed-sold", 0.8, buyer=_key(sent, m, "buyer"), percent=pct, date=date)
    for m in _WON_AT_AUCTION.finditer(tpl):
        if not re.search(r"传闻|据传|或将|有望|拟|计划|意向", tpl[max(tpl.rfind(c, 0, m.start()) for c in "，；：") + 1:m.end()]):
            _sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "won-at-auction", 0.8, True, buyer=_key(sent, m, "buyer"),
                  percent=pct_of(sent, m), date=_date(ctx, sent, m.start()), **_money(sent))
    for m in _EXIT.finditer(tpl):
        if _hedged(sent, m.start(), m.start("targets")) or "股东行列" in tpl[m.end():m.end() + 4] or _BODY_AFTER.match(tpl, m.end()):
            continue  # ("P退出了公司的董事会": a seat given up, no shares sold)
        targets = [x.key for x in sent.between(m.start("targets"), m.end("targets"), "C")]
        if targets and "、" in m.group("targets") and not re.fullmatch(COMPANY_LIST, m.group("targets")):
            targets = list_items(ctx, sent, m.start("targets"), m.end("targets"))
        for t in targets:
            _sale(ctx, sent, _key(sent, m, "seller"), t, "exit", 0.75, date=_date(ctx, sent, m.start()))
    for m in _EXIT_FROM.finditer(tpl):
        if not _hedged(sent, m.start(), m.start("target")):
            _sale(ctx, sent, _key(sent, m, "seller"), _key(sent, m, "target"), "exit", 0.75, date=_date(ctx, sent, m.start()))
    for m in _EXITED.finditer(tpl):
        # "A早年投资B，一度是其第二大股东，于2019年完成退出": the company entered before is the one exited
        entered = re.search(r"(\ue000|\ue001)[^，。；]{0,6}?(?:入股|参股|投资)(?:了)?(\ue001)", tpl[:m.start()])
        if entered is None or _hedged(sent, m.start(), m.end()):
            continue
        date = ctx.date_iso(sent.at(m.start("date")), sent) if m.group("date") else None
        _sale(ctx, sent, sent.at(entered.start(1)).key, sent.at(entered.start(2)).key, "exit", 0.75, date=date)
    for m in _REDUCED.finditer(tpl):
        if _hedged(sent, m.start(), m.end()) or re.match(r"(?:计划|方案|事项|公告)", tpl[m.end():m.end() + 2]):
            continue
        if m.group("way") and not (m.group("pct") or m.group("pct2") or m.group("pct3")):
            continue  # "以大宗交易减持公司股份518万股": shares sold on the market, no share of the company stated
        target = _key(sent, m, "in") or _key(sent, m, "target")
        ds = [d for d in sent.between(m.start(), m.end(), "D") if not d.value.period]  # "S于D减持…": the day of the sale
        date = ctx.date_iso(ds[0], sent) if ds else _date(ctx, sent, m.start())
        if m.group("span") and ds and date:
            date = date[:7]  # "于12月16日至19日": days of one month
        # ("减持C 2.1%的股份": the share sold right after the company, before the word for shares)
        _sale(ctx, sent, _key(sent, m, "seller"), target, "reduced", 0.7, date=date, percent=pct_of(sent, m) or pct_of(sent, m, "pct2") or pct_of(sent, m, "pct3"))
