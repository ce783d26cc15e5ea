"""The rest of a company a seller keeps, told after its sale: "S将T N%股权售予B，集团则保留其余M%权益".

The clause after the sale has no holder of its own (集团, 公司, 其 or none — the seller, which the clause goes on
about) and no company (the one just sold): the seller holds the figure of it that it kept. The sale is read first
(`sales`, `completed_deals`), so this reads the sales the sentence gave and the clause after them.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import gated
from schema import Predicate

#: "，集团则保留其余M%权益", "，并保留余下40%股权至今"
_KEPT = gated(r"[，,；](?:而|并|则)?(?:该?集团|该?公司|其|(?P<named>\ue001))?(?:则|仍|继续)?(?:保留|保有|持有)(?:其余|剩余|余下)(?:的)?(?:约)?(?P<pct>\ue007)(?:的)?(?:股权|股份|权益)",
              "其余", "剩余", "余下")


def kept_rest(ctx: Context) -> None:
    if "其余" not in ctx.text and "剩余" not in ctx.text and "余下" not in ctx.text:
        return
    sold = {c.sent: c for c in ctx.out if c.predicate is Predicate.SOLD_STAKE}
    for i, sale in sold.items():
        sent = ctx.sentences[i]
        for m in _KEPT.finditer(sent.tpl):
            if m.group("named") and sent.at(m.start("named")).key != sale.subject:
                continue  # (another company keeps the rest: not the seller's)
            emit_stake(ctx, sent, sale.subject, sale.object, "kept-rest", 0.8, sent.at(m.start("pct")).value, m.start("pct"), parents=False)
