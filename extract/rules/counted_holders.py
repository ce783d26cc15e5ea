"""Holders counted instead of named: "A与" + kin + "B。" + "二人分别持有C" + two shares,
"股东为A和B" + "，二人分别持有其" + two figures — the people a count (二人, 三人, 夫妇二人)
stands for are the list just before it in its sentence, else the last people
named before it, in its sentence or the one before (read or not: a sentence
naming two people and nothing else is not one the rules analyse)."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.templates import Sent

#: a count of people standing for their names (a holder slot of `holder_slots`)
PEOPLE_COUNTED = r"(?:夫妇|夫妻|父子|母子|兄弟|姐妹)?(?:二|两|三|四)人"
_COUNT = {"二": 2, "两": 2, "三": 3, "四": 4}
#: the rank words that say whose shareholders a list names: "X的登记股东为A和B"
_SHAREHOLDERS_ARE = re.compile(r"股东(?:分别|依次)?(?:为|是|包括)")


def counted_holders(ctx: Context, sent: Sent, m: re.Match[str], listed: list[str]) -> list[str]:
    """The people the count of holder match `m` stands for; `listed` are the people of the list
    right before it in the sentence (its holders when their number is the count)."""
    n = _COUNT[m.group("ana")[-2]]
    prev = sent.tpl[:m.start()]
    if listed and m.group("ref") and (held := _SHAREHOLDERS_ARE.search(prev)) and KIND["C"] not in prev[:held.start()]:
        return []  # "X的…股东为A和B" + "，二人分别持有其…" with X no name we know: 其 is X, not a company named before
    return listed if len(listed) == n else _last_people(ctx, sent, m.start(), n)


def _occurrences(text: str, form: str, a: int, b: int) -> list[int]:
    """Where `form` occurs in text[a:b]."""
    out, at = [], text.find(form, a, b)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + 1, b)
    return out


def _last_people(ctx: Context, sent: Sent, pos: int, n: int) -> list[str]:
    """The last `n` people named before template position `pos` in the sentence, else in the
    sentence before (none when fewer were named)."""
    named = [x.key for x in sent.between(0, pos, "P") if x.key]
    if not named:  # the sentence before, read or not ("链条的最上端是A与妻子B。二人…"): the people its text names
        a = max(ctx.text.rfind(c, 0, max(0, sent.start - 1)) for c in "。！？\n") + 1
        found = sorted((at, key) for form, key in ctx.inv.surface.items() if key.startswith("P:") and len(form) >= 2
                       for at in _occurrences(ctx.text, form, a, sent.start))
        named = [key for _at, key in found]
    people = list(dict.fromkeys(reversed(named)))[:n]
    return people[::-1] if len(people) == n else []
