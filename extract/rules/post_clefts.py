"""Posts given by two constructions the verb-chain rules miss. A cleft, the
post first and its new holder last: "接掌" + a post + "一职的是" + a post + "P", "出任总经理的是原副总经理P"
(the post is the subject of the clause, so no verb stands before P and the chain
rules see only P's old title beside the name). And 新任 as the verb of a notice
of change: "新任P为公司" + a post + "，任职日期D". The one who left the post is paired
later by the end-start successions (`successions.find_successions`)."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import clause_start, date_before, emit_position, hedged, own_or_carried
from extract.rules.templates import Sent, pattern

#: the verb of taking the post, the post, 的是 and the new holder (perhaps with an old title or company before the name)
_CLEFT_TAKER = pattern(rf"(?:接掌|接手|接任|执掌|出任|担任|升任)(?:了)?(?:<C>)?(?:的)?(?P<chain>{CHAIN})(?:一职|职务|职位|的职务)?的(?:是|为)"
                       rf"(?:原|现任|前)?(?:<C>)?(?:的)?(?:<T>)?(?P<p><P>)")
#: a word every such cleft holds: sentences without it are not searched
_KEY = ("的是", "的为")
#: "新任P为公司T" at a clause's head (a fund company's notice of change of its officers)
_NEW_HOLDER = pattern(rf"(?:^|(?<=[，,；：:。]))(?:<D>[，,]?)?新任(?P<p><P>)为(?:<C>)?(?:的)?(?P<chain>{CHAIN})")


def cleft_takers(ctx: Context, sent: Sent) -> None:
    """P takes the post the cleft (or 新任) names, starting on the date the sentence gives (or the event's date carried)."""
    found = [*_CLEFT_TAKER.finditer(sent.tpl)] if any(k in sent.tpl for k in _KEY) else []
    for m in (*found, *(_NEW_HOLDER.finditer(sent.tpl) if "新任" in sent.tpl else ())):
        if hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        person = sent.at(m.start("p")).key
        date, carried = own_or_carried(ctx, sent, date_before(ctx, sent, m.start())[0], m.end())
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
            emit_position(ctx, sent, person, company, info, "cleft-taker", "start", date, 0.8, date_carried=carried)
