"""Form and register layouts outside the mainland: a founding deed's organ lines and subscribers, a regulator's
register printout in sections, a filed return's fields. Texts and names written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_FUND = "碧灣資產管理股份有限公司"
_DEED = (
    "公證書摘要\n"
    "\n"
    "碧灣資產管理股份有限公司\n"
    "\n"
    "本公證員證實，按本年九月二日之公證書，設立上指股份有限公司，章程如下：\n"
    "第三條——資本為澳門元五千萬元，股東認購情況：\n"
    "1. 鈞石投資控股有限公司，認購三十五萬股，佔公司資本百分之七十；\n"
    "2. 南粵置業發展有限公司，認購十五萬股，佔公司資本百分之三十。\n"
    "\n"
    "機關據位人（任期三年）\n"
    "股東大會主席團：主席　鈞石投資控股有限公司\n"
    "董事會：主席　區展鵬；董事　甘雅琳、Tomás Ribeiro Costa（葡籍）\n"
    "監事會：成員　盧柏賢、戚芷晴\n"
    "公司秘書：簡鎧澄\n"
)


def _deed() -> list:
    return facts_of(_DEED, "政府公報：碧灣資產管理股份有限公司設立公證書", "2025-09-10")


def test_an_organ_s_line_gives_each_label_s_people_the_organ_s_post() -> None:
    facts = _deed()
    quals(facts, "區展鵬", "HOLDS_POSITION", _FUND, role="chairman")
    quals(facts, "甘雅琳", "HOLDS_POSITION", _FUND, role="director")
    quals(facts, "Tomás Ribeiro Costa", "HOLDS_POSITION", _FUND, role="director")
    quals(facts, "盧柏賢", "HOLDS_POSITION", _FUND, role="supervisor")
    quals(facts, "戚芷晴", "HOLDS_POSITION", _FUND, role="supervisor")
    assert quals(facts, "簡鎧澄", "HOLDS_POSITION", _FUND, role="other")["title"] == "公司秘書"


def test_the_organ_lines_posts_are_the_deed_company_s_not_the_holder_s_that_chairs_the_meeting() -> None:
    employers = {f.object.name for f in _deed() if str(f.predicate) == "HOLDS_POSITION"}
    assert employers == {_FUND}


def test_a_subscriber_s_line_gives_its_share_of_the_capital_in_words() -> None:
    facts = _deed()
    assert quals(facts, "鈞石投資控股有限公司", "HOLDS_STAKE", _FUND)["percent"] == 70
    assert quals(facts, "南粵置業發展有限公司", "HOLDS_STAKE", _FUND)["percent"] == 30


_FIRM = "柏源證券（香港）有限公司"
_PRINTOUT = (
    "公眾紀錄冊列印本\n"
    "持牌法團\n"
    "中央編號：ZXY901\n"
    "中文名稱：柏源證券（香港）有限公司\n"
    "現名稱生效日期：2020年3月2日\n"
    "\n"
    "前名稱\n"
    "由2015年7月1日至2020年3月1日：柏源經紀有限公司（Boyuan Brokerage Limited）\n"
    "\n"
    "負責人員\n"
    "姓名　　　中央編號　　生效日期\n"
    "聶家洛　　QWE118　　　2016年2月15日\n"
    "\n"
    "負責人員（歷史紀錄）\n"
    "符凱晴　　QWE442　　　2015年7月1日至2019年12月31日\n"
    "\n"
    "主要股東\n"
    "柏源控股集團有限公司（Boyuan Holdings Group Limited）\n"
    "\n"
    "主要人員（申報資料）\n"
    "董事：聶家洛、祁詠蓓\n"
    "核心職能主管（財務與會計）：祁詠蓓\n"
)


def _printout() -> list:
    return facts_of(_PRINTOUT, "公眾紀錄冊：柏源證券（香港）有限公司", "2025-06-01")


def test_a_register_s_former_name_is_renamed_on_the_day_the_current_name_took_effect() -> None:
    assert quals(_printout(), "柏源經紀有限公司", "RENAMED_TO", _FIRM)["date"] == "2020-03-02"


def test_a_post_s_heading_dates_each_row_s_person_by_the_row_s_day_or_span() -> None:
    facts = _printout()
    assert quals(facts, "聶家洛", "HOLDS_POSITION", _FIRM, role="other")["start"] == "2016-02-15"
    q = quals(facts, "符凱晴", "HOLDS_POSITION", _FIRM, role="other")
    assert (q["title"], q["start"], q["end"]) == ("負責人員", "2015-07-01", "2019-12-31")


def test_a_register_s_holders_and_officers_label_lines() -> None:
    facts = _printout()
    quals(facts, "柏源控股集團有限公司", "HOLDS_STAKE", _FIRM)
    quals(facts, "祁詠蓓", "HOLDS_POSITION", _FIRM, role="director")
    assert quals(facts, "祁詠蓓", "HOLDS_POSITION", _FIRM, role="other")["title"] == "核心職能主管（財務與會計）"


_ISSUER = "雋泰環球控股有限公司"
_RETURN = (
    "月報表\n"
    "發行人：雋泰環球控股有限公司\n"
    "股份類別：普通股　　　於香港聯交所上市：是\n"
    "股份代號　08123　　說明　雋泰環球\n"
    "本月內並無股份變動；附屬公司雋泰環球證券有限公司繼續擔任本公司的合規顧問。\n"
    "\n"
    "簽署人：倪卓霖\n"
    "職位：公司秘書\n"
)


def test_a_yes_listing_field_and_the_code_field_under_it_give_the_listing() -> None:
    facts = facts_of(_RETURN, "雋泰環球控股有限公司 股份變動月報表", "2025-05-05")
    assert quals(facts, _ISSUER, "LISTED_ON", "HKEX")["ticker"] == "08123"
    assert quals(facts, "08123", "LISTED_ON", "HKEX")  # (the code is another name of the issuer's)
    assert quals(facts, "雋泰環球", "LISTED_ON", "HKEX")  # (and so is the short name, not the subsidiary's)


def test_a_no_listing_field_gives_none() -> None:
    facts = facts_of(_RETURN.replace("上市：是", "上市：否"), "雋泰環球控股有限公司 股份變動月報表", "2025-05-05")
    assert not [f for f in facts if str(f.predicate) == "LISTED_ON"]


def test_a_signer_holds_the_title_of_the_line_under_the_name() -> None:
    facts = facts_of(_RETURN, "雋泰環球控股有限公司 股份變動月報表", "2025-05-05")
    assert quals(facts, "倪卓霖", "HOLDS_POSITION", _ISSUER, role="other")["title"] == "公司秘書"


def test_a_placee_allotted_new_shares_holds_its_share_after_the_allotment() -> None:
    text = ("雋泰環球控股有限公司公告，認購人嶺峰資本有限公司（由獨立第三方全資擁有）已獲發行80,000,000股認購股份，"
            "於認購事項完成後將持有本公司已發行股本約6.25%。")
    facts = facts_of(text, "雋泰環球控股有限公司 完成認購新股份", "2025-05-05")
    assert quals(facts, "嶺峰資本有限公司", "HOLDS_STAKE", _ISSUER)["percent"] == 6.25


def test_a_holding_company_with_all_the_shares_is_a_wholly_owning_parent() -> None:
    text = "附註：翠嶼控股有限公司是翠嶼財富管理有限公司的直接控股公司，持有其100%已發行股份。"
    facts = facts_of(text, "翠嶼財富管理有限公司 紀錄", "2025-05-05")
    assert quals(facts, "翠嶼財富管理有限公司", "SUBSIDIARY_OF", "翠嶼控股有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "翠嶼控股有限公司", "HOLDS_STAKE", "翠嶼財富管理有限公司")["percent"] == 100


def test_a_placee_s_role_word_is_no_part_of_its_name() -> None:
    text = "雋泰環球控股有限公司宣佈，承配人鴻圖創投有限公司已獲配發12,000,000股新股份，完成後持有本公司已發行股本約3.6%。"
    facts = facts_of(text, "雋泰環球控股有限公司 配售完成", "2025-05-05")
    assert quals(facts, "鴻圖創投有限公司", "HOLDS_STAKE", _ISSUER)["percent"] == 3.6
    assert not [f for f in facts if f.subject.name.startswith("承配人")]


def test_a_data_sheet_s_latin_name_is_also_written_without_its_place_bracket_and_legal_form() -> None:
    text = ("中文名稱：瑞澄財富管理（澳門）有限公司\n英文名稱：Ruicheng Wealth Management (Macau) Limited\n"
            "行政總裁：侯子健\n")
    facts = facts_of(text, "瑞澄財富管理（澳門）有限公司 資料表", "2025-05-05")
    assert quals(facts, "侯子健", "HOLDS_POSITION", "Ruicheng Wealth Management", role="ceo")


def test_a_charter_s_latin_names_are_names_of_the_company_the_clause_names() -> None:
    text = _DEED.replace("第三條", "第一條——本公司中文名稱為「碧灣資產管理股份有限公司」，英文名稱為「Bluebay Asset Managers Limited」。\n第三條")
    facts = facts_of(text, "政府公報：碧灣資產管理股份有限公司設立公證書", "2025-09-10")
    quals(facts, "區展鵬", "HOLDS_POSITION", "Bluebay Asset Managers", role="chairman")
