"""A post told by how long it was held: "P在C当了五年行长", "我做了八年CEO"
(an interviewee's own career, 我 read as the line's speaker), "P担任了十年
C董事长". The years held say the post was held, and, told as a span
looked back on, that it is over; no date comes with it."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import clause_start, emit_position, hedged, subject_for
from extract.rules.templates import Sent, gated

#: (在C)? 当了/做了/干了/担任了 + a count of years + the chain of posts
_SERVED = gated(
    r"(?:在(?P<at><C>))?(?P<verb>当了|做了|干了|担任了|出任了)"
    r"(?:[一二三四五六七八九十两几\d]{1,3}|十几|好几)(?:个)?年(?:多|半)?(?:的)?(?P<chain>" + CHAIN + ")",
    "当了", "做了", "干了", "担任了", "出任了")


def served_years(ctx: Context, sent: Sent) -> None:
    for m in _SERVED.finditer(sent.tpl):
        vpos = m.start("verb")
        if hedged(sent.tpl[clause_start(sent, m.start()):vpos]):
            continue
        person = subject_for(ctx, sent, m.start())
        if person is None:
            continue
        default = sent.at(m.start("at")).key if m.group("at") else ctx.nearest_company(sent, m.start())
        # "已经做了八年CEO": still in the post; else a span looked back on, over
        status = "" if sent.tpl[max(0, m.start() - 2):m.start()].endswith(("已经", "已")) else "past"
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
            emit_position(ctx, sent, person, company, info, "served-years", status, None, 0.7)
