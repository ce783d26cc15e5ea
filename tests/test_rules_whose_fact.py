"""Which company a fact belongs to: a known short name inside a longer legal name is no mention of the known firm;
该机构 is the company the numbered note is about; a holding after the note's transfer (变更后) or after a company
founded in the sentence is that company's; a title naming its own government unit is not held at a company; a post
held now (目前由P担任) takes no date of the clause before."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.titles import find_titles
from tests.helpers import facts_of, quals

_NOTES = ("三、许可事项变更情况\n"
          "1. 沈阳拉卡拉星途支付有限公司为沈阳拉卡拉星途控股有限公司控股，沈阳拉卡拉星途支付有限公司注册资本不变。\n"
          "2. 浦屿商务咨询有限公司系黛山实业有限公司所属企业，主营外包服务。自2023年7月起，该机构总经理由窦其昌先生变更为龚叶舟先生。")


def test_a_known_short_name_inside_a_legal_name_is_not_counted():
    lex = get_lexicon()
    inv = build_inventory(_NOTES, lex, find_titles(_NOTES, lex))
    held = [e for e in inv.companies() if e.name == "拉卡拉"]
    assert all(e.count == 0 for e in held)


def test_the_institution_of_a_numbered_note_is_its_company():
    facts = facts_of(_NOTES, "", "2023-12-01")
    assert quals(facts, "龚叶舟", "HOLDS_POSITION", "浦屿商务咨询有限公司")["start"] == "2023-07"
    assert quals(facts, "窦其昌", "HOLDS_POSITION", "浦屿商务咨询有限公司")["end"] == "2023-07"
    assert not [f for f in facts if f.object.name.startswith("拉卡拉")]


def test_the_holders_after_a_change_are_of_the_company_whose_shares_moved():
    text = ("2022年8月，榆关置业有限公司将所持溪亭小额贷款有限公司35%的股权转让给橙湾商贸有限公司，并已办妥登记。"
            "变更后，橙湾商贸有限公司持股35%，榆关置业有限公司持股15%。")
    facts = facts_of(text)
    assert quals(facts, "橙湾商贸有限公司", "HOLDS_STAKE", "溪亭小额贷款有限公司")["percent"] == 35
    assert quals(facts, "榆关置业有限公司", "HOLDS_STAKE", "溪亭小额贷款有限公司")["percent"] == 15


def test_a_founders_share_is_of_the_company_it_set_up_in_that_sentence():
    text = ("今年3月，瑶台农村商业银行股份有限公司的全资子公司瑶台金融科技有限公司挂牌营业。"
            "金樾信托有限责任公司出资设立的金樾资本管理有限公司于11月开业，金樾信托持股100%。")
    facts = facts_of(text, "", "2023-12-05")
    assert quals(facts, "金樾信托有限责任公司", "HOLDS_STAKE", "金樾资本管理有限公司")["percent"] == 100
    assert not [f for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "瑶台金融科技有限公司"
                and f.subject.name.startswith("金樾")]


def test_a_title_naming_its_government_unit_is_not_held_at_the_company():
    facts = facts_of("原市水务局副局长鄢方舟今年2月出任澹台港务集团有限公司董事长。")
    assert quals(facts, "鄢方舟", "HOLDS_POSITION", "澹台港务集团有限公司")["role"] == "chairman"
    assert not [f for f in facts if "局长" in str(f.qualifiers.get("title", ""))]


def test_a_post_held_now_takes_no_date_of_the_clause_before():
    text = "黔曜数智金融服务集团有限公司成立于2005年，总部在贵阳。黔曜数智2013年于港交所上市，目前由喻知行担任总裁。"
    facts = facts_of(text, "", "2023-09-01")
    assert "start" not in quals(facts, "喻知行", "HOLDS_POSITION", "黔曜数智金融服务集团有限公司", role="president")
    assert quals(facts, "黔曜数智金融服务集团有限公司", "LISTED_ON", "HKEX")["date"] == "2013"
