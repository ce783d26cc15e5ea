"""Several holdings under one verb, each company with its share:

    注入完成后，A持有B 96%股权、C 32.5%股份、D 100%股权。

The holding rules read the first item (A's share of B); the items after it,
joined by 、/和/及, are A's shares of the companies they name. The holder is
the one the first item was read with, so whatever way the clause gave it
(named, carried from the clause before, 其) holds for the rest.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import pattern
from schema import Predicate

#: the first item after the verb, then the items after it: "持有<C><R>股权、<C><R>股份和<C><R>股权"
_ITEM = r"(?:的)?\ue007(?:的)?(?:股权|股份|权益)?"
_ITEMS = pattern(rf"(?:持有|拥有|持股)(?P<first>\ue001){_ITEM}(?P<rest>(?:(?:、|，|,|和|及|以及)\ue001{_ITEM})+)")
_NEXT = pattern(r"(?:、|，|,|和|及|以及)(?P<target>\ue001)(?:的)?(?P<pct>\ue007)")


def listed_holdings(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "\ue007" not in sent.tpl or sent.tpl.count("\ue007") < 2:
            continue
        for m in _ITEMS.finditer(sent.tpl):
            first = sent.at(m.start("first")).key
            pct = next((x.value for x in sent.between(m.end("first"), m.start("rest"), "R")), None)
            holders = [c.subject for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE
                       and c.object == first and c.qualifiers.get("percent") == pct]
            if len(set(holders)) != 1:
                continue  # no holder read for the first item (or two): the list is not one holder's
            done = {(c.object, c.qualifiers.get("percent")) for c in ctx.out if c.sent == sent.i and c.subject == holders[0]}
            for item in _NEXT.finditer(sent.tpl, m.start("rest"), m.end("rest")):
                target, share = sent.at(item.start("target")).key, sent.at(item.start("pct")).value
                if target and target != holders[0] and (target, share) not in done and ctx.type_of(target) == "Company":
                    ctx.emit(Predicate.HOLDS_STAKE, holders[0], target, sent, "holding-items", 0.8, percent=share)
