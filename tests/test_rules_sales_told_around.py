"""Sales told from the buyer's side with a defined short name in between, with the seller after the verb as the
holder of what is sold (a notice made by someone acting for it), with the buyer's day after its name and the
clause that makes it a holder, and with one seller, several buyers and their figures in order; a company whose
letter before 和 is a rare measure word. Sentences written for these tests; the firms are invented."""

from __future__ import annotations

from .helpers import facts_of, quals
from .test_entities_recognition import inventory, names


def test_a_buyer_takes_all_the_issued_capital_of_a_company_defined_by_a_short_name() -> None:
    fs = facts_of("北岭金融集团以现金代价港币五亿元向东岸控股有限公司收购青松人寿有限公司（「青松人寿」）全部已发行股本，"
                  "交易已于二零二四年十月八日完成。", date="2025-03-01")
    q = quals(fs, "东岸控股有限公司", "SOLD_STAKE", "青松人寿有限公司")
    assert (q["buyer"], q["percent"], q["amount"], q.get("date")) == ("北岭金融集团", 100.0, 500000000, "2024-10-08")
    assert quals(fs, "北岭金融集团", "HOLDS_STAKE", "青松人寿有限公司")["percent"] == 100.0


def test_a_holder_named_after_the_verb_is_the_seller() -> None:
    fs = facts_of("接管人已与远帆资本有限公司（「买方」）订立买卖协议，出售东湖控股有限公司间接全资持有的青云证券有限公司全部已发行股本。"
                  "是次出售已于二零二五年一月九日完成。", date="2025-02-01")
    q = quals(fs, "东湖控股有限公司", "SOLD_STAKE", "青云证券有限公司")
    assert (q["buyer"], q["percent"], q.get("date")) == ("远帆资本有限公司", 100.0, "2025-01-09")
    assert quals(fs, "青云证券有限公司", "SUBSIDIARY_OF", "东湖控股有限公司")["kind"] == "wholly_owned"


def test_a_buyer_dated_after_its_name_becomes_a_holder_of_what_it_took() -> None:
    fs = facts_of("南桥证券于2023年5月从杭州云溪投资有限公司受让北斗数据科技有限公司20%股权，成为其第一大股东。", date="2024-01-01")
    assert quals(fs, "杭州云溪投资有限公司", "SOLD_STAKE", "北斗数据科技有限公司", buyer="南桥证券")["date"] == "2023-05"
    assert quals(fs, "南桥证券", "HOLDS_STAKE", "北斗数据科技有限公司")["percent"] == 20.0


def test_one_seller_two_buyers_two_figures_in_order() -> None:
    fs = facts_of("东湖投资去年3月分别向远帆投资有限公司（Far Sail Investment Limited）和北辰银行出售了青云银行8%和5%的股份。", date="2025-06-01")
    assert quals(fs, "东湖投资", "SOLD_STAKE", "青云银行", buyer="远帆投资有限公司")["percent"] == 8.0
    assert quals(fs, "东湖投资", "SOLD_STAKE", "青云银行", buyer="北辰银行")["percent"] == 5.0
    assert not [f for f in fs if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "北辰银行"]


def test_a_rare_measure_word_before_he_opens_a_company_name() -> None:
    assert "苏州钧和创业投资有限公司" in names(inventory("北林证券去年从苏州钧和创业投资有限公司购入一批债权。"), "Company")
