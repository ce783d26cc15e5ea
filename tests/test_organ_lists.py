"""A Macau company's statutory list of its organs' members and its percentage lists, and a register's label lines with
their days, written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_INSURER = "濠泓保險股份有限公司"
_MACAU = (
    "濠泓保險股份有限公司\n"
    "2024年度營運摘要（依法公佈）\n"
    "年內保費收入錄得增長；控股股東濠泓金融集團有限公司並無轉讓其所持股份。\n"
    "\n"
    "持有本公司資本百分之五以上的股東\n"
    "濠泓金融集團有限公司（開曼群島）　　68.15%\n"
    "德岸投資有限公司　　12.30%\n"
    "\n"
    "本公司持有其資本百分之五以上的公司\n"
    "濠泓保險代理有限公司　　80.00%\n"
    "\n"
    "公司機關成員名單\n"
    "股東大會主席團\n"
    "主席：馮啟德\n"
    "秘書：邢子謙\n"
    "董事會\n"
    "主席：歐陽晉\n"
    "董事：程穎芝、Rita Sofia Antunes Lobo\n"
    "審計委員會\n"
    "主席：蔡詠恩\n"
    "委員：程穎芝\n"
    "監事會\n"
    "主席：陸昊天\n"
    "監事：包穎琪\n"
)


def _macau() -> list:
    return facts_of(_MACAU, "濠泓保險股份有限公司 2024年度營運摘要", "2025-04-28")


def test_an_organ_s_label_lines_give_posts_by_the_organ() -> None:
    facts = _macau()
    quals(facts, "歐陽晉", "HOLDS_POSITION", _INSURER, role="chairman")
    quals(facts, "Rita Sofia Antunes Lobo", "HOLDS_POSITION", _INSURER, role="director")
    quals(facts, "陸昊天", "HOLDS_POSITION", _INSURER, role="supervisor")
    quals(facts, "包穎琪", "HOLDS_POSITION", _INSURER, role="supervisor")
    quals(facts, "馮啟德", "HOLDS_POSITION", _INSURER, role="other")


def test_a_committee_s_or_the_supervisors_chair_is_no_board_chairman() -> None:
    facts = _macau()
    chairs = {f.subject.name for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") == "chairman"}
    assert chairs == {"歐陽晉"}


def test_the_percentage_lists_are_holdings_as_of_the_year_end_reported_on() -> None:
    facts = _macau()
    q = quals(facts, "濠泓金融集團有限公司", "HOLDS_STAKE", _INSURER)
    assert (q["percent"], q.get("as_of"), q.get("controlling")) == (68.15, "2024-12-31", True)
    assert quals(facts, "德岸投資有限公司", "HOLDS_STAKE", _INSURER)["percent"] == 12.3
    assert quals(facts, _INSURER, "HOLDS_STAKE", "濠泓保險代理有限公司")["as_of"] == "2024-12-31"


def test_a_register_s_label_lines_date_the_posts_by_their_brackets() -> None:
    text = ("泰澧銀行有限公司的主要人員，據金融管理局紀錄所載：\n"
            "替任行政總裁：羅梓峰（生效日期：2022年4月11日）\n"
            "行政總裁：官沐陽（生效日期：2025年1月2日）\n"
            "已離任人員\n"
            "行政總裁：羅梓峰（2017年8月21日至2025年1月1日）\n")
    facts = facts_of(text, "泰澧銀行有限公司 主要人員紀錄", "2025-01-10")
    assert quals(facts, "官沐陽", "HOLDS_POSITION", "泰澧銀行有限公司", role="ceo")["start"] == "2025-01-02"
    q = quals(facts, "羅梓峰", "HOLDS_POSITION", "泰澧銀行有限公司", role="ceo")
    assert (q.get("start"), q.get("end")) == ("2017-08-21", "2025-01-01")
    assert quals(facts, "羅梓峰", "HOLDS_POSITION", "泰澧銀行有限公司", role="other")["start"] == "2022-04-11"


def test_an_alternate_chief_executive_is_a_post_of_its_own_not_the_ceo() -> None:
    facts = facts_of("泰澧銀行有限公司委任羅梓峰為替任行政總裁，協助處理日常營運。", "泰澧銀行有限公司 高層安排", "2025-01-10")
    roles = {f.qualifiers.get("role") for f in facts if f.subject.name == "羅梓峰" and str(f.predicate) == "HOLDS_POSITION"}
    assert roles == {"other"}


def test_a_macau_firm_s_portuguese_name_under_its_chinese_one_is_another_name_of_it() -> None:
    text = ("濠泓保險股份有限公司\n"
            "Companhia de Seguros Hou Wang (Macau), S.A.\n"
            "\n"
            "經董事會議決，本公司聘任程穎芝女士為總經理，即日生效。\n")
    facts = facts_of(text, "濠泓保險 人事公告", "2025-03-03")
    insurer = next(f.object for f in facts if f.subject.name == "程穎芝")
    assert "Companhia de Seguros Hou Wang （Macau）" in insurer.aliases  # (the normalised text's brackets; the legal form dropped)
