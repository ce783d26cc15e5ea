"""Whose a ticker is ("C（…：K）", `owner_of_ticker`), and a company's
stock code written without its exchange ("股票代码：600977", "北林证券（600977）",
an announcement's "证券代码：601777 证券简称：北林银行", "股份代號2597"): another
name of the company (guide: a ticker is an alias), but no listing — a bare
number does not say where (guide v1.2)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from extract.tickers import SHARE_CLASS
from text.normalize import norm_name

#: the label and the code; the code is a number (A shares, Hong Kong) or capitals (US)
_LABELLED = re.compile(r"(?:(?:股票|证券|股份)(?:代码|代號|代号)|代號|代号)\s*(?:为|是)?\s*[：:]?\s*(?P<code>\d{4,6}|[A-Z]{2,5})(?![\dA-Za-z.])")
#: a six-digit code alone in brackets right after the company: "北林证券（600977）"
_BRACKETED = re.compile(r"\ue001\s*[（(](?P<code>\d{6})[）)]")
#: an announcement's header: "证券代码：601777 证券简称：北林银行" — the short name after it is whose code it is
_SHORT_NAME_AFTER = re.compile(r"\s*(?:[A-Z]股)?(?:证券|股票|股份)?简称\s*[：:]\s*\ue001")
#: the bracket a labelled code closes, after its company: "C（股票代码：…", "C（「C」…；股份代號：…"
_IN_BRACKET = re.compile(r"\ue001\s*[（(][^（()）]*$")


#: an announcement's header line, which the sentences leave out: "证券代码：601777　证券简称：北林银行"
_HEADER = re.compile(r"(?:证券|股票)代码\s*[：:]\s*(?P<code>\d{6})\s*(?:[A-Z]股)?(?:证券|股票)简称\s*[：:]\s*(?P<name>[^\s，。；：:]{2,12}?)(?=\s|公告|$)")
#: the same header with the short name first: "股票简称：北林银行　股票代码：601777"
_HEADER_NAME_FIRST = re.compile(r"(?:[A-Z]股)?(?:证券|股票)简称\s*[：:]\s*(?P<name>[^\s，。；：:]{2,12}?)\s*[，,；;]?\s*(?:[A-Z]股)?(?:证券|股票)代码\s*[：:]\s*(?P<code>\d{6})(?!\d)")


def stock_codes(ctx: Context, sent: Sent) -> None:
    if "stock_codes" not in ctx.memo:  # once an article: the header before its first sentence
        ctx.memo["stock_codes"] = True
        head = ctx.text[:300]
        for h in (*_HEADER.finditer(head), *_HEADER_NAME_FIRST.finditer(head)):
            if (company := ctx.inv.surface.get(norm_name(h.group("name")))) is not None:
                _alias(ctx, company, h.group("code"))
    tpl = sent.tpl
    if "代" not in tpl and "（" not in tpl and "(" not in tpl:
        return
    for m in _LABELLED.finditer(tpl):
        company = _owner(sent, m.start(), m.end())
        if company is not None:
            _alias(ctx, company, m.group("code"))
    for m in _BRACKETED.finditer(tpl):
        _alias(ctx, sent.at(m.start()).key, m.group("code"))


def _owner(sent: Sent, start: int, end: int) -> str | None:
    """The company a labelled code is of: the short name an announcement's header
    gives after it, or the company whose bracket the code stands in."""
    after = _SHORT_NAME_AFTER.match(sent.tpl, end)
    if after is not None:
        return sent.at(after.end() - 1).key
    head = sent.tpl[max(0, start - 40):start]
    m = _IN_BRACKET.search(head)
    return sent.at(max(0, start - 40) + m.start()).key if m else None


def _alias(ctx: Context, company: str, code: str) -> None:
    ent = ctx.inv.entities.get(company)
    if ent is not None and ent.type == "Company":
        ent.tickers.setdefault(code, "")


#: a later clause giving a listed company's code: "，股票代码为…", "，证券代码："
_CODE_CLAUSE = re.compile(r"[，,](?:其)?(?:股票|证券|股份)(?:代码|代號|代号)(?:为|是)?[：:]?\s*$")


#: the bracket a ticker is in, after its company: "C（…", "C-S（…" (a share class), and the short name
#: first ("C有限公司（C，…", "C有限公司（下称“C”，…")
_TICKER_BRACKET = re.compile(
    rf"(\ue001)(?:{SHARE_CLASS})?\s*[（(](?:(?:(?:以下|下文)?(?:简称|下称|称)|原名|原称|前称|旧称|曾用名)?[：:]?[“\"「]?\ue001[”\"」]?\s*[，,、；;]\s*)?"
    r"[^（()）\ue001\ue000]*$")


#: the short names in quotes a company's bracket gives first, and the ticker after them, in the same bracket or the next:
#: "C（“C”或“本公司”）" + "（纳斯达克：…）", "C（「C」或「本公司」" + "；股份代號：…）"
_AFTER_SHORT_NAMES = re.compile(r"(\ue001)\s*[（(](?:[“「\"]\ue001[”」\"](?:或|及|、)?)+(?:[，,]连同[^（()）；;]{0,24})?(?:[）)]\s*[（(]|[；;，,]\s*)"
                                r"(?:(?:股票|股份|证券)?(?:代码|代号)\s*[：:]?\s*)?$")


def owner_of_ticker(sent: Sent, pos: int) -> str | None:
    """The company a parenthesised ticker follows: "X（A；B）", "X(A)" or "X-S(A)", or
    "X有限公司（X，A；B）" and "X有限公司（下称“X”，A）" where the bracket gives the short name first."""
    head = sent.tpl[max(0, pos - 30):pos]
    m = _TICKER_BRACKET.search(head)
    if not m and (m := _AFTER_SHORT_NAMES.search(sent.tpl, max(0, pos - 48), pos)):
        return sent.at(m.start(1)).key
    if not m:
        if not _CODE_CLAUSE.search(head):
            return None
        named = {c.key for c in sent.between(0, pos, "C")}  # "C于…在深交所上市，股票代码300999.SZ": the one company the sentence names
        return named.pop() if len(named) == 1 else None
    return sent.at(max(0, pos - 30) + m.start(1)).key
