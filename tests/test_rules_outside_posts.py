"""Posts at the right company in Hong Kong, Taiwan and Japanese-group texts: a seat's taker described by
two posts and chosen by the board, a court's 之 relative clause, a meeting record's chair line, a group
formed by two others and its subsidiaries, an alternate chief executive."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_representative_director_taking_the_chair_on_the_board_s_day() -> None:
    text = "據悉，瀚岳商業銀行董事長一職，由公股代表董事兼副總經理溫子濬接任，於2月18日經董事會選任。新任董事長任期三年。"
    assert quals(facts_of(text, date="2024-03-10"), "溫子濬", "HOLDS_POSITION", "瀚岳商業銀行", role="chairman").get("start") == "2024-02-18"


def test_a_post_in_a_relative_clause_with_zhi_is_at_the_company_after_it() -> None:
    text = "檢方起訴書指出，吳姓被告多次利用客戶帳戶買進由戴明哲擔任董事長之凱瑞光學股份有限公司股票，獲利逾千萬元。"
    chairs = {f.object.name for f in facts_of(text) if f.subject.name == "戴明哲" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"凱瑞光學股份有限公司"}


def test_a_meeting_record_s_chair_is_no_chairman_of_the_bank_discussed() -> None:
    text = ("縣議會財政審查小組會議紀錄\n\n時　　間　2023年11月14日下午2時\n地　　點　議會三樓簡報室\n"
            "主　　席　韓委員俊達\n出席人員　財政處處長溫嘉玲\n\n主席：請財政處報告。\n")
    assert not [f for f in facts_of(text, title="泓岑銀行營運報告") if f.qualifiers.get("role") == "chairman"]


def test_subsidiaries_of_a_group_formed_by_two_others_are_the_group_s() -> None:
    text = "汀川金融集团由汀川信托和北衡期货于2019年合并组建，旗下拥有子公司汀川财富管理有限公司及汀川科技有限公司等。"
    parents = {f.object.name for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert parents == {"汀川金融集团"}


def test_an_alternate_chief_executive_is_not_the_chief_executive() -> None:
    text = "裕昇銀行（香港）昨日公佈，委任符嘉琳出任替任行政總裁，即日生效。"
    roles = {f.qualifiers.get("role") for f in facts_of(text) if f.subject.name == "符嘉琳"}
    assert "ceo" not in roles and "other" in roles


def test_zhi_before_a_legal_name_is_no_part_of_it() -> None:
    from extract.pipeline import normalize

    from .helpers import inventory_of
    names = {e.name for e in inventory_of(normalize("依公開說明書，該公司已於112年將其持有之瑞鑫創投股份有限公司股份轉讓予關係人。").text).companies()}
    assert "瑞鑫创投股份有限公司" in names and not any(n.startswith("之") for n in names)
