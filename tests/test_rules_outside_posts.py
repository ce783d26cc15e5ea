"""Posts at the right company in Hong Kong, Taiwan and Japanese-group texts: a seat's taker described by
two posts and chosen by the board, a court's 之 relative clause, a meeting record's chair line, a group
formed by two others and its subsidiaries, an alternate chief executive."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_representative_director_taking_the_chair_on_the_board_s_day() -> None:
    text = "部長答覆時說，永泰銀行董事長則由財政部指派的公股代表董事、原總經理周文彬接任，3月5日經董事會選任。"
    assert quals(facts_of(text, date="2025-04-01"), "周文彬", "HOLDS_POSITION", "永泰銀行", role="chairman").get("start") == "2025-03-05"


def test_a_post_in_a_relative_clause_with_zhi_is_at_the_company_after_it() -> None:
    text = "二、被告指示基金經理人，以永信投信所經理之永信成長基金等三檔基金之資金，陸續買進由鄭國安擔任董事長之宏遠電子股份有限公司（下稱宏遠公司）股票。"
    chairs = {f.object.name for f in facts_of(text) if f.subject.name == "鄭國安" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"宏遠電子股份有限公司"}


def test_a_meeting_record_s_chair_is_no_chairman_of_the_bank_discussed() -> None:
    text = ("市議會經濟委員會第3次會議紀錄\n\n時　　間　2024年5月8日上午10時\n地　　點　本會第二會議室\n"
            "主　　席　莊委員立群\n列席官員　金融局局長賴志成\n\n主席：現在開會。\n")
    assert not [f for f in facts_of(text, title="東港銀行經營績效報告") if f.qualifiers.get("role") == "chairman"]


def test_subsidiaries_of_a_group_formed_by_two_others_are_the_group_s() -> None:
    text = "北辰控股集团于2016年由北辰银行与南港证券合并组建，旗下拥有子公司北辰人寿保险股份有限公司以及北辰基金管理有限公司等。"
    parents = {f.object.name for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert parents == {"北辰控股集团"}


def test_an_alternate_chief_executive_is_not_the_chief_executive() -> None:
    text = "【本報訊】恒峰銀行有限公司宣佈人事變動，新任替任行政總裁區浩明則為該行財務總監。"
    roles = {f.qualifiers.get("role") for f in facts_of(text) if f.subject.name == "區浩明"}
    assert "ceo" not in roles and "other" in roles


def test_zhi_before_a_legal_name_is_no_part_of_it() -> None:
    from extract.pipeline import normalize

    from .helpers import inventory_of
    names = {e.name for e in inventory_of(normalize("華昌投信於110年將其持有之鼎豐投資股份有限公司股權全數出售予外部投資人。").text).companies()}
    assert "鼎丰投资股份有限公司" in names and not any(n.startswith("之") for n in names)
