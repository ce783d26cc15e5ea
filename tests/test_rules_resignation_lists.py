"""Several directors resigning in one clause, a chairman's letter's "本人" taking over, and a label
line under another body's heading (`resignation_lists`, `signer_successions`, `body_headings`)."""

from __future__ import annotations

from .helpers import facts_of, quals

_NOTICE = ("董事會宣佈，執行董事兼財務總監梁志恒先生及執行董事丘雅琪女士已分別呈辭，均自二零二四年八月一日起生效。"
           "非執行董事高振邦先生、黎詠欣女士及麥國華先生亦已於同日辭任。")


def test_each_member_of_a_resigning_list_leaves_on_the_stated_day() -> None:
    facts = facts_of(_NOTICE, title="恒運金融控股有限公司公告")
    for person, role in (("丘雅琪", "executive_director"), ("黎詠欣", "non_executive_director"),
                         ("麥國華", "non_executive_director"), ("梁志恒", "cfo")):
        assert quals(facts, person, "HOLDS_POSITION", "恒運金融控股有限公司", role=role).get("end") == "2024-08-01"


_LETTER = ("致各位股東：\n\n本人於二零二三年六月三十日股東大會後接替退休的韋展鵬先生出任董事會主席，深感榮幸。\n\n"
           "承董事會命\n安達信貸集團有限公司\n主席\n羅文璟\n\n香港，二零二四年三月二十日\n")


def test_the_signer_of_a_letter_is_its_i_taking_over() -> None:
    facts = facts_of(_LETTER, title="安達信貸集團有限公司 年報：主席報告")
    assert quals(facts, "羅文璟", "SUCCEEDED", "韋展鵬").get("role") == "chairman"
    assert quals(facts, "韋展鵬", "HOLDS_POSITION", "安達信貸集團有限公司", role="chairman").get("end") == "2023-06-30"


def test_a_chair_under_the_supervisors_heading_is_no_board_chairman() -> None:
    text = "公司機關據位人\n董事會\n主席：歐陽立新\n董事：張家豪、李卓文\n監事會\n主席：鄭淑華\n委員：王啟明\n"
    chairs = {f.subject.name for f in facts_of(text, title="澳通銀行股份有限公司 公佈資料")
              if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"歐陽立新"}
