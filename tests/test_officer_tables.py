"""Taiwan annual-report tables of directors and officers, written for these tests (not gold text): a juristic
director's row with its representative indented under it, ROC days in a start column, shares as "股數／比率", posts
named in the concurrent-posts column, the juristic holders' own holders; an affiliates chart in lines; a note on a
seat passed to a new representative."""

from __future__ import annotations

from .helpers import facts_of, quals

_LESSOR = "翠岡租賃股份有限公司"
_BOARD = (
    "翠岡租賃股份有限公司\n"
    "三、公司治理報告\n"
    "董事名單\n"
    "114年4月30日　單位：股；％\n"
    "\n"
    "職稱　姓名　就任日期　持股（股數／比率）　兼任其他公司職務\n"
    "董事長　翠岡興業股份有限公司　112.06.28　61,500,000／38.45　—\n"
    "　代表人：莫承澤　112.06.28　0／0.00　本公司總經理；翠岡興業股份有限公司董事長\n"
    "獨立董事　聶芷晴　111.06.15　250,000／0.16　沛岳法律事務所合夥律師\n"
    "\n"
    "法人董事之股東結構\n"
    "114年4月30日\n"
    "法人名稱　主要股東及持股比例\n"
    "翠岡興業股份有限公司　瀚霖工程股份有限公司（47.50％）、莫承澤（52.50％）\n"
)


def _board() -> list:
    return facts_of(_BOARD, "翠岡租賃 113年度年報 公司治理", "2025-05-15")


def test_a_representative_row_holds_the_seat_of_the_juristic_director_above_it_from_its_roc_day() -> None:
    facts = _board()
    assert quals(facts, "莫承澤", "HOLDS_POSITION", _LESSOR, role="chairman")["start"] == "2023-06-28"
    assert quals(facts, "聶芷晴", "HOLDS_POSITION", _LESSOR, role="independent_director")["start"] == "2022-06-15"
    assert not any(f.subject.name == "翠岡興業股份有限公司" and str(f.predicate) == "HOLDS_POSITION" for f in facts)


def test_the_share_column_is_a_stake_as_of_the_day_above_the_header() -> None:
    facts = _board()
    q = quals(facts, "翠岡興業股份有限公司", "HOLDS_STAKE", _LESSOR)
    assert (q["percent"], q.get("as_of")) == (38.45, "2025-04-30")
    assert quals(facts, "聶芷晴", "HOLDS_STAKE", _LESSOR)["percent"] == 0.16


def test_the_concurrent_posts_column_names_posts_at_other_firms_and_at_the_report_s_own() -> None:
    facts = _board()
    quals(facts, "莫承澤", "HOLDS_POSITION", "翠岡興業股份有限公司", role="chairman")
    quals(facts, "莫承澤", "HOLDS_POSITION", _LESSOR, role="general_manager")
    assert quals(facts, "聶芷晴", "HOLDS_POSITION", "沛岳法律事務所")["title"] == "合夥律師"


def test_the_juristic_holders_table_gives_each_holder_its_share_of_the_row_s_company() -> None:
    facts = _board()
    assert quals(facts, "莫承澤", "HOLDS_STAKE", "翠岡興業股份有限公司")["percent"] == 52.5
    q = quals(facts, "瀚霖工程股份有限公司", "HOLDS_STAKE", "翠岡興業股份有限公司")
    assert (q["percent"], q.get("as_of")) == (47.5, "2025-04-30")


_HOLDCO = "嶺澄金融控股股份有限公司"
_CHART = (
    "嶺澄金融控股股份有限公司\n"
    "關係企業三書表\n"
    "控制與從屬關係一覽　113年6月30日\n"
    "控制公司：嶺澄金融控股股份有限公司\n"
    "從屬公司：\n"
    "　嶺澄商業銀行股份有限公司（嶺澄金融控股股份有限公司持股100.00％）\n"
    "　嶺澄國際控股有限公司（本公司持股90.00％）\n"
    "　　嶺澄融資租賃（越南）有限公司（嶺澄國際控股有限公司持股80.00％）\n"
    "　嶺澄創業投資股份有限公司（本公司持股55.00％）\n"
)


def _chart() -> list:
    return facts_of(_CHART, "嶺澄金控 113年上半年度關係企業三書表", "2024-08-29")


def test_an_affiliates_chart_s_lines_are_subsidiaries_of_their_holders_and_dated_stakes() -> None:
    facts = _chart()
    assert quals(facts, "嶺澄商業銀行股份有限公司", "SUBSIDIARY_OF", _HOLDCO)["kind"] == "wholly_owned"
    assert quals(facts, "嶺澄創業投資股份有限公司", "SUBSIDIARY_OF", _HOLDCO)["kind"] == "subsidiary"
    assert quals(facts, _HOLDCO, "HOLDS_STAKE", "嶺澄創業投資股份有限公司")["as_of"] == "2024-06-30"


def test_a_company_indented_under_another_is_held_through_it() -> None:
    facts = _chart()
    leasing = "嶺澄融資租賃（越南）有限公司"
    assert quals(facts, leasing, "SUBSIDIARY_OF", "嶺澄國際控股有限公司")["kind"] == "subsidiary"
    quals(facts, leasing, "SUBSIDIARY_OF", _HOLDCO)
    assert quals(facts, _HOLDCO, "HOLDS_STAKE", leasing)["percent"] == 72.0


def test_a_seat_passed_to_a_new_representative_ends_the_former_s_and_is_a_succession() -> None:
    text = ("翠岡租賃股份有限公司重大訊息\n"
            "說明：本公司接獲通知，法人董事翠岡興業股份有限公司業於114年2月17日改派葛書妍女士為代表人，"
            "原代表人彭巍然先生自同日起卸任，其餘董事不變。\n")
    facts = facts_of(text, "翠岡租賃 法人董事代表人異動", "2025-02-18")
    assert quals(facts, "葛書妍", "HOLDS_POSITION", _LESSOR, role="director")["start"] == "2025-02-17"
    assert quals(facts, "彭巍然", "HOLDS_POSITION", _LESSOR, role="director")["end"] == "2025-02-17"
    assert quals(facts, "葛書妍", "SUCCEEDED", "彭巍然")["date"] == "2025-02-17"


def test_the_experience_column_s_posts_are_held_before() -> None:
    bank = "樺川商業銀行股份有限公司"
    text = ("樺川商業銀行股份有限公司\n"
            "經理人資料\n"
            "114年2月28日\n"
            "職稱　姓名　到職日期　主要經（學）歷　兼任其他公司職務\n"
            "總經理　柯以寧　113.09.02　本行副總經理；樺川證券股份有限公司總經理　樺川投資顧問股份有限公司董事\n")
    facts = facts_of(text, "樺川銀行 年報 經理人", "2025-04-08")
    assert quals(facts, "柯以寧", "HOLDS_POSITION", bank, role="deputy_general_manager").get("left") is True
    assert quals(facts, "柯以寧", "HOLDS_POSITION", "樺川證券股份有限公司", role="general_manager").get("left") is True
    assert quals(facts, "柯以寧", "HOLDS_POSITION", bank, role="general_manager")["start"] == "2024-09-02"
    assert not quals(facts, "柯以寧", "HOLDS_POSITION", "樺川投資顧問股份有限公司", role="director").get("left")


def test_a_fund_manager_s_trade_abbreviation_names_it() -> None:
    text = ("朗湄證券投資信託股份有限公司今日召開臨時董事會。\n"
            "會中推舉季允澄為朗湄投信董事長。\n")
    facts = facts_of(text, "朗湄投信換將", "2024-11-21")
    assert any(f.subject.name == "季允澄" and f.object.name == "朗湄證券投資信託股份有限公司"
               and f.qualifiers.get("role") == "chairman" for f in facts)
