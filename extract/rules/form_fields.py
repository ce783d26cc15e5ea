"""A filed return's form fields: a yes/no listing field beside a code field, and a signer's name and title on lines
of their own.

    於某交易所上市：是
    股份代號：01234

The company filing (the focus) is listed on the exchange its field names when the field says 是, under the code
of the code field within the next lines (a 否 or an empty field says nothing).

    簽署人：甲
    職位：T

The signer holds the title of the line right under the name's, at the company filing.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.organ_lists import listed_person
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent
from schema import Predicate
from text.normalize import norm_name

#: a listing field and its answer (template): "于" + the exchange + "上市", a gap or a colon, 是
_LISTED = re.compile(r"于(\ue002)上市\s*[：:]?\s*是(?![\u4e00-\u9fff])")
#: a code field (text): its label (a bracket "如上市" perhaps), a gap or a colon, the code
_CODE = re.compile(r"(?:证券|股份|股票)代(?:号|码)\s*(?:[（(][^（()）]{1,8}[）)])?\s*[：:]?\s*(?P<code>\d{4,6})(?!\d)")
#: the stock's short name in the field after the code ("說明", "股份簡稱")
_SHORT = re.compile(r"[ \t\u3000]+(?:说明|股份简称|股票简称|证券简称)[ \t\u3000]*[：:]?[ \t\u3000]*(?P<short>[\u4e00-\u9fffA-Za-z]{2,12})[ \t\u3000]*(?:\n|$)")
#: how far after the listing field the code field may be
_CODE_SPAN = 160
#: a signer's line and the title line under it (text)
_SIGNER = re.compile(r"^[ \t\u3000]*(?:呈交者|呈交人|签署人|签署者|签署|签名|授权代表)(?:姓名)?\s*[：:]\s*(?P<name>[^\s：:]{2,20})\s*\n"
                     r"[ \t\u3000]*(?:职衔|职位|职务|职称|身份)\s*[：:]\s*(?P<title>[\u4e00-\u9fff]{2,12})\s*$", re.M)


def form_fields(ctx: Context) -> None:
    if "上市" in ctx.text and "代" in ctx.text:
        _listing_field(ctx)
    if "职" in ctx.text and ("签" in ctx.text or "呈交" in ctx.text or "授权代表" in ctx.text):
        _signer(ctx)


def _listing_field(ctx: Context) -> None:
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    for sent in ctx.sentences:
        if "上市" not in sent.tpl or "\ue002" not in sent.tpl:
            continue
        for m in _LISTED.finditer(sent.tpl):
            exchange = sent.at(m.start(1)).key
            end = sent.at(m.start(1)).end
            code = _CODE.search(ctx.text, end, end + _CODE_SPAN)
            if exchange is None or code is None:
                continue
            if (ent := ctx.inv.entities.get(company)) is not None:
                ent.tickers.setdefault(code.group("code"), exchange[2:])  # the code is another name of the company
            if (short := _SHORT.match(ctx.text, code.end())) is not None:
                _short_name(ctx, company, ctx.show(short.start("short"), short.end("short")))
            ctx.emit(Predicate.LISTED_ON, company, exchange, sent, "listing-field", 0.8, ticker=code.group("code"))


def _short_name(ctx: Context, company: str, short: str) -> None:
    """The issuer's stock short name is its name, not the name of a company it prefixes (a subsidiary's legal name
    the short name starts: the mention finder gave the short form to it)."""
    key = norm_name(short)
    other = ctx.inv.surface.get(key)
    if other == company:
        return
    if other is not None and other in ctx.inv.entities:
        ctx.inv.entities[other].aliases.pop(short, None)
    ctx.inv.link(key, short, company)


def _signer(ctx: Context) -> None:
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    titles = get_lexicon().titles
    for m in _SIGNER.finditer(ctx.text):
        role = titles.get(m.group("title"))
        if role is None:
            continue
        row = Row([], m.start("name"), m.end("name"))
        person = listed_person(ctx, row, ctx.show(m.start("name"), m.end("name")))
        if person is None:
            continue
        title = ctx.show(m.start("title"), m.end("title"))
        emit_position(ctx, row_sent(ctx, row), person, company, TitleInfo(role, title), "signer-fields", "", None, 0.8)
