"""Enumerations ("X、Y、Z等") read as lists of entities: the items that are
mentions as they are, plain-text items as new companies or persons, the
descriptor before a name dropped."""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.templates import Sent
from text.normalize import norm_name

_LIST_SEP = re.compile(r"、|，|和|及|与|以及|或")
_LIST_END = re.compile(r"等|在内|，|。|；|（")
_DESCRIPTOR = re.compile(r"^.*(?:者|领域上市公司|上市公司|领域的|领域|公司|企业|平台)(?=.)")


def list_items(ctx: Context, sent: Sent, a: int, b: int, person_ok: bool = False, strong: bool = False,
               cued: bool = False) -> list[str]:
    """Entity keys of an enumeration "X、Y、Z等" at template positions [a, b).

    Items that are mentions are taken as they are; plain-text items become
    companies (or, with `person_ok`, persons when they read as a name) —
    the enumeration's context is what makes them entities. Descriptors before
    a name are dropped ("新医疗商业模式领跑者微医集团" → 微医集团). `strong`:
    the list is one of persons already (a title before it, a name the text
    knows in it), so a name whose surname is also a word (何, 于) stands.
    `cued`: a title before the list names its people ("副总经理A、B"), so a
    three-letter name whose first two letters are a word (周一 + 航) stands too.
    """
    tpl = sent.tpl
    end = b
    stop = _LIST_END.search(tpl, a, b)
    if stop and tpl[stop.start():stop.end()] in ("等", "在内"):
        end = stop.start()
    keys: list[str] = []
    pos = a
    for sep in [*_LIST_SEP.finditer(tpl, a, end), None]:
        item_end = sep.start() if sep else end
        item = tpl[pos:item_end]
        if sep is None and (s := _LIST_END.search(item)):
            item_end = pos + s.start()
            item = tpl[pos:item_end]
        ms = sent.between(pos, item_end)
        if len(ms) == 1 and ms[0].kind in ("C", "P") and re.fullmatch(r"[^\ue000-\ue007]*.", item):
            keys.append(ms[0].key)  # descriptor + mention: take the mention
        elif not ms and item:
            d = _DESCRIPTOR.match(item)
            start = pos + (d.end() if d else 0)
            name = tpl[start:item_end]
            if person_ok and plausible_person(name, get_lexicon(), strong=strong, cued=cued):
                key = ctx.inv.surface.get(norm_name(name)) or "P:" + name
                if key not in ctx.inv.entities:
                    ctx.inv.add(key, ctx.show(sent.offsets[start], sent.offsets[item_end]), "Person", norm_name(name),
                                ctx.show(sent.offsets[start], sent.offsets[item_end]), sent.offsets[start])
                keys.append(key)
            elif (k := ctx.new_company(sent, start, item_end)) is not None:
                keys.append(k)
        if sep is None or sep.start() >= end:
            break
        pos = sep.end()
    return [k for k in keys if k]
