"""How a company came to be held, told from the held company's side: "T系B于D从S处收购其持有的75%股权后取得".

A financial statement's note under its subsidiaries table says how each was obtained: T (the subject) was acquired
by B (本公司, the reporting company) from S, who sold it that share. The sentence is a sale told backwards, the target
first and the verb of obtaining (取得) last; the buyer's holding is the table's, so only the sale is read here.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import deal_date, emit_sale
from extract.rules.templates import gated

#: "T系B于D从S处收购其持有的N%股权后取得", "T为B向S购买的全部股权而形成"
_OBTAINED = gated(r"(?P<target>\ue001)(?:[（(][^（）()]{0,30}[）)])?(?:系|是|为|由)(?P<buyer>\ue001)(?:于\ue004)?(?:通过[^，。；\ue000\ue001]{1,10}?)?"
                  r"(?:自|从|向)(?P<seller>[\ue000\ue001])(?:处)?(?:协议)?(?:受让|收购|购买|购入|购得)(?:其)?(?:持有|所持|所持有)?(?:的)?"
                  r"(?:全部)?(?P<pct>\ue007)?(?:的)?(?:股权|股份)(?:而|后)?(?:取得|获得|得到|形成)", "取得", "获得", "得到", "形成")


def acquired_notes(ctx: Context) -> None:
    if "取得" not in ctx.text and "获得" not in ctx.text and "得到" not in ctx.text and "形成" not in ctx.text:
        return
    for sent in ctx.sentences:
        for m in _OBTAINED.finditer(sent.tpl):
            pct = sent.at(m.start("pct")).value if m.group("pct") else None
            emit_sale(ctx, sent, sent.at(m.start("seller")).key, sent.at(m.start("target")).key, "obtained-from", 0.8,
                      buyer=sent.at(m.start("buyer")).key, percent=pct, date=deal_date(ctx, sent, m.start("seller")))
