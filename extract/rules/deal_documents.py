"""Deals and parties as Hong Kong circulars and offer documents tell them, their parties often by the role the document
defined for them (买方, 卖方, 要约人: linked to the company in `alias_defs`, so they reach the rules as the company).

* "B已(于D)向S收购/购入N股，占T已发行股本(约)R" (or the share in brackets): S sold B that share of T,
  and B holds it from the day the deal was done.
* "(于D，)C已完成向B出售T之全部已发行股本": a past disposal, completed: C sold B the whole of T.
* "C…由P全资拥有，P亦为其唯一董事": the owner of an investment vehicle is its sole director (a post at C).
* receivers selling a holder's pledged shares: "控股股东H…质押之T N股股份（“质押股份”，占T…约R）" + "接管人已于D将质押股份
  (全数)转让予B": H sold B that share of T (the receivers act for the lender, the shares are H's) and held it until then.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.sale_parts import deal_date, emit_sale, key, money
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, pattern

_CAPITAL = r"(?:全部)?(?:已发行股本|已发行股份(?:总数)?|总股本)"
#: "B已(于D)向S收购(合共)N股股份，占T全部已发行股本约R" (the share perhaps in brackets)
_BOUGHT_SHARES = pattern(rf"(?P<buyer><C>)(?:已|已经)(?:于<D>)?向(?P<seller><C>|<P>)(?:收购|购入|购买|受让)(?:合共|合计|共)?[\d,，.]+(?:万|亿)?股(?:股份|普通股)?"
                         rf"[，,（(]?(?:相当于|占|佔)(?P<target><C>){_CAPITAL}(?:的|之)?(?:约)?(?P<pct><R>)")
#: "C已完成向B出售T之全部已发行股本" (a disposal done before the one a circular is about)
_SOLD_WHOLE = pattern(r"(?P<seller><C>)(?:已|已经)(?:于<D>)?完成(?:了)?向(?P<buyer><C>|<P>)出售(?P<target><C>)(?:之|的)?(?:全部已发行股本|全部股权|全部股份|全部权益)")
#: "C…由P全资拥有，P亦为其唯一董事"
_SOLE_OWNER_POST = pattern(rf"(?P<c><C>)[^。；\ue000]{{0,40}}?由(?P<owner><P>)全资拥有[，,](?P<p><P>)?(?:亦|也|同时)?(?:为|是|担任)其(?:唯一|独任|单一)(?P<chain>{CHAIN})")


#: the pledged shares defined: the holder after 控股股东/股东, the company after 质押之, the share after 占
_PLEDGED = pattern(r"(?:控股股东|主要股东|股东)(?P<holder><C>|<P>)[^。；]{0,80}?质押(?:之|的)(?P<target><C>)[^。；（(]{0,24}?股份"
                   r"[（(][“「\"]?质押股份[”」\"]?[，,](?:占|相当于)(?:<C>)?[^。；）)]{0,12}?(?:约)?(?P<pct><R>)")
#: the receivers' transfer: "接管人已于D将质押股份全数转让予B"
_RECEIVERS_SOLD = pattern(r"接管人(?:已|已经)?(?:于<D>)?将(?:该等|全部)?质押股份(?:全数|全部)?(?:转让|出售)(?:予|给)(?P<buyer><C>|<P>)")


def deal_documents(ctx: Context) -> None:
    if "向" not in ctx.text and "全资拥有" not in ctx.text and "接管人" not in ctx.text:
        return
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "向" in tpl and "股" in tpl:
            for m in _BOUGHT_SHARES.finditer(tpl):
                _bought(ctx, sent, m)
            if "出售" in tpl:
                for m in _SOLD_WHOLE.finditer(tpl):
                    emit_sale(ctx, sent, key(sent, m, "seller"), key(sent, m, "target"), "sold-whole-done", 0.8,
                              buyer=key(sent, m, "buyer"), percent=100.0, date=deal_date(ctx, sent, m.start("buyer")), **money(sent, m.end()))
        if "全资拥有" in tpl and "其" in tpl:
            for m in _SOLE_OWNER_POST.finditer(tpl):
                _sole_director(ctx, sent, m)
    if "接管人" in ctx.text and "质押股份" in ctx.text:
        _receivers_sale(ctx)


def _receivers_sale(ctx: Context) -> None:
    """The holder whose pledged shares the receivers transferred sold them to the buyer."""
    pledged = next(((sent, m) for sent in ctx.sentences for m in _PLEDGED.finditer(sent.tpl)), None)
    if pledged is None:
        return
    psent, p = pledged
    holder, target, pct = key(psent, p, "holder"), key(psent, p, "target"), psent.at(p.start("pct")).value
    for sent in ctx.sentences:
        for m in _RECEIVERS_SOLD.finditer(sent.tpl):
            emit_sale(ctx, sent, holder, target, "receivers-sold", 0.8, True, buyer=key(sent, m, "buyer"), percent=pct,
                      date=deal_date(ctx, sent, m.start("buyer")), **money(sent, m.end()))


def _bought(ctx: Context, sent: Sent, m) -> None:  # type: ignore[no-untyped-def]
    buyer, seller, target = key(sent, m, "buyer"), key(sent, m, "seller"), key(sent, m, "target")
    if buyer in (seller, target):
        return
    pct = sent.at(m.start("pct")).value
    date = deal_date(ctx, sent, m.start("seller"))  # (the day between the buyer and 向: "B已于D向S收购")
    emit_sale(ctx, sent, seller, target, "bought-shares-from", 0.8, buyer=buyer, percent=pct, date=date, **money(sent, m.end()))
    emit_stake(ctx, sent, buyer, target, "bought-shares-from", 0.75, pct, m.end(), controlling=True if pct and pct > 50 else None)
    for c in ctx.out[-2:]:
        if c.subject == buyer and c.object == target and date:
            c.qualifiers["as_of"] = date


def _sole_director(ctx: Context, sent: Sent, m) -> None:  # type: ignore[no-untyped-def]
    owner = key(sent, m, "owner")
    if m.group("p") and key(sent, m, "p") != owner:
        return
    company = key(sent, m, "c")
    for firm, info in chain_items(sent, m.start("chain"), m.end("chain"), company):
        emit_position(ctx, sent, owner, firm or company, info, "sole-owner-post", "start", None, 0.75)
