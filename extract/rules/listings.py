"""LISTED_ON: a listing that has happened or whose first dealing date is set.

Evidence comes as a ticker written with its exchange ("NYSE:OCFT",
"06638.HK", read in `ticker_listings`), or a listing verb with an exchange ("于7月4日以介绍方式在港交所
挂牌上市", "登陆纳斯达克"). An application, a hearing, a plan (递交, 申请,
聆讯, 拟, 计划, 筹划) is not a listing. A bare number ("06638") is not.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND, Mention
from extract.rules.base import Context, Sent, gated, pattern
from extract.rules.listing_plans import (
    AFTER,
    DENIED_AFTER,
    DONE_MARK,
    NOT_YET,
    NOT_YET_AFTER,
    PROSPECTUS,
    planned,
)
from extract.rules.stock_codes import stock_codes
from extract.rules.ticker_listings import from_tickers
from schema import ListingMethod, Predicate

_LISTING_VERB = r"(?:挂牌上市|挂牌|上市|登陆|登录|挂牌交易|开始买卖|买卖|上市交易|敲钟|IPO|(?:完成|成功|实现)(?:了)?首次公开发行)"
# <C> … (在|于|登陆) <X> … 上市
#: after 由 and the exchange: a move from a board to the main board ("由创业板" + "转往主板上市")
_GEM_TO_MAIN = re.compile(r"转(?:往|至|到|为|入)?主板")
_LISTED = pattern(
    rf"(?P<c><C>)(?P<mid>[^\ue001\ue000。；]{{0,40}}?)(?:在|于|登陆|登录|赴|回归|回到|在美国|在香港|美国|香港)?(?:美国)?(?P<x>(?:<X>|香港(?=的|市场|主板|上市|挂牌|二次|双重|第二|正式|成功|完成|实现)|港股(?=上市|主板|市场|二次|双重|第二)|(?<=在|于)港(?=上市|挂牌|二次|双重|第二|主板))(?:(?:和|及|与|、)(?:<X>|香港|港股))*)(?:的|市场)?(?:主板)?(?P<tail>[^\ue001\ue002。；，]{{0,12}}?){_LISTING_VERB}"
)
# "在港交所上市的C", "港股上市公司C", "纽交所上市公司C": a listed company described by its market (and trade: "上市的小型券商C")
_LISTED_X_FIRST = gated(
    rf"(?:(?:已|于|在)(?P<x><X>|香港|港股)(?:主板)?(?:成功)?(?:二次|双重主要|第二)?{_LISTING_VERB}(?:的|后的)(?:[\u4e00-\u9fff]{{0,4}}?(?:券商|银行|险企|公司|企业|机构))?|(?P<x2><X>|港股|香港)(?:主板)?上市公司)(?P<c><C>)",
    KIND["X"], "香港", "港股",
)
# "作为一家在港交所上市的城商行，C…", "作为在纽交所和港交所两地上市的…平台，C…": what C is, told by its listing
_AS_LISTED = pattern(r"作为(?:一家|首家|第一家|少数)?(?:在|于)(?P<xs>\ue002(?:(?:和|及|与|、)\ue002)*)(?:两地|双重主要|二次|主板)?(?:挂牌)?上市的"
                     r"[^，。；\ue000-\ue007]{1,14}?[，,](?P<c>\ue001)")
# "C登陆纳斯达克", "C于2019年挂牌纽交所", "C登陆美国的纳斯达克": the verb before the exchange, no 上市 after
# (the verb may open a later clause that continues the subject's: "C仍借着…的风潮，于2019年登陆纽交所")
_VERB_X = gated(r"(?P<c><C>)(?P<mid>[^\ue001\ue000。；]{0,40}?)(?:成功|正式|已)?(?:登陆|登录|挂牌|上市于|挂牌于)(?:美国|香港)?(?:的)?(?P<x><X>)(?!(?:的)?(?:聆讯|申请|计划|上市计划|IPO计划))", "登陆", "登录", "挂牌", "上市于")
# "在纽交所上市两年之后，…C正式…", "在赴港二次上市后，C…": a clause of time told by the listing, then the company it speaks of
# (自 says "since" alone: "自去年11月回港上市，C的股价…")
_LISTED_BEFORE_SUBJECT = pattern(
    r"(?:^|(?<=[，；：）)]))(?:(?P<since>自)|在|于)(?:\ue004)?(?:在|于)?(?:(?P<x><X>)(?:主板)?(?:挂牌)?|赴港|回港)(?:二次|双重主要|第二)?上市"
    r"(?(since)(?:[^，。；\ue000-\ue007]{0,6}?(?:之后|以后|后|以来))?|[^，。；\ue000-\ue007]{0,6}?(?:之后|以后|后|以来))[，,]"
    r"(?P<head>(?:\ue004[，,])?[^，。；\ue000]{0,24}?)(?P<c><C>)(?(since)(?![和及与、]|旗下|下属|的(?:子公司|附属|母公司|股东|控股股东))|(?![的和及与、]|旗下|下属))")
# "C（纽交所股票代码：LU）", "C（纽约证券交易所：LU）", "C（股份代码：纽约证券交易所LU，香港联合交易所06699）":
# tickers given with their exchange's name, one or more in the bracket after the company
# (the short name may come after them: "C（台湾证券交易所代号：" + a code + "，以下简称C）")
_CODE = r"(?:股票|证券|股份)?(?:代码|代號|代号)"
#: (the code may be a name the dictionary knows the company by: "（股份代码：纳斯达克LX）", LX being 乐信's)
_EXCHANGE_CODE = rf"<X>{_CODE}?[：:]?\s*(?:[A-Za-z]{{1,6}}|\d{{4,6}}|<C>)(?![A-Za-z0-9])"
#: (the bracket may first give the company's short or former name: "（下称“C”，股份代码：…）", "（原名“C”，…）")
_NAME_FIRST = r"(?:(?:(?:以下|下文)?(?:简称|下称|称)|原名|原称|前称|旧称|曾用名)?[：:]?[“\"「]?<C>[”\"」]?\s*[，,、；;]\s*)?"
#: (or a bracket of its own with the short names in quotes: "C（“C”或“本公司”）" + "（纳斯达克：…）")
_NAMES_BRACKET = r"(?:[“\"「]<C>[”\"」](?:或|及|、)?)+[）)]\s*[（(]"
_NAMED_TICKER = pattern(rf"(?P<c><C>)[（(](?:{_NAMES_BRACKET}|{_NAME_FIRST})(?:{_CODE}[：:]?\s*)?(?P<items>{_EXCHANGE_CODE}(?:\s*[，,、；;/]\s*(?:{_EXCHANGE_CODE}|<K>))*)"
                        r"(?:[，,]\s*(?:以下|下文)?(?:简称|下称)[^（）()]{0,24})?[）)]")
_NAMED_ITEM = pattern(rf"(?P<x><X>){_CODE}?[：:]?\s*(?:(?P<code>[A-Za-z]{{1,6}}|\d{{4,6}})|(?P<named><C>))")
# "（纽交所股票代码：LU）" on a letterhead line of its own: the issuer's code on that exchange
# (the code may be a name the dictionary knows the company by)
_CODE_LINE = pattern(r"^\s*[（(](?P<x><X>)(?:股票|证券)?(?:代码|代號|代号)[：:]?\s*(?:(?P<c><C>)|(?P<code>[A-Za-z]{1,6}|\d{4,6}))\s*[）)]\s*$")
_RETURN_HK = pattern(r"(?P<c><C>)[^\ue001。；，]{0,12}?(?:回港|赴港)(?:[^\ue001。；，]{0,6}?)(?:上市|二次上市|双重主要上市|双重上市|第二上市)")
# "…，2022年11月29日在港交所二次上市": a clause with no subject of its own, after a listing
#: ("，并于2021年在香港联交所实现双重主要上市": the verb may be one of achieving; 香港 names the
#: exchange of a second or dual primary listing)
#: ("，2022年7月以介绍方式登陆港交所": 登陆 needs no 上市 after the exchange)
_AGAIN = pattern(r"[，,](?:并|又|随后|后|再|此后)?(?:于)?(?:\ue004)?(?:又|再)?(?:以[^，,。；]{1,6}?方式)?(?:在|于|(?P<land>登陆))"
                 r"(?P<x><X>|香港(?=实现|完成|二次|双重|第二))"
                 r"(?(land)(?!的?(?:聆讯|申请|计划))|(?:主板)?(?:实现|完成|正式|成功)?(?:二次|双重主要|双重|第二|挂牌)*上市)")
#: a clause boundary inside the span between a company and its listing verb
#: a clause about the shares of the company its sentence opens with: "，其股票…", "，其H股…"
_ITS_SHARES = re.compile(r"其(?:[AH]股(?:股票|股份)?|股票|股份)")
_CLAUSE_CUT = re.compile(r"[，,]|并于|并在|并且|随后|之后|后又|此后")
#: the listing as a time reference inside a noun phrase ("发布在港交所上市后的首份财报"): the
#: sentence's date is of what came after it, not of the listing
_SINCE = re.compile(r"(?:后|以后|之后|以来)的")
#: a company that is the object of a preposition is not the one listing ("从A分拆并在港交所上市")
_OBJECT_OF = re.compile(r"(?:从|自|由|与|和|向|对|对于|关于|被|跟|同)$")
#: a company that only qualifies the subject: "A是B旗下的…，于…在纽交所上市" (A listed, not B)
_QUALIFIES = re.compile(r"(?:的)?(?:旗下|下属|控股的|孵化的|投资的)")
# a listing's subject and exchange in different clauses only when the later clause continues the first
#: (or a clause told in time from an earlier event: "C2018年完成A轮融资，第四年在X上市"), and a subject
#: set off by a comma goes on in the clause right after it ("C，同样通过介绍方式在X上市", "C，在X上市")
_CONTINUES = re.compile(
    r"[，,](?:并|并于|于|在|随后|此后|又|还|再|也|先后|\ue004|第[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年(?:之)?后)"
    r"[^，,]*(?:[，,](?:以|通过|采用|采取)[^，,]*)?$"
    r"|^[，,](?:(?:同样|同时|亦|均|已|已经|正式|成功|通过|以)[^，,]*)?$")
#: "同日", "当日": the listing on the day last named
_SAME_DAY = re.compile(r"同日|当日|当天")
#: a time told from an earlier event ("成立后第三年", "第四年", "三年后"): it is no date of the calendar, and
#: the dates before it are of other events
_RELATIVE_TIME = re.compile(r"[，,]?(?:第[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年(?:之)?后)")

def _method(text: str) -> str | None:
    if "介绍" in text:
        return str(ListingMethod.INTRODUCTION)
    if "双重主要上市" in text or "双重第一上市" in text or "双重主要" in text:
        return str(ListingMethod.DUAL_PRIMARY)
    if "二次上市" in text or "第二上市" in text:
        return str(ListingMethod.SECONDARY)
    if "IPO" in text or "首次公开" in text or "发行价" in text or "首发" in text:
        return str(ListingMethod.IPO)
    return None


_HONG_KONG = re.compile(r"香港|港股|[在于]港")
#: a listing told as a new one after an earlier one ended ("重新在X上市", "再度登陆X", "回归X上市"): it reopens a
#: delisted listing (`schema.listing_time`), where a passing mention does not
_RELIST = re.compile(r"(?:重新|再次|再度)(?:在|于|登陆|挂牌|上市)|重返|重回|回归")


def _relisting(tpl: str, start: int, x: int, end: int) -> bool | None:
    """Whether the clause of a listing's exchange (from `start` or its last comma before `x`, to `end`) tells a relisting."""
    return True if _RELIST.search(tpl, max(start, tpl.rfind("，", 0, x) + 1), end) else None


def extract_listings(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        from_tickers(ctx, sent)
        stock_codes(ctx, sent)
        if KIND["X"] not in tpl and not _HONG_KONG.search(tpl):
            _described_listings(ctx, sent)
            _returns(ctx, sent)
            continue
        for m in _LISTED.finditer(tpl):
            if tpl.startswith("公司", m.end()) and (tpl.startswith("公司\ue001", m.end()) or _TO_PARTY.search(tpl, 0, m.start("x"))):
                continue  # "C将所持股权" + "转让给" + a market + "上市公司B": the market describes B, what lists is B
            mid = m.group("mid") + m.group("tail")
            # only the clause holding the listing verb can make it a plan ("启动…计划，并于2022年在港交所上市")
            own = _CLAUSE_CUT.split(m.group("mid"))[-1] + m.group("tail")
            if NOT_YET.search(own) and not re.search(r"已|完成|成功|将于", own):
                continue
            if planned(sent, m.end("mid") - len(_CLAUSE_CUT.split(m.group("mid"))[-1]), m.end()):
                continue  # "C宣布将在港交所上市": a plan
            if PROSPECTUS.search(tpl[:m.start("c")]):
                continue  # "招股书表示，公司在港交所…上市": what the prospectus plans
            # (a comma inside the bracket after a short name does not count: "C（下称“S”，证券代码" + six digits + "）在北交所上市")
            # "C前身为B" + "，其股票自" + a year + "起于台交所挂牌买卖": 其 is the company the sentence opens with
            its = _ITS_SHARES.match(_CLAUSE_CUT.split(m.group("mid"))[-1]) if "，" in m.group("mid") else None
            if "，" in re.sub(r"^[^（）]*）", "", m.group("mid")) and not _CONTINUES.search(m.group("mid")) and not its:
                continue  # "安永数据显示，自2018年港交所修改上市制度": another clause's exchange
            if re.search(r"[\ue003]", mid) or NOT_YET_AFTER.search(tpl[m.end():m.end() + AFTER]):
                continue
            if DENIED_AFTER.search(tpl, m.end(), m.end() + 30):
                continue  # "C港股挂牌了吗？——并没有，仅仅递表": a listing the next words deny
            company = sent.between(0, m.end("c"), "C")[0].key if its else _subject_company(sent, m.start("c"))
            if re.fullmatch(r"(?:[”」\"]?[）)])?(?:系|为|是|乃)", m.group("mid")) and tpl.startswith("公司\ue001", m.end()):
                continue  # "A（下称“B”）系港股上市公司C": the listed company is C, described
            if company is None or (company == sent.at(m.start("c")).key and _QUALIFIES.match(m.group("mid"))):
                continue  # "C旗下在香港二次上市的公司": a member of C lists, not C
            exchanges = [x.key for x in sent.between(m.start("x"), m.end("x"), "X")]
            if re.search(r"港", m.group("x")) and "X:HKEX" not in exchanges:
                exchanges.append("X:HKEX")
            if m.group("mid").endswith("由") and _GEM_TO_MAIN.match(m.group("tail")) and exchanges == ["X:SZSE"]:
                exchanges = ["X:HKEX"]  # "由创业板" + "转往主板上市": Hong Kong's GEM (a 创业板 moves to no 主板 in Shenzhen)
            dates = _listing_dates(sent, m)
            window = _clause_around(tpl, m.start(), m.start("x"), m.end())
            method = _method(window)
            isos = [ctx.date_iso(d, sent) for d in dates]
            for i, x in enumerate(exchanges):
                date = None
                if len(exchanges) > 1 and len(dates) >= len(exchanges):  # "于A和B分别在X和Y上市"
                    date = isos[len(isos) - len(exchanges) + i]
                elif dates and len(exchanges) == 1:
                    date = isos[-1]
                elif len(exchanges) == 1 and _SAME_DAY.search(tpl, max(0, m.start("x") - 12), m.start("x")):
                    date = ctx.carried_date(sent)  # "于设立当日于X上市": the day named before (the carried one is it)
                code = _code_after(sent, m.end()) if len(exchanges) == 1 else None
                if code and (ent := ctx.inv.entities.get(company)) is not None:
                    ent.tickers.setdefault(code, x[2:])  # the code is another name of the company
                ctx.emit(Predicate.LISTED_ON, company, x, sent, "listed-verb", 0.8, date=date, method=method, ticker=code,
                         relisting=_relisting(tpl, m.start(), m.start("x"), m.end()))
        _described_listings(ctx, sent)
        _listed_without_subject(ctx, sent)
        _listed_again(ctx, sent)  # after every listing of the sentence's subject ("C登陆纽交所，…登陆港交所")
        _returns(ctx, sent)


#: the listed code in the clause after a listing: "…完成首次公开发行" + "，股票代码为" + a code
_CODE_NEXT = re.compile(r"(?:[，,](?:股票|证券)简称[：:为]?\s*“?[^，,。；“”]{1,12}”?)?"  # (", 股票简称“X”" between)
                        r"[，,](?:其)?(?:股票|证券|股份)(?:代码|代號|代号)(?:为|是)?[：:]?\s*(?P<code>[A-Z]{1,6}|\d{4,6})(?![A-Za-z0-9])")

#: a bare code in brackets right after a listed company's name: "C（" + six digits + "）", "C（股票代码：" + six digits + "）"
_BRACKET_CODE = re.compile(r"\s*[（(]\s*(?:(?:股票|证券)代码[：:]?\s*)?(?P<code>\d{4,6})\s*[）)]")

#: a word that hands or joins something to a party, right before the market that describes that party ("转让给" + "创业板上市公司B")
_TO_PARTY = re.compile(r"(?:给|予|至|向|与|和)(?:了)?(?:一家)?$")


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
    own = m.end("mid") - len(_CLAUSE_CUT.split(m.group("mid"))[-1])
    relative = _RELATIVE_TIME.match(tpl, own) is not None
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
             method=_method(m.group(0)))


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
        ctx.emit(Predicate.LISTED_ON, listed[-1].subject, _exchange(sent, m, "x"), sent, "listed-again", 0.75,
                 date=ctx.date_iso(ds[-1], sent) if ds else None, method=_method(m.group(0)))


#: an exchange, or Hong Kong's named by its place ("，并于2021年在香港实现双重主要上市")
_OTHER_EXCHANGE = re.compile("\ue002|香港|港股|回港|赴港")


def _clause_around(tpl: str, floor: int, x: int, end: int) -> str:
    """The clause of a listing's exchange, where its method is written ("并在…，以介绍方式在X挂牌上市"
    gives X's method, not the earlier clause's)."""
    start = max(floor, tpl.rfind("，", floor, x) + 1)
    stop = min(end + 16, len(tpl))
    other = _OTHER_EXCHANGE.search(tpl, end, stop)  # the next clause speaks of another exchange: its method is its own
    if other is not None:
        stop = max(end, tpl.rfind("，", end, other.start()))
    return tpl[start:stop]


def _subject_company(sent: Sent, pos: int) -> str | None:
    """The company at template position `pos`, or, when it is the object of
    a preposition, the class noun of a list ("A等公司") or what qualifies the
    subject ("A是B旗下的…"), the company before it in the same clause."""
    tpl = sent.tpl
    while pos >= 0:
        if not _OBJECT_OF.search(tpl, 0, pos) and not tpl.endswith("等", 0, pos) and not (
                _QUALIFIES.match(tpl, pos + 1) and re.search(r"\ue001(?:是|为|系)$", tpl[:pos])):
            return sent.at(pos).key
        clause = max(tpl.rfind(c, 0, pos) for c in "，；：,") + 1
        earlier = [m for m in sent.between(clause, pos, "C")]
        if not earlier:
            return None
        pos = sent.pos_of(earlier[-1])
    return None


def _exchange(sent: Sent, m: re.Match[str], group: str) -> str | None:
    if not m.group(group):
        return None
    return sent.at(m.start(group)).key if m.group(group) == KIND["X"] else "X:HKEX"  # 香港, 港股


def _described_listings(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _LISTED_X_FIRST.finditer(tpl):
        x = _exchange(sent, m, "x") or _exchange(sent, m, "x2")
        window = tpl[max(0, m.start() - 12):m.end()]
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start()]):
            continue
        if planned(sent, max(0, m.start() - 12, tpl.rfind("，", 0, m.start())), m.start("c")):
            continue  # "将在港交所上市的C"
        code = _BRACKET_CODE.match(tpl, m.end())  # "北交所上市公司C" + six digits in brackets: the code bracketed after the name
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x, sent, "listed-x-first", 0.8, method=_method(window),
                 ticker=code.group("code") if code else None)
    for m in _AS_LISTED.finditer(tpl):
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start("c")]):
            continue
        xs = sent.between(m.start("xs"), m.end("xs"), "X")
        for x in xs:  # how a listing on two exchanges came about is told of neither ("两地双重主要上市": the first was an IPO)
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x.key, sent, "as-listed", 0.75,
                     method=_method(tpl[m.start():m.start("c")]) if len(xs) == 1 else None)
    for m in _VERB_X.finditer(tpl):
        clause = _CLAUSE_CUT.split(m.group("mid"))[-1]
        if NOT_YET.search(clause) or NOT_YET_AFTER.search(tpl[m.end():m.end() + AFTER]):
            continue
        if planned(sent, m.end("mid") - len(clause), m.end()):
            continue  # "C将登陆纳斯达克"
        if "，" in m.group("mid") and (not _CONTINUES.search(m.group("mid")) or NOT_YET.search(m.group("mid"))):
            continue  # the verb's clause has a subject of its own, or the subject's clause makes it a plan
        company = _subject_company(sent, m.start("c"))
        rel = [r.end() for r in _RELATIVE_TIME.finditer(tpl, m.start("c"), m.start("x"))]
        # "C在成立2年后便成功登陆纳斯达克": told in time from an earlier event, no date before it is the listing's
        ds = [d for d in sent.between(rel[-1] if rel else 0, m.start("x"), "D") if not d.value.period]
        ctx.emit(Predicate.LISTED_ON, company, sent.at(m.start("x")).key, sent, "listed-verb-x", 0.8,
                 date=ctx.date_iso(ds[-1], sent) if ds else None, method=_method(_clause_around(tpl, m.start(), m.start("x"), m.end())),
                 relisting=_relisting(tpl, m.start(), m.start("x"), m.end()))
    for m in _LISTED_BEFORE_SUBJECT.finditer(tpl):
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start("head")]):
            continue
        x = sent.at(m.start("x")).key if m.group("x") else "X:HKEX"  # 赴港/回港: to Hong Kong's exchange
        told = sent.between(m.start(), m.start("x") if m.group("x") else m.start("head"), "D")  # "自2019年12月在纽交所上市以来"
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x, sent, "listed-before-subject", 0.75, method=_method(m.group(0)),
                 date=ctx.date_iso(told[-1], sent) if told else None)
    for m in _NAMED_TICKER.finditer(tpl):
        company = sent.at(m.start("c")).key
        for item in _NAMED_ITEM.finditer(tpl, m.start("items"), m.end("items")):
            code = item.group("code")
            if item.group("named"):  # the code is a name of the company's own, not another company after the exchange
                named = sent.at(item.start("named"))
                if named.key != company or not re.fullmatch(r"[A-Za-z]{1,6}|\d{4,6}", named.text):
                    continue
                code = named.text
            if (ent := ctx.inv.entities.get(company)) is not None:
                ent.tickers.setdefault(code, sent.at(item.start("x")).key[2:])  # the code is another name of the company
            ctx.emit(Predicate.LISTED_ON, company, sent.at(item.start("x")).key, sent, "named-ticker", 0.85, ticker=code)
    for m in _CODE_LINE.finditer(tpl):
        named = sent.at(m.start("c")) if m.group("c") else None
        if named is not None and (named.focus or not re.fullmatch(r"[A-Za-z]{1,6}|\d{4,6}", named.text)):
            continue
        company = named.key if named is not None else ctx.announcer
        ctx.emit(Predicate.LISTED_ON, company, sent.at(m.start("x")).key, sent, "code-line", 0.85,
                 ticker=named.text if named is not None else m.group("code"))


def _returns(ctx: Context, sent: Sent) -> None:
    for m in _RETURN_HK.finditer(sent.tpl):
        head = sent.tpl[max(0, m.start() - 6):m.end()]
        around = sent.tpl[max(0, m.start() - 6):min(len(sent.tpl), m.end() + 10)]
        if NOT_YET.search(m.group(0)) and not re.search(r"已|完成|成功", m.group(0)):
            continue
        if re.search(r"拟|计划|筹划", head) or NOT_YET_AFTER.search(sent.tpl[m.end():m.end() + AFTER]):
            continue
        if not (DONE_MARK.search(around) or _dated(sent, m.start("c"), m.end())) or planned(sent, m.start(), m.end()):
            continue  # "赴港二次上市" alone may be a plan; "C去年11月回港上市" tells when it happened
        ds = sent.between(0, m.end(), "D")
        date = ctx.date_iso(ds[-1], sent) if ds else None
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, "X:HKEX", sent, "return-hk", 0.7, date=date,
                 method=_method(m.group(0)))


def _dated(sent: Sent, start: int, end: int) -> bool:
    """A date of the past or present between `start` and `end` ("去年11月", "2022年"), not
    one to come (明年): the event happened when it says."""
    return any(d.value.relative != "明年" and not d.value.period for d in sent.between(start, end, "D"))
