"""A post's holder until now, named after it: "C董事会秘书一职此前由副总经理A兼任".

A reorganisation names who takes a post ("B调任C首席风险官", "接替调任C首席风险官的B") and, apart, who held
it till then, with 此前/之前/原先 and 由 A 兼任/担任: A held the post and leaves it, and the one the sentence
(or the one before) gives it to now succeeds A. An acting holder (代为履职) is not a holder (guide v1.2).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: "C T一职此前由T2 A兼任": the post, the word for before, then its holder by 由 and a verb of holding
_HELD_BEFORE = pattern(rf"(?P<chain>{CHAIN})(?:一职|职务|职位|岗位)?(?:此前|之前|原先|原来|以往|过去)(?:一直)?由(?:<C>)?(?:<T>)?"
                       rf"(?P<p><P>)(?:兼任|担任|出任)")


def held_before(ctx: Context) -> None:
    if "由" not in ctx.text or not any(w in ctx.text for w in ("此前由", "之前由", "原先由", "原来由", "以往由", "过去由", "一直由")):
        return
    for sent in ctx.sentences:
        for m in _HELD_BEFORE.finditer(sent.tpl):
            old = sent.at(m.start("p")).key
            if old is None:
                continue
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
                if company is None:
                    continue
                emit_position(ctx, sent, old, company, info, "held-before", "end", None, 0.75)
                role = str(info.role)
                if role not in SINGLE_HOLDER_ROLES:
                    continue  # one of several seats: whoever took one took no one's
                now = {c.subject for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and sent.i - 1 <= c.sent <= sent.i
                       and c.object == company and c.qualifiers.get("role") == role and c.status != "end" and c.subject != old}
                if len(now) == 1:
                    ent = ctx.inv.entities.get(company)
                    ctx.emit(Predicate.SUCCEEDED, now.pop(), old, sent, "held-before", 0.75, company=ent.name if ent else None, role=role)
