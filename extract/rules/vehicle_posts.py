"""A bare post (its sentence names no company of its own) that the rules gave
to a holding vehicle goes to the listed company the vehicle holds.

A takeover story names the offeror most ("X由P全资拥有", "X现持有Y约70%权益"),
so the company spoken of last, or the one in focus, is often the offeror when
the story turns to the board: "董事会方面" + "，P获委任为" + a post. An offeror or a
holding company is a vehicle; the board a story reports on is the listed
company's, the one with a stock code ("Y（股份代号：1234）"). A vehicle that
is itself listed has a board worth reporting, so it keeps its posts."""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: "X现持有Y约70%权益", "X已增持Y至…", "X收购Y": X holds (or takes) Y, in one clause
_HOLDS = re.compile(r"(\ue001)[^\ue001\ue000。；，]{0,12}?(?:持有|增持|收购|控股|入主)[^\ue001。；，]{0,4}(\ue001)")


#: a stock code in the brackets after a name or its short form ("Y（「Y」，股份代号：1234）"), or 上市的 before it ("在联交所主板上市的Y")
_CODE_AFTER = re.compile(r"(?:[（(]|[”」』\"][，,])[^（()）\n]{0,24}?(?:股份代号|股票代码|证券代码|股票代號|股份代號|代码|代號|stock code)[：:]?\s*[A-Z0-9]", re.I)
_LISTED_BEFORE = re.compile(r"上市(?:的|公司)$")


def _listed_names(ctx: Context) -> set[str]:
    """The companies the text gives a stock code or calls listed where it names them."""
    out = {k for k, e in ctx.inv.entities.items() if e.tickers}
    for sent in ctx.sentences:
        for m in sent.mentions:
            if m.kind == "C" and m.key and (_CODE_AFTER.match(ctx.text, m.end, m.end + 40) or _LISTED_BEFORE.search(ctx.text, max(0, m.start - 4), m.start)):
                out.add(m.key)
    return out


def _vehicles(ctx: Context) -> dict[str, str]:
    """Each unlisted company the text says holds one listed company → that company."""
    pairs = [(holder, held) for sent in ctx.sentences if "\ue001" in sent.tpl for m in _HOLDS.finditer(sent.tpl)
             if (holder := sent.at(m.start(1)).key) and (held := sent.at(m.start(2)).key) and holder != held]
    if not pairs:
        return {}  # (the listed companies are looked for only in a text where one company holds another)
    listed = _listed_names(ctx)
    found: dict[str, set[str]] = {}
    for holder, held in pairs:
        if held in listed and holder not in listed:
            found.setdefault(holder, set()).add(held)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def vehicle_posts(ctx: Context) -> None:
    if not (vehicles := _vehicles(ctx)):
        return
    moved = False
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION or (to := vehicles.get(c.object)) is None:
            continue
        names = [m for m in ctx.sentences[c.sent].mentions if m.kind == "C"]
        if all(m.focus and m.key == c.object for m in names):  # none, or only 公司 standing for the vehicle
            c.object, moved = to, True
    if moved:
        ctx.reindex()
