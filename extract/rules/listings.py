"""LISTED_ON: a listing that has happened or whose first dealing date is set.

Evidence comes as a ticker written with its exchange ("NYSE:OCFT",
"06638.HK", read in `ticker_listings`; "C（纽交所股票代码：LU）", read in `named_tickers`), or a listing
verb with an exchange ("于7月4日以介绍方式在港交所挂牌上市", read here; "登陆纳斯达克", "港股上市公司C",
read in `described_listings`; the pieces they share in `listing_clauses`). An application, a hearing, a plan (递交, 申请,
聆讯, 拟, 计划, 筹划) is not a listing. A bare number ("06638") is not.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND, Mention
from extract.rules.base import Context
from extract.rules.described_listings import described_listings, returns
from extract.rules.listing_clauses import (
    CLAUSE_CUT,
    CONTINUES,
    LISTING_VERB,
    QUALIFIES,
    RELATIVE_TIME,
    clause_around,
    exchange_at,
    listing_method,
    relisting,
    subject_company,
)
from extract.rules.listing_plans import (
    AFTER,
    DENIED_AFTER,
    NOT_YET,
    NOT_YET_AFTER,
    PROSPECTUS,
    planned,
    under_plan_heading,
)
from extract.rules.stock_codes import stock_codes
from extract.rules.templates import Sent, pattern
from extract.rules.ticker_listings import from_tickers
from schema import Predicate

#: an exchange's code in brackets after it: "在上交所（股票代码：601xxx）和联交所（股份代号：0xxxx）上市"
#: (a board may come between: "和X交易所主板（代号：NNNNN）")
_CODE_BRACKET = r"(?:主板|创业板|科创板)?[（(](?:股票|证券|股份|H股|A股)?(?:代码|代號|代号)[：:]?\s*(?P<code>[A-Z0-9]{4,6}(?:\.[A-Z]{2})?)[）)]"
_CODE_IN = re.compile(_CODE_BRACKET.replace("?P<code>", ""))
# <C> … (在|于|登陆) <X> … 上市
#: after 由 and the exchange: a move from a board to the main board ("由创业板" + "转往主板上市")
_GEM_TO_MAIN = re.compile(r"转(?:往|至|到|为|入)?主板")
_LISTED = pattern(
    rf"(?P<c><C>)(?P<mid>[^\ue001\ue000。；]{{0,40}}?)(?:在|于|登陆|登录|赴|回归|回到|在美国|在香港|美国|香港)?(?:美国)?(?P<x>(?:<X>|香港(?=的|市场|主板|上市|挂牌|二次|双重|第二|正式|成功|完成|实现)|港股(?=上市|主板|市场|二次|双重|第二)|(?<=在|于)港(?=上市|挂牌|二次|双重|第二|主板))(?:{_CODE_BRACKET})?(?:(?:和|及|与|、)(?:<X>|香港|港股)(?:{_CODE_BRACKET.replace('?P<code>', '')})?)*)(?:的|市场)?(?:主板)?(?P<tail>[^\ue001\ue002。；，]{{0,12}}?){LISTING_VERB}"
)
# "…，2022年11月29日在港交所二次上市": a clause with no subject of its own, after a listing
#: ("，并于2021年在香港联交所实现双重主要上市": the verb may be one of achieving; 香港 names the
#: exchange of a second or dual primary listing)
#: ("，2022年7月以介绍方式登陆港交所": 登陆 needs no 上市 after the exchange)
_AGAIN = pattern(r"[，,](?:并|又|随后|后|再|此后)?(?:于)?(?:\ue004)?(?:又|再)?(?:以[^，,。；]{1,6}?方式)?(?:在|于|(?P<land>登陆))"
                 r"(?P<x><X>|香港(?=实现|完成|二次|双重|第二))"
                 r"(?(land)(?!的?(?:聆讯|申请|计划))|(?:主板)?(?:实现|完成|正式|成功)?(?:二次|双重主要|双重|第二|挂牌)*上市)")
#: a clause about the shares of the company its sentence opens with: "，其股票…", "，其H股…";
#: its two classes named together need no 其 ("C成立于D，A股及H股分别在X和Y上市")
_ITS_SHARES = re.compile(r"其(?:[AH]股(?:股票|股份)?|股票|股份)|(?:其)?[AH]股(?:和|及|与|、)[AH]股(?:股票|股份)?")
#: the listing as a time reference inside a noun phrase ("发布在港交所上市后的首份财报"): the
#: sentence's date is of what came after it, not of the listing
_SINCE = re.compile(r"(?:后|以后|之后|以来)的")
#: "同日", "当日": the listing on the day last named
_SAME_DAY = re.compile(r"同日|当日|当天")
#: a plan's word before two verbs 并 joins, in one clause: "C计划发行新股并于X上市" (and the exchange, where its board follows)
_PLAN_JOINED = pattern(r"(?:拟|计划|筹划|准备|打算|谋求|寻求|有意)[^，,。；]*并(?:在|于|赴|登陆)?<X>?$")
#: Hong Kong's exchange named by its place, where no exchange mention is
_HONG_KONG = re.compile(r"香港|港股|[在于]港")


def extract_listings(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        from_tickers(ctx, sent)
        stock_codes(ctx, sent)
        if KIND["X"] not in tpl and not _HONG_KONG.search(tpl):
            described_listings(ctx, sent)
            returns(ctx, sent)
            continue
        for m in _LISTED.finditer(tpl):
            if tpl.startswith("公司", m.end()) and (tpl.startswith("公司\ue001", m.end()) or _TO_PARTY.search(tpl, 0, m.start("x"))):
                continue  # "C将所持股权" + "转让给" + a market + "上市公司B": the market describes B, what lists is B
            mid = m.group("mid") + m.group("tail")
            # only the clause holding the listing verb can make it a plan ("启动…计划，并于2022年在港交所上市")
            own = CLAUSE_CUT.split(m.group("mid"))[-1] + m.group("tail")
            if NOT_YET.search(own) and not re.search(r"已|完成|成功|将于", own):
                continue
            if _PLAN_JOINED.search(m.group("mid")):
                continue  # "C计划增发并于X上市": the plan governs both verbs 并 joins
            if planned(sent, m.end("mid") - len(CLAUSE_CUT.split(m.group("mid"))[-1]), m.end()):
                continue  # "C宣布将在港交所上市": a plan
            if under_plan_heading(ctx.text, sent.start):
                continue  # "三、2020年工作计划" + "1. 推进C在创业板上市": an item of a work plan
            if PROSPECTUS.search(tpl[:m.start("c")]):
                continue  # "招股书表示，公司在港交所…上市": what the prospectus plans
            # (a comma inside the bracket after a short name does not count: "C（下称“S”，证券代码" + six digits + "）在北交所上市")
            # "C前身为B" + "，其股票自" + a year + "起于台交所挂牌买卖": 其 is the company the sentence opens with
            its = _ITS_SHARES.match(CLAUSE_CUT.split(m.group("mid"))[-1]) if "，" in m.group("mid") else None
            if "，" in re.sub(r"^[^（）]*）", "", m.group("mid")) and not CONTINUES.search(m.group("mid")) and not its:
                continue  # "安永数据显示，自2018年港交所修改上市制度": another clause's exchange
            if re.search(r"[\ue003]", mid) or NOT_YET_AFTER.search(tpl[m.end():m.end() + AFTER]):
                continue
            if DENIED_AFTER.search(tpl, m.end(), m.end() + 30):
                continue  # "C港股挂牌了吗？——并没有，仅仅递表": a listing the next words deny
            company = sent.between(0, m.end("c"), "C")[0].key if its else subject_company(sent, m.start("c"))
            if re.fullmatch(r"(?:[”」\"]?[）)])?(?:系|为|是|乃)", m.group("mid")) and (
                    tpl.startswith("公司\ue001", m.end()) or _DESCRIBES_NEXT.match(tpl, m.end())):
                continue  # "A（下称“B”）系港股上市公司C", "A为在X上市的C的子公司": the listed company is C, described
            if company is None or (company == sent.at(m.start("c")).key and QUALIFIES.match(m.group("mid"))):
                continue  # "C旗下在香港二次上市的公司": a member of C lists, not C
            companies = _both_listed(sent, m) or [company]
            exchanges = [x.key for x in sent.between(m.start("x"), m.end("x"), "X")]
            if re.search(r"港", m.group("x")) and "X:HKEX" not in exchanges:
                exchanges.append("X:HKEX")
            if m.group("mid").endswith("由") and _GEM_TO_MAIN.match(m.group("tail")) and exchanges == ["X:SZSE"]:
                exchanges = ["X:HKEX"]  # "由创业板" + "转往主板上市": Hong Kong's GEM (a 创业板 moves to no 主板 in Shenzhen)
            dates = _listing_dates(sent, m)
            window = clause_around(tpl, m.start(), m.start("x"), m.end())
            method = listing_method(window)
            isos = [ctx.date_iso(d, sent) for d in dates]
            bracketed = _bracketed_codes(sent, m)
            for i, x in enumerate(exchanges):
                date = None
                if len(exchanges) > 1 and len(dates) >= len(exchanges):  # "于A和B分别在X和Y上市"
                    date = isos[len(isos) - len(exchanges) + i]
                elif dates and len(exchanges) == 1:
                    date = isos[-1]
                elif len(exchanges) == 1 and _SAME_DAY.search(tpl, max(0, m.start("x") - 12), m.start("x")):
                    date = ctx.carried_date(sent)  # "于设立当日于X上市": the day named before (the carried one is it)
                code = _code_after(sent, m.end()) if len(exchanges) == 1 and len(companies) == 1 else None
                code = bracketed.get(x, code) if len(companies) == 1 else None
                if code is None and len(companies) == 1:
                    code = _exchange_code_after(sent, m.end(), x)  # "…于X上市（SIX: ABCN）": the code written with X's mark
                if code and (ent := ctx.inv.entities.get(company)) is not None:
                    ent.tickers.setdefault(code, x[2:])  # the code is another name of the company
                for listed in companies:
                    ctx.emit(Predicate.LISTED_ON, listed, x, sent, "listed-verb", 0.8, date=date, method=method, ticker=code,
                             relisting=relisting(tpl, m.start(), m.start("x"), m.end()))
        described_listings(ctx, sent)
        _listed_without_subject(ctx, sent)
        _shares_listed(ctx, sent)
        _listed_again(ctx, sent)  # after every listing of the sentence's subject ("C登陆纽交所，…登陆港交所")
        returns(ctx, sent)


#: the listed code in the clause after a listing: "…完成首次公开发行" + "，股票代码为" + a code
_CODE_NEXT = re.compile(r"(?:[，,](?:股票|证券)简称[：:为]?\s*“?[^，,。；“”]{1,12}”?)?"  # (", 股票简称“X”" between)
                        r"(?:[，,](?:其)?(?:股票|证券|股份)|[（(](?:股票|证券|股份)?)(?:代码|代號|代号)(?:为|是)?[：:]?\s*"
                        r"(?P<code>[A-Z]{1,6}|\d{4,6})(?![A-Za-z0-9])")  # (or in brackets: "…上市（代码：" + six digits + "）")


#: after a listing verb, the company the listing describes: "A为在X上市的" + C + "（代码）的全资子公司" (C lists, A is its child)
_DESCRIBES_NEXT = re.compile(r"的\ue001")


#: a word that hands or joins something to a party, right before the market that describes that party ("转让给" + "创业板上市公司B")
_TO_PARTY = re.compile(r"(?:给|予|至|向|与|和)(?:了)?(?:一家)?$")


#: "A与B均在X上市": the companies joined before the last, with a word that says each of them lists
_JOINED_BEFORE = re.compile(r"(?:\ue001(?:与|和|及|、))+$")
_EACH = re.compile(r"(?:也|亦)?(?:均|都|皆|同|同时)")


def _both_listed(sent: Sent, m: re.Match[str]) -> list[str] | None:
    """The companies of "A与B均在X上市" (A和B都…, A、B及C均…), each listed there, or None."""
    if not _EACH.match(m.group("mid")) or not (joined := _JOINED_BEFORE.search(sent.tpl, 0, m.start("c"))):
        return None
    return [c.key for c in sent.between(joined.start(), m.end("c"), "C") if c.key]


def _bracketed_codes(sent: Sent, m: re.Match[str]) -> dict[str, str]:
    """exchange → the code in brackets right after it, in the exchanges of a `_LISTED` match."""
    out: dict[str, str] = {}
    for x in sent.between(m.start("x"), m.end("x"), "X"):
        at = sent.index.index(sent.mentions.index(x)) + 1 if x.key else -1
        if at > 0 and (code := _CODE_IN.match(sent.tpl, at)) is not None and x.key:
            out[x.key] = re.search(r"[A-Z0-9]{4,6}(?:\.[A-Z]{2})?(?=[）)])", code.group()).group()
    return out


def _exchange_code_after(sent: Sent, pos: int, exchange: str) -> str | None:
    """The code of a ticker in brackets right after the listing, written with the same exchange's mark."""
    if sent.tpl[pos:pos + 1] not in ("（", "(") or pos + 1 >= len(sent.tpl) or sent.index[pos + 1] < 0:
        return None
    k = sent.at(pos + 1)
    return k.value[1] if k.kind == "K" and "X:" + k.value[2] == exchange else None


def _code_after(sent: Sent, pos: int) -> str | None:
    m = _CODE_NEXT.match(sent.tpl, pos)
    return m.group("code") if m else None


#: what sets a company before the subject as its parent, not another party: "东华集团旗下的C"
_PARENT_OF_NEXT = re.compile(r"(?:旗下|下属)?的?")


def _listing_dates(sent: Sent, m: re.Match[str]) -> list[Mention]:
    """The dates of a `_LISTED` match: those of the company's clause, else of the
    sentence before it up to another party ("今年7月4日，北林科技再度登陆港交所";
    a parent qualifying the company is no other party: "7月4日，东华集团旗下的C，在X上市").
    A clause told in time from an earlier event ("…，第四年在X上市") has only its
    own dates, and a listing inside a noun phrase ("上市后的首份财报") none before the company."""
    tpl = sent.tpl
    clause = max(tpl.rfind(c, 0, m.start("c")) for c in "，；：") + 1
    own = m.end("mid") - len(CLAUSE_CUT.split(m.group("mid"))[-1])
    relative = RELATIVE_TIME.match(tpl, own) is not None
    dates = [d for d in sent.between(own if relative else clause, m.end(), "D") if not d.value.period]
    if not dates and not relative and not _SINCE.match(tpl, m.end()):
        before = [x for x in sent.mentions[: sent.index[m.start("c")]] if x.kind in ("C", "P") and not x.focus]
        subject = sent.at(m.start("c")).key  # (the company named before its short name's definition is no other party)
        while before and before[-1].kind == "C" and (before[-1].key == subject or _PARENT_OF_NEXT.fullmatch(
                tpl, sent.pos_of(before[-1]) + 1, m.start("c"))):
            before.pop()
        floor = sent.pos_of(before[-1]) + 1 if before else 0
        dates = [d for d in sent.between(floor, m.end(), "D") if not d.value.period]
    return dates or [d for d in sent.between(own if relative else clause, m.end(), "D")][-1:]


#: a sentence that opens with a listing and no subject: "2019年12月在纽交所上市，至今已近三年，C股价…"
_OPENS_LISTED = pattern(r"^(?P<d><D>)?[，,]?(?:在|于)(?P<x><X>)(?:主板)?(?:挂牌)?上市[，,]")


def _listed_without_subject(ctx: Context, sent: Sent) -> None:
    """A sentence that opens with a listing and names no subject before it lists
    the company the sentence before was about, when that is the only company
    the sentence names (it names it again later: "…上市，至今已近三年，C股价已下跌")."""
    m = _OPENS_LISTED.match(sent.tpl)
    if m is None or sent.prev_topic is None or NOT_YET.search(sent.tpl, 0, m.end()):
        return
    if {c.key for c in sent.mentions if c.kind == "C"} != {sent.prev_topic}:
        return
    date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
    ctx.emit(Predicate.LISTED_ON, sent.prev_topic, sent.at(m.start("x")).key, sent, "listed-no-subject", 0.7, date=date,
             method=listing_method(m.group(0)))


#: "C于D成立，…，H股于D在X主板上市（股份代号：K）": a clause of the sentence's company's shares listing, with no subject
_SHARES_LISTED = pattern(r"[，,](?:其)?[AH]股(?:股票|股份)?(?:于(?P<d><D>))?(?:在|于)(?P<x><X>)(?:主板)?(?:挂牌)?上市"
                         r"(?:[（(](?:股份|股票|证券)(?:代号|代码)[：:]?(?P<k><K>)[）)])?")


def _shares_listed(ctx: Context, sent: Sent) -> None:
    """A clause of "H股"/"A股" listing on an exchange, in a sentence that opens with a company and names no other
    before it: that company lists there (a profile's "…，H股于2019年在联交所主板上市"), with the code after it."""
    if "股" not in sent.tpl or not sent.tpl.startswith(KIND["C"]):
        return
    for m in _SHARES_LISTED.finditer(sent.tpl):
        if len({c.key for c in sent.between(0, m.start(), "C")}) != 1:
            continue
        date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
        code = sent.at(m.start("k")).text if m.group("k") else None
        ctx.emit(Predicate.LISTED_ON, sent.at(0).key, sent.at(m.start("x")).key, sent, "shares-listed", 0.75, date=date,
                 ticker=code)


def _listed_again(ctx: Context, sent: Sent) -> None:
    """"C于2018年在纳斯达克上市，2022年在港交所二次上市": a clause with no
    subject lists the company the sentence has just listed on another exchange."""
    listed = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.LISTED_ON]
    if not listed:
        return
    for m in _AGAIN.finditer(sent.tpl):
        if NOT_YET.search(m.group(0)) or planned(sent, m.start(), m.end()):
            continue
        ds = sent.between(m.start(), m.start("x"), "D")
        ctx.emit(Predicate.LISTED_ON, listed[-1].subject, exchange_at(sent, m, "x"), sent, "listed-again", 0.75,
                 date=ctx.date_iso(ds[-1], sent) if ds else None, method=listing_method(m.group(0)))


