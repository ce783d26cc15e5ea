"""Holdings behind a vehicle: a holder whose owner a bracket names (the owner holds the same share through it), a
person holding through a vehicle it controls (之 glued to the vehicle's name, an adverb before 透过), a vehicle whose
bracket holds a comma; 该行 after a deal's parties in one clause is the bank spoken of; a person's term told with ROC
days up to 止. Sentences written for these tests; the people and firms are invented."""

from __future__ import annotations

from .helpers import facts_of, quals
from .test_entities_recognition import inventory, names


def test_a_holder_with_its_owner_in_a_bracket_and_the_owner_through_it() -> None:
    fs = facts_of("截至本公告日期，南湾投资有限公司（「南湾投资」，由本公司主席邓国栋先生全资拥有）持有420,000,000股股份，"
                  "占本公司已发行股份总数约41.5%，为本公司控股股东。", title="北岭控股有限公司公告")
    held = [f for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("percent") == 41.5]
    assert {f.subject.name for f in held} == {"南湾投资有限公司", "邓国栋"}
    assert all(f.qualifiers.get("controlling") for f in held)


def test_a_person_through_the_vehicle_it_controls_with_zhi_glued() -> None:
    text = "东岚投信董事长程立远出席会议。程立远并透过其实际控制之嘉峰投资股份有限公司持有东岚投信约28%股份。"
    assert "嘉峰投资股份有限公司" in names(inventory(text), "Company")
    fs = facts_of(text)
    assert quals(fs, "程立远", "HOLDS_STAKE", "东岚投信")["percent"] == 28.0
    assert quals(fs, "程立远", "HOLDS_STAKE", "嘉峰投资股份有限公司")["controlling"] is True


def test_a_vehicle_with_a_comma_in_its_bracket_leaves_the_figure_to_its_owner_too() -> None:
    fs = facts_of("北原银行董事长为巴图·孟和。上市前，巴图·孟和通过其全资拥有的金驼投资有限公司（Golden Camel Investment LLC，"
                  "下称“金驼投资”）持有北原银行40%股份。")
    assert quals(fs, "巴图·孟和", "HOLDS_STAKE", "北原银行")["percent"] == 40.0
    assert quals(fs, "金驼投资有限公司", "HOLDS_STAKE", "北原银行")["percent"] == 40.0


def test_this_bank_after_the_parties_of_a_deal_is_the_bank_spoken_of() -> None:
    fs = facts_of("青禾银行去年净利增长。东湖投资有限公司已向西岭银行转让了该行6%的股份。")
    q = quals(fs, "东湖投资有限公司", "SOLD_STAKE", "青禾银行")
    assert q["buyer"] == "西岭银行"


def test_a_term_up_to_an_roc_day_then_a_post() -> None:
    text = "二、邵立远自民国101年3月1日起至108年6月30日止担任东岚证券投资信托股份有限公司董事长。"
    assert "邵立远" in names(inventory(text), "Person")


def test_a_seller_of_the_whole_company_holds_none_of_it_after() -> None:
    fs = facts_of("北岭金融集团以现金代价港币五亿元向东岸控股有限公司收购青松人寿有限公司全部已发行股本。")
    assert quals(fs, "东岸控股有限公司", "SOLD_STAKE", "青松人寿有限公司")["percent"] == 100.0
    assert not [f for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "东岸控股有限公司"]
