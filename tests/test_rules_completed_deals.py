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
    text = ("英国的Norvale Group plc（下称“Norvale”）周一宣布，转让东岭保险有限公司全部已发行股份给西岸金融控股有限公司的事项"
            "已于5月2日完成，代价约12亿港元。")
    got = {(s, o, b, p) for s, o, b, p, _d in _sales(text)}
    assert ("Norvale Group plc", "东岭保险有限公司", "西岸金融控股有限公司", 100.0) in got


def test_a_buyer_completes_taking_over_a_sellers_share() -> None:
    text = "据披露，北辰资本有限公司已于3月9日顺利完成以大宗交易方式受让南星实业有限公司所持西湖银行6.2%股份。"
    assert ("南星实业有限公司", "西湖银行", "北辰资本有限公司", 6.2, "2025-03-09") in _sales(text)


def test_a_purchase_before_a_rename_is_a_sale_of_the_old_name() -> None:
    text = "青山证券前身为白鹭证券，2011年由青山控股集团向海岳纺织收购60%股份后易名为青山证券。"
    assert ("海岳纺织", "白鹭证券", "青山控股集团", 60.0, "2011") in _sales(text)


def test_a_personal_holding_diluted_and_a_total_with_a_controlled_vehicle() -> None:
    text = "配售完成后，主席陈志远个人持股降至约4.2%，陈志远连同其控制的北岭投资有限公司合共持有南星控股有限公司约55.5%股份。"
    got = _stakes(text)
    assert ("陈志远", "南星控股有限公司", 4.2) in got and ("陈志远", "南星控股有限公司", 55.5) in got


def test_the_rest_of_a_company_kept_after_a_sale() -> None:
    assert ("李文杰", "南岭支付有限公司", 15.0) in _stakes("交割后，李文杰仍保留南岭支付有限公司余下15%股份。")


def test_a_subsidiary_held_whole_by_a_parent_described_as_listed() -> None:
    text = "南星人寿保险股份有限公司为在台湾证券交易所上市的南星金融控股股份有限公司（南星金控）持股百分之百的子公司。"
    subs = {(f.subject.name, f.object.name, f.qualifiers.get("kind")) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert ("南星人寿保险股份有限公司", "南星金融控股股份有限公司", "wholly_owned") in subs


def test_an_insurance_brokers_kind_is_part_of_its_legal_name() -> None:
    assert "北辰产物保险经纪人股份有限公司" in names(inventory("北辰產物保險經紀人股份有限公司昨日獲准換發執照。"), "Company")


def test_a_ministry_and_a_provident_fund_are_holders() -> None:
    assert ("农业部", "南岭农业金库股份有限公司", 47.0) in _stakes("农业部持有南岭农业金库股份有限公司47%股份。")
    assert ("雇员公积金局", "北海银行集团", 9.8) in _stakes("雇员公积金局目前持有北海银行集团约9.8%股权。")


def test_a_holder_naming_its_director_gives_no_post_of_its_own() -> None:
    text = "栖霞湾银行昨日改选董事会。控股股东北岭集团委派副总裁王立新为董事，随后的董事会选举王立新为董事长。"
    got = posts(text)
    assert ("王立新", "栖霞湾银行", "chairman") in got and ("王立新", "北岭集团", "chairman") not in got
