"""A completed purchase told with its sellers named after it: "B已完成收购T" + a share
+ "，交易对手方为S1" + its share + "及其一致行动人S2" + its share; "B以" + a price
+ "收购T…的交易" + "已完成过户登记" + "，交易对方为…"; "B已完成对T" + a share + "的收购" +
"，交易对价为…，转让方为S" — each seller sold the buyer its share of T."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.holder_slots import keys_in, pct_of
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, hedged, key, money
from extract.rules.stake_holders import clause_subject
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

# a completed purchase and the sellers it names with their shares: "B已完成收购T 100%股权，交易对手方为S1（持股70%）及S2（持股30%）"
# (the buyer's bracket with its Latin name and ticker, and a verb of announcing, a comma and 已 before the purchase)
ACQUIRED = pattern(rf"(?P<buyer>{H})(?:[（(][^（）()]{{0,60}}[）)])?(?:<D>|昨日|昨天|今日|日前|近日|本周)?(?:已|已经|正式|顺利|成功|宣布)*(?:[，,](?=已))?(?:已|已经)?(?:于<D>)?(?:(?:完成|完成了)(?:对)?(?:收购|购买|受让)|(?<=[已经功])取得)(?:[^，。；\ue000\ue001]{{0,8}}?)(?P<target><C>)(?:公司)?(?:[（(][^（）()]{{0,60}}[）)])?(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)?")
# "B…递交文件，并公告其已完成收购T" + a share: the clause announcing the purchase opens after the buyer's own (its buyer the
# subject of the clause before)
_ACQUIRED_CLAUSE = pattern(rf"(?<=[，,])(?:并|正式)?(?:宣布|公告|公布|表示|称)(?:其)?(?:已|已经)(?:于<D>)?(?:完成|完成了)(?:对)?(?:收购|购买|受让)"
                           rf"(?P<target><C>)(?:公司)?{ALIAS}(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)")
# "B以" + a price + "收购T（以下简称“T”）" + a share + "的交易" + "已完成过户登记" + "，交易对方为…": the deal done, told as a noun
_ACQUISITION_DONE = pattern(rf"(?P<buyer>{H})(?:[^，。；\ue000\ue001]{{0,12}}?)(?:收购|购买|受让)(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)"
                            r"(?:的|之)?(?:交易|事项|事宜)(?:已|已经)(?:于<D>)?(?:正式|顺利)?(?:完成|办理完毕)")
# "B已完成对T" + a share + "的收购": the purchase told as a noun after 对
ACQUIRED_NOUN = pattern(rf"(?P<buyer>{H}){ALIAS}(?:已|已经|正式|顺利|成功|宣布)*(?:于<D>)?(?:完成|完成了)对(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)?(?:的)?"
                         r"(?:股权|股份)?(?:的)?(?:收购|购买|受让)")
# "S所持T" + a share + "转让项目" + "已…成交" + "，受让方为B": a transfer offered at an exchange, closed, its buyer named after it
_PROJECT_CLOSED = gated(rf"(?P<seller>{H}){ALIAS}(?:持有的|所持有的|所持的|所持)(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)(?:转让)?(?:项目|事项|交易)"
                        rf"(?:已|已经)?(?:于(?:<D>|近日|日前))?(?:正式|顺利)?(?:成交|完成交易|摘牌)[，,](?:最终)?(?:受让方|买方|受让人|摘牌方)(?:为|是)(?P<buyer>{H})", "成交", "完成交易", "摘牌")
# the share of T that S held, registered to its new holder on a day D (过户登记 done), and that holder named after it as the
# taker (受让方为B): B holds the share now
_REGISTERED_TO = gated(rf"(?P<seller>{H}){ALIAS}(?:持有的|所持有的|所持的|所持)(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)[，,]?"
                       rf"(?:已|已经)?(?:于(?:<D>|近日|日前))?(?:正式|顺利)?(?:完成|办理完毕|办妥)(?:了)?(?:股权)?过户(?:登记)?(?:手续)?[，,]"
                       rf"(?:最终)?(?:受让方|买方|受让人|承接方)(?:为|是)(?P<buyer>{H})", "过户")
# "B以" + a price + "收购T全部股权" + "，原股东S退出": the whole company bought, its former shareholder gone
_FORMER_OWNER_OUT = pattern(rf"(?P<buyer>{H})(?:[^，。；\ue000\ue001]{{0,12}}?)(?:收购|购买|受让|买下)(?:了)?(?P<target><C>)(?:的)?(?:全部|(?P<pct><R>))(?:的)?(?:股权|股份)"
                            rf"[，,](?:其)?(?:原股东|原控股股东|原唯一股东|原母公司)(?P<seller>{H})(?:随之|随即|同时|则|也)?(?:全面|完全)?退出")
# one buyer, several sellers named before the verb, their shares after it: "B以30亿元向S1及P收购T 100%股权，其中S1持有70%、P个人持有30%"
_FROM_SEVERAL = pattern(rf"(?:(?P<buyer>{H})(?:[（(][^（）()]{{0,40}}[）)])?|(?<=[，,]))[^，。；\ue000\ue001]{{0,16}}?向(?P<sellers>{H}{ALIAS}(?:(?:、|和|及|与|以及){H}{ALIAS})+)"
                        rf"(?:处)?(?:协议)?(?:收购|购买|受让|购入)(?:其)?(?:合计)?(?:持有|所持)?(?:的)?(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)[，,]其中")
# the same sellers after the verb, their holding told as one: "B以" + a price + "受让S1及自然人S2合计持有的T 100%股权，其中S1转让70%、
# S2转让30%" (what each part was follows 其中, as a holding or as what each transferred)
_HELD_TOGETHER = pattern(rf"(?:(?P<buyer>{H}){ALIAS}|(?<=[，,]))[^，。；\ue000\ue001]{{0,16}}?(?:协议)?(?:受让|(?:已|已经|完成|完成了)(?:收购|购买))(?:了)?"
                         rf"(?P<sellers>(?:自然人|股东)?{H}{ALIAS}(?:(?:、|和|及|与|以及)(?:自然人|股东)?{H}{ALIAS})+)(?:合计|共同|合共|共)(?:持有的|所持有的|所持的|所持)"
                         rf"(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份)[，,]其中")
#: the transfer of the whole done, told right after: "各方均已办妥股权过户", "并已办理完毕过户手续"
_TRANSFERRED = re.compile(r"(?<![未需待将])(?:完成|办理完毕|办妥)(?:了)?(?:股权|股份)?(?:的)?(?:过户|交割)")
#: the company bought now the buyer's parent's through it: "T成为P间接持有的全资子公司"
_HELD_THROUGH = pattern(r"(?P<sub><C>)?(?:由此|从而|随之|遂)?(?:正式)?成为(?P<parent><C>)间接(?:全资)?持有的全资(?:子公司|附属公司)")
_EACH_HELD = pattern(rf"(?P<seller>{H})(?:个人|個人)?(?:持有|持股|持|转让|出让|出售)(?:其)?(?P<pct><R>)(?:的)?(?:股权|股份)?(?=[、，,。；]|及|和|$)")
#: a share bought on top of one held ("另外", "剩余", "额外"): not the buyer's whole holding
_MORE = re.compile(r"另外|另|剩余|余下|额外|追加|增持")
_COUNTERPARTIES = re.compile(r"(?:交易对手方?|交易对方|转让方|出让方|卖方)(?:分别)?(?:为|是|包括)[：:]?(?P<list>[^。；]{1,160})")
_SELLER_SHARE = pattern(rf"(?P<seller>{H})(?:[（(](?:持股|持有|持)?(?:约)?(?P<pct><R>)(?:的)?(?:股权|股份)?[）)])?")


def counterparty_sales(ctx: Context, sent: Sent) -> None:
    """"B已完成收购T 100%股权，交易对手方为S1（持股70%）及其一致行动人S2（持股30%）":
    each seller sold the buyer its share of T (one seller alone, the share bought),
    and held it until then (its bracketed holding is a former one, of T)."""
    found = [*ACQUIRED.finditer(sent.tpl), *_ACQUISITION_DONE.finditer(sent.tpl), *ACQUIRED_NOUN.finditer(sent.tpl)]
    if "，" in sent.tpl:  # (the buyer named in the clause before: "B…递交文件，并公告其已完成收购T" + a share)
        found += [m for m in _ACQUIRED_CLAUSE.finditer(sent.tpl) if not any(f.start("target") == m.start("target") for f in found)]
    for m in found:
        if hedged(sent, m.start(), m.end()):
            continue
        buyer = key(sent, m, "buyer") if "buyer" in m.re.groupindex else _announcer(sent, m.start())
        if buyer is None and m.re is _ACQUIRED_CLAUSE:
            continue
        target = key(sent, m, "target")
        if pct_of(sent, m) == 100 and ctx.type_of(target or "") == "Company":  # the whole company bought: the buyer holds it all
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-whole", 0.8, percent=100.0, as_of=deal_date(ctx, sent, m.start()))
        elif (pct := pct_of(sent, m)) and pct > 50 and ctx.type_of(target or "") == "Company" and not _MORE.search(sent.tpl, max(0, m.start("target") - 4), m.start("target")):
            # a control share bought at once ("已完成收购T 70%股权"): the buyer holds it (not a further share: 另, 剩余)
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-control", 0.75, percent=pct, as_of=deal_date(ctx, sent, m.start()))
        cm, src = _COUNTERPARTIES.search(sent.tpl, m.end()), sent
        between = sent.tpl[m.end():cm.start()].strip("，,") if cm is not None else ""
        if cm is None and not re.search(r"[，,；\ue000\ue001]", sent.tpl[m.end():]) and (nxt := ctx.next_adjacent(sent)) is not None:
            cm, src = _COUNTERPARTIES.match(nxt.tpl), nxt  # "…的交易" + "已完成…登记。" + "交易对手方为S1" + its share + "及S2" + its share
        if cm is None or (re.search(r"[，,；]", between) and (re.search(r"[；\ue000\ue001]", between) or len(re.findall(r"[，,]", between)) > 1)):
            continue  # the sellers are named in the clause right after the purchase (or after its price: "，交易对价为…，转让方为S")
        sellers = [(key(src, s, "seller"), pct_of(src, s)) for s in _SELLER_SHARE.finditer(src.tpl, cm.start("list"), cm.end("list"))]
        sellers = [x for k, x in enumerate(sellers) if x[0] not in [y[0] for y in sellers[:k]]]  # (a short name in brackets: one seller)
        if len(sellers) == 1 and sellers[0][1] is None:
            sellers = [(sellers[0][0], pct_of(sent, m))]
        sellers = [(seller, pct if pct is not None or len(sellers) == 1 else _held(ctx, seller, target))
                   for seller, pct in sellers if seller not in (buyer, target)]  # "交易对方为T原股东S1和自然人S2"
        date = deal_date(ctx, sent, m.start())
        price = money(sent, m.end()) if len(sellers) == 1 else {}  # one seller: the deal's price is its
        for seller, pct in sellers:
            emit_sale(ctx, sent, seller, target, "sale-counterparty", 0.8, buyer=buyer, percent=pct, date=date, **price)
            for c in ctx.out:  # the bracketed holding read by the stake rules is of T, as it was before the sale
                if c.sent == src.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == seller and c.rule == "percent-in-brackets":
                    c.object = target or c.object
                    c.qualifiers["former"] = True


def _announcer(sent: Sent, pos: int) -> str | None:
    """Who announces the purchase told in a clause "，宣布已完成收购T": the one company the sentence names before it,
    outside brackets (a dateline and the filing between: "（某地讯）B（English，下称B'）周二向交易所递交文件")."""
    named = set(keys_in(sent, 0, pos, "C"))
    return named.pop() if len(named) == 1 else None


def several_sellers(ctx: Context, sent: Sent) -> None:
    """"B以30亿元向S1及P收购T 100%股权，其中S1持有70%、P个人持有30%": each seller
    sold B the share the sentence gives it, and held it until then."""
    for m in [*_FROM_SEVERAL.finditer(sent.tpl), *_HELD_TOGETHER.finditer(sent.tpl)]:
        if hedged(sent, m.start(), m.end()):
            continue
        named = len([x for x in sent.between(m.start("sellers"), m.end("sellers")) if x.kind in ("C", "P")])
        buyer = key(sent, m, "buyer") or clause_subject(ctx, sent, m.start())
        target, date = key(sent, m, "target"), deal_date(ctx, sent, m.start())
        each, at = [], m.end()
        while (e := _EACH_HELD.match(sent.tpl, at)) is not None:  # the shares listed right after 其中, one a seller
            each.append((key(sent, e, "seller"), pct_of(sent, e)))
            at = e.end() + (1 if sent.tpl.startswith(("、", "，", ",", "及", "和"), e.end()) else 0)
        if 1 < len(each) <= named:
            for seller, pct in each:
                emit_sale(ctx, sent, seller, target, "sale-several-sellers", 0.8, True, buyer=buyer, percent=pct, date=date)
            _bought_whole(ctx, sent, m, buyer, target, date)


def _bought_whole(ctx: Context, sent: Sent, m: re.Match[str], buyer: str | None, target: str | None, date: str | None) -> None:
    """The sellers' holding told as one ("合计持有的T 100%股权") and its transfer said done in this sentence or the
    next ("各方均已办妥股权过户"): the buyer holds all of T from then."""
    if m.re is not _HELD_TOGETHER or not buyer or not target or buyer == target or pct_of(sent, m) != 100:
        return
    nxt = ctx.next_adjacent(sent)
    if not (_TRANSFERRED.search(sent.tpl, m.end()) or (nxt is not None and _TRANSFERRED.search(nxt.tpl))):
        return
    ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "sale-several-sellers-whole", 0.75, percent=100.0, as_of=date)
    for s in (sent, nxt) if nxt is not None else (sent,):
        # "，T成为P间接持有的全资子公司": the buyer's parent holds all of T through it (the GUIDE's second holding)
        for w in _HELD_THROUGH.finditer(s.tpl):
            parent = s.at(w.start("parent")).key
            if (not w.group("sub") or s.at(w.start("sub")).key == target) and parent not in (buyer, target):
                ctx.emit(Predicate.HOLDS_STAKE, parent, target, s, "sale-several-sellers-parent", 0.7, percent=100.0, as_of=date)


def closed_projects(ctx: Context, sent: Sent) -> None:
    """"S所持T" + a share + "转让项目" + "已…成交" + "，受让方为B": S sold B its share of T (and held it until then);
    the same share registered over on a day D, its taker B named after the registration: so too, and B holds the share
    from that day."""
    for m in _PROJECT_CLOSED.finditer(sent.tpl):
        emit_sale(ctx, sent, key(sent, m, "seller"), key(sent, m, "target"), "sale-project-closed", 0.8, bool(m.group("pct")),
                  buyer=key(sent, m, "buyer"), percent=pct_of(sent, m), date=deal_date(ctx, sent, m.start()), **money(sent, m.end()))
    for m in _REGISTERED_TO.finditer(sent.tpl):
        buyer, target, pct, date = key(sent, m, "buyer"), key(sent, m, "target"), pct_of(sent, m), deal_date(ctx, sent, m.start())
        if emit_sale(ctx, sent, key(sent, m, "seller"), target, "sale-registered-to", 0.8, True, buyer=buyer, percent=pct,
                     date=date, **money(sent, m.end())) is not None:
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "sale-registered-to", 0.75, percent=pct, as_of=date)


def former_owner_out(ctx: Context, sent: Sent) -> None:
    """"B以" + a price + "收购T全部股权" + "，原股东S退出": S sold B the whole of T (or the share named), and B holds it."""
    for m in _FORMER_OWNER_OUT.finditer(sent.tpl):
        if hedged(sent, m.start(), m.end()):
            continue
        pct = pct_of(sent, m) or 100.0
        buyer, target, date = key(sent, m, "buyer"), key(sent, m, "target"), deal_date(ctx, sent, m.start())
        if emit_sale(ctx, sent, key(sent, m, "seller"), target, "sale-former-owner-out", 0.8, buyer=buyer, percent=pct, date=date,
                     **money(sent)) is not None and pct == 100:
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-whole", 0.8, percent=100.0, as_of=date)


def _held(ctx: Context, seller: str | None, target: str | None) -> float | None:
    """The one share of `target` the article says `seller` held ("S1持有T 70%股权，S2持有30%股权")."""
    held = {c.qualifiers["percent"] for c in ctx.by_subject(seller or "")
            if c.predicate is Predicate.HOLDS_STAKE and c.object == target and "percent" in c.qualifiers}
    return held.pop() if len(held) == 1 else None
