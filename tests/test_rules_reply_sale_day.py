"""A regulator's reply approving a transfer of its addressee's shares ("一、同意A将所持你公司…转让给B") dates the sale by
the day the reply is signed, on a line of its own under the body (extract.rules.sale_parts.deal_date, letter_days)."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_REPLY = ("国家金融监督管理总局江苏监管局关于苏澄金融租赁有限公司变更股权的批复\n苏金复〔2025〕88号\n\n"
          "苏澄金融租赁有限公司：\n"
          "你公司《关于变更股权的请示》收悉。经审核，现批复如下：\n"
          "一、同意常州明湖控股有限公司将所持你公司30%的股权转让给无锡锡山国有资本投资集团有限公司。\n"
          "二、你公司应按照有关规定办理变更手续。\n\n"
          "2025年7月14日\n")


def test_the_approved_sale_takes_the_replys_day() -> None:
    q = quals(facts_of(_REPLY), "常州明湖控股有限公司", "SOLD_STAKE", "苏澄金融租赁有限公司")
    assert (q["percent"], q.get("date")) == (30.0, "2025-07-14")


def test_a_sale_told_in_news_takes_no_signature_day() -> None:
    text = _REPLY.replace("一、同意常州明湖控股有限公司将所持你公司", "据悉，常州明湖控股有限公司将所持苏澄金融租赁有限公司")
    q = quals(facts_of(text), "常州明湖控股有限公司", "SOLD_STAKE", "苏澄金融租赁有限公司")
    assert q.get("date") != "2025-07-14"
