"""SOLD_STAKE from a property-rights exchange's result notice, its label lines one a line:

    项目名称：C 30%股权
    转让方：S
    受让方：B
    成交金额：31,200万元
    成交日期：2019年12月18日

S sold that share of C to B, for that sum, on that day. A listing notice (挂牌, 拟转让) names no buyer and is no
sale; the lines of one notice follow each other (a new 项目名称 line opens the next).
"""

from __future__ import annotations

import re

from extract.numbers import find_money, region_yuan
from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.sale_parts import emit_sale
from extract.rules.templates import Sent, pattern

_PROJECT = pattern(r"\s*(?:项目名称|标的名称)[：:]\s*(?P<target><C>)(?:的)?(?P<pct><R>)?(?:的)?(?:股权|股份|产权)")
_SELLER = pattern(r"\s*(?:转让方|出让方)(?:名称)?[：:]\s*(?P<c><C>)\s*")
_BUYER = pattern(r"\s*(?:受让方|买受方|买方)(?:名称)?[：:]\s*(?P<c><C>)\s*")
#: the lines of the sum and the day, read from the text (no trigger word makes them analysed sentences)
_AMOUNT = re.compile(r"^\s*(?:成交金额|成交价格|成交价款|交易价格|转让价格)[：:]\s*(.+)$", re.M)
_DAY = re.compile(r"^\s*(?:成交日期|交易日期|成交时间)[：:]\s*(.+)$", re.M)
#: how far after the project's line its other labels may stand
_SPAN = 8


def transfer_results(ctx: Context) -> None:
    if "受让方" not in ctx.text or ("项目名称" not in ctx.text and "标的名称" not in ctx.text):
        return
    for i, sent in enumerate(ctx.sentences):
        if (project := _PROJECT.fullmatch(sent.tpl)) is not None:
            _one_result(ctx, sent, project, ctx.sentences[i + 1:i + 1 + _SPAN])


def _one_result(ctx: Context, head: Sent, project: re.Match[str], after: list[Sent]) -> None:
    seller = buyer = None
    end = head.end
    for s in after:
        if _PROJECT.fullmatch(s.tpl) or ctx.text.count("\n\n", end, s.start):
            break  # the next notice's lines, or the block has ended (a blank line)
        end = s.end
        if (m := _SELLER.fullmatch(s.tpl)) is not None:
            seller = s.at(m.start("c")).key
        elif (m := _BUYER.fullmatch(s.tpl)) is not None:
            buyer = s.at(m.start("c")).key
    block_end = ctx.text.find("\n\n", end)
    block = ctx.text[head.start:block_end if block_end >= 0 else len(ctx.text)]
    amount = day = None
    if (line := _AMOUNT.search(block)) is not None and (money := find_money(line.group(1), region_yuan(ctx.text))):
        amount = (money[0][2].amount, money[0][2].currency)
    if (line := _DAY.search(block)) is not None:
        day = as_of(ctx, head.start + line.start(1), head.start + line.end(1), cut=False)
    if seller is None or buyer is None or seller == buyer:
        return
    quals: dict[str, object] = {"buyer": buyer}
    if project.group("pct"):
        quals["percent"] = head.at(project.start("pct")).value
    if amount is not None:
        quals.update(amount=int(amount[0]) if amount[0] == int(amount[0]) else amount[0], currency=amount[1])
    if day:
        quals["date"] = day
    emit_sale(ctx, head, seller, head.at(project.start("target")).key, "transfer-result", 0.8, **quals)
