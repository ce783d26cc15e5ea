"""A listing told by label lines, as a listing notice or a report's cover gives it:

    股票简称：北林科技
    股票代码：830123
    上市地点：北京证券交易所
    上市时间：2022年11月17日

the company (the 上市公司名称 line's, else the notice's issuer or the company in focus) is listed on the
exchange of the 上市地点 line, with the code and the date of the lines around it. A notice of a public
offering and listing (公开发行…上市公告书) tells a listing by offering shares: an IPO.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import ListingMethod, Predicate
from text.normalize import norm_name

_PLACE = re.compile(r"\s*(?:股票|证券)?上市(?:地点|交易所|场所)\s*[：:]\s*\ue002\s*$")
_CODE = re.compile(r"^\s*(?:股票|证券)(?:代码|代號)\s*[：:]\s*(?P<code>\d{6}|\d{4,5})\s*$", re.M)
_DATE = re.compile(r"\s*(?:股票)?上市(?:时间|日期)\s*[：:]\s*\ue004\s*$")
_COMPANY = re.compile(r"\s*上市公司(?:名称)?\s*[：:]\s*\ue001\s*$")
#: the same line in the text, where no trigger word made it an analysed sentence
_COMPANY_LINE = re.compile(r"^[ \t\u3000]*上市公司(?:名称)?[ \t\u3000]*[：:][ \t\u3000]*(?P<name>[^\s：:，。；]{4,60})[ \t\u3000]*$", re.M)
#: the label lines of one block: this many lines either side of the exchange's
_LINES = 5


#: a Taiwan filing's header fields: the company's code, its short name, the market it trades on
#: ("公司代號：NNNN　公司簡稱：C　市場別：上櫃"); 上市 is the Taiwan Stock Exchange, 上櫃 the over-the-counter market
#: (興櫃, the emerging board, is no listing)
_MARKET_FIELDS = re.compile(r"(?:\ue001|公司|股票|证券)?(?:代号|代码)\s*[：:]\s*(?P<code>\d{4,6})\s*(?:\ue001|公司|股票|证券)?简称\s*[：:]\s*"
                            r"(?P<c>\ue001)\s*市场别\s*[：:]\s*(?P<market>上市|上柜)(?![\u4e00-\u9fff])")
_MARKETS = {"上市": "X:TWSE", "上柜": "X:TPEx"}


def market_fields(ctx: Context) -> None:
    if "市场别" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "市场别" in sent.tpl and (m := _MARKET_FIELDS.search(sent.tpl)) is not None:
            company = sent.at(m.start("c")).key
            if company and ctx.type_of(company) == "Company":
                ctx.emit(Predicate.LISTED_ON, company, _MARKETS[m.group("market")], sent, "market-fields", 0.8, ticker=m.group("code"))


def listing_labels(ctx: Context) -> None:
    if "上市地点" not in ctx.text and "上市交易所" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "上市" in sent.tpl and _PLACE.match(sent.tpl):
            _labelled_listing(ctx, sent)


def _labelled_listing(ctx: Context, sent: Sent) -> None:
    a, b = _block(ctx.text, sent.start)
    company = date = None
    for other in ctx.sentences:
        if other.start < a or other.start >= b:
            continue
        if _COMPANY.match(other.tpl):
            company = other.at(other.tpl.index("\ue001")).key
        elif _DATE.match(other.tpl):
            date = ctx.date_iso(other.at(other.tpl.index("\ue004")), other)
    if company is None and (line := _COMPANY_LINE.search(ctx.text, a, b)) is not None:
        company = ctx.inv.surface.get(norm_name(line.group("name")))
    company = company or ctx.announcer or ctx.focus
    if not company or ctx.type_of(company) != "Company":
        return
    code = _CODE.search(ctx.text, a, b)
    head = ctx.text[:300]
    method = str(ListingMethod.IPO) if "公开发行" in head and "上市公告书" in head else None
    ctx.emit(Predicate.LISTED_ON, company, sent.at(sent.tpl.index("\ue002")).key, sent, "listing-labels", 0.8,
             ticker=code.group("code") if code else None, date=date, method=method)


def _block(text: str, at: int) -> tuple[int, int]:
    """The text of the lines around position `at`: _LINES lines before its line and after it."""
    a = text.rfind("\n", 0, at) + 1
    for _ in range(_LINES):
        if a <= 0:
            break
        a = text.rfind("\n", 0, a - 1) + 1
    b = at
    for _ in range(_LINES + 1):
        nb = text.find("\n", b + 1)
        if nb < 0:
            b = len(text)
            break
        b = nb
    return a, b
