"""Company facts on sentences written for these tests (not gold text): an auction told in two sentences (the
lot, then who won it), a holder's share in the bracket that gives its short name, a county's state-assets
office as a holder."""

from __future__ import annotations

from .helpers import facts_of


def _facts(text: str, predicate: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"))
            for f in facts_of(text) if str(f.predicate) == predicate}


def test_an_auction_won_in_the_next_sentence() -> None:
    text = ("某区人民法院于2025年3月2日对南溪控股集团有限公司（以下简称“南溪控股”）持有的东屏农村商业银行股份有限公司2,000万股股份"
            "（占该行总股本的3.20%）进行第二次公开拍卖，起拍价5,000万元。经过8轮出价，北塘城市投资集团有限公司以5,230万元竞得。"
            "上述股份已于2025年4月9日完成过户。")
    sold = [f for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"]
    assert {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"), f.qualifiers.get("amount"),
             f.qualifiers.get("date")) for f in sold} == {
        ("南溪控股集团有限公司", "东屏农村商业银行股份有限公司", 3.2, "北塘城市投资集团有限公司", 52300000, "2025-04-09")}
    assert ("南溪控股集团有限公司", "东屏农村商业银行股份有限公司", 3.2, None) in _facts(text, "HOLDS_STAKE")


def test_a_share_in_the_bracket_that_names_the_holder() -> None:
    text = ("青禾信托有限公司（以下简称“青禾信托”）发布公告。本次股权变更前，青禾信托股东为丹桂控股集团有限公司（以下简称“丹桂控股”，持股60%）"
            "和紫荆市产业投资集团有限公司（以下简称“紫荆产投”，持股40%）。")
    stakes = _facts(text, "HOLDS_STAKE")
    assert ("紫荆市产业投资集团有限公司", "青禾信托", 40.0, None) in stakes and ("丹桂控股集团有限公司", "青禾信托", 60.0, None) in stakes


def test_a_county_state_assets_office_holds_its_firm() -> None:
    text = "北塘城市投资集团有限公司（以下简称“北塘城投”）由北塘县国有资产服务中心持股100%，其董事长表示将继续增持。"
    assert ("北塘县国有资产服务中心", "北塘城市投资集团有限公司", 100.0, None) in _facts(text, "HOLDS_STAKE")
