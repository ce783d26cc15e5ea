"""Sales told from the buyer's side with a defined short name in between, with the seller after the verb as the
holder of what is sold (a notice made by someone acting for it), with the buyer's day after its name and the
clause that makes it a holder, and with one seller, several buyers and their figures in order; a company whose
letter before 和 is a rare measure word. Sentences written for these tests; the firms are invented."""

from __future__ import annotations

from .helpers import facts_of, quals
from .test_entities_recognition import inventory, names


def test_a_buyer_takes_all_the_issued_capital_of_a_company_defined_by_a_short_name() -> None:
    fs = facts_of("根据协议，海澄金融集团已向远邦控股有限公司收购安信财务有限公司（「安信财务」）全部已发行股本，"
                  "代价为港元二亿三千万元，并于二零二三年十二月十五日完成交割。", date="2024-05-01")
    q = quals(fs, "远邦控股有限公司", "SOLD_STAKE", "安信财务有限公司")
    assert (q["buyer"], q["percent"], q["amount"], q.get("date")) == ("海澄金融集团", 100.0, 230000000, "2023-12-15")
    assert quals(fs, "海澄金融集团", "HOLDS_STAKE", "安信财务有限公司")["percent"] == 100.0


def test_a_holder_named_after_the_verb_is_the_seller() -> None:
    fs = facts_of("管理人代表公司与独立第三方翠峰资本有限公司签订买卖协议，出售鸿图控股有限公司间接全资持有的丰泰期货有限公司"
                  "全部已发行股本。上述出售已于二零二二年八月九日完成。", date="2023-01-10")
    q = quals(fs, "鸿图控股有限公司", "SOLD_STAKE", "丰泰期货有限公司")
    assert (q["buyer"], q["percent"], q.get("date")) == ("翠峰资本有限公司", 100.0, "2022-08-09")
    assert quals(fs, "丰泰期货有限公司", "SUBSIDIARY_OF", "鸿图控股有限公司")["kind"] == "wholly_owned"


def test_a_buyer_dated_after_its_name_becomes_a_holder_of_what_it_took() -> None:
    fs = facts_of("据披露，恒岳期货已于2021年6月自宁波澄江实业有限公司购得星汉支付有限公司12%股份，从而成为该公司新股东。",
                  date="2023-01-01")
    assert quals(fs, "宁波澄江实业有限公司", "SOLD_STAKE", "星汉支付有限公司", buyer="恒岳期货")["date"] == "2021-06"
    assert quals(fs, "恒岳期货", "HOLDS_STAKE", "星汉支付有限公司")["percent"] == 12.0


def test_one_seller_three_buyers_three_figures_in_order() -> None:
    fs = facts_of("2023年初，宏远实业集团分别向安达保险集团、盛岚资本有限公司（Shenglan Capital Limited）"
                  "及临江农村商业银行出让其所持华泽银行6%、4%及3%股权。", date="2024-05-01")
    for buyer, pct in (("安达保险集团", 6.0), ("盛岚资本有限公司", 4.0), ("临江农村商业银行", 3.0)):
        assert quals(fs, "宏远实业集团", "SOLD_STAKE", "华泽银行", buyer=buyer)["percent"] == pct
    assert not [f for f in fs if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "临江农村商业银行"]


def test_a_rare_measure_word_before_he_opens_a_company_name() -> None:
    assert "宁波楹和贸易有限公司" in names(inventory("据工商资料，宁波楹和贸易有限公司的两名股东均为自然人。"), "Company")
