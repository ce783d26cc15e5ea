"""Taiwan annual-report tables of directors and officers, written for these tests (not gold text): a juristic
director's row with its representative indented under it, ROC days in a start column, shares as "股數／比率", posts
named in the concurrent-posts column, the juristic holders' own holders; an affiliates chart in lines; a note on a
seat passed to a new representative."""

from __future__ import annotations

from .helpers import facts_of, quals

_BOARD = (
    "青嵐票券股份有限公司\n"
    "一一二年度年報（摘錄）\n"
    "（一）董事資料\n"
    "113年3月31日　單位：股；％\n"
    "\n"
    "姓名　職稱　選任日期　現在持有股份（股數／持股比率）　目前兼任其他公司之職務\n"
    "青嵐投資股份有限公司　董事長　111.06.20　88,000,000／41.20　—\n"
    "　代表人：夏以恆　111.06.20　0／0.00　青嵐投資股份有限公司總經理；本公司總經理\n"
    "祝青禾　獨立董事　110.07.02　300,000／0.14　澄江聯合會計師事務所主辦會計師\n"
    "\n"
    "（二）法人股東之主要股東\n"
    "113年3月31日\n"
    "法人股東名稱　法人股東之主要股東（持股比率）\n"
    "青嵐投資股份有限公司　夏以恆（65.00％）、澄江實業股份有限公司（35.00％）\n"
)


def test_a_representative_row_holds_the_seat_of_the_juristic_director_above_it_from_its_roc_day() -> None:
    facts = facts_of(_BOARD, "青嵐票券股份有限公司 一一二年度年報（摘錄）", "2024-04-20")
    assert quals(facts, "夏以恆", "HOLDS_POSITION", "青嵐票券股份有限公司", role="chairman")["start"] == "2022-06-20"
    assert quals(facts, "祝青禾", "HOLDS_POSITION", "青嵐票券股份有限公司", role="independent_director")["start"] == "2021-07-02"
    assert not any(f.subject.name == "青嵐投資股份有限公司" and str(f.predicate) == "HOLDS_POSITION" for f in facts)


def test_the_share_column_is_a_stake_as_of_the_day_above_the_header() -> None:
    facts = facts_of(_BOARD, "青嵐票券股份有限公司 一一二年度年報（摘錄）", "2024-04-20")
    q = quals(facts, "青嵐投資股份有限公司", "HOLDS_STAKE", "青嵐票券股份有限公司")
    assert (q["percent"], q.get("as_of")) == (41.2, "2024-03-31")
    assert quals(facts, "祝青禾", "HOLDS_STAKE", "青嵐票券股份有限公司")["percent"] == 0.14


def test_the_concurrent_posts_column_names_posts_at_other_firms_and_at_the_report_s_own() -> None:
    facts = facts_of(_BOARD, "青嵐票券股份有限公司 一一二年度年報（摘錄）", "2024-04-20")
    quals(facts, "夏以恆", "HOLDS_POSITION", "青嵐投資股份有限公司", role="general_manager")
    quals(facts, "夏以恆", "HOLDS_POSITION", "青嵐票券股份有限公司", role="general_manager")
    assert quals(facts, "祝青禾", "HOLDS_POSITION", "澄江聯合會計師事務所")["title"] == "主辦會計師"


def test_the_juristic_holders_table_gives_each_holder_its_share_of_the_row_s_company() -> None:
    facts = facts_of(_BOARD, "青嵐票券股份有限公司 一一二年度年報（摘錄）", "2024-04-20")
    assert quals(facts, "夏以恆", "HOLDS_STAKE", "青嵐投資股份有限公司")["percent"] == 65.0
    q = quals(facts, "澄江實業股份有限公司", "HOLDS_STAKE", "青嵐投資股份有限公司")
    assert (q["percent"], q.get("as_of")) == (35.0, "2024-03-31")


_AFFILIATES = (
    "遠帆證券股份有限公司\n"
    "關係企業概況\n"
    "（一）組織圖（112年12月31日）\n"
    "控制公司：遠帆證券股份有限公司\n"
    "從屬公司：\n"
    "　遠帆期貨股份有限公司（本公司持股100.00％）\n"
    "　遠帆創投股份有限公司（本公司持股60.00％）\n"
    "　遠帆海外控股有限公司（本公司持股100.00％）\n"
    "　　遠帆證券（新加坡）有限公司（遠帆海外控股有限公司持股80.00％）\n"
)


def test_an_affiliates_chart_s_lines_are_subsidiaries_of_their_holders_and_dated_stakes() -> None:
    facts = facts_of(_AFFILIATES, "遠帆證券股份有限公司 關係企業報告書", "2024-03-01")
    assert quals(facts, "遠帆期貨股份有限公司", "SUBSIDIARY_OF", "遠帆證券股份有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "遠帆創投股份有限公司", "SUBSIDIARY_OF", "遠帆證券股份有限公司")["kind"] == "subsidiary"
    assert quals(facts, "遠帆證券股份有限公司", "HOLDS_STAKE", "遠帆創投股份有限公司")["as_of"] == "2023-12-31"


def test_a_company_indented_under_another_is_held_through_it() -> None:
    facts = facts_of(_AFFILIATES, "遠帆證券股份有限公司 關係企業報告書", "2024-03-01")
    assert quals(facts, "遠帆證券（新加坡）有限公司", "SUBSIDIARY_OF", "遠帆海外控股有限公司")["kind"] == "subsidiary"
    quals(facts, "遠帆證券（新加坡）有限公司", "SUBSIDIARY_OF", "遠帆證券股份有限公司")
    assert quals(facts, "遠帆證券股份有限公司", "HOLDS_STAKE", "遠帆證券（新加坡）有限公司")["percent"] == 80.0


def test_a_seat_passed_to_a_new_representative_ends_the_former_s_and_is_a_succession() -> None:
    text = ("青嵐票券股份有限公司董事會公告\n"
            "本公司法人董事青嵐投資股份有限公司於113年8月5日改派溫子謙為代表人，原代表人夏以恆同日解任。\n")
    facts = facts_of(text, "青嵐票券股份有限公司 法人董事改派代表人", "2024-08-06")
    assert quals(facts, "溫子謙", "HOLDS_POSITION", "青嵐票券股份有限公司", role="director")["start"] == "2024-08-05"
    assert quals(facts, "夏以恆", "HOLDS_POSITION", "青嵐票券股份有限公司", role="director")["end"] == "2024-08-05"
    assert quals(facts, "溫子謙", "SUCCEEDED", "夏以恆")["date"] == "2024-08-05"


def test_the_experience_column_s_posts_are_held_before() -> None:
    text = ("遠帆人壽保險股份有限公司\n"
            "（二）總經理及副總經理資料\n"
            "113年3月31日\n"
            "職稱　姓名　就任日期　主要經（學）歷　目前兼任其他公司之職務\n"
            "總經理　單于衡　112.01.03　本公司副總經理　遠帆投資股份有限公司董事\n")
    facts = facts_of(text, "遠帆人壽保險股份有限公司 年報（摘錄）", "2024-05-10")
    assert quals(facts, "單于衡", "HOLDS_POSITION", "遠帆人壽保險股份有限公司", role="deputy_general_manager").get("left") is True
    assert quals(facts, "單于衡", "HOLDS_POSITION", "遠帆人壽保險股份有限公司", role="general_manager")["start"] == "2023-01-03"
    assert not quals(facts, "單于衡", "HOLDS_POSITION", "遠帆投資股份有限公司", role="director").get("left")


def test_a_fund_manager_s_trade_abbreviation_names_it() -> None:
    text = ("澄江證券投資信託股份有限公司公告，董事會通過人事案。\n"
            "澄江投信董事長由夏以恆出任，原董事長祝青禾轉任顧問。\n")
    facts = facts_of(text, "澄江投信董事長異動", "2024-05-10")
    assert any(f.subject.name == "夏以恆" and f.object.name == "澄江證券投資信託股份有限公司"
               and f.qualifiers.get("role") == "chairman" for f in facts)
