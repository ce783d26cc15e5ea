"""Ownership in Hong Kong and Taiwan filing wording, and sales told as done with the rest kept."""

from tests.helpers import facts_of, quals


def test_parent_named_as_direct_holding_company_with_all_shares() -> None:
    facts = facts_of("按監管申報，嵐石控股有限公司亦為嵐石期貨有限公司之直接控股公司，並直接持有其100%股權。")
    assert quals(facts, "嵐石期貨有限公司", "SUBSIDIARY_OF", "嵐石控股有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "嵐石控股有限公司", "HOLDS_STAKE", "嵐石期貨有限公司")["percent"] == 100.0


def test_ultimate_holding_company_after_the_child() -> None:
    facts = facts_of("銀杉信託有限公司之最終控股公司為赤岸集團有限公司，該集團總部設於吉隆坡。")
    assert quals(facts, "銀杉信託有限公司", "SUBSIDIARY_OF", "赤岸集團有限公司")["kind"] == "subsidiary"


def test_some_subsidiaries_in_a_bracket_and_the_post_at_each() -> None:
    text = "莫詠芝女士於2018年加入本集團，現任財務總監。莫女士兼任霽嵐集團有限公司之若干附屬公司（包括霽嵐財務有限公司及霽嵐租賃有限公司）之董事。"
    facts = facts_of(text, title="霽嵐集團有限公司年報")
    for child in ("霽嵐財務有限公司", "霽嵐租賃有限公司"):
        quals(facts, child, "SUBSIDIARY_OF", "霽嵐集團有限公司")
        quals(facts, "莫詠芝", "HOLDS_POSITION", child, role="director")


def test_subsidiary_set_up_then_named_in_the_next_sentence() -> None:
    text = ("嵩林投信董事會於前年十月決議，投入新台幣三億元於越南新設100%持股之子公司。"
            "該子公司已於本年二月取得執照，公司名稱為「嵩林投資顧問（越南）有限公司」。")
    facts = facts_of(text)
    assert quals(facts, "嵩林投資顧問（越南）有限公司", "SUBSIDIARY_OF", "嵩林投信")["kind"] == "wholly_owned"
    assert quals(facts, "嵩林投信", "HOLDS_STAKE", "嵩林投資顧問（越南）有限公司")["percent"] == 100.0


def test_second_subsidiary_described_by_where_it_is_registered() -> None:
    facts = facts_of("截至去年底，翠港控股旗下的子公司有翠港证券有限公司，以及在河内注册的全资子公司翠港信贷（越南）有限公司。")
    assert quals(facts, "翠港信贷（越南）有限公司", "SUBSIDIARY_OF", "翠港控股")["kind"] == "wholly_owned"


def test_child_with_a_former_name_bracket_is_a_wholly_owned_subsidiary() -> None:
    text = "橡川資產服務有限公司（原名柏景資產服務有限公司）現為橡川保險控股有限公司之全資附屬公司，負責集團的退休計劃行政工作。"
    facts = facts_of(text)
    assert quals(facts, "橡川資產服務有限公司", "SUBSIDIARY_OF", "橡川保險控股有限公司")["kind"] == "wholly_owned"


def test_sale_completed_to_a_buyer_of_all_issued_capital() -> None:
    facts = facts_of("鷗汀集團有限公司已於2023年11月30日完成向沐溪資本有限公司出售鷗汀保險代理有限公司全部股權，代價為二億港元。")
    q = quals(facts, "鷗汀集團有限公司", "SOLD_STAKE", "鷗汀保險代理有限公司")
    assert (q["percent"], q["date"], q["buyer"]) == (100.0, "2023-11-30", "沐溪資本有限公司")


def test_part_sold_to_a_foreign_buyer_and_the_rest_kept() -> None:
    facts = facts_of("2006年，杉澗集團把杉澗證券百分之四十股權出售予新加坡的甯灣銀行，集團則保留其餘百分之六十股權。")
    assert quals(facts, "杉澗集團", "SOLD_STAKE", "杉澗證券")["buyer"] == "甯灣銀行"
    assert quals(facts, "杉澗集團", "HOLDS_STAKE", "杉澗證券")["percent"] == 60.0


def test_person_holds_the_vehicle_wholly_owned_written_with_zhi() -> None:
    text = "董事會獲悉，本公司主席溫卓廷透過其全資擁有之柚嶺控股有限公司持有本公司約12.8%權益。"
    facts = facts_of(text, title="泓德控股有限公司公告")
    assert quals(facts, "溫卓廷", "HOLDS_STAKE", "柚嶺控股有限公司")["percent"] == 100.0


def test_own_word_after_a_copula_in_an_agenda_item_is_not_the_company_before_it() -> None:
    text = ("泓岳商業銀行股份有限公司\n第九屆第七次董事會議事錄\n"
            "時間：中華民國一一三年三月五日下午三時\n出席董事：梁文碩、蕭若甯\n主席：梁文碩董事長　記錄：鄒語彤\n"
            "討論事項\n第二案\n案由：泓岳證券股份有限公司擬發行新股，提請討論。\n一、發行新股六千萬股。\n二、本行擬全數認購。\n"
            "說明：泓岳證券股份有限公司為本行持股100%之子公司，認購後仍為全資持有。\n"
            "決議：照案通過。\n")
    facts = facts_of(text, title="泓岳銀行董事會議事錄")
    assert quals(facts, "泓岳證券股份有限公司", "SUBSIDIARY_OF", "泓岳商業銀行股份有限公司")["kind"] == "wholly_owned"


def test_company_becomes_a_wholly_held_subsidiary_when_its_parent_is_founded() -> None:
    facts = facts_of("嶸岱人壽創立於1962年，至2003年嶸岱金控設立時即成為其百分之百控股的子公司。")
    assert quals(facts, "嶸岱金控", "HOLDS_STAKE", "嶸岱人壽")["percent"] == 100.0


def test_its_holding_company_after_a_rename_is_the_renamed_companys_parent() -> None:
    text = "澔川按揭有限公司創立於1979年。澔川按揭於1997年獲授持牌銀行資格，並易名為澔川銀行有限公司，其控股公司為澔川國際控股有限公司。"
    facts = facts_of(text)
    assert quals(facts, "澔川按揭", "RENAMED_TO", "澔川銀行有限公司").get("date") == "1997"
    quals(facts, "澔川銀行有限公司", "SUBSIDIARY_OF", "澔川國際控股有限公司")
    assert not any("獲授" in f.subject.name or "获授" in f.subject.name for f in facts)
