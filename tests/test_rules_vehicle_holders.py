"""Holdings behind a vehicle: a holder whose owner a bracket names (the owner holds the same share through it), a
person holding through a vehicle it controls (之 glued to the vehicle's name, an adverb before 透过), a vehicle whose
bracket holds a comma; 该行 after a deal's parties in one clause is the bank spoken of; a person's term told with ROC
dates up to 止. Sentences written for these tests; the people and firms are invented."""

from __future__ import annotations

from .helpers import facts_of, quals
from .test_entities_recognition import inventory, names


def test_a_holder_with_its_owner_in_a_bracket_and_the_owner_through_it() -> None:
    fs = facts_of("作为控股股东，恒茂投资有限公司（由执行董事温家铭先生实益拥有）现持有本公司315,600,000股，约占已发行股份的27.4%。",
                  title="瀚海控股有限公司公告")
    held = [f for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("percent") == 27.4]
    assert {f.subject.name for f in held} == {"恒茂投资有限公司", "温家铭"}
    assert all(f.qualifiers.get("controlling") for f in held)


def test_a_person_through_the_vehicle_it_controls_with_zhi_glued() -> None:
    text = "据宏盛证券年报，凌雅筠自2015年起担任该公司董事长。凌雅筠亦透过其实际控制之铭峰创投有限公司持有宏盛证券约15%股份。"
    assert "铭峰创投有限公司" in names(inventory(text), "Company")
    fs = facts_of(text)
    assert quals(fs, "凌雅筠", "HOLDS_STAKE", "宏盛证券")["percent"] == 15.0
    assert quals(fs, "凌雅筠", "HOLDS_STAKE", "铭峰创投有限公司")["controlling"] is True


def test_a_vehicle_with_a_comma_in_its_bracket_leaves_the_figure_to_its_owner_too() -> None:
    fs = facts_of("安澜银行创办人谷振邦目前仍任董事长。截至去年底，谷振邦经由其全资持有的澜海控股有限公司"
                  "（Lanhai Holdings Limited，以下简称“澜海控股”）持有安澜银行23%的股份。")
    assert quals(fs, "谷振邦", "HOLDS_STAKE", "安澜银行")["percent"] == 23.0
    assert quals(fs, "澜海控股有限公司", "HOLDS_STAKE", "安澜银行")["percent"] == 23.0


def test_this_bank_after_the_parties_of_a_deal_is_the_bank_spoken_of() -> None:
    fs = facts_of("瑞川银行发布年报。年报显示，远茂控股有限公司于去年12月向澄江农商银行转让了该行4.5%股份。")
    q = quals(fs, "远茂控股有限公司", "SOLD_STAKE", "瑞川银行")
    assert q["buyer"] == "澄江农商银行"


def test_a_term_up_to_an_roc_date_then_a_post() -> None:
    text = "经查，甘慧敏于民国103年9月起至110年2月28日止出任华邦票券公司总经理一职。"
    assert "甘慧敏" in names(inventory(text), "Person")


def test_a_seller_of_the_whole_company_holds_none_of_it_after() -> None:
    fs = facts_of("经监管批准，丰和集团向远山集团有限公司收购了安和证券有限公司全部已发行股份。")
    assert quals(fs, "远山集团有限公司", "SOLD_STAKE", "安和证券有限公司")["percent"] == 100.0
    assert not [f for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "远山集团有限公司"]
