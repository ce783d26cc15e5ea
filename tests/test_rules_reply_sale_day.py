"""A regulator's reply approving a transfer of its addressee's shares (a numbered clause "批准…你公司…转让") dates the
sale by the day the reply is signed, on a line of its own under the body (extract.rules.sale_parts.deal_date,
letter_days). Text written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_REPLY = ("澧川金融监管分局关于鹭汀租赁有限公司股东转让股权事项的批复\n澧金复〔2024〕31号\n\n"
          "鹭汀租赁有限公司：\n"
          "报来的股权转让申请材料已收到。根据有关规定，批复如下：\n"
          "一、批准鹭汀港务投资有限公司将持有的你公司18%股权转让给东泽百货有限公司。\n"
          "二、请你公司在三个月内完成章程修订。\n\n"
          "2024年11月3日\n")


def test_the_approved_sale_takes_the_replys_day() -> None:
    q = quals(facts_of(_REPLY), "鹭汀港务投资有限公司", "SOLD_STAKE", "鹭汀租赁有限公司")
    assert (q["percent"], q.get("date")) == (18.0, "2024-11-03")


def test_a_sale_told_in_news_takes_no_signature_day() -> None:
    text = _REPLY.replace("一、批准鹭汀港务投资有限公司将持有的你公司", "有消息称，鹭汀港务投资有限公司将持有的鹭汀租赁有限公司")
    q = quals(facts_of(text), "鹭汀港务投资有限公司", "SOLD_STAKE", "鹭汀租赁有限公司")
    assert q.get("date") != "2024-11-03"
