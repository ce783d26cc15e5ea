"""A Macau bank's statutory list of its organs' members and its percentage lists, and a register's label lines with
their days, written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_MACAU = (
    "南灣商業銀行股份有限公司\n"
    "二零二三年度業務報告概要\n"
    "本年度本行淨利潤穩定，控股股東南灣控股有限公司持股維持不變。\n"
    "\n"
    "主要股東（持有本行資本百分之五或以上之股東）\n"
    "南灣控股有限公司（香港）　　72.40%\n"
    "濠江置業有限公司　　9.60%\n"
    "\n"
    "本行持有超過其資本百分之五之公司\n"
    "南灣保險股份有限公司　　55.00%\n"
    "\n"
    "社會機關成員\n"
    "股東大會主席團\n"
    "主席：區景行\n"
    "董事會\n"
    "主席：司徒慕華\n"
    "董事：梁嘉穎、Helena Maria Costa Pereira\n"
    "風險委員會\n"
    "主席：鄺啟軒\n"
    "監事會\n"
    "主席：盧敏芝\n"
    "委員：潘卓謙\n"
)


def test_an_organ_s_label_lines_give_posts_by_the_organ() -> None:
    facts = facts_of(_MACAU, "南灣商業銀行股份有限公司 二零二三年度業務報告概要", "2024-04-15")
    bank = "南灣商業銀行股份有限公司"
    quals(facts, "司徒慕華", "HOLDS_POSITION", bank, role="chairman")
    quals(facts, "Helena Maria Costa Pereira", "HOLDS_POSITION", bank, role="director")
    quals(facts, "盧敏芝", "HOLDS_POSITION", bank, role="supervisor")
    quals(facts, "潘卓謙", "HOLDS_POSITION", bank, role="supervisor")
    quals(facts, "區景行", "HOLDS_POSITION", bank, role="other")


def test_a_committee_s_or_the_supervisors_chair_is_no_board_chairman() -> None:
    facts = facts_of(_MACAU, "南灣商業銀行股份有限公司 二零二三年度業務報告概要", "2024-04-15")
    chairs = {f.subject.name for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"司徒慕華"}


def test_the_percentage_lists_are_holdings_as_of_the_year_end_reported_on() -> None:
    facts = facts_of(_MACAU, "南灣商業銀行股份有限公司 二零二三年度業務報告概要", "2024-04-15")
    q = quals(facts, "南灣控股有限公司", "HOLDS_STAKE", "南灣商業銀行股份有限公司")
    assert (q["percent"], q.get("as_of"), q.get("controlling")) == (72.4, "2023-12-31", True)
    assert quals(facts, "濠江置業有限公司", "HOLDS_STAKE", "南灣商業銀行股份有限公司")["percent"] == 9.6
    assert quals(facts, "南灣商業銀行股份有限公司", "HOLDS_STAKE", "南灣保險股份有限公司")["as_of"] == "2023-12-31"


def test_a_register_s_label_lines_date_the_posts_by_their_brackets() -> None:
    text = ("本刊查閱登記冊，澄海銀行有限公司的紀錄如下：\n"
            "行政總裁：甘慕然（生效日期：2024年7月1日）\n"
            "替任行政總裁：范思遠（生效日期：2019年11月18日）\n"
            "過往紀錄\n"
            "行政總裁：范思遠（2018年3月5日至2024年6月30日）\n")
    facts = facts_of(text, "澄海銀行有限公司登記冊紀錄更新", "2024-07-20")
    assert quals(facts, "甘慕然", "HOLDS_POSITION", "澄海銀行有限公司", role="ceo")["start"] == "2024-07-01"
    q = quals(facts, "范思遠", "HOLDS_POSITION", "澄海銀行有限公司", role="ceo")
    assert (q.get("start"), q.get("end")) == ("2018-03-05", "2024-06-30")
    assert quals(facts, "范思遠", "HOLDS_POSITION", "澄海銀行有限公司", role="other")["start"] == "2019-11-18"


def test_an_alternate_chief_executive_is_a_post_of_its_own_not_the_ceo() -> None:
    facts = facts_of("澄海銀行有限公司宣佈，現任替任行政總裁范思遠下月起兼管零售業務。", "澄海銀行人事安排", "2024-07-20")
    roles = {f.qualifiers.get("role") for f in facts if f.subject.name == "范思遠" and str(f.predicate) == "HOLDS_POSITION"}
    assert roles == {"other"}


def test_a_macau_firm_s_portuguese_name_under_its_chinese_one_is_another_name_of_it() -> None:
    text = ("南灣商業銀行股份有限公司\n"
            "Banco Comercial Nam Van (Macau), S.A.\n"
            "\n"
            "本行董事會宣佈委任司徒慕華女士為行政總裁。\n")
    facts = facts_of(text, "南灣商業銀行股份有限公司公告", "2024-04-15")
    bank = next(f.object for f in facts if f.subject.name == "司徒慕華")
    assert "Banco Comercial Nam Van （Macau）" in bank.aliases  # (the normalised text's brackets; the legal form dropped)
