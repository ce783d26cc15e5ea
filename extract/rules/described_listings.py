"""LISTED_ON where the listing describes the company or is told around it rather
than as its verb: "港股上市公司C", "在港交所上市的C", "作为一家在港交所上市的城商行，C…",
"C登陆纳斯达克" (the verb before the exchange), "在纽交所上市两年之后，C…", and a
return to Hong Kong ("C去年11月回港上市"); last the tickers (`named_tickers`).
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.listing_clauses import (
    CLAUSE_CUT,
    CONTINUES,
    LISTING_VERB,
    RELATIVE_TIME,
    clause_around,
    exchange_at,
    listing_method,
    relisting,
    subject_company,
)
from extract.rules.listing_plans import AFTER, DONE_MARK, NOT_YET, NOT_YET_AFTER, planned
from extract.rules.named_tickers import named_tickers
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

# "在港交所上市的C", "港股上市公司C", "纽交所上市公司C": a listed company described by its market (and trade: "上市的小型券商C")
_LISTED_X_FIRST = gated(
    rf"(?:(?:已|于|在|^)(?P<x><X>|香港|港股)(?:[（(][A-Z]{{2,6}}[）)])?(?:主板)?(?:成功)?(?:二次|双重主要|第二)?{LISTING_VERB}(?:的|后的)(?:[\u4e00-\u9fff]{{0,4}}?(?:券商|银行|险企|公司|企业|机构|集团))?|(?P<x2><X>|港股|香港)(?:主板)?上市公司)(?P<c><C>)",
    KIND["X"], "香港", "港股",
)
#: "上柜期货商C（" + a code + "）", "上柜公司C": Taiwan's over-the-counter market (上柜) named as the kind of firm C is
_OTC_KIND = pattern(r"(?<!未)(?<!非)上柜(?:[\u4e00-\u9fff]{0,3}?(?:商|业者|公司|金控))?(?P<c><C>)")
#: "上市公司C", "上市金控C": in Taiwan, 上市 is the Taiwan Stock Exchange (上柜 the over-the-counter market); with a code of four
#: digits after the name, the company is listed there
_TW_LISTED_KIND = pattern(r"(?<![未非拟将])上市(?:公司|金控|银行|企业)(?P<c><C>)")
#: a text from Taiwan: its money, its places, its calendar
_TAIWAN_TEXT = re.compile(r"新台币|台湾|台北|民国|经济部|金管会")
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
#: "C去年11月回港上市", "C赴港二次上市": a return to Hong Kong, its exchange unnamed
_RETURN_HK = pattern(r"(?P<c><C>)[^\ue001。；，]{0,12}?(?:回港|赴港)(?:[^\ue001。；，]{0,6}?)(?:上市|二次上市|双重主要上市|双重上市|第二上市)")
#: a bare code in brackets right after a listed company's name: "C（" + six digits + "）", "C（股票代码：" + six digits + "）"
#: (a code of letters needs its word: "C（股票代码：" + three letters + "）", as Ho Chi Minh City's and New York's codes are;
#: a short name may come first: "C（简称“S”，股票代码：" + letters + "）")
_BRACKET_CODE = re.compile(r"\s*[（(]\s*(?:(?:简称|下称)?[^，,（）()]{1,14}[，,]\s*)?"
                           r"(?:(?:(?:股票|证券)(?:代码|代号)[：:]?\s*)?(?P<code>\d{4,6})|(?:股票|证券)(?:代码|代号)[：:]?\s*(?P<letters>[A-Z]{2,5}))\s*[）)]")


def _taiwan_text(ctx: Context) -> bool:
    """Asked once an article, as this rule runs on every sentence and the whole text may be megabytes."""
    if "taiwan_text" not in ctx.memo:
        ctx.memo["taiwan_text"] = _TAIWAN_TEXT.search(ctx.text) is not None
    return bool(ctx.memo["taiwan_text"])


def described_listings(ctx: Context, sent: Sent) -> None:
    """The listings of a sentence told as what a company is, or around it."""
    tpl = sent.tpl
    for m in _LISTED_X_FIRST.finditer(tpl):
        x = exchange_at(sent, m, "x") or exchange_at(sent, m, "x2")
        window = tpl[max(0, m.start() - 12):m.end()]
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start()]):
            continue
        if planned(sent, max(0, m.start() - 12, tpl.rfind("，", 0, m.start())), m.start("c")):
            continue  # "将在港交所上市的C"
        code = _BRACKET_CODE.match(tpl, m.end())  # "北交所上市公司C" + six digits in brackets: the code bracketed after the name
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x, sent, "listed-x-first", 0.8, method=listing_method(window),
                 ticker=(code.group("code") or code.group("letters")) if code else None)
    for m in _OTC_KIND.finditer(tpl):
        code = _BRACKET_CODE.match(tpl, m.end())
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, "X:TPEx", sent, "otc-kind", 0.75,
                 ticker=(code.group("code") or code.group("letters")) if code else None)
    for m in _TW_LISTED_KIND.finditer(tpl) if "上市" in tpl and _taiwan_text(ctx) else ():
        code = _BRACKET_CODE.match(tpl, m.end())  # "上市公司C（C'，股票代号" + four digits + "）" in a Taiwan text: Taiwan's exchange
        if code and code.group("code") and len(code.group("code")) == 4:
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, "X:TWSE", sent, "tw-listed-kind", 0.75, ticker=code.group("code"))
    for m in _AS_LISTED.finditer(tpl):
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start("c")]):
            continue
        xs = sent.between(m.start("xs"), m.end("xs"), "X")
        for x in xs:  # how a listing on two exchanges came about is told of neither ("两地双重主要上市": the first was an IPO)
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x.key, sent, "as-listed", 0.75,
                     method=listing_method(tpl[m.start():m.start("c")]) if len(xs) == 1 else None)
    for m in _VERB_X.finditer(tpl):
        clause = CLAUSE_CUT.split(m.group("mid"))[-1]
        if NOT_YET.search(clause) or NOT_YET_AFTER.search(tpl[m.end():m.end() + AFTER]):
            continue
        if planned(sent, m.end("mid") - len(clause), m.end()):
            continue  # "C将登陆纳斯达克"
        if "，" in m.group("mid") and (not CONTINUES.search(m.group("mid")) or NOT_YET.search(m.group("mid"))):
            continue  # the verb's clause has a subject of its own, or the subject's clause makes it a plan
        company = subject_company(sent, m.start("c"))
        rel = [r.end() for r in RELATIVE_TIME.finditer(tpl, m.start("c"), m.start("x"))]
        # "C在成立2年后便成功登陆纳斯达克": told in time from an earlier event, no date before it is the listing's
        ds = [d for d in sent.between(rel[-1] if rel else 0, m.start("x"), "D") if not d.value.period]
        ctx.emit(Predicate.LISTED_ON, company, sent.at(m.start("x")).key, sent, "listed-verb-x", 0.8,
                 date=ctx.date_iso(ds[-1], sent) if ds else None, method=listing_method(clause_around(tpl, m.start(), m.start("x"), m.end())),
                 relisting=relisting(tpl, m.start(), m.start("x"), m.end()))
    for m in _LISTED_BEFORE_SUBJECT.finditer(tpl):
        if NOT_YET.search(tpl[max(0, m.start() - 6):m.start("head")]):
            continue
        x = sent.at(m.start("x")).key if m.group("x") else "X:HKEX"  # 赴港/回港: to Hong Kong's exchange
        told = sent.between(m.start(), m.start("x") if m.group("x") else m.start("head"), "D")  # "自2019年12月在纽交所上市以来"
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, x, sent, "listed-before-subject", 0.75, method=listing_method(m.group(0)),
                 date=ctx.date_iso(told[-1], sent) if told else None)
    named_tickers(ctx, sent)


def returns(ctx: Context, sent: Sent) -> None:
    """"C去年11月回港上市": a return to Hong Kong that is done or dated, not a plan."""
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
                 method=listing_method(m.group(0)))


def _dated(sent: Sent, start: int, end: int) -> bool:
    """A date of the past or present between `start` and `end` ("去年11月", "2022年"), not
    one to come (明年): the event happened when it says."""
    return any(d.value.relative != "明年" and not d.value.period for d in sent.between(start, end, "D"))
