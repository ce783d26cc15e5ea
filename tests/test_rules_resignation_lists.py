"""Several directors resigning in one clause, a chairman's letter's "本人" taking over, and a label
line under another body's heading (`resignation_lists`, `signer_successions`, `body_headings`)."""

from __future__ import annotations

from .helpers import facts_of, quals

_NOTICE = ("執行董事兼財務總監杜展鴻先生及執行董事彭淑娴女士因個人事務安排請辭，均自2025年1月15日起生效。"
           "同日，非執行董事范志強先生、羅穎彤女士及丘俊熙先生亦請辭。")


def test_each_member_of_a_resigning_list_leaves_on_the_stated_day() -> None:
    facts = facts_of(_NOTICE, title="朗晴國際有限公司公告")
    for person, role in (("彭淑娴", "executive_director"), ("羅穎彤", "non_executive_director"),
                         ("丘俊熙", "non_executive_director"), ("杜展鴻", "cfo")):
        assert quals(facts, person, "HOLDS_POSITION", "朗晴國際有限公司", role=role).get("end") == "2025-01-15"


_LETTER = ("各位股東：\n\n過去一年市場波動加劇。本人自二零二二年九月一日起接替榮休的程泰然先生擔任董事會主席，謹此感謝其多年貢獻。\n\n"
           "承董事會命\n高樂證券有限公司\n主席\n施逸朗\n\n二零二三年三月二十八日\n")


def test_the_signer_of_a_letter_is_its_i_taking_over() -> None:
    facts = facts_of(_LETTER, title="高樂證券有限公司 年報：主席報告")
    assert quals(facts, "施逸朗", "SUCCEEDED", "程泰然").get("role") == "chairman"
    assert quals(facts, "程泰然", "HOLDS_POSITION", "高樂證券有限公司", role="chairman").get("end") == "2022-09-01"


def test_a_chair_under_the_supervisors_heading_is_no_board_chairman() -> None:
    text = "機關成員\n監事會\n主席：鮑家輝\n成員：葉志成、關美寶\n董事會\n主席：梁穎思\n董事：馮浩然\n"
    chairs = {f.subject.name for f in facts_of(text, title="澳朗財務有限公司 年度公佈")
              if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"梁穎思"}
