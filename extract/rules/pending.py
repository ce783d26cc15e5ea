"""Shares stated as the outcome of a deal that has not happened yet.

"北林银行将参与东海消金的重组……重组后，A成为第一大股东，
持股40%；B持股15%" and "X拟引入投资者……增资完成后，Y持股90%" describe the
structure a pending deal will produce (guide v1.2: "将提升至45%" is not a
holding). A figure is read that way when its paragraph, before it, says
"重组后/增资完成后/交易完成后…" and the article speaks of that deal as planned
(拟/将/计划 … 重组/增资/引入/收购 …) and never as done (已完成, 完成工商变更 …).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent

_AFTER_DEAL = re.compile(r"(?:重组|增资|减资|交易|转让|收购|发行|改制|认购|入股|引战|引资|权益变动)(?:事项)?(?:完成|完毕|落地|实施)?(?:之)?后[，,]")
#: (将 as 把 is no plan: "S将所持C 12%股份转让给B")
_PLANNED = re.compile(r"(?:拟|将(?!其|所持|持有)|计划|预计|有望|筹划)[^，。；\n]{0,16}?(?:重组|增资|减资|引入|收购|受让|转让|入股|认购|改制)")
#: (a closing told as past, "…于D获" + a regulator + "核准并完成交割", is done too: 尚需/须/待 before 获 keep it a plan)
_DONE = re.compile(r"已完成|已经完成|正式完成|顺利完成|完成了|办理完毕|完成工商变更|变更登记|已获批|获得批复|已落地"
                   r"|已于[^，。；\n]{1,12}?(?:完成|办理完毕|交割)|(?<![需须待])获[^，。；\n]{0,8}?(?:批准|核准)并完成交割"
                   r"|已于[^，。；\n]{1,16}?将[^，。；\n]{1,16}?(?:转让|出售|过户)(?:予|给|至)")  # ("已于D将…转让予B": 将 as 把, the transfer done)


def pending_outcome(ctx: Context, sent: Sent, pos: int) -> bool:
    """Whether the figure at template position `pos` of `sent` is the planned
    outcome of a pending deal (see the module's doc)."""
    planned = ctx.memo.get("pending-deal")
    if planned is None:
        planned = bool(_PLANNED.search(ctx.text)) and not _DONE.search(ctx.text)
        ctx.memo["pending-deal"] = planned
    if not planned:
        return False
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    return _AFTER_DEAL.search(ctx.text, para, sent.offsets[min(pos, len(sent.offsets) - 1)]) is not None


#: "若交易完成" + "，A将持有C" + a share + "，成为其控股股东": a clause of condition on the deal, what it would make, whatever the article says elsewhere
_IF_DONE = re.compile(r"(?:若|如|如果|倘若|一旦|假如)(?:本次|该|此次|上述|该笔|这笔)?(?:交易|重组|增资|收购|转让|发行|认购|入股)(?:事项)?(?:顺利)?(?:完成|获批|实施|落地|完毕)(?:后)?[，,]")


#: a holding told as the deal would leave it, in words other than a condition on the deal: "若本轮融资完成" (a round, a
#: placing: any deal), "发行完成后（预计）A持股…", "预计交易完成后，A持股…" (read in the holding's clause group)
_PROJECTED = re.compile(r"(?:若(?!干)|如果|倘若|假设|假如|一旦)[^，,。；]{0,24}(?:完成|实施|落地|生效)"
                        r"|(?:完成|实施)后[（(](?:预计|预期|模拟|假设|备考)[）)]|(?:预计|预期)[^，,。；]{0,20}(?:完成|实施)后")


def conditional_outcome(sent: Sent, pos: int) -> bool:
    """Whether the holding at template position `pos` of `sent` is told after a clause of condition on a deal,
    or as the outcome a deal is projected to have."""
    tpl = sent.tpl
    if ("若" in tpl or "如" in tpl or "一旦" in tpl) and _IF_DONE.search(tpl, 0, pos) is not None:
        return True
    if "完成" not in tpl and "实施" not in tpl and "落地" not in tpl and "生效" not in tpl:
        return False
    lo = max(0, pos - 80)  # (its shapes span at most ~40 letters: a bounded window keeps a long sentence linear)
    return _PROJECTED.search(tpl, max(tpl.rfind("；", lo, pos), tpl.rfind(";", lo, pos), lo - 1) + 1, pos) is not None
