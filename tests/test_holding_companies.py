"""Ownership in Hong Kong and Taiwan filing wording, and sales told as done with the rest kept."""

from tests.helpers import facts_of, quals


def test_parent_named_as_direct_holding_company_with_all_shares() -> None:
    facts = facts_of("備註：嘉禾證券控股有限公司為嘉禾期貨有限公司之直接控股公司，並直接持有其100%股權。")
    assert quals(facts, "嘉禾期貨有限公司", "SUBSIDIARY_OF", "嘉禾證券控股有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "嘉禾證券控股有限公司", "HOLDS_STAKE", "嘉禾期貨有限公司")["percent"] == 100.0


def test_ultimate_holding_company_after_the_child() -> None:
    facts = facts_of("據悉，明遠財富管理有限公司之最終控股公司為海灣金融集團有限公司，後者於新加坡上市。")
    assert quals(facts, "明遠財富管理有限公司", "SUBSIDIARY_OF", "海灣金融集團有限公司")["kind"] == "subsidiary"


def test_some_subsidiaries_in_a_bracket_and_the_post_at_each() -> None:
    text = "黎家駿先生，58歲，自2010年出任本公司行政總裁。黎先生同時擔任本公司若干附屬公司（包括興業財務有限公司及興業保險經紀有限公司）之董事。"
    facts = facts_of(text, title="興業集團控股有限公司通函")
    for child in ("興業財務有限公司", "興業保險經紀有限公司"):
        quals(facts, child, "SUBSIDIARY_OF", "興業集團控股有限公司")
        quals(facts, "黎家駿", "HOLDS_POSITION", child, role="director")


def test_subsidiary_set_up_then_named_in_the_next_sentence() -> None:
    text = ("永泰投信去年經董事會通過，以新台幣五億元在新加坡成立100%持股之子公司。"
            "該子公司業於今年五月完成登記，公司名稱為「永泰資產管理（新加坡）有限公司」。")
    facts = facts_of(text)
    assert quals(facts, "永泰資產管理（新加坡）有限公司", "SUBSIDIARY_OF", "永泰投信")["kind"] == "wholly_owned"
    assert quals(facts, "永泰投信", "HOLDS_STAKE", "永泰資產管理（新加坡）有限公司")["percent"] == 100.0


def test_second_subsidiary_described_by_where_it_is_registered() -> None:
    facts = facts_of("碧川金融集团旗下现有全资子公司碧川证券有限公司，以及在曼谷注册成立的全资子公司碧川商业银行（泰国）有限公司。")
    assert quals(facts, "碧川商业银行（泰国）有限公司", "SUBSIDIARY_OF", "碧川金融集团")["kind"] == "wholly_owned"


def test_child_with_a_former_name_bracket_is_a_wholly_owned_subsidiary() -> None:
    text = "基金的行政管理人信安基金行政有限公司（前稱宏遠基金行政有限公司，2023年5月起改用現名）目前為信安人壽控股有限公司之全資附屬公司。"
    facts = facts_of(text)
    assert quals(facts, "信安基金行政有限公司", "SUBSIDIARY_OF", "信安人壽控股有限公司")["kind"] == "wholly_owned"


def test_sale_completed_to_a_buyer_of_all_issued_capital() -> None:
    facts = facts_of("華創控股有限公司宣佈，該公司已於2024年9月15日完成向東方明珠投資有限公司出售所持華創信託有限公司之全部已發行股份。")
    q = quals(facts, "華創控股有限公司", "SOLD_STAKE", "華創信託有限公司")
    assert (q["percent"], q["date"], q["buyer"]) == (100.0, "2024-09-15", "東方明珠投資有限公司")


def test_part_sold_to_a_foreign_buyer_and_the_rest_kept() -> None:
    facts = facts_of("1998年，瑞安控股將瑞安銀行百分之二十五股權售予日本的東曦信託銀行，瑞安控股仍持有餘下百分之七十五股份。")
    assert quals(facts, "瑞安控股", "SOLD_STAKE", "瑞安銀行")["buyer"] == "東曦信託銀行"
    assert quals(facts, "瑞安控股", "HOLDS_STAKE", "瑞安銀行")["percent"] == 75.0


def test_person_holds_the_vehicle_wholly_owned_written_with_zhi() -> None:
    text = ("(2) 甘志達先生，55歲，自2016年出任本公司非執行董事。截至本通函日期，甘先生透過其全資擁有之盈禾投資有限公司"
            "實益持有50,000,000股，相當於已發行股份總數約5.5%。")
    facts = facts_of(text, title="泓德控股有限公司通函")
    assert quals(facts, "甘志達", "HOLDS_STAKE", "盈禾投資有限公司")["percent"] == 100.0


def test_own_word_after_a_copula_in_an_agenda_item_is_not_the_company_before_it() -> None:
    text = ("興南商業銀行股份有限公司\n一一四年度第三次董事會議事錄\n"
            "時間：民國一一四年九月九日上午十時\n出席董事：杜信良、卓明樺\n主席：杜信良董事長　記錄：程子維\n"
            "第一案\n案由：擬對子公司興南證券股份有限公司辦理現金增資，提請討論。\n"
            "一、增資金額為新台幣十億元。\n二、全數由本行認購。\n說明：興南證券股份有限公司為本行100%控股之子公司，增資後持股比例不變。\n"
            "決議：照案通過。\n")
    facts = facts_of(text, title="興南銀行董事會議事錄")
    assert quals(facts, "興南證券股份有限公司", "SUBSIDIARY_OF", "興南商業銀行股份有限公司")["kind"] == "wholly_owned"


def test_company_becomes_a_wholly_held_subsidiary_when_its_parent_is_founded() -> None:
    facts = facts_of("富川海上保險於2005年改名為富川產物保險股份有限公司，2009年富川金控設立時即成為其百分之百持股之子公司。")
    assert quals(facts, "富川金控", "HOLDS_STAKE", "富川產物保險股份有限公司")["percent"] == 100.0


def test_its_holding_company_after_a_rename_is_the_renamed_companys_parent() -> None:
    text = "德信財務有限公司成立於1975年。德信財務於1990年獲發銀行業牌照，並易名為德信銀行有限公司；其控股公司德信控股有限公司翌年於聯交所上市。"
    facts = facts_of(text)
    assert quals(facts, "德信財務", "RENAMED_TO", "德信銀行有限公司").get("date") == "1990"
    quals(facts, "德信銀行有限公司", "SUBSIDIARY_OF", "德信控股有限公司")
    assert not any("獲發" in f.subject.name or "获发" in f.subject.name for f in facts)
