"""A provincial guarantor taking over city guarantors, told step by step: the
holdings after each step name no company, the step before does (invented names)."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from tests.helpers import facts_of, pairs, posts


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date="2025-03-01")
            if str(f.predicate) == "HOLDS_STAKE"}


def test_reguarantee_group_keeps_its_place_name() -> None:
    # 再担保 is the kind of firm (re-guarantee), not the adverb "again" that ends the name's left walk
    text = "西岭融资再担保股份有限公司于2019年成立，由西岭省财政厅出资。西岭融资再担保股份有限公司董事长为万国栋。"
    assert ("万国栋", "西岭融资再担保股份有限公司") in pairs(text, "HOLDS_POSITION")


def test_financial_sector_of_a_province_is_no_firm() -> None:
    text = "据南岳省金融系统人士介绍，东港投资有限公司今年已完成三笔并购。"
    inv = build_inventory(text, get_lexicon(), [], orig=lambda a, b: text[a:b], headline="")
    assert [e.name for e in inv.entities.values()] == ["东港投资有限公司"]


def test_holding_after_a_transfer_registered() -> None:
    text = ("去年6月，北辰控股集团有限公司与东港投资有限公司达成协议，将所持云杉小额贷款有限公司（以下简称“云杉小贷”）60%股份"
            "作价9000万元出让给东港投资有限公司。今年1月股份转让完成过户，东港投资有限公司持股60%，北辰控股集团有限公司持股比例降至40%。")
    got = _stakes(text)
    assert ("东港投资有限公司", "云杉小额贷款有限公司", 60.0) in got
    assert ("北辰控股集团有限公司", "云杉小额贷款有限公司", 40.0) in got


def test_holding_after_a_capital_injection_into_a_defined_firm() -> None:
    text = ("东港投资有限公司对松溪融资担保有限公司（以下简称“松溪担保”）注资2亿元，注资到位后，"
            "东港投资有限公司持股70%，松林实业有限公司持股比例降至30%。")
    got = _stakes(text)
    assert ("东港投资有限公司", "松溪融资担保有限公司", 70.0) in got
    assert ("松林实业有限公司", "松溪融资担保有限公司", 30.0) in got


def test_holding_after_two_steps_both_done() -> None:
    text = ("东港投资有限公司成立于2010年。松林实业有限公司将云杉小额贷款有限公司20%股权划转给东港投资有限公司，"
            "之后东港投资有限公司又追加投资。两步全部完成后，东港投资有限公司合计持股58%，松林实业有限公司持股42%。")
    got = _stakes(text)
    assert ("东港投资有限公司", "云杉小额贷款有限公司", 58.0) in got
    assert ("松林实业有限公司", "云杉小额贷款有限公司", 42.0) in got


def test_the_companies_counted_back_are_those_the_parent_took_a_majority_of() -> None:
    text = ("华衡金控集团有限公司持有青禾小额贷款有限公司70%股权。\n\n另据了解，华衡金控集团有限公司持有青禾典当有限公司65%股权，"
            "青禾典当有限公司另有一名股东。\n\n目前上述两家公司均为华衡金控集团有限公司的控股子公司。")
    got = pairs(text, "SUBSIDIARY_OF")
    assert ("青禾小额贷款有限公司", "华衡金控集团有限公司") in got
    assert ("青禾典当有限公司", "华衡金控集团有限公司") in got


def test_new_chairman_replacing_one_described_by_the_post() -> None:
    text = ("东港投资有限公司（下称“东港投资”）年初入股云杉小额贷款有限公司（下称“云杉小贷”）。"
            "云杉小贷董事会换届后，东港投资副总裁赵立新出任云杉小贷董事长，接替之前担任董事长一职的钱宏。")
    facts = facts_of(text)
    assert ("赵立新", "钱宏") in pairs(text, "SUCCEEDED")
    now = [f for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "赵立新" and f.qualifiers.get("role") == "chairman"]
    assert now and not any(f.qualifiers.get("left") for f in now)


def test_post_held_by_one_the_new_holder_sent() -> None:
    text = "柳岸融信担保集团有限公司设立于2017年。柳岸融信担保集团有限公司董事长由西陵投资集团有限公司委派的祝念青出任。"
    assert ("祝念青", "柳岸融信担保集团有限公司", "chairman") in posts(text)
