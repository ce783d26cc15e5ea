"""LISTED_ON told without a ticker written with its exchange, in the wording of Taiwan, US and Hong Kong notices and papers.

* a first trading day set by the exchange: "C之股票…订于D起于X上市买卖" (a Taiwan underwriting notice);
* trading under a new code after a merger: "…更名为C，股票D起以新代码K在X交易";
* a parent described in brackets as listed: "C（下称“S”，X上市公司，证券代码K）";
* a congratulation advertisement: a company's line, "于X主板", "上市志庆", "股份代号：K", "上市日期：D"
  (Hong Kong's 股份代号 with no exchange named: the Hong Kong exchange);
* a Hong Kong document's cover: the company's name, "（于…注册成立之有限公司）", "（股份代号：K）" on lines of their own —
  K is the company's code (another name of it), and the code of its Hong Kong listing the document tells.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import pattern
from schema import ListingMethod, Predicate
from text.normalize import norm_name

#: "C之股票…订于(中华民国)D起于X上市买卖"
_SET_DAY = pattern(r"(?P<c><C>)(?:的|之)?(?:股票|股份|普通股)[^。；\ue000\ue001]{0,16}?(?:订于|定于)(?:中华民国|中华)?(?P<d><D>)起?(?:于|在)(?P<x><X>)"
                   r"(?:正式)?(?:(?:挂牌)?(?:上市|上柜)(?:买卖|交易)?|挂牌(?:买卖|交易))")
#: "C，股票D起以新代码K在X交易": the company named right before the clause
_NEW_CODE = pattern(r"(?P<c><C>)(?:[（(][^（）()]{1,60}[）)])?[，,](?:其)?(?:股票|股份)(?:自|由)?(?P<d><D>)?起?(?:改)?以(?:新)?(?:股票)?代码(?P<code>[A-Z]{1,6}|\d{4,6})"
                    r"(?:在|于)(?P<x><X>)(?:挂牌)?(?:交易|买卖|上市)")
#: "C（下称“S”，X上市公司，证券代码K）"
_BRACKET = pattern(r"(?P<c><C>)[（(](?:以下简称|下称|简称)[“「\"]?<C>[”」\"]?[，,](?:为|系|乃)?(?P<x><X>)(?:主板)?上市公司[，,]?(?:股票|股份|证券)代[号码][：:]?\s*"
                   r"(?P<code>\d{4,6}|[A-Z]{1,6})[）)]")
#: the lines of a listing advertisement
_AD = re.compile(r"^\s*上市志庆\s*$", re.M)
_AD_CODE = re.compile(r"^\s*股份代号\s*[：:]\s*(\d{4,5})\s*$", re.M)
_AD_DAY = re.compile(r"^\s*上市日期\s*[：:]")
#: a cover's code line, and the lines between it and the company's name (its place of incorporation, its Latin name)
_COVER_CODE = re.compile(r"^\s*[（(]股份代号\s*[：:]\s*(\d{4,5})\s*[）)]\s*$", re.M)
_COVER_NOTE = re.compile(r"^\s*(?:[（(].*[）)]|[A-Z][A-Z0-9 .,&()\-]*)?\s*$")


def set_listings(ctx: Context) -> None:
    text = ctx.text
    if "订于" in text or "定于" in text or "代码" in text:
        for sent in ctx.sentences:
            for m in (*_SET_DAY.finditer(sent.tpl), *_NEW_CODE.finditer(sent.tpl)):
                code = m.group("code") if "code" in m.re.groupindex else _one_code(text)
                date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
                method = str(ListingMethod.IPO) if m.re is _SET_DAY and "初次上市" in text[:200] else None
                if code and (ent := ctx.inv.entities.get(sent.at(m.start("c")).key or "")) is not None:
                    ent.tickers.setdefault(code, sent.at(m.start("x")).key[2:])  # (the code is another name of the company)
                ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, sent.at(m.start("x")).key, sent, "set-listing", 0.8,
                         date=date, ticker=code, method=method)
    if "上市公司" in text:
        for sent in ctx.sentences:
            for m in _BRACKET.finditer(sent.tpl):
                ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, sent.at(m.start("x")).key, sent, "bracket-listing", 0.8,
                         ticker=m.group("code"))
    if "上市志庆" in text:
        _advertised(ctx)
    if "股份代号" in text:
        _cover_codes(ctx)


def _cover_codes(ctx: Context) -> None:
    """"C\n（于…注册成立之有限公司）\n（股份代号：K）": K is C's code; C's Hong Kong listing gets it."""
    text = ctx.text
    for m in _COVER_CODE.finditer(text):
        lines = text[:m.start()].rstrip("\n").split("\n")[-4:]
        company = None
        for line in reversed(lines):
            key = ctx.inv.surface.get(norm_name(line.strip()))
            if key and ctx.type_of(key) == "Company":
                company = key
                break
            if not _COVER_NOTE.match(line):
                break
        if company is None:
            continue
        code = m.group(1)
        ctx.inv.entities[company].tickers.setdefault(code, "HKEX")
        for c in ctx.out:
            if c.predicate is Predicate.LISTED_ON and c.subject == company and c.object == "X:HKEX" and not c.qualifiers.get("ticker"):
                c.qualifiers["ticker"] = code


def _one_code(text: str) -> str | None:
    """The one stock code a notice's fields give ("股票代号：" + digits), if one."""
    codes = set(re.findall(r"(?:股票|股份)代号\s*[：:]\s*(\d{4,6})", text))
    return codes.pop() if len(codes) == 1 else None


def _advertised(ctx: Context) -> None:
    """A congratulation advertisement: the company on a line of its own above "上市志庆", the exchange (if named) on the
    line between, the code and the first day on the lines below."""
    text = ctx.text
    for m in _AD.finditer(text):
        above = text[:m.start()].rstrip("\n").split("\n")[-3:]
        company = exchange = None
        for line in reversed(above):
            key = ctx.inv.surface.get(norm_name(line.strip()))
            if key and ctx.type_of(key) == "Company":
                company = key
                break
        below = text[m.end():].lstrip("\n").split("\n")[:3]
        code = next((c.group(1) for line in below if (c := _AD_CODE.match(line))), None)
        sents = [s for s in ctx.sentences if m.start() - 60 <= s.start <= m.end() + 60]
        for s in sents:
            for x in s.mentions:
                if x.key and x.key.startswith("X:") and s.start < m.start():
                    exchange = x.key
        if company is None or (exchange is None and code is None):
            continue
        date = None
        for s in sents:
            if s.start > m.start() and _AD_DAY.match(s.tpl) and "\ue004" in s.tpl:
                date = ctx.date_iso(s.at(s.tpl.index("\ue004")), s)
        at = next(s for s in sents if s.start >= m.start()) if any(s.start >= m.start() for s in sents) else None
        if code:
            ctx.inv.entities[company].tickers.setdefault(code, (exchange or "X:HKEX")[2:])
        if at is not None:
            ctx.emit(Predicate.LISTED_ON, company, exchange or "X:HKEX", at, "advertised-listing", 0.75, ticker=code, date=date,
                     method=str(ListingMethod.IPO))
