"""Deals told as done, holdings told around them, and the names they need (an insurance broker's legal name,
a ministry and a provident fund as holders): sentences written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of, posts
from .test_entities_recognition import inventory, names


def _sales(text: str) -> set[tuple[str, str, str | None, float | None, str | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
            for f in facts_of(text, date="2025-06-10") if str(f.predicate) == "SOLD_STAKE"}


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, date="2025-06-10") if str(f.predicate) == "HOLDS_STAKE"}


def test_all_the_issued_shares_transferred_to_a_buyer_in_a_deal_done_on_a_day() -> None:
    text = ("据新加坡Kestrel Holdings Ltd周四晚间的通告，其出让云杉再保险有限公司的全部股权给澄川信托有限公司的交易"
            "已于4月17日顺利完成，买方支付现金3.4亿新加坡元。")
    got = {(s, o, b, p) for s, o, b, p, _d in _sales(text)}
    assert ("Kestrel Holdings Ltd", "云杉再保险有限公司", "澄川信托有限公司", 100.0) in got


def test_a_buyer_completes_taking_over_a_sellers_share() -> None:
    text = "公告显示，梧桐创投有限公司已于4月21日正式完成了通过协议转让收购白塔纺织有限公司持有的金溪农商银行4.75%的股权。"
    assert ("白塔纺织有限公司", "金溪农商银行", "梧桐创投有限公司", 4.75, "2025-04-21") in _sales(text)


def test_a_purchase_before_a_rename_is_a_sale_of_the_old_name() -> None:
    text = "溪岸期货前身是长汀期货，2016年由溪岸金融集团向锦屏化纤购入51%股权后改名为溪岸期货，总部仍设在厦门。"
    assert ("锦屏化纤", "长汀期货", "溪岸金融集团", 51.0, "2016") in _sales(text)


def test_a_personal_holding_diluted_and_a_total_with_a_controlled_vehicle() -> None:
    text = ("供股结束后，行政总裁杨景行个人持股比例摊薄至3.6%，杨景行连同其控制的翠峰投资有限公司"
            "合共拥有东湾冷链控股有限公司约61.2%股份，控制权未变。")
    got = _stakes(text)
    assert ("杨景行", "东湾冷链控股有限公司", 3.6) in got and ("杨景行", "东湾冷链控股有限公司", 61.2) in got


def test_the_rest_of_a_company_kept_after_a_sale() -> None:
    assert ("邱嘉禾", "蓝湾云图有限公司", 22.0) in _stakes("根据协议，董事长邱嘉禾在转让后依然保留蓝湾云图有限公司余下22%股权。")


def test_a_subsidiary_held_whole_by_a_parent_described_as_listed() -> None:
    text = "翠湖产险股份有限公司系在新加坡交易所上市的远东湾金控持股100%的子公司，主营车险。"
    subs = {(f.subject.name, f.object.name, f.qualifiers.get("kind")) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert ("翠湖产险股份有限公司", "远东湾金控", "wholly_owned") in subs


def test_an_insurance_brokers_kind_is_part_of_its_legal_name() -> None:
    assert "安和保险经纪人有限公司" in names(inventory("主管機關上週核准安和保險經紀人有限公司在高雄增設據點。"), "Company")


def test_a_ministry_and_a_provident_fund_are_holders() -> None:
    assert ("农业部", "东禾农产运销股份有限公司", 43.5) in _stakes("依据年报，农业部持有东禾农产运销股份有限公司43.5%股份。")
    assert ("雇员公积金局", "槟城湾金融集团", 12.4) in _stakes("截至3月底，雇员公积金局合计持有槟城湾金融集团约12.4%股权。")


def test_a_holder_naming_its_director_gives_no_post_of_its_own() -> None:
    text = "嘉陵信托上周五改组董事会。主要股东苍山控股指派林伯勋为董事，新一届董事会随即推举林伯勋为董事长。"
    got = posts(text)
    assert ("林伯勋", "嘉陵信托", "chairman") in got and ("林伯勋", "苍山控股", "chairman") not in got
