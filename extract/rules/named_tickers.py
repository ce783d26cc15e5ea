"""LISTED_ON from a ticker given with its exchange's name: in the bracket after the
company ("C（纽交所股票代码：LU）", "C（股份代码：纽约证券交易所LU，香港联合交易所06699）")
or on a letterhead line of its own ("（纽交所股票代码：LU）", the announcer's). The
code becomes another name of the company.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate

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


def named_tickers(ctx: Context, sent: Sent) -> None:
    """The tickers bracketed after a company's name, and a letterhead's code line."""
    tpl = sent.tpl
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
