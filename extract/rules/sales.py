"""SOLD_STAKE: a completed, approved or registered transfer of shares.

News writes a sale from either side and in either order:

* seller, verb, target: "S同意出售…持有的T 40%股权，对价为人民币1.992亿元",
  with the buyer from "而B同意购买", "转让给B", "向B出售" or "B（买方）";
* target before the verb: "S拟将其持有的T全部股份" + "转让给B", "S将其于T的" + "四成股权
  转让予B", "S将所持A、B等股权无偿划转至B";
* buyer first: "B受让S持有的T 19%股权", "批复同意B受让S持有的T股份";
* exits: "S退出了A、B、C", "S从T退出", "S减持T" (done, not planned), and transfers
  done on the register (`sale_transfers`).

A planned sale (拟, 计划, 意向), an offer of shares for sale (挂牌转让, 拍卖)
and a rumour are not sales. The seller held what it sold, so a sale from
"持有的"/"所持" also states the seller's holding. A sale of "全部" shares
without a figure takes the seller's holding stated elsewhere in the article.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.sale_counterparties import closed_projects, counterparty_sales, former_owner_out, several_sellers
from extract.rules.sale_names_then import sales_at_names_then
from extract.rules.sale_parts import ALIAS as _ALIAS
from extract.rules.sale_parts import OF_CAPITAL as _OF_CAPITAL
from extract.rules.sale_parts import H as _H
from extract.rules.sale_parts import deal_date as _date
from extract.rules.sale_parts import emit_sale as _sale
from extract.rules.sale_parts import hedged as _hedged
from extract.rules.sale_parts import key as _key
from extract.rules.sale_parts import money as _money
from extract.rules.sale_parts import pair_before, planned_then_registered
from extract.rules.sale_portions import portion_sales
from extract.rules.sale_transfers import exits
from extract.rules.sold_together import sold_together
from extract.rules.stake_holders import clause_subject
from extract.rules.stake_targets import target_for
from extract.rules.templates import COMPANY_LIST, Sent, gated, pattern
from schema import Predicate

_C = KIND["C"]
#: what a share is of ("占注册资本的20%")

#: (not 转让 naming the manner of a purchase told from the buyer's side: "B通过协议转让受让S持有的…", "以协议转让方式收购")
_SALE_VERB = re.compile(r"出售|转让(?!协议|方|(?:的)?(?:方式)?(?:受让|收购|购买|购入|取得|买入))|出让|售出|卖出")
_BUYER_AFTER = pattern(rf"(?:而|，|并)?(?P<buyer>{_H})(?:有条件)?(?:同意|将|已)?(?:购买|收购|受让|买入)")
#: a buyer described by its market: "转让给" + "科创板上市公司B", "转让予" + "一家港股公司B"
_LISTED_CO = r"(?:一家)?(?:\ue002|港股|A股|美股)?(?:主板)?上市公司"
#: a buyer described by its kind first: "出售给" + "日本投资机构B", "转让给" + "一家北欧养老基金B", "转让给本公司股东B"
_BUYER_KIND = r"(?:[^，。；\ue000-\ue007]{0,8}?(?:投资机构|机构|投资者|投资人|财团|主权基金|保险集团|金融集团|保险商|地产商|发展商)|(?:<C>)?(?:现有|其他|另一)?股东)"
#: a buyer described as another company's member: "转让给" + "A的另一家附属公司B", "售予A旗下全资子公司B" (A perhaps not read as a name)
_BUYER_MEMBER = r"(?:\ue001|[^，。；\ue000-\ue007]{1,10}?)(?:旗下)?(?:的)?(?:另一家|另一间|一家|一间)?(?:全资|控股)?(?:附属公司|子公司)"
_BUYER_TO = pattern(rf"(?:转让|出售|出让|划转)(?:给|予|至)(?:了)?(?:{_LISTED_CO}|{_BUYER_KIND})?(?P<buyer>{_H})|向(?P<buyer2>{_H}){_ALIAS}(?:协议|正式)?(?:出售|转让|出让)")
#: the company a regulator approved, its purchase told in the next clause: "金管会核准B以" + a price + "，向S取得T" + a share
#: (B, not the regulator the clause opens with, is the buyer; the holding starts at the closing the text may still await)
_APPROVED_BUYER = pattern(r"(?:核准|批准|同意)(?P<buyer>\ue001)[^，。；\ue000\ue001]{0,16}[，,]$")
#: where a seller's capital is from, said before its name: "向港资S取得T" + a share, "从外资S手中收购…"
_CAPITAL_FROM = r"(?:港资|外资|陆资|中资|台资|日资|美资|欧资|澳资|星资|国资|民资)"
#: a seller described before its name: "向当地企业家拿督S收购", "从早期投资人S手中受让", "向原股东S购入"
_SELLER_KIND = r"(?:当地|本地|本港|香港|内地|知名)?(?:企业家|商人|富商|自然人|早期投资人|投资人|投资者|原股东|大股东|股东|创始人)(?:拿督斯里|拿督|丹斯里)?"
# a purchase told from the buyer's side: "B以" + a price + "向A收购其持有的C" + its share (A sold C to B), or "…收购C全部已发行股本"
# "B完成从S受让T" + a share + "的交割", "B于D" + a manner + "，自S取得T" + a share (the buyer the subject of the clause before)
_BOUGHT_FROM = gated(rf"(?:(?P<buyer>{_H})(?:[（(][^（）()]{{0,40}}[）)])?[^，。；\ue000\ue001]{{0,16}}?|(?<=[，,]))(?:向|从|自)(?:{_CAPITAL_FROM})?(?:{_SELLER_KIND})?(?P<seller>{_H}){_ALIAS}(?:处|手中|手里|手上)?(?:协议)?"
                     rf"(?:收购|购买|受让|购入|购得|取得)(?:了)?(?:其)?(?:持有|所持)?(?:的)?"
                     rf"(?:(?:[^，。；\ue000-\ue007]{{0,10}}?(?:公司|企业|机构))?(?P<target><C>){_ALIAS}|本公司|该公司|公司|该行)(?:的)?(?P<pct><R>)?(?:的)?(?P<all>全部已发行(?=股)|全部(?=股权|股份))?(?:股权|股份|股本)", "收购", "购买", "受让", "购入", "购得", "取得")
_BUYER_TAG = pattern(rf"(?P<buyer>{_H})[（(]买方[）)]")
#: the clause after a purchase that makes the buyer a holder it was not: "，成为其第N大股东", "，从而成为C新股东"
_BECAME_HOLDER = pattern(r"[，,](?:并|从而|由此|一举)?成为(?:其|该行|该公司|<C>)?(?:的)?(?:第[一二三四五六七八九十]大|新|主要|单一最大|最大)股东")
_SELLER_TAG = pattern(rf"(?P<seller>{_H})[（(]卖方[）)]")
_TARGET_PCT = pattern(r"(?:目标公司)?(?P<target><C>)(?:[^\ue001\ue000。；，]{0,10}?)(?P<pct><R>)(?:的)?(?:股权|股份|权益|股)")
# "向B转让T" + a count ("880万股股份") + "，占总股本的" + a figure: shares counted, then their share of the capital
_TARGET_SHARES = pattern(rf"(?P<target><C>)[^\ue001\ue000。；，]{{0,16}}?股(?:股份)?[，,](?:约)?占(?:<C>)?{_OF_CAPITAL}?(?:的)?(?:比例)?(?:为)?(?:约)?(?P<pct><R>)")
# "…销售股份" + ", 即T（「目标公司」）" + a count + "…相当于目标公司" + "全部已发行股本": shares counted, all the capital
_TARGET_WHOLE = pattern(rf"(?P<target><C>){_ALIAS}[^\ue001\ue000。；，]{{0,16}}?股(?:股份)?[，,](?:相当于|占|即|为)(?:<C>)?(?:的)?全部{_OF_CAPITAL}")
# "向B出售所持" + a count ("3.2亿股") + "，占已发行股本" + a figure: the seller's own shares of the company spoken of, counted, then their share
_HELD_SHARES = pattern(rf"(?:所持|持有的|所持有的)(?:的)?[\d.,]+[万亿]?股(?:股份)?[，,](?:约)?占{_OF_CAPITAL}(?:的)?(?:比例)?(?:为)?(?:约)?(?P<pct><R>)")
# "S拟将其持有的T全部股份" + "转让给B", "S将其于T的" + a share + "转让予B", "S将所持A、B等股权无偿划转至B", "S将所持T 10%股权转给了B",
# "S与B签署协议，将其持有的T 20%股权转让给B" (the seller the subject of the clause before),
# "S将所持T" + a share + "转让给其全资子公司B" (the buyer the seller's own), "S将所持" + a share + "转让给B" (T the text's company), "S将其直接持有的T" + a share + "无偿划转至B",
# "S将旗下T 20%股权售予B", "S将所持T 40%股份，全数转让予B" (the adverb of the whole after a comma),
# "S将其持有的T" + a count of shares + "（占T总股本的" + a figure + "）" + a price a share + "协议转让给B"
#: where the buyer is from, before its name: "售予日本的B"
_FROM_PLACE = r"(?:新加坡|日本|韩国|美国|英国|德国|法国|荷兰|瑞士|澳大利亚|加拿大|马来西亚|泰国|印尼|菲律宾|越南|台湾|香港|澳门|内地|中东|欧洲|本地|当地|海外|境外)的"
_TARGET_FIRST = pattern(
    rf"(?:(?P<seller>{_H}){_ALIAS}(?:[^，。；\ue000\ue001]{{0,8}}?)|(?<=[，,])(?:并|已|已经|并已)?(?:完成|完成了)?)(?:将|把)(?P<held>其(?:直接|间接)?持有的|其所持有的|其所持的|其所持|所持有的|所持的|所持|(?:直接|间接)?持有的|手里(?:的)?|手中(?:的)?|其)?(?:于|旗下)?(?P<sub>(?:原|前)?(?:全资|控股|参股)?(?:子|孙)公司)?(?:(?P<targets>{COMPANY_LIST}){_ALIAS}(?:等)?|(?=(?:全部)?\ue007))(?:的)?(?P<all0>全部(?=<R>))?(?P<pct><R>)?"
    rf"(?:的)?(?P<all>全部)?(?:[\d.,]+[万亿]?股(?:(?:无限售条件|无限售|有限售条件|限售)?流通股|[AH]股)?(?:股权|股份)?|股权|股份|权益)(?:[（(]占[^）)]{{0,8}}?(?P<pct2><R>)[）)])?"
    rf"(?:以[^，。；\ue000\ue001]{{0,12}}?(?:价格|对价|代价))?(?:[，,](?=全数|全部|悉数))?(?:[^，。；\ue000\ue001\ue007]{{0,6}}?)(?P<verb>无偿划转|划转|转让|出售|出让|售|转)(?:给|予|至)(?:了)?(?:其(?:全资|控股)?子公司|\ue001旗下(?:的)?|\ue001(?:的)?(?:现有)?股东|{_BUYER_MEMBER}|{_LISTED_CO}|{_BUYER_KIND}|{_FROM_PLACE})?(?P<buyer>{_H})"
)
# "B受让S持有的T 19%股权", "批复同意B受让S持有的T 7亿股股份", "B以5亿元受让S持有的T股权",
# "B以" + a price a unit + "收购S所持T" + a share + "单位，交易完成后…" (a trust's units, the purchase done),
# "B受让S持有的T" + a sum of capital + "，占注册资本的" + its share, "B已完成收购S所持T" + a share (收购/购买 when done: 已, 完成,
# or a closing after it: "B以" + a price + "收购S持有的T" + a share + "，并于D完成交割")
_BUYER_FIRST = gated(
    rf"(?<![从自向])(?P<buyer>{_H})(?:[（(][^（）()。；]{{0,30}}[）)])?(?:于<D>)?(?:已|正式|协议|成功|则系|系|获准|宣布|同时|另)*(?:(?:以|通过)[^，。；\ue000\ue001]{{1,12}}?[，,]?)?"
    rf"(?:受让|(?:(?:完成|完成了)(?:对)?|(?<=已))(?P<bought>收购|购买)|(?<![拟将])(?P<closed>收购|购买)(?=[^，。；]{{0,40}}[，,](?:(?:并|已|并已)于<D>(?:正式|顺利)?完成(?:交割|过户)|(?:在|于)?(?:收购|交易|交割|转让)完成后)))(?:了)?(?:原股东|原控股股东|股东|控股股东)?(?P<seller>{_H}){_ALIAS}(?P<held>持有的|所持有的|所持的|所持|持有)?"
    rf"(?:本|该)?(?P<target><C>)?{_ALIAS}(?:的)?[^，。；\ue000\ue001]{{0,12}}?(?P<pct><R>)?(?:的)?(?:股权|股份|(?<=\ue007)单位)"
    rf"(?:[，,]?(?:约)?占(?:其|该公司|<C>)?{_OF_CAPITAL}(?:的)?(?:比例)?(?:为)?(?:约)?(?P<pct2><R>))?",
    "受让", "收购", "购买",
)
#: the seller named by its role in a clause after the purchase: "B受让T 51%股权，转让方为S" (T, not S, is then what the slot
#: after the verb names)
_SELLER_NAMED_AFTER = pattern(rf"[，,；](?:本次|该笔|此次)?(?:股权)?(?:转让方|出让方|卖方)(?:为|是|系)(?:其)?(?:原|前)?(?:母公司|控股股东|大股东|股东)?(?P<seller>{_H})")
#: the seller named first of several: "S等7名股东", "S等三家股东", "S等"
_SEVERAL_AFTER = re.compile(r"等(?:[\d一二两三四五六七八九十]+(?:名|家|位|个)?(?:股东|公司|机构)?)?")
_CLOSED_ON = pattern(r"[，,](?:并|已|并已)于(?P<date><D>)(?:正式|顺利)?完成(?:交割|过户)")
# one buyer, several sellers, a share each: "B协议受让S1、S2分别持有的T" + two figures, "B分别受让S1和S2所持T" + two figures
#: the clause that makes the company whose share was taken the taker's subsidiary: "，S自此成为B控股子公司"
_BECAME_SUBSIDIARY = pattern(r"[，,](?P<sub><C>)(?:自此|由此|从而|随之|遂)?(?:正式)?成为(?P<parent><C>)(?:的)?(?:控股|全资)?子公司")
_BUYER_FIRST_EACH = gated(
    rf"(?<![从自向])(?P<buyer>{_H}){_ALIAS}(?:已|正式|协议|成功|获准)*(?:以[^，。；\ue000\ue001]{{1,12}}?)?(?P<each>分别)?(?:协议)?受让(?:了)?"
    rf"(?P<sellers>{_H}{_ALIAS}(?:(?:、|和|及|与){_H}{_ALIAS})+)(?P<each2>分别|各自)?(?:持有的|所持有的|所持的|所持)(?P<target><C>){_ALIAS}(?:的)?"
    r"(?P<pcts>\ue007(?:(?:、|和|及|与)\ue007)+)(?:的)?(?:股权|股份)",
    "受让",
)
# ("B通过" + a manner + "受让原股东S所持T" + a share: the way and the seller's rank between)
# "出售T股权", "出售T录得的收益": a company sold outright
_SOLD_COMPANY = pattern(r"(?:出售|转让|出让|卖出)(?:了|其|所持|持有的|所持有的)*(?P<target><C>)(?:[（(][^）)]{0,20}[）)])?(?:的)?(?:全部)?(?:股权|股份|权益|(?:所)?(?:发生|产生|录得|确认|带来|获得)的?(?:投资)?(?:收益|亏损|损失))")
# "转让旗下不良资产公司40%股权": a target described, named in the sentences around
_SOLD_DESCRIBED = pattern(r"(?:出售|转让|出让)(?:其)?(?:旗下|下属|持有的|所持)(?P<desc>[^，。；\ue001\ue000]{0,12}?(?:公司|子公司|平台|业务))(?P<pct><R>)(?:的)?(?:股权|股份)")
_NAMED_SALE = pattern(r"(?:出售|转让|出让)(?P<target><C>)(?:的)?(?:\ue007)?(?:的)?(?:股权|股份)")
_NO_LONGER_HOLD = pattern(rf"(?P<seller>{_H})将?不再持有(?:任何)?(?P<target><C>)")

#: the seller's own share named after the verb: "转让其持有的T", "转让所持T 20%股权"
_HELD_WORDS = re.compile(r"持有的|所持")


#: a stake put up for sale on an exchange: "S(已)将(其)所持T 20%股权(公开)挂牌转让" — S still holds it
_OFFERED = pattern(rf"(?P<seller>{_H})(?:已|已经|近日|日前)?(?:将|把)(?:其)?(?:所持有的|所持的|所持|持有的)(?P<target>\ue001){_ALIAS}(?:的)?(?P<pct><R>)"
                   r"(?:的)?(?:股权|股份)(?:在[^，。；\ue000\ue001]{1,12}?)?(?:公开)?挂牌(?:转让|出售)")


def extract_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        if _C not in sent.tpl:
            continue
        _verb_sales(ctx, sent)
        _target_first(ctx, sent)
        _buyer_first(ctx, sent)
        _buyer_first_each(ctx, sent)
        portion_sales(ctx, sent)
        exits(ctx, sent)
        _described(ctx, sent)
        counterparty_sales(ctx, sent)
        several_sellers(ctx, sent)
        sold_together(ctx, sent)
        closed_projects(ctx, sent)
        former_owner_out(ctx, sent)
        if "挂牌" in sent.tpl:
            for m in _OFFERED.finditer(sent.tpl):  # "S将所持T" + a share + "挂牌转让": not sold, still S's
                ctx.emit(Predicate.HOLDS_STAKE, _key(sent, m, "seller"), _key(sent, m, "target"), sent, "offered-held", 0.75,
                         percent=sent.at(m.start("pct")).value)
        for m in _NO_LONGER_HOLD.finditer(sent.tpl):
            seller, target = _key(sent, m, "seller"), _key(sent, m, "target")
            for c in list(ctx.by_subject(seller or "")):
                if c.predicate is Predicate.SOLD_STAKE and c.object == target and "percent" in c.qualifiers:
                    ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "sold-no-longer-holds", 0.8, percent=c.qualifiers["percent"],
                             former=True)  # the figure it held until the sale: no state after it to date
    _fill_whole_sales(ctx)
    sales_at_names_then(ctx)


def _verb_sales(ctx: Context, sent: Sent) -> None:
    """Sale verbs: the seller is the holder before the verb in its clause,
    the target the company whose percentage follows, the buyer the party that
    agrees to buy, the price the amount named as 对价/以."""
    tpl = sent.tpl
    for v in _SALE_VERB.finditer(tpl):
        if _hedged(sent, v.start(), v.start()) or re.search(r"传闻|据传", tpl[:v.start()]):
            continue
        tm = _TARGET_PCT.search(tpl, v.end())
        if tm is None or tm.start() - v.end() > 40:
            tm = _TARGET_SHARES.match(tpl, v.end())
        own = _HELD_SHARES.match(tpl, v.end()) if tm is None or tm.start() - v.end() > 40 else None
        whole = None if own is not None or (tm is not None and tm.start() - v.end() <= 40) else _TARGET_WHOLE.search(tpl, v.end(), v.end() + 60)
        if own is not None:
            tm = own
        elif whole is not None:
            tm = whole
        elif tm is None or tm.start() - v.end() > 40:
            continue
        buyer = None
        for rx in (_BUYER_TAG, _BUYER_AFTER, _BUYER_TO):
            bm = rx.search(tpl, max(0, v.start() - 60))
            if bm and bm.start() < tm.end() + 8:
                g = "buyer" if bm.group("buyer") else "buyer2"
                buyer = sent.at(bm.start(g)).key
                break
        tag = _SELLER_TAG.search(tpl)
        holders = [m for m in sent.between(0, v.start()) if m.kind in ("C", "P")]
        seller = (tag and sent.at(tag.start("seller")).key) or next((m.key for m in reversed(holders) if m.key != buyer), None)
        held = bool(_HELD_WORDS.search(tpl, v.end(), tm.start() + (3 if own else 0)) or "持有的" in tpl[max(0, v.start() - 8):v.start()])
        target = sent.at(tm.start("target")).key if own is None else target_for(ctx, sent, v.start(), (seller or "", buyer or ""))
        _sale(ctx, sent, seller, target, "sale", 0.85, held, buyer=buyer,
              percent=100.0 if whole is not None else sent.at(tm.start("pct")).value, date=_date(ctx, sent, v.start()), **_money(sent))
    for m in _BOUGHT_FROM.finditer(tpl):
        if _hedged(sent, m.start(), m.start("target")):
            continue
        pct = sent.at(m.start("pct")).value if m.group("pct") else 100.0 if m.group("all") else None  # all its issued shares: the whole
        approved = None if m.group("buyer") else _APPROVED_BUYER.search(tpl, 0, m.start())
        buyer = _key(sent, m, "buyer") or (sent.at(approved.start("buyer")).key if approved else clause_subject(ctx, sent, m.start()))
        # ("B从S手中受让了公司6.5%的股份": the company the text is about, not the buyer a bare 公司 after it was read as)
        target = _key(sent, m, "target")
        if target is None or target in (buyer, _key(sent, m, "seller")):
            target = target_for(ctx, sent, m.start(), (buyer or "", _key(sent, m, "seller") or ""))
        # (the seller held what it sold, and holds none of it after selling the whole)
        c = _sale(ctx, sent, _key(sent, m, "seller"), target, "bought-from", 0.8, pct != 100, buyer=buyer,
                  percent=pct, date=_date(ctx, sent, m.start("seller")), **_money(sent))  # ("B于D从S受让": the day after the buyer)
        if c is not None and pct == 100 and buyer and not approved:  # the whole company bought: the buyer holds it all
            # (not one a regulator has just approved: the buyer holds it from the closing the text may still await)
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-whole", 0.8, percent=100.0, as_of=c.qualifiers.get("date"))
        elif c is not None and pct and buyer and _BECAME_HOLDER.match(sent.tpl, m.end()):  # "…，成为其第N大股东": a new holder of what it bought
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-became-holder", 0.8, percent=pct, as_of=c.qualifiers.get("date"))
    for m in _SOLD_COMPANY.finditer(tpl):
        if _hedged(sent, m.start(), m.start()) or any(
                c.predicate is Predicate.SOLD_STAKE and c.sent == sent.i for c in ctx.out[-8:]):
            continue
        target = _key(sent, m, "target")
        sellers = [x for x in sent.between(0, m.start(), "C") if x.key != target]
        seller = sellers[0].key if sellers else ctx.nearest_company(sent, m.start())
        _sale(ctx, sent, seller, target, "sold-company", 0.7, date=_date(ctx, sent, m.start()))


def _target_first(ctx: Context, sent: Sent) -> None:
    for m in _TARGET_FIRST.finditer(sent.tpl):
        if _hedged(sent, m.start(), m.start("verb")) and not planned_then_registered(ctx, sent, m.start(), m.start("verb")):
            continue
        buyer = _key(sent, m, "buyer")
        seller = _key(sent, m, "seller") or clause_subject(ctx, sent, m.start())
        # "二人与B签署协议" then "将所持T全部股权" + "转让给B": the pair the sentence before named, each selling its own
        whole = bool(m.group("all") or m.group("all0"))  # "所持T全部股权", "所持T全部13.5%股份": the whole of its holding
        sellers = [seller] if seller or not whole else pair_before(ctx, sent, m.start())
        pct = sent.at(m.start("pct")).value if m.group("pct") else pct_of(sent, m, "pct2")
        held = "持" in (m.group("held") or "") or "手" in (m.group("held") or "") or bool(m.group("sub"))  # (手里; 其子公司T: its own)
        targets = [x.key for x in sent.between(m.start("targets"), m.end("targets"), "C")] if m.group("targets") else [
            target_for(ctx, sent, m.start(), (seller or "", buyer or ""))]  # "S将所持" + a share + "转让给B": of the company spoken of
        under = m.group("targets") and sent.tpl.endswith("旗下", 0, m.start("targets"))
        for t in targets:
            if under and seller and t and t != seller:  # "A将旗下T 20%股权售予B": T is one of A's
                ctx.emit(Predicate.SUBSIDIARY_OF, t, seller, sent, "sold-from-under", 0.75, kind="group_member")
            elif m.group("sub") and seller and t and t != seller:  # "A将其原控股子公司T" + a share + "转让予B": T was A's
                kind = "wholly_owned" if "全资" in m.group("sub") else "subsidiary"
                ctx.emit(Predicate.SUBSIDIARY_OF, t, seller, sent, "sold-subsidiary", 0.75, kind=kind)
            for one in sellers:
                _sale(ctx, sent, one, t, "sale-target-first", 0.85, held, buyer=buyer, percent=pct,
                      date=_date(ctx, sent, m.start("verb")), whole=whole or None, **_money(sent))


def _buyer_first(ctx: Context, sent: Sent) -> None:
    for m in _BUYER_FIRST.finditer(sent.tpl):
        if _hedged(sent, m.start(), m.start("seller")) or ((m.group("bought") or m.group("closed")) and not m.group("held")):
            continue  # "B已完成收购T 51%股权" names the target, not a seller (`_ACQUIRED` reads it)
        buyer, seller = _key(sent, m, "buyer"), _key(sent, m, "seller")
        if not m.group("target") and not m.group("held") and (became := _BECAME_SUBSIDIARY.match(sent.tpl, m.end())) and (
                _key(sent, became, "sub"), _key(sent, became, "parent")) == (seller, buyer):
            # "B受让S 60%股权，S自此成为B控股子公司": what B took is a share of S itself, sold by no one named
            ctx.emit(Predicate.HOLDS_STAKE, buyer, seller, sent, "took-share", 0.8, percent=pct_of(sent, m), as_of=_date(ctx, sent, m.start()))
            continue
        named = _SELLER_NAMED_AFTER.search(sent.tpl, m.end()) if not (m.group("target") or m.group("held")) else None
        if named is not None and (other := _key(sent, named, "seller")) not in (None, buyer, seller):
            seller, target = other, seller  # "B受让T 51%股权，转让方为S": the slot after the verb is the company sold
        else:  # "B受让S 19%股权": the target is the company the text is about
            target = _key(sent, m, "target") or target_for(ctx, sent, m.start(), (buyer or "", seller or ""))
        pct = sent.at(m.start("pct")).value if m.group("pct") else pct_of(sent, m, "pct2")
        if _SEVERAL_AFTER.match(sent.tpl, m.end("seller")):
            pct = None  # "B受让S等N名股东…合计X%股权": N is all the sellers' together, not S's
        closing = _CLOSED_ON.search(sent.tpl, m.end()) if m.group("closed") else None  # "…，并于D完成交割": the deal's day
        told = sent.between(m.start(), m.start("seller"), "D")  # ("B于D通过…受让": the day after the buyer)
        date = ctx.date_iso(sent.at(closing.start("date")), sent) if closing else ctx.date_iso(told[0], sent) if told else _date(ctx, sent, m.start())
        _sale(ctx, sent, seller, target, "sale-buyer-first", 0.85, bool(m.group("held")), buyer=buyer, percent=pct,
              date=date, **_money(sent))


def _buyer_first_each(ctx: Context, sent: Sent) -> None:
    """"B协议受让S1、S2分别持有的T" + two figures: each seller sold B its share, held until then."""
    for m in _BUYER_FIRST_EACH.finditer(sent.tpl):
        if not (m.group("each") or m.group("each2")) or _hedged(sent, m.start(), m.start("sellers")):
            continue
        sellers = [x.key for x in sent.between(m.start("sellers"), m.end("sellers"), "C") + sent.between(m.start("sellers"), m.end("sellers"), "P")
                   if not re.match(r"[”\"」][）)]", sent.tpl[sent.pos_of(x) + 1:sent.pos_of(x) + 3])]  # not the short names in brackets
        sellers = sorted(set(sellers), key=sellers.index)
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        if len(sellers) != len(pcts):
            continue
        buyer, target, date = _key(sent, m, "buyer"), _key(sent, m, "target"), _date(ctx, sent, m.start())
        for seller, pct in zip(sellers, pcts, strict=True):
            _sale(ctx, sent, seller, target, "sale-buyer-first-each", 0.85, True, buyer=buyer, percent=pct, date=date, **_money(sent))


def _described(ctx: Context, sent: Sent) -> None:
    """"S转让旗下不良资产公司40%股权…。本次出售T股权…": a sale whose target
    is described, and named by a sale in the sentences around it."""
    for m in _SOLD_DESCRIBED.finditer(sent.tpl):
        target = _named_around(ctx, sent)
        holders = sent.between(0, m.start(), "C")
        if target is None or not holders:
            continue
        seller = holders[-1].key
        c = _sale(ctx, sent, seller, target, "sold-described", 0.75, percent=sent.at(m.start("pct")).value,
                  date=_date(ctx, sent, m.start()), **_money(sent))
        if c is not None and ("旗下" in sent.tpl[m.start():m.start("desc") + 1] or "子公司" in m.group("desc")):
            ctx.emit(Predicate.SUBSIDIARY_OF, target, seller, sent, "sold-described-subsidiary", 0.7, kind="subsidiary")


def _named_around(ctx: Context, sent: Sent) -> str | None:
    for j in (sent.i + 1, sent.i + 2, sent.i - 1):
        if 0 <= j < len(ctx.sentences):
            nxt = ctx.sentences[j]
            m = _NAMED_SALE.search(nxt.tpl)
            if m:
                return nxt.at(m.start("target")).key
    return None


def _fill_whole_sales(ctx: Context) -> None:
    """"S拟将其持有的T全部股份" + "转让给B": the percentage is S's holding of T
    as the article states it; and a holding the text gave S before (of no stated day: 开业时持股20%) is over,
    whatever its figure was (a later dilution makes the share sold smaller than the one first told)."""
    held: dict[tuple[str, str], list[object]] | None = None  # (holder, company) → the shares stated, found once
    for c in ctx.out:
        if not (c.predicate is Predicate.SOLD_STAKE and c.qualifiers.pop("whole", None)):
            continue
        for h in ctx.out:  # the whole of it sold: a holding the text gave the seller before, of no stated day, is over
            if h.predicate is Predicate.HOLDS_STAKE and (h.subject, h.object) == (c.subject, c.object) and h.sent < c.sent and not h.qualifiers.get("as_of"):
                h.qualifiers["former"] = True
        if "percent" not in c.qualifiers:
            if held is None:
                held = {}
                for h in ctx.out:
                    if h.predicate is Predicate.HOLDS_STAKE and "percent" in h.qualifiers:
                        held.setdefault((h.subject, h.object), []).append(h.qualifiers["percent"])
            shares = held.get((c.subject, c.object), [])
            if len(set(shares)) == 1:
                c.qualifiers["percent"] = shares[0]
    for c in ctx.out:
        c.qualifiers.pop("whole", None)
