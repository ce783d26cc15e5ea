"""Form and register layouts outside the mainland: a founding deed's organ lines and subscribers, a regulator's
register printout in sections, a filed return's fields. Texts and names written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_CO = "澳暉碼頭股份有限公司"
_DEED = (
    "私人公證員通告\n"
    "\n"
    "澳暉碼頭股份有限公司\n"
    "\n"
    "經二零二五年八月十八日簽署之公證書，下列股東設立本公司，資本澳門元二千四百萬元：\n"
    "一、晉陞實業有限公司，持有四萬八千股，佔股本百分之六十；\n"
    "二、凱瀾船務代理有限公司，持有三萬二千股，佔股本百分之四十。\n"
    "\n"
    "首屆機關（二零二五年至二零二七年）\n"
    "董事會：主席　閔啟韜；董事　祝穎詩、Duarte Nogueira Pimenta（葡籍）\n"
    "股東大會主席團：主席　晉陞實業有限公司\n"
    "監事會：成員　宓浩然、薛綺雯\n"
    "公司秘書：蔚子朗\n"
)
_DEED_TITLE = "澳暉碼頭股份有限公司 公證摘要（政府公報）"


def _deed() -> list:
    return facts_of(_DEED, _DEED_TITLE, "2025-08-25")


def test_an_organ_s_line_gives_each_label_s_people_the_organ_s_post() -> None:
    facts = _deed()
    quals(facts, "閔啟韜", "HOLDS_POSITION", _CO, role="chairman")
    quals(facts, "祝穎詩", "HOLDS_POSITION", _CO, role="director")
    quals(facts, "Duarte Nogueira Pimenta", "HOLDS_POSITION", _CO, role="director")
    quals(facts, "宓浩然", "HOLDS_POSITION", _CO, role="supervisor")
    quals(facts, "薛綺雯", "HOLDS_POSITION", _CO, role="supervisor")
    assert quals(facts, "蔚子朗", "HOLDS_POSITION", _CO, role="other")["title"] == "公司秘書"


def test_the_organ_lines_posts_are_the_deed_company_s_not_the_holder_s_that_chairs_the_meeting() -> None:
    employers = {f.object.name for f in _deed() if str(f.predicate) == "HOLDS_POSITION"}
    assert employers == {_CO}


def test_a_subscriber_s_line_gives_its_share_of_the_capital_in_words() -> None:
    facts = _deed()
    assert quals(facts, "晉陞實業有限公司", "HOLDS_STAKE", _CO)["percent"] == 60
    assert quals(facts, "凱瀾船務代理有限公司", "HOLDS_STAKE", _CO)["percent"] == 40


_FIRM = "澄峰期貨有限公司"
_PRINTOUT = (
    "公眾紀錄冊（列印本）\n"
    "持牌法團\n"
    "中央編號：KTR274\n"
    "中文名稱：澄峰期貨有限公司\n"
    "現名稱生效日期：2022年11月14日\n"
    "\n"
    "前名稱\n"
    "由2018年4月9日至2022年11月13日：澄峰商品經紀有限公司（Chingfung Commodities Brokers Limited）\n"
    "\n"
    "負責人員\n"
    "姓名　　　中央編號　　生效日期\n"
    "卓允行　　LMN604　　　2019年1月7日\n"
    "\n"
    "負責人員（歷史紀錄）\n"
    "葛婉蓉　　LMN391　　　2018年4月9日至2021年6月30日\n"
    "\n"
    "主要股東\n"
    "澄峰商品集團有限公司\n"
    "\n"
    "主要人員\n"
    "董事：卓允行、晏希彤\n"
    "核心職能主管（營運監控）：晏希彤\n"
)


def _printout() -> list:
    return facts_of(_PRINTOUT, "公眾紀錄冊：澄峰期貨有限公司", "2025-03-20")


def test_a_register_s_former_name_is_renamed_on_the_day_the_current_name_took_effect() -> None:
    assert quals(_printout(), "澄峰商品經紀有限公司", "RENAMED_TO", _FIRM)["date"] == "2022-11-14"


def test_a_post_s_heading_dates_each_row_s_person_by_the_row_s_day_or_span() -> None:
    facts = _printout()
    assert quals(facts, "卓允行", "HOLDS_POSITION", _FIRM, role="other")["start"] == "2019-01-07"
    q = quals(facts, "葛婉蓉", "HOLDS_POSITION", _FIRM, role="other")
    assert (q["title"], q["start"], q["end"]) == ("負責人員", "2018-04-09", "2021-06-30")


def test_a_register_s_holders_and_officers_label_lines() -> None:
    facts = _printout()
    quals(facts, "澄峰商品集團有限公司", "HOLDS_STAKE", _FIRM)
    quals(facts, "晏希彤", "HOLDS_POSITION", _FIRM, role="director")
    assert quals(facts, "晏希彤", "HOLDS_POSITION", _FIRM, role="other")["title"] == "核心職能主管（營運監控）"


_ISSUER = "禾朗醫療集團有限公司"
_RETURN = (
    "股份發行人月報表\n"
    "發行人：禾朗醫療集團有限公司\n"
    "股份類別：普通股　　於香港創業板上市：是\n"
    "股份代號　08271　　說明　禾朗醫療\n"
    "截至本月底法定股本並無變動，旗下禾朗醫療器械有限公司亦無發行股份。\n"
    "\n"
    "簽署：談子瑜\n"
    "職務：公司秘書\n"
)
_RETURN_TITLE = "禾朗醫療集團有限公司 月報表"


def test_a_yes_listing_field_and_the_code_field_under_it_give_the_listing() -> None:
    facts = facts_of(_RETURN, _RETURN_TITLE, "2025-04-03")
    assert quals(facts, _ISSUER, "LISTED_ON", "HKEX")["ticker"] == "08271"
    assert quals(facts, "08271", "LISTED_ON", "HKEX")  # (the code is another name of the issuer's)
    assert quals(facts, "禾朗醫療", "LISTED_ON", "HKEX")  # (and so is the short name, not the subsidiary's)


def test_a_no_listing_field_gives_none() -> None:
    facts = facts_of(_RETURN.replace("上市：是", "上市：否"), _RETURN_TITLE, "2025-04-03")
    assert not [f for f in facts if str(f.predicate) == "LISTED_ON"]


def test_a_signer_holds_the_title_of_the_line_under_the_name() -> None:
    facts = facts_of(_RETURN, _RETURN_TITLE, "2025-04-03")
    assert quals(facts, "談子瑜", "HOLDS_POSITION", _ISSUER, role="other")["title"] == "公司秘書"


def test_a_placee_allotted_new_shares_holds_its_share_after_the_allotment() -> None:
    text = ("茲公告，認購人銳川資本有限公司（一家BVI公司）已獲發行45,000,000股新股，"
            "交易結束後持有禾朗醫療集團有限公司股本約4.5%。")
    facts = facts_of(text, "禾朗醫療集團有限公司 認購事項", "2025-04-03")
    assert quals(facts, "銳川資本有限公司", "HOLDS_STAKE", _ISSUER)["percent"] == 4.5


def test_a_holding_company_with_all_the_shares_is_a_wholly_owning_parent() -> None:
    text = "據股東名冊所示，銘川投資有限公司系銘川食品加工有限公司的直接控股公司，並直接持有其100%。"
    facts = facts_of(text, "銘川食品加工有限公司 股權資料", "2025-04-03")
    assert quals(facts, "銘川食品加工有限公司", "SUBSIDIARY_OF", "銘川投資有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "銘川投資有限公司", "HOLDS_STAKE", "銘川食品加工有限公司")["percent"] == 100


def test_a_placee_s_role_word_is_no_part_of_its_name() -> None:
    text = "禾朗醫療集團有限公司公佈配售結果：承配人沛霖創投有限公司獲配發9,600,000股股份，此後將持有總股本約2.4%。"
    facts = facts_of(text, "禾朗醫療集團有限公司 配售結果", "2025-04-03")
    assert quals(facts, "沛霖創投有限公司", "HOLDS_STAKE", _ISSUER)["percent"] == 2.4
    assert not [f for f in facts if f.subject.name.startswith("承配人")]


def test_a_data_sheet_s_latin_name_is_also_written_without_its_place_bracket_and_legal_form() -> None:
    text = ("中文名稱：嘉湧保險經紀（太平洋）有限公司\n英文名稱：Kaiyung Insurance Brokers (Pacific) Limited\n"
            "行政總裁：樊穎朗\n")
    facts = facts_of(text, "嘉湧保險經紀（太平洋）有限公司 資料表", "2025-04-03")
    assert quals(facts, "樊穎朗", "HOLDS_POSITION", "Kaiyung Insurance Brokers", role="ceo")


def test_a_charter_s_latin_names_are_names_of_the_company_the_clause_names() -> None:
    text = _DEED.replace("一、", "第一條（名稱）本公司名稱為「澳暉碼頭股份有限公司」，外文名稱為「Oufai Terminals Company Limited」。\n一、", 1)
    facts = facts_of(text, _DEED_TITLE, "2025-08-25")
    quals(facts, "閔啟韜", "HOLDS_POSITION", "Oufai Terminals", role="chairman")


_AMENDED_DEED = ("私人公證員 甄文軒\n證明\n嵐澳信貸股份有限公司\n"
                 "茲證明上述公司之章程修改文件已於二零二五年三月七日存檔，修改內容如下：\n"
                 "第一條——公司名稱由「嵐澳信貸股份有限公司」修改為「澳門泓晉信貸股份有限公司」。\n"
                 "第五條——公司資本由下列股東持有：\n"
                 "（一）泓晉控股有限公司，持有六萬股，佔公司資本百分之六十；\n"
                 "（二）鄔子恆，持有四萬股，佔公司資本百分之四十。\n")


def test_a_name_changed_with_xiugaiwei_is_a_rename() -> None:
    facts = facts_of(_AMENDED_DEED, "嵐澳信貸股份有限公司 章程修改", "2025-03-12")
    assert quals(facts, "嵐澳信貸股份有限公司", "RENAMED_TO", "澳門泓晉信貸股份有限公司") is not None


def test_subscriber_lines_after_a_rename_give_the_capital_of_the_renamed_company() -> None:
    facts = facts_of(_AMENDED_DEED, "嵐澳信貸股份有限公司 章程修改", "2025-03-12")
    assert quals(facts, "泓晉控股有限公司", "HOLDS_STAKE", "澳門泓晉信貸股份有限公司")["percent"] == 60
    assert not [f for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "嵐澳信貸股份有限公司"
                and f.subject.name == "泓晉控股有限公司"]
