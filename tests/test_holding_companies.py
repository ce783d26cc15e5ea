"""Ownership in Hong Kong and Taiwan filing wording, and sales told as done with the rest kept."""

from tests.helpers import facts_of, quals


def test_parent_named_as_direct_holding_company_with_all_shares() -> None:
    facts = facts_of("備註：嘉禾證券控股有限公司為嘉禾期貨有限公司的直接控股公司，並持有其100%已發行股份。")
    assert quals(facts, "嘉禾期貨有限公司", "SUBSIDIARY_OF", "嘉禾證券控股有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "嘉禾證券控股有限公司", "HOLDS_STAKE", "嘉禾期貨有限公司")["percent"] == 100.0


def test_ultimate_holding_company_after_the_child() -> None:
    facts = facts_of("據悉，明遠資產管理有限公司的最終控股公司為海灣金融集團有限公司，後者於新加坡上市。")
    assert quals(facts, "明遠資產管理有限公司", "SUBSIDIARY_OF", "海灣金融集團有限公司")["kind"] == "subsidiary"


def test_some_subsidiaries_in_a_bracket_and_the_post_at_each() -> None:
    text = "黎家駿先生，58歲，為本公司執行董事。黎先生同時擔任本公司若干附屬公司（包括興業財務有限公司及興業保險經紀有限公司）之董事。"
    facts = facts_of(text, title="興業集團控股有限公司通函")
    for child in ("興業財務有限公司", "興業保險經紀有限公司"):
        quals(facts, child, "SUBSIDIARY_OF", "興業集團控股有限公司")
        quals(facts, "黎家駿", "HOLDS_POSITION", child, role="director")


def test_subsidiary_set_up_then_named_in_the_next_sentence() -> None:
    text = ("永泰投信前經董事會通過，擬以新台幣五億元於新加坡轉投資設立100%持股之子公司。"
            "該子公司業於今年五月完成登記，正式名稱為「永泰資產管理（新加坡）有限公司」。")
    facts = facts_of(text)
    assert quals(facts, "永泰資產管理（新加坡）有限公司", "SUBSIDIARY_OF", "永泰投信")["kind"] == "wholly_owned"
    assert quals(facts, "永泰投信", "HOLDS_STAKE", "永泰資產管理（新加坡）有限公司")["percent"] == 100.0


def test_second_subsidiary_described_by_where_it_is_registered() -> None:
    facts = facts_of("南岭金融集团旗下现有全资子公司南岭证券有限公司，以及在曼谷注册的全资子公司南岭银行（泰国）有限公司。")
    assert quals(facts, "南岭银行（泰国）有限公司", "SUBSIDIARY_OF", "南岭金融集团")["kind"] == "wholly_owned"


def test_child_with_a_former_name_bracket_is_a_wholly_owned_subsidiary() -> None:
    text = "基金的行政管理人信安基金服務有限公司（前稱宏遠基金服務有限公司，於2023年5月更改名稱）現為信安人壽控股有限公司的全資附屬公司。"
    facts = facts_of(text)
    assert quals(facts, "信安基金服務有限公司", "SUBSIDIARY_OF", "信安人壽控股有限公司")["kind"] == "wholly_owned"


def test_sale_completed_to_a_buyer_of_all_issued_capital() -> None:
    facts = facts_of("據公告，華創控股有限公司已於2024年9月15日完成向東方明珠投資有限公司出售其持有的華創信託有限公司全部已發行股本。")
    q = quals(facts, "華創控股有限公司", "SOLD_STAKE", "華創信託有限公司")
    assert (q["percent"], q["date"], q["buyer"]) == (100.0, "2024-09-15", "東方明珠投資有限公司")


def test_part_sold_to_a_foreign_buyer_and_the_rest_kept() -> None:
    facts = facts_of("1998年，瑞安控股將瑞安銀行百分之二十五股權售予日本的東昇銀行，集團保留其餘百分之七十五權益。")
    assert quals(facts, "瑞安控股", "SOLD_STAKE", "瑞安銀行")["buyer"] == "東昇銀行"
    assert quals(facts, "瑞安控股", "HOLDS_STAKE", "瑞安銀行")["percent"] == 75.0


def test_person_holds_the_vehicle_wholly_owned_written_with_zhi() -> None:
    text = ("(2) 周立群先生，55歲，為本公司非執行董事。於最後實際可行日期，周先生透過其全資擁有之盈禾投資有限公司"
            "實益持有50,000,000股股份，佔本公司已發行股本約5.5%。")
    facts = facts_of(text, title="泓德控股有限公司通函")
    assert quals(facts, "周立群", "HOLDS_STAKE", "盈禾投資有限公司")["percent"] == 100.0


def test_own_word_after_a_copula_in_an_agenda_item_is_not_the_company_before_it() -> None:
    text = ("興南商業銀行股份有限公司\n一一四年度第三次董事會議事錄\n"
            "時間：民國一一四年九月九日上午十時\n出席董事：杜信良、卓明樺\n主席：杜信良董事長　記錄：程子維\n"
            "第一案\n案由：本行轉投資之興南證券股份有限公司擬增資，提請討論。\n"
            "一、增資金額為新台幣十億元。\n二、全數由本行認購。\n說明：興南證券股份有限公司為本行持股100%之子公司，增資後持股比例不變。\n"
            "決議：照案通過。\n")
    facts = facts_of(text, title="興南銀行董事會議事錄")
    assert quals(facts, "興南證券股份有限公司", "SUBSIDIARY_OF", "興南商業銀行股份有限公司")["kind"] == "wholly_owned"


def test_company_becomes_a_wholly_held_subsidiary_when_its_parent_is_founded() -> None:
    facts = facts_of("富川海上保險於2005年改名為富川產物保險股份有限公司，2009年富川金控成立時成為金控百分之百持股子公司。")
    assert quals(facts, "富川金控", "HOLDS_STAKE", "富川產物保險股份有限公司")["percent"] == 100.0


def test_its_holding_company_after_a_rename_is_the_renamed_companys_parent() -> None:
    text = "德信財務有限公司成立於1975年。德信財務於1990年獲發銀行牌照，並易名為德信銀行有限公司；其控股公司德信控股有限公司翌年於聯交所上市。"
    facts = facts_of(text)
    quals(facts, "德信財務", "RENAMED_TO", "德信銀行有限公司")
    quals(facts, "德信銀行有限公司", "SUBSIDIARY_OF", "德信控股有限公司")
    assert not any("獲發" in f.subject.name or "获发" in f.subject.name for f in facts)
