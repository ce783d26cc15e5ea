"""Amounts in the region's currencies, on phrases written for these tests: the pataca,
the Taiwan dollar, the baht, the rupiah, the ringgit, the peso, the Singapore and
Australian dollars, and a bare 元 read as the article's own dollar."""

from __future__ import annotations

from extract.numbers import find_money, region_yuan

from .helpers import facts_of


def _money(text: str, yuan: str = "CNY") -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for _, _, m in find_money(text, yuan)]


def test_currencies_of_the_region() -> None:
    assert _money("代价为86亿铢") == [(8600000000.0, "THB")]
    assert _money("作价约2.4万亿印尼盾") == [(2400000000000.0, "IDR")]
    assert _money("作价澳门元3.1亿元") == [(310000000.0, "MOP")]
    assert _money("总额新台币57亿元") == [(5700000000.0, "TWD")]
    assert _money("现金代价1,800万澳元") == [(18000000.0, "AUD")]
    assert _money("作价4.5亿令吉") == [(450000000.0, "MYR")]
    assert _money("作价2,000万新加坡元") == [(20000000.0, "SGD")]
    assert _money("作价12亿菲律宾比索") == [(1200000000.0, "PHP")]
    assert _money("交易额为0.8兆越南盾") == [(800000000000.0, "VND")]


def test_a_bare_yuan_is_the_articles_own_dollar() -> None:
    assert region_yuan("……以7亿港元出售……套现2亿元") == "HKD"
    assert region_yuan("……新台币……") == "TWD"
    assert region_yuan("……作价澳门元……") == "MOP"
    assert region_yuan("……2亿港元……人民币3亿元") == "CNY"  # (an article with both: 元 stays the yuan)
    assert _money("套现6,300万元", "HKD") == [(63000000.0, "HKD")]
    assert _money("作价两亿元", "TWD") == [(200000000.0, "TWD")]
    assert _money("作价两亿元") == [(200000000.0, "CNY")]


def test_a_sale_priced_in_baht() -> None:
    # "交易金额为" + a sum in baht after a completed purchase
    fs = facts_of("南岭控股已完成收购清迈东方人寿60%股权，交易金额为86亿铢，卖方为西村金融。")
    sale = next(f for f in fs if str(f.predicate) == "SOLD_STAKE")
    assert (sale.qualifiers.get("amount"), sale.qualifiers.get("currency")) == (8600000000, "THB")
