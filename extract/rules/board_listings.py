"""LISTED_ON told by a market's own words, with no exchange named in the clause.

* A GEM issuer whose dealings pass to the Main Board: "自D起于主板开始买卖，新股份代号：NNNN".
  The shares are the announcing company's (the sentence names none); the exchange is Hong Kong's, which
  the notice names as 联交所 elsewhere; the new code is the listing's ticker, the date its first dealing.
* Taipei's over-the-counter market (TPEx, 证券柜台买卖中心) speaking of itself as 本中心: its notice says C's stock
  trades "本中心证券商营业处所买卖" from date D and states the code after "证券代号：".
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import gated
from schema import Predicate

#: the first dealing on the Main Board after a transfer from GEM (the date before, the new code after)
_MAIN_BOARD = gated(r"(?P<d><D>)[^，。；\ue000-\ue007]{0,10}?(?:起)?(?:在|于)主板(?:开始)?买卖(?:[，,]\s*新股份代号(?:为|是|：|:)\s*(?P<code>\d{4,5}))?",
                    "主板")
#: a market's notice of dealings "at its own premises": the company, then the date dealings begin
_OTC_DEALING = gated(r"(?P<c><C>)(?:普通股|股票|普通股股票){1,2}自(?:中华)?(?P<d><D>)起在本中心证券商营业处所买卖", "本中心")
_OTC_CODE = re.compile(r"证券代号[：:]\s*(\d{4,6})")
#: a Taiwanese company moving its shares to the over-the-counter market: "C（NNNN）下周二自兴柜转上柜", "C上柜挂牌"
#: (兴柜, the emerging board, is no listing; an application or a plan is none either)
_TO_OTC = gated(r"(?P<c><C>)(?:[（(](?P<code>\d{4,6})[）)])?(?P<mid>[^，。；\ue000\ue001]{0,24}?)(?:转上柜|上柜挂牌|挂牌上柜)", "上柜")
_PLANNED = re.compile(r"申请|拟|计划|筹备|送件|审议|辅导|争取|有望")


def board_listings(ctx: Context) -> None:
    if "主板" in ctx.text and ("联交所" in ctx.text or "港交所" in ctx.text) and ("GEM" in ctx.text or "创业板" in ctx.text):
        _main_board(ctx)
    if "上柜" in ctx.text:
        _to_otc(ctx)
    if "本中心证券商营业处所" in ctx.text and ("柜台买卖中心" in ctx.text or "柜买中心" in ctx.text):
        _otc(ctx)


def _main_board(ctx: Context) -> None:
    company = ctx.announcer or ctx.focus
    if not company or ctx.type_of(company) != "Company":
        return
    for sent in ctx.sentences:
        if (m := _MAIN_BOARD.search(sent.tpl)) is None or "开始买卖" not in sent.tpl:
            continue
        ctx.emit(Predicate.LISTED_ON, company, "X:HKEX", sent, "main-board-transfer", 0.8,
                 ticker=m.group("code"), date=ctx.date_iso(sent.at(m.start("d")), sent))


def _otc(ctx: Context) -> None:
    code = _OTC_CODE.search(ctx.text)
    for sent in ctx.sentences:
        if (m := _OTC_DEALING.search(sent.tpl)) is None:
            continue
        ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, "X:TPEx", sent, "otc-dealing", 0.8,
                 ticker=code.group(1) if code else None, date=ctx.date_iso(sent.at(m.start("d")), sent))


def _to_otc(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _TO_OTC.finditer(sent.tpl):
            if _PLANNED.search(m.group("mid")):
                continue
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, "X:TPEx", sent, "to-otc", 0.75, ticker=m.group("code"))
