"""What a party to a case asks the court to confirm, or offers evidence to prove, is its claim, not a fact.

A court record gives each party's words: "请求确认原告为C的股东，享有其N%的股份" (the plaintiff asks that its share be
confirmed), "证据N，…，证明A为B代持C的股份" (a piece of evidence and what it is offered to prove). The
other side may deny it in the next line; the holding and the transfer are what the case is about, not what the record
establishes. So in a document that names its parties by caption ("原告：A", "呈请人：B": `Inventory.label_heads`),
the holdings and sales read from such a sentence are dropped.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: a party's request to the court, or a piece of evidence and what it is offered to prove
_CLAIM = re.compile(r"请求(?:确认|判令|法院|人民法院|依法)|诉讼请求|诉请|证据[一二三四五六七八九十\d]{1,3}[，,：:、][^。]*?证明")
_CLAIMED = (Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE)


def drop_court_claims(ctx: Context) -> None:
    """Remove the holdings and sales of a captioned court record's requests and offers of proof."""
    if not ctx.inv.label_heads or not any(p in ctx.text for p in ("请求", "诉请", "证据")):
        return
    claimed = {s.i for s in ctx.sentences if _CLAIM.search(ctx.text, s.start, s.end)}
    if claimed:
        ctx.drop(lambda c: c.sent in claimed and c.predicate in _CLAIMED)
