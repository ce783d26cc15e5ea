"""Holdings and sales on sentences written for these tests (not gold text):
each construction of Chinese the stake rules read, and the near misses
they must refuse (a pending change, a planned sale)."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals, triples


def _stakes(text: str, **kw: str) -> dict[tuple[str, str], object]:
    return {(f.subject.name, f.object.name): f.qualifiers.get("percent")
            for f in facts_of(text, **kw) if str(f.predicate) == "HOLDS_STAKE"}


def test_share_in_brackets_after_the_holder() -> None:
    s = _stakes("东海银行的股东包括西山科技有限公司（持股20%）和北林集团（持股15%）。")
    assert s == {("西山科技有限公司", "东海银行"): 20.0, ("北林集团", "东海银行"): 15.0}


def test_bare_share_in_brackets_in_a_shareholder_list() -> None:
    s = _stakes("目前，东海银行的股东结构为北林集团（60%）、西山科技有限公司（40%）。")
    assert s == {("北林集团", "东海银行"): 60.0, ("西山科技有限公司", "东海银行"): 40.0}


def test_holder_after_its_share() -> None:
    s = _stakes("东海银行现有股东包括持股42%的北林集团、持股16%的南湖投资有限公司。")
    assert s == {("北林集团", "东海银行"): 42.0, ("南湖投资有限公司", "东海银行"): 16.0}


def test_pairs_after_a_structure_word() -> None:
    s = _stakes("此前，东海银行股权结构为北林集团35%、西山科技有限公司40%、南湖投资有限公司25%。")
    assert s == {("北林集团", "东海银行"): 35.0, ("西山科技有限公司", "东海银行"): 40.0, ("南湖投资有限公司", "东海银行"): 25.0}


def test_passive_holdings() -> None:
    assert _stakes("南湖消费金融有限公司由北林集团全资持股。") == {("北林集团", "南湖消费金融有限公司"): 100.0}
    assert _stakes("东海银行由北林集团和西山科技有限公司分别持股60%和40%。") == {
        ("北林集团", "东海银行"): 60.0, ("西山科技有限公司", "东海银行"): 40.0}
    assert _stakes("东海银行30%的股份为北林集团持有。") == {("北林集团", "东海银行"): 30.0}


def test_share_of_total_capital_after_a_number_of_shares() -> None:
    assert _stakes("北林集团持有东海银行1.2亿股，占东海银行总股本的12.5%。") == {("北林集团", "东海银行"): 12.5}


def test_completed_change_is_a_holding_and_a_pending_one_is_not() -> None:
    fs = facts_of("去年，北林集团在东海银行的持股比例由20%升至30%。")
    assert {f.qualifiers["percent"] for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {20.0, 30.0}
    assert not _stakes("北林集团在东海银行的持股比例将提升至45%。")


def test_qi_and_houzhe_refer_back() -> None:
    assert _stakes("北林集团是东海银行第一大股东，持有其25%的股份。") == {("北林集团", "东海银行"): 25.0}
    s = _stakes("此次股权转让方为北林集团，后者持有东海银行18%股权。")
    assert s == {("北林集团", "东海银行"): 18.0}


def test_holding_through_subsidiaries() -> None:
    s = _stakes("北林集团通过旗下西山科技有限公司持有东海银行8%的股份。")
    assert s == {("北林集团", "东海银行"): 8.0, ("西山科技有限公司", "东海银行"): 8.0}
    s = _stakes("北林集团透过西山科技有限公司及南湖投资有限公司间接持有东海银行约40%股权。")
    assert s == {("北林集团", "东海银行"): 40.0, ("西山科技有限公司", "东海银行"): None, ("南湖投资有限公司", "东海银行"): None}


def test_the_holding_through_a_channel_is_marked_indirect_and_the_direct_one_is_not() -> None:
    # a sentence written for this test: the parent's 20% is its channel's stake, its 5% its own
    fs = facts_of("北林集团直接持有东海银行5%，并通过北林资本间接持有东海银行20%。")
    assert "indirect" not in quals(fs, "北林集团", "HOLDS_STAKE", "东海银行", percent=5.0)
    assert quals(fs, "北林集团", "HOLDS_STAKE", "东海银行", percent=20.0)["indirect"] is True
    assert "indirect" not in quals(fs, "北林资本", "HOLDS_STAKE", "东海银行")


def test_subsidiary_named_with_its_parent_holds_for_both() -> None:
    s = _stakes("北林集团旗下子公司西山科技有限公司增持东海银行，持股比例增至6.5%。")
    assert s == {("西山科技有限公司", "东海银行"): 6.5, ("北林集团", "东海银行"): 6.5}


def test_each_holds_and_same_ratio() -> None:
    assert _stakes("北林集团和西山科技有限公司各占东海银行20%股份。") == {
        ("北林集团", "东海银行"): 20.0, ("西山科技有限公司", "东海银行"): 20.0}
    assert _stakes("东海银行的两大股东北林集团和西山科技有限公司持股比例相同，均为12.5%。") == {
        ("北林集团", "东海银行"): 12.5, ("西山科技有限公司", "东海银行"): 12.5}


def test_spaces_around_figures_do_not_matter() -> None:
    assert _stakes("北林集团持有东海银行 30% 的股份。") == {("北林集团", "东海银行"): 30.0}


def test_controlling_share() -> None:
    fs = facts_of("增资完成后，北林集团以67%的持股比例成为东海银行的控股股东。")
    q = quals(fs, "北林集团", "HOLDS_STAKE", "东海银行")
    assert q["percent"] == 67.0 and q["controlling"] is True


def test_a_share_that_rises_to_a_rank_among_holders_is_a_stake_without_control() -> None:
    # "A由此以X%的持股比例跃升为C第一大股东": the stake, the rank no word of control
    fs = facts_of("3月2日，双方完成股权过户，北林集团由此以21.5%的持股比例跃升为东海银行第一大股东。")
    q = quals(fs, "北林集团", "HOLDS_STAKE", "东海银行")
    assert q["percent"] == 21.5 and "controlling" not in q
    q = quals(facts_of("北林集团以12.3%的持股比例成为东海银行第二大股东。"), "北林集团", "HOLDS_STAKE", "东海银行")
    assert q["percent"] == 12.3 and "controlling" not in q


def test_relative_clause_investment() -> None:
    assert ("北林集团", "HOLDS_STAKE", "东海银行", None) in triples(facts_of("北林集团入股的东海银行近日更换了行长。"))


def test_sale_with_the_target_before_the_verb_takes_the_stated_holding() -> None:
    fs = facts_of("北林集团将其持有的东海银行全部股份转让给西山科技有限公司。此前，东海银行股权结构为北林集团35%、西山科技有限公司65%。")
    q = quals(fs, "北林集团", "SOLD_STAKE", "东海银行")
    assert (q["buyer"], q["percent"]) == ("西山科技有限公司", 35.0)
    fs = facts_of("北林集团将其于华夏银行的20%股权转让予西山科技有限公司。")
    assert quals(fs, "北林集团", "SOLD_STAKE", "华夏银行")["percent"] == 20.0


def test_sale_written_buyer_first() -> None:
    fs = facts_of("监管部门已批复同意西山科技有限公司受让北林集团持有的东海银行5亿股股份。")
    assert quals(fs, "北林集团", "SOLD_STAKE", "东海银行")["buyer"] == "西山科技有限公司"
    fs = facts_of("北林集团受让西山科技有限公司持有的东海银行10%股权，持股比例由20%升至30%。")
    assert quals(fs, "西山科技有限公司", "SOLD_STAKE", "东海银行")["percent"] == 10.0
    assert quals(fs, "北林集团", "HOLDS_STAKE", "东海银行", percent=30.0)


def test_planned_sales_are_not_sales() -> None:
    for text in ("西山科技有限公司拟受让北林集团持有的东海银行10%股权。",
                 "北林集团拟将所持东海银行股权无偿划转至西山科技有限公司。",
                 "北林集团计划以集中竞价方式减持东海银行不超过2%的股份。"):
        assert not triples(facts_of(text), "SOLD_STAKE"), text


def test_exits_and_completed_free_transfer_are_sales() -> None:
    fs = facts_of("2021年以来，北林集团陆续退出了东海银行、南湖投资有限公司。")
    assert {f.object.name for f in fs if str(f.predicate) == "SOLD_STAKE"} == {"东海银行", "南湖投资有限公司"}
    fs = facts_of("2019年底，北林集团将所持中信银行、南湖银行等股权无偿划转至西山科技有限公司。")
    assert {(f.object.name, f.qualifiers.get("buyer")) for f in fs if str(f.predicate) == "SOLD_STAKE"} == {
        ("中信银行", "西山科技有限公司"), ("南湖银行", "西山科技有限公司")}


def test_control_verbs_and_controller_titles() -> None:
    q = quals(facts_of("北林集团以直接和间接方式控股东海银行。"), "北林集团", "HOLDS_STAKE", "东海银行")
    assert q["controlling"] is True
    q = quals(facts_of("东海银行公告称，公司实际控制人为王建国。"), "王建国", "HOLDS_STAKE", "东海银行")
    assert q["controlling"] is True
    fs = facts_of("北林集团去年以20亿元拿下了东海银行的控股权。")
    assert quals(fs, "北林集团", "HOLDS_STAKE", "东海银行")["controlling"] is True
    assert not triples(facts_of("北林集团并不控股东海银行。"), "HOLDS_STAKE")


def test_rank_is_not_control() -> None:
    q = quals(facts_of("北林集团目前是东海银行第一大股东。"), "北林集团", "HOLDS_STAKE", "东海银行")
    assert "controlling" not in q


def test_lists_of_shareholders_and_investments() -> None:
    fs = facts_of("东海银行的股东包括北林集团、西山科技有限公司和南湖投资有限公司。")
    assert {f.subject.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"北林集团", "西山科技有限公司", "南湖投资有限公司"}
    fs = facts_of("北林集团先后投资了东海银行、南湖投资有限公司等。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"东海银行", "南湖投资有限公司"}
    fs = facts_of("北林集团旗下控股的公司包括东海银行、南湖投资有限公司等。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"东海银行", "南湖投资有限公司"}


def test_sale_of_a_company_outright_and_a_described_target() -> None:
    fs = facts_of("北林集团出售东海银行股权录得的投资收益为3亿元。")
    assert ("北林集团", "SOLD_STAKE", "东海银行", None) in triples(fs, "SOLD_STAKE")
    fs = facts_of("北林集团宣布将转让旗下消费金融公司30%股权。本次出售南湖消费金融有限公司股权，是为了聚焦主业。")
    assert quals(fs, "北林集团", "SOLD_STAKE", "南湖消费金融有限公司")["percent"] == 30.0


def test_respectively_list_makes_unknown_names_holders() -> None:
    s = _stakes("招股书显示，北林集团间接持股东海科技32.12%的股份，融焻和森荣则分别直接持股32.91%和16.07%。")
    assert s == {("北林集团", "东海科技"): 32.12, ("融焻", "东海科技"): 32.91, ("森荣", "东海科技"): 16.07}


def test_actual_controller_is_not_of_a_company_coordinated_with_it() -> None:
    fs = facts_of("东海科技公告称，董事长是公司与北林集团及实际控制人王建国沟通的渠道之一。")
    assert ("王建国", "HOLDS_STAKE", "北林集团", None) not in triples(fs, "HOLDS_STAKE")


def test_holder_in_the_clause_before_a_channel() -> None:
    s = _stakes("王海东先生虽已退出董事会，但通过其配偶控制的境外公司西山投资有限公司，仍持有东海科技9.5%的股份。")
    assert s == {("王海东", "东海科技"): 9.5, ("西山投资有限公司", "东海科技"): 9.5}
    assert _stakes("2021年的年报中，王海东先生虽仅持股东海科技11.8%。") == {("王海东", "东海科技"): 11.8}


def test_a_free_transfer_of_held_shares_states_the_holding() -> None:
    fs = facts_of("2019年底，北林集团将所持中信银行、南湖银行等股权无偿划转至西山科技有限公司。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "北林集团"} == {"中信银行", "南湖银行"}


def test_registered_transfer_is_a_sale() -> None:
    fs = facts_of("北林集团持有的东海银行20%股份已完成过户至西山科技有限公司名下。")
    q = quals(fs, "北林集团", "SOLD_STAKE", "东海银行")
    assert (q["buyer"], q["percent"]) == ("西山科技有限公司", 20.0)


def test_gai_with_a_descriptor_refers_to_the_company_it_introduced() -> None:
    fs = facts_of("北林集团旗下的消费金融公司青岚消金去年开业。北林集团占该消费金融公司35%股份，是其第一大股东。")
    assert quals(fs, "北林集团", "HOLDS_STAKE", "青岚消金")["percent"] == 35.0


def test_ratio_after_a_change_in_shares_held_at_a_company() -> None:
    fs = facts_of("3月5日，北林集团在东海银行持股数量减少1200万股，持股比例由9.8%降至8.1%。", date="2022-03-08")
    assert {f.qualifiers["percent"] for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {9.8, 8.1}


def test_list_before_shares_respectively_with_unknown_names_and_brackets() -> None:
    s = _stakes("在东海银行IPO之前，北林集团、西山科技有限公司、南湖金控的持股比例分别为21%、14%、9%。")
    assert s == {("北林集团", "东海银行"): 21.0, ("西山科技有限公司", "东海银行"): 14.0, ("南湖金控", "东海银行"): 9.0}
    s = _stakes("东海银行的股本中，北林集团占35%，西山投资有限公司（Xishan Investment）和北林科技有限公司（Beilin Tech Ltd）各占15%股份。")
    assert s == {("北林集团", "东海银行"): 35.0, ("西山投资有限公司", "东海银行"): 15.0, ("北林科技有限公司", "东海银行"): 15.0}


def test_respectively_after_a_comma() -> None:
    s = _stakes("东海集团通过旗下两家公司西山科技有限公司和北林科技有限公司，分别持股东海银行27.5%和18.3%。")
    assert s == {("西山科技有限公司", "东海银行"): 27.5, ("北林科技有限公司", "东海银行"): 18.3}


def test_a_change_after_the_deal_of_the_sentence_before() -> None:
    fs = facts_of("今年3月，南山银行再次增持北林金融租赁有限公司（下称“北林金租”）3000万股。增持完成后，持股比例由40.5%上升至46.8%。")
    assert quals(fs, "南山银行", "HOLDS_STAKE", "北林金融租赁有限公司", percent=46.8)


def test_a_sentence_with_no_deal_before_holds_nothing() -> None:
    fs = facts_of("南山银行发布年报。报告期后，持股比例由40.5%上升至46.8%。")
    assert not [f for f in fs if str(f.predicate) == "HOLDS_STAKE"]


def test_a_short_suffix_and_jituan_are_one_name() -> None:
    fs = facts_of("另外，南湖临港产城投资集团、南山电气有限公司分别持有北林金租6.25%、3.75%股权。")
    assert quals(fs, "南湖临港产城投资集团", "HOLDS_STAKE", "北林金租", percent=6.25)


def test_an_exit_from_a_list_with_names_we_do_not_know() -> None:
    fs = facts_of("2021年起，北林控股陆续退出了XYZ、南湖信托、远帆租赁，资金转投新能源。")
    sold = {f.object.name for f in fs if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "北林控股"}
    assert sold == {"XYZ", "南湖信托", "远帆租赁"}


def test_a_groups_finance_company_by_its_short_name_is_the_legal_one() -> None:
    text = ("南山消金设立时，股东包括持股70%的南山集团和持股30%的南山集团财务有限责任公司。"
            "2021年5月，南山集团受让了南山财务公司所持的30%股权，南山财务公司不再持股。")
    facts = facts_of(text)
    holders = {f.subject.name for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "南山消金"}
    sellers = {f.subject.name for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert len(sellers) == 1 and sellers <= holders  # one company under its legal and its short name


def test_a_bare_shareholder_list_belongs_to_the_sentences_subject() -> None:
    text = ("南山银行成立于2015年，官网显示，其是国务院批准的首批民营银行之一，注册资本30亿元，"
            "主要股东包括北林科技股份有限公司、天津北辰集团股份有限公司、东湖（天津）集团有限公司等民营企业。")
    s = _stakes(text)
    assert set(s) == {("北林科技股份有限公司", "南山银行"), ("天津北辰集团股份有限公司", "南山银行"), ("东湖（天津）集团有限公司", "南山银行")}
    # no subject of its own before the list: no guess
    assert not _stakes("与北林科技关系密切的南山银行近日披露年报，主要股东包括北辰集团等。")


def test_a_holding_told_as_it_was_before_a_restructuring_is_former() -> None:
    text = "在重组之前，北林集团一直持有南山消费金融100%的股权；重组完成后，东海集团持有南山消费金融65%的股份。"
    held = {(f.subject.name, f.qualifiers.get("percent")): f.qualifiers for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert held[("北林集团", 100.0)].get("former") is True
    assert "former" not in held[("东海集团", 65.0)]
    assert not any(q.get("former") for q in _stake_quals("北林集团持有南山消费金融100%的股权。"))


def _stake_quals(text: str) -> list[dict]:
    return [f.qualifiers for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"]


def _control(text: str, date: str = "2024-03-15") -> dict[tuple[str, str], dict]:
    """Controlling holdings by (holder, company), under every name each goes by."""
    return {(s, o): f.qualifiers for f in facts_of(text, date=date) if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")
            for s in (f.subject.name, *f.subject.aliases) for o in (f.object.name, *f.object.aliases)}


def test_control_that_ended_is_former_and_ends_on_the_sentences_date_else_the_articles() -> None:
    q = _control("公告称，董事长孙建平不再是蓝海银行股份有限公司的实际控制人。")[("孙建平", "蓝海银行股份有限公司")]
    assert (q.get("former"), q.get("end")) == (True, "2024-03-15")
    q = _control("2022年5月，蓝海银行股份有限公司的实际控制人不再是孙建平。")[("孙建平", "蓝海银行股份有限公司")]
    assert (q.get("former"), q.get("end")) == (True, "2022-05")


def test_a_changed_controller_ends_the_old_control_and_starts_the_new() -> None:
    c = _control("2023年6月，蓝海银行股份有限公司的实控人由董事长孙建平变更为总裁周海涛。")
    assert c[("孙建平", "蓝海银行股份有限公司")] == {"controlling": True, "former": True, "end": "2023-06"}
    assert c[("周海涛", "蓝海银行股份有限公司")] == {"controlling": True, "as_of": "2023-06", "changed": True}
    assert not any(q.get("former") for q in _control("孙建平是蓝海银行股份有限公司的实际控制人。").values())


def test_control_is_dated_by_its_sentence() -> None:
    assert _control("自2019年起，董事长孙建平成为蓝海银行股份有限公司的实际控制人。")[("孙建平", "蓝海银行股份有限公司")]["as_of"] == "2019"
    assert _control("2020年3月，蓝海银行股份有限公司的实际控制人为孙建平。")[("孙建平", "蓝海银行股份有限公司")]["as_of"] == "2020-03"
    assert "as_of" not in _control("蓝海银行股份有限公司的实际控制人为孙建平。")[("孙建平", "蓝海银行股份有限公司")]


def test_a_partnerships_general_partner_controls_it() -> None:
    text = ("星辰科技股份有限公司的控股股东为海风投资合伙企业（有限合伙），海风投资的执行事务合伙人为远山资本管理有限公司。"
            "董事长李建国为海风投资的普通合伙人。")
    c = _control(text)
    assert c[("海风投资合伙企业（有限合伙）", "星辰科技股份有限公司")] == {"controlling": True}
    assert c[("远山资本管理有限公司", "海风投资合伙企业（有限合伙）")] == {"controlling": True, "general_partner": True}
    assert c[("李建国", "海风投资合伙企业（有限合伙）")]["general_partner"] is True
    rel = _control("董事长刘建华通过其作为执行事务合伙人的晨曦投资合伙企业（有限合伙）实际控制晨曦银行股份有限公司。")
    assert rel[("刘建华", "晨曦投资合伙企业（有限合伙）")]["general_partner"] is True
    assert not any(q.get("general_partner") for q in _control("远山资本管理有限公司不是海风投资合伙企业（有限合伙）的普通合伙人。").values())


def test_control_that_ended_with_no_one_after_it() -> None:
    fs = facts_of("2024年3月，石桥银行控股股东、实际控制人由冯国梁变更为无控股股东、无实际控制人。")
    q = quals(fs, "冯国梁", "HOLDS_STAKE", "石桥银行")
    assert q["controlling"] is True and q["former"] is True and q["end"] == "2024-03"
    fs = facts_of("白塔银行的实际控制人由孔德明变更为无实际控制人。", date="2024-05-06")
    assert quals(fs, "孔德明", "HOLDS_STAKE", "白塔银行")["end"] == "2024-05-06"


def test_a_buyer_first_transfer_with_its_price_between() -> None:
    fs = facts_of("东海集团以5亿元受让北林投资持有的南山科技15%股权，交易已完成过户。")
    q = quals(fs, "北林投资", "SOLD_STAKE", "南山科技")
    assert (q["buyer"], q["percent"], q["amount"]) == ("东海集团", 15.0, 500000000)


def test_a_later_clause_calls_the_holder_the_controlling_shareholder() -> None:
    fs = facts_of("截至2023年末，东海集团持有南山科技35%股权，为公司控股股东。", title="南山科技股东")
    assert any(f.qualifiers.get("controlling") for f in fs if (f.subject.name, f.object.name) == ("东海集团", "南山科技"))
    fs = facts_of("北林投资持有南山科技12%股权，为公司第二大股东。", title="南山科技股东")
    assert not any(f.qualifiers.get("controlling") for f in fs)


def test_control_through_a_channel_is_the_controllers() -> None:
    fs = facts_of("陈志远通过北林投资间接控制南山科技。")
    assert quals(fs, "陈志远", "HOLDS_STAKE", "南山科技")["controlling"] is True
    assert quals(fs, "北林投资", "HOLDS_STAKE", "南山科技")["controlling"] is True
    assert {f.subject.name for f in facts_of("北林投资控制南山科技。")} == {"北林投资"}
    fs = facts_of("陈志远曾通过北林投资间接控制南山科技。")  # once: the control is a past one
    assert quals(fs, "陈志远", "HOLDS_STAKE", "南山科技").get("former") is True


def test_the_holding_left_after_a_reduction() -> None:
    fs = facts_of("东海集团减持南山科技5%股份后，持股比例降至20%。")
    assert quals(fs, "东海集团", "HOLDS_STAKE", "南山科技")["percent"] == 20.0
    assert not [f for f in facts_of("东海集团拟减持南山科技5%股份，届时持股比例将降至20%。") if str(f.predicate) == "HOLDS_STAKE"]


def test_holdings_listed_as_projects_or_a_portfolio() -> None:
    fs = facts_of("东海资本投资的项目包括北林科技、南山支付和西湖数据。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"北林科技", "南山支付", "西湖数据"}
    fs = facts_of("东海资本的投资组合包括北林科技和南山支付。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"北林科技", "南山支付"}
    # a project list of sectors names no company
    assert not facts_of("东海资本投资的项目包括新能源和人工智能领域。")


def test_a_verb_of_dealing_is_not_the_start_of_the_name_after_it() -> None:
    fs = facts_of("东海资本已投资北林科技、南山支付。")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"北林科技", "南山支付"}


def test_several_adverbs_before_the_verb_of_holding() -> None:
    fs = facts_of("西岭银行董事长韩立中表示看好市场。韩立中虽然仅持有西岭银行9.5%的股权，但仍有话语权。")
    assert quals(fs, "韩立中", "HOLDS_STAKE", "西岭银行")["percent"] == 9.5
    fs = facts_of("南湖集团目前仍只持有西岭银行8%股权。")
    assert quals(fs, "南湖集团", "HOLDS_STAKE", "西岭银行")["percent"] == 8.0


def test_a_place_named_holder_before_the_verb_to_have_is_not_part_of_the_name() -> None:
    fs = facts_of("东海集团拥有南岭数据服务有限公司33.3%股权。")
    assert quals(fs, "东海集团", "HOLDS_STAKE", "南岭数据服务有限公司")["percent"] == 33.3


def test_an_interest_in_the_share_capital_of_the_company_in_focus() -> None:
    fs = facts_of("西岭银行董事长韩立中表示看好市场。西岭银行成立于2010年。韩立中在股本总额中拥有约18.2%权益。")
    assert quals(fs, "韩立中", "HOLDS_STAKE", "西岭银行")["percent"] == 18.2


def test_a_share_of_a_person_described_by_posts_at_two_companies() -> None:
    fs = facts_of("西岭银行发布年报。南湖集团董事长兼CEO、西岭银行董事会主席韩立中仅持股9.5%，但拥有较大话语权。")
    st = {(f.subject.name, f.object.name): f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert st == {("韩立中", "西岭银行"): 9.5}


def test_control_written_in_the_passive() -> None:
    fs = facts_of("西岭银行董事长韩立中表示看好市场。南湖资本由韩立中控制。")
    assert quals(fs, "韩立中", "HOLDS_STAKE", "南湖资本")["controlling"] is True
    fs = facts_of("西岭银行董事长韩立中表示看好市场。南湖资本及东山投资由韩立中最终控制。")
    assert quals(fs, "韩立中", "HOLDS_STAKE", "东山投资")["controlling"] is True
    fs = facts_of("西岭银行董事长韩立中表示看好市场。由韩立中实际控制的南湖资本持有西岭银行5%股份。")
    assert quals(fs, "韩立中", "HOLDS_STAKE", "南湖资本")["controlling"] is True
    fs = facts_of("西岭银行董事长韩立中表示看好市场。南湖资本不受韩立中控制。")
    assert not [f for f in fs if str(f.predicate) == "HOLDS_STAKE"]


def test_a_shareholder_in_apposition_after_a_preposition() -> None:
    fs = facts_of("南湖科技要更加独立于股东东海集团。")
    assert ("东海集团", "南湖科技") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_STAKE"}


def test_a_holding_ratio_written_without_a_verb() -> None:
    # a sentence written for this test: "持股比例25%" after the clause that bought in
    fs = facts_of("北林集团于2019年6月入股白杨银行，持股比例25%，成为第一大股东。")
    assert quals(fs, "北林集团", "HOLDS_STAKE", "白杨银行", percent=25.0)["as_of"] == "2019-06"


def test_holding_control_told_in_the_passive_with_konggu() -> None:
    # sentences written for this test: 控股 at the end of "由A控股" is the verb, not the end of A's name
    for text in ("南江资本由北林集团控股。", "南江资本由北林集团控股，注册资本5亿元。"):
        assert quals(facts_of(text), "北林集团", "HOLDS_STAKE", "南江资本")["controlling"] is True, text


def test_a_citys_own_state_assets_commission_is_not_the_state_councils() -> None:
    # a sentence written for this test: a place before 国资委 names the local commission
    assert pairs("北京市国资委持有北林集团100%股权。", "HOLDS_STAKE") == {("北京市国资委", "北林集团")}
    # …after a verb glued to the place ("变更为绍兴市国资委"), and with 人民政府 between the city and the commission
    assert pairs("北林信托的实际控制人变更为绍兴市国资委。", "HOLDS_STAKE") == {("绍兴市国资委", "北林信托")}
    assert pairs("北林信托的实际控制人为绍兴市国资委。", "HOLDS_STAKE") == {("绍兴市国资委", "北林信托")}
    assert pairs("北林信托实际控制人变更为丽水市人民政府国有资产监督管理委员会，其余股东名单不变。", "HOLDS_STAKE") == {
        ("丽水市人民政府国有资产监督管理委员会", "北林信托")}


def test_holding_quantity_and_a_ratio_of_a_company_after_dui() -> None:
    # sentences written for this test: 持股量 is a holding ratio; "对C的持股比例" makes C the company held, not a holder
    fs = facts_of("东海人寿成立于2010年。鸿运集团对东海人寿的持股量由36.2%增至38.05%。")
    assert {quals(fs, "鸿运集团", "HOLDS_STAKE", "东海人寿", percent=p)["percent"] for p in (36.2, 38.05)} == {36.2, 38.05}
    assert _stakes("鸿运集团对东海人寿的持股比例约为12%。") == {("鸿运集团", "东海人寿"): 12.0}


def test_shareholders_named_then_their_shares_in_the_next_clause() -> None:
    # sentences written for this test: "股东为A、B，分别持股…" pairs the list with the figures (no figureless holdings)
    assert _stakes("东海人寿的股东为鸿运集团、蓝鲸投资，分别持股30%、20%。") == {
        ("鸿运集团", "东海人寿"): 30.0, ("蓝鲸投资", "东海人寿"): 20.0}
    assert _stakes("东海人寿的股东包括鸿运集团和蓝鲸投资，两者各持股50%。") == {
        ("鸿运集团", "东海人寿"): 50.0, ("蓝鲸投资", "东海人寿"): 50.0}


def _sales(text: str) -> set[tuple[str, str, object, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}


def test_shares_transferred_to_a_buyer_with_le() -> None:
    # sentences written for this test: 转给了 / 转让给了 name the buyer like 转让给
    for text in ("鸿运集团将所持北林科技10%股权转给了蓝鲸投资，已完成过户。", "鸿运集团将所持北林科技10%股权转让给了蓝鲸投资。"):
        assert _sales(text) == {("鸿运集团", "北林科技", "蓝鲸投资", 10.0)}, text
    assert not _sales("鸿运集团拟将所持北林科技10%股权转给蓝鲸投资。")


def test_a_buyer_takes_shares_stated_as_a_share_of_the_capital() -> None:
    # a sentence written for this test: the share follows the amount of registered capital
    assert _sales("银保监局同意蓝鲸投资受让鸿运集团持有的北林科技2亿元股权，占注册资本的20%。") == {
        ("鸿运集团", "北林科技", "蓝鲸投资", 20.0)}


def test_a_completed_purchase_names_its_sellers_with_their_shares() -> None:
    # sentences written for this test: each counterparty sold its bracketed share to the buyer
    text = "北林科技已完成收购南湖科技100%股权，交易对手方为鸿运集团（持股70%）及蓝鲸投资（持股30%）。"
    assert _sales(text) == {("鸿运集团", "南湖科技", "北林科技", 70.0), ("蓝鲸投资", "南湖科技", "北林科技", 30.0)}
    assert quals(facts_of(text), "鸿运集团", "HOLDS_STAKE", "南湖科技")["percent"] == 70.0
    assert _sales("北林科技已完成收购南湖科技100%股权，交易对手方为鸿运集团。") == {("鸿运集团", "南湖科技", "北林科技", 100.0)}
    planned = "北林科技拟收购南湖科技100%股权，交易对手方为鸿运集团（持股70%）及蓝鲸投资（持股30%）。"
    assert not _sales(planned)
    assert _stakes(planned) == {("鸿运集团", "南湖科技"): 70.0, ("蓝鲸投资", "南湖科技"): 30.0}


def test_a_holding_through_a_long_described_channel() -> None:
    # sentences written for this test: a Latin channel name counts as one word, and a channel may be described at length
    s = _stakes("鸿运集团通过全资附属公司EastSeaMobility共同拥有北林科技约35%的股份。")
    assert s == {("鸿运集团", "北林科技"): 35.0, ("EastSeaMobility", "北林科技"): 35.0}
    s = _stakes("鸿运集团通过其于2018年在开曼群岛注册成立的全资附属公司东海国际控股有限公司持有北林科技35%的股份。")
    assert s == {("鸿运集团", "北林科技"): 35.0, ("东海国际控股有限公司", "北林科技"): 35.0}


def test_control_and_its_figure_in_one_sentence_are_one_holding() -> None:
    # sentences written for this test: the control goes into the figure stated with it
    for text in ("东海人寿的控股股东为鸿运集团，持股比例为30%。", "东海人寿的控股股东为鸿运集团，持有东海人寿51%的股份。"):
        held = [f.qualifiers for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"]
        assert len(held) == 1 and held[0]["controlling"] is True and held[0]["percent"] in (30.0, 51.0), text


def test_control_by_a_person_no_list_knows() -> None:
    # sentences written for this test: "C由P实际控制" makes a plain name read as a person's the controller
    assert quals(facts_of("南江资本由周明远实际控制。"), "周明远", "HOLDS_STAKE", "南江资本")["controlling"] is True
    assert not _stakes("南江资本由市场实际控制。")


def test_the_controller_described_by_a_post_before_the_name() -> None:
    # sentences written for this test: "C的实际控制人为其董事长P"
    for text in ("北林科技的实际控制人为其董事长周明远。", "北林科技实际控制人为公司董事长周明远先生。"):
        assert quals(facts_of(text), "周明远", "HOLDS_STAKE", "北林科技")["controlling"] is True, text


def test_a_sale_to_a_buyer_named_before_the_verb_and_a_purchase_from_the_seller() -> None:
    # sentences written for this test: "A向B协议转让其所持C", "B向A收购其持有的C"
    q = quals(facts_of("北林集团向东海投资协议转让其所持南山科技9.8%股份。"), "北林集团", "SOLD_STAKE", "南山科技")
    assert q["buyer"] == "东海投资" and q["percent"] == 9.8
    q = quals(facts_of("东海投资以6.8亿元向北林集团收购其持有的南山支付100%股权。"), "北林集团", "SOLD_STAKE", "南山支付")
    assert q["buyer"] == "东海投资" and q["percent"] == 100.0
    assert not [f for f in facts_of("东海投资拟向北林集团收购其持有的南山支付100%股权。") if str(f.predicate) == "SOLD_STAKE"]


def test_a_holder_with_its_parties_and_a_ratio_written_bilu() -> None:
    # sentences written for this test: "A及其一致行动人合计持有" is A's holding; Taiwan writes 持股比率
    assert quals(facts_of("北林集团及其一致行动人合计持有南山银行18.42%的股份。"), "北林集团", "HOLDS_STAKE", "南山银行")["percent"] == 18.42
    assert quals(facts_of("北林集团对南山银行的持股比率为51%。"), "北林集团", "HOLDS_STAKE", "南山银行")["percent"] == 51.0


def test_a_holder_with_its_parties_acting_in_concert() -> None:
    # sentences written for this test: the holder of "A及其一致行动人合计持有" is A even when A is a name no list
    # knows; "A与其一致行动人B合计持股" is A's holding too (the sum is A's with its parties), not B's
    s = _stakes("顾青山及其一致行动人合计持有北林银行7.3%股份。")
    assert s == {("顾青山", "北林银行"): 7.3}
    s = _stakes("北林银行公告，周明远与其一致行动人陈卫东合计持股8.6%。")
    assert s == {("周明远", "北林银行"): 8.6}
    s = _stakes("东岳科技及其一致行动人南溪资本合计持有北林银行15.2%的股份。")
    assert s == {("东岳科技", "北林银行"): 15.2}


def test_hong_kong_and_taiwan_wordings_of_a_share() -> None:
    # sentences written for this test: "A於C擁有45%權益" (C is the company, not a holder); "A持有C股權比例為60%"
    assert _stakes("南溪集團於北林銀行擁有45%權益。") == {("南溪集團", "北林銀行"): 45.0}
    assert _stakes("东华金控持有北林人寿股權比例為60%。") == {("东华金控", "北林人寿"): 60.0}
    assert _stakes("东华金控持股北林人寿比例为60%。") == {("东华金控", "北林人寿"): 60.0}


def _controllers(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text)
            if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}


def test_a_controller_introduced_by_a_post_or_next_to_the_controlling_shareholder() -> None:
    # sentences written for this test: the actual controller named beside the company's controlling shareholder
    # controls the company, not that shareholder; one described by posts ("A董事长P", "其创始人P") is the person
    assert _controllers("北林科技的控股股东为南溪集团，实际控制人为周明远。") == {
        ("南溪集团", "北林科技"), ("周明远", "北林科技")}
    assert _controllers("北林科技的实际控制人为南溪集团董事长周明远。") == {("周明远", "北林科技")}
    assert _controllers("北林科技的控股股东为南溪集团，实际控制人为南溪集团董事长周明远。") == {
        ("南溪集团", "北林科技"), ("周明远", "北林科技")}
    assert _controllers("北林科技的实际控制人是该公司创始人、董事长周明远。") == {("周明远", "北林科技")}


def test_holdings_told_before_and_after_a_change() -> None:
    # sentences written for this test: the holding before the change is a past one that ended on the change's
    # date; the one after it holds from that date; a control told with the former figure stays one holding
    fs = facts_of("2023年6月9日，北林科技完成股东变更。本次变更前，南溪集团持有北林科技51%股权，为其控股股东；"
                  "变更后，东岳控股持有北林科技51%股权，南溪集团不再持有北林科技股权。")
    old = [f.qualifiers for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "南溪集团"]
    assert old == [{"percent": 51.0, "controlling": True, "former": True, "end": "2023-06-09"}]
    new = quals(fs, "东岳控股", "HOLDS_STAKE", "北林科技")
    assert new["percent"] == 51.0 and new["as_of"] == "2023-06-09" and not new.get("former")
    q = quals(facts_of("北林科技于2023年6月9日完成工商变更，变更前，南溪集团持有其51%股权，变更后，东岳控股持有其51%股权。"),
              "南溪集团", "HOLDS_STAKE", "北林科技")
    assert q["former"] is True and q["end"] == "2023-06-09"


def test_a_controller_named_only_by_being_controlled_by() -> None:
    # sentence written for this test: "由P最终控制的C" names a person the article introduces nowhere else
    assert quals(facts_of("由顾青山最终控制的南溪资本持有北林科技30%股份。"), "顾青山", "HOLDS_STAKE", "南溪资本")["controlling"] is True


def test_a_holding_through_a_subsidiary_told_of_its_holder_by_qi() -> None:
    # sentence written for this test: 其 is the shareholder just named; the subsidiary holds the stake too
    s = _stakes("北林银行的第一大股东为南溪控股，其通过全资子公司南溪资本持有北林银行30%股份。")
    assert s == {("南溪控股", "北林银行"): 30.0, ("南溪资本", "北林银行"): 30.0}


def test_taiwan_and_hong_kong_ratios_and_held_subsidiaries() -> None:
    # sentences written for this test: 之 for 的, 於 before the company, 現時 before 於, "X%持股之子公司"
    assert _stakes("南溪集團持有北林銀行之股權比例為20%。") == {("南溪集團", "北林銀行"): 20.0}
    assert _stakes("南溪集團於北林銀行之持股比率為18%。") == {("南溪集團", "北林銀行"): 18.0}
    assert _stakes("南溪集團現時於北林銀行已發行股份中擁有約29.9%權益。") == {("南溪集團", "北林銀行"): 29.9}
    fs = facts_of("東華金控100%持股之子公司北林銀行今年獲利創新高。")
    assert quals(fs, "東華金控", "HOLDS_STAKE", "北林銀行")["percent"] == 100.0
    assert quals(fs, "北林銀行", "SUBSIDIARY_OF", "東華金控")["kind"] == "wholly_owned"
    fs = facts_of("东华金控持股60%的子公司北林证券今年获利增长。")
    assert quals(fs, "东华金控", "HOLDS_STAKE", "北林证券")["percent"] == 60.0
    assert quals(fs, "北林证券", "SUBSIDIARY_OF", "东华金控")["kind"] == "subsidiary"


def test_sales_told_by_a_clause_after_the_seller_and_a_finished_purchase() -> None:
    # sentences written for this test: "S与B签署协议，将其持有的T 20%股权转让给B" (the seller heads the clause before);
    # "B已完成收购S所持T 20%股权" (a purchase done); the date the deal was done on, told after it
    q = quals(facts_of("南溪集团与东岳控股签署协议，将其持有的北林银行20%股权转让给东岳控股，交易已于2023年5月完成。"),
              "南溪集团", "SOLD_STAKE", "北林银行")
    assert q["buyer"] == "东岳控股" and q["percent"] == 20.0 and q["date"] == "2023-05"
    q = quals(facts_of("东岳控股已完成收购南溪集团所持北林银行20%股权。"), "南溪集团", "SOLD_STAKE", "北林银行")
    assert q["buyer"] == "东岳控股" and q["percent"] == 20.0
    assert not [f for f in facts_of("东岳控股拟收购南溪集团所持北林银行20%股权。") if str(f.predicate) == "SOLD_STAKE"]
    # "B已完成收购T 51%股权" names no seller: T sold nothing
    assert not [f for f in facts_of("南溪集团的附属公司北林资本已完成收购东岳科技51%股权。")
                if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "东岳科技"]


def test_direct_and_indirect_holdings_and_the_companies_a_holder_controls() -> None:
    # sentences written for this test: "，并通过其控制的B间接持有C 20%" is the clause subject's 20% (B's too), not its
    # direct 5%; "P及其控制的B合计持有" is P's holding (the sum is P's with what P controls)
    s = _stakes("周明远直接持有北林银行5%股份，并通过其控制的南溪投资间接持有北林银行20%股份，合计控制北林银行25%股份。")
    assert s.get(("南溪投资", "北林银行")) == 20.0
    assert {f.qualifiers.get("percent") for f in facts_of("周明远直接持有北林银行5%股份，并通过其控制的南溪投资间接持有北林银行20%股份。")
            if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "周明远"} == {5.0, 20.0}
    assert _stakes("周明远及其控制的南溪投资合计持有北林银行25%股份。") == {("周明远", "北林银行"): 25.0}


def test_a_holder_with_the_companies_it_controls_written_with_suo() -> None:
    # a sentence written for this test: "P及其所控制的B合计持有" is P's holding, as without 所
    assert _stakes("周明远及其所控制的南溪投资合计持有北林银行25%股份。") == {("周明远", "北林银行"): 25.0}


def test_a_holder_described_in_brackets_and_a_subsidiary_told_so() -> None:
    # sentences written for this test: what the holder is, in brackets between it and its verb; "B为其全资子公司"
    fs = facts_of("北林資本（南溪集團之全資附屬公司）持有東岳科技51%股權。")
    assert quals(fs, "北林資本", "HOLDS_STAKE", "東岳科技")["percent"] == 51.0
    assert quals(fs, "北林資本", "SUBSIDIARY_OF", "南溪集團")["kind"] == "wholly_owned"
    s = _stakes("南溪控股有限公司（「南溪控股」）透過其全資附屬公司Nanxi Capital Limited間接持有北林銀行約29.9%已發行股份。")
    assert s == {("南溪控股有限公司", "北林銀行"): 29.9, ("Nanxi Capital Limited", "北林銀行"): 29.9}
    fs = facts_of("南溪集团持有北林资本100%股权，北林资本为其全资子公司。")
    assert quals(fs, "北林资本", "SUBSIDIARY_OF", "南溪集团")["kind"] == "wholly_owned"


def test_figures_of_a_list_of_shareholders_told_with_fenbie() -> None:
    # sentence written for this test: "股东分别为A、B和C，持股比例分别为…" pairs the list with its figures
    s = _stakes("北林银行前三大股东分别为南溪集团、东岳控股和西山投资，持股比例分别为20%、15%和10%。")
    assert s == {("南溪集团", "北林银行"): 20.0, ("东岳控股", "北林银行"): 15.0, ("西山投资", "北林银行"): 10.0}


def test_holdings_after_a_deal_a_new_controller_and_a_sole_shareholder() -> None:
    # sentences written for this test
    s = _stakes("南溪集团通过二级市场减持北林银行2%股份，减持后持股比例降至5%。")
    assert s == {("南溪集团", "北林银行"): 5.0}  # the 2% sold is no holding
    assert _stakes("东岳控股以5亿元认购北林银行新增注册资本，认购完成后持有北林银行20%股权。") == {("东岳控股", "北林银行"): 20.0}
    q = quals(facts_of("东岳控股成为北林银行新的控股股东，持股比例为51%。"), "东岳控股", "HOLDS_STAKE", "北林银行")
    assert q["percent"] == 51.0 and q["controlling"] is True
    q = quals(facts_of("东岳控股入主北林银行，持股51%。"), "东岳控股", "HOLDS_STAKE", "北林银行")
    assert q["percent"] == 51.0 and q["controlling"] is True
    q = quals(facts_of("北林银行的唯一股东为南溪集团。"), "南溪集团", "HOLDS_STAKE", "北林银行")
    assert q["percent"] == 100.0 and q["controlling"] is True
    assert _controllers("北林银行控股股东变更为东岳控股，实际控制人变更为周明远。") == {("东岳控股", "北林银行"), ("周明远", "北林银行")}


def test_a_subsidiary_told_with_its_parents_share() -> None:
    # sentences written for this test: "B为A 100%控股的子公司" (wholly owned), "B为A持股60%的子公司"
    fs = facts_of("北林银行为南溪集团100%控股的子公司。")
    assert quals(fs, "南溪集团", "HOLDS_STAKE", "北林银行")["percent"] == 100.0
    assert quals(fs, "北林银行", "SUBSIDIARY_OF", "南溪集团")["kind"] == "wholly_owned"
    assert _stakes("北林银行为南溪集团持股60%的子公司。") == {("南溪集团", "北林银行"): 60.0}


def test_hong_kong_beneficial_ownership_and_a_purchase_of_all_issued_shares() -> None:
    # sentences written for this test: 實益擁有; "分別由A及B擁有51%及49%權益"; "向S收購T全部已發行股本" (the whole of T)
    assert _stakes("南溪集團實益擁有北林銀行約35.2%的已發行股份。") == {("南溪集團", "北林銀行"): 35.2}
    assert _stakes("北林銀行分別由南溪集團及東岳控股擁有51%及49%權益。") == {("南溪集團", "北林銀行"): 51.0, ("東岳控股", "北林銀行"): 49.0}
    q = quals(facts_of("東岳控股已向南溪集團收購北林銀行全部已發行股本，代價為5億港元。"), "南溪集團", "SOLD_STAKE", "北林銀行")
    assert q["buyer"] == "東岳控股" and q["percent"] == 100.0 and q["currency"] == "HKD"


def _sale_dates(text: str) -> set[tuple[str, str, object, object, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
            for f in facts_of(text, date="2024-09-01") if str(f.predicate) == "SOLD_STAKE"}


def test_a_sale_between_parties_with_short_names_in_brackets() -> None:
    # sentences written for this test: each party's short name defined in brackets, 所持 right before the target's legal
    # name, and the day of the transfer in the sentence that follows ("相关股份已于D完成过户")
    text = ("近日，监管局批复同意南岭资产管理有限公司（下称“南岭资产”）受让东川置业集团有限公司（下称“东川置业”）"
            "所持北林农商银行股份有限公司（下称“北林农商银行”）7.5%股份。北林农商银行5月20日公告称，相关股份已于5月16日完成过户。")
    assert _sale_dates(text) == {("东川置业集团有限公司", "北林农商银行", "南岭资产管理有限公司", 7.5, "2024-05-16")}
    text = "东川创投将所持西岭支付有限公司（下称“西岭支付”）12%股份全部转让给南岭控股有限公司，相关工商变更已于8月18日完成。"
    assert _sale_dates(text) == {("东川创投", "西岭支付有限公司", "南岭控股有限公司", 12.0, "2024-08-18")}


def test_a_sale_of_a_number_of_shares_with_its_share_in_brackets() -> None:
    # a sentence written for this test: "X亿股股份（占总股本的25%）", dated by "本次股权转让已于D完成工商变更登记" after it
    text = ("经监管部门批复同意，公司股东东川投资集团有限公司将其持有的北林财险10亿股股份（占总股本的25%）转让给南岭实业控股有限公司。"
            "该笔股权转让已于2024年2月27日办妥工商变更登记。")
    assert _sale_dates(text) == {("东川投资集团有限公司", "北林财险", "南岭实业控股有限公司", 25.0, "2024-02-27")}


def test_shares_sold_on_the_market_with_the_share_sold() -> None:
    # sentences written for this test: 通过集中竞价方式 between the seller and 减持, the share sold after 股份,
    # a span of days within one month dating the sale by its month
    text = "南岭保险8月23日公告，股东东川集团于8月12日至20日以集中竞价方式减持公司股份1.2%。"
    assert _sale_dates(text) == {("东川集团", "南岭保险", None, 1.2, "2024-08")}
    text = "南岭证券披露，副总裁周明远于11月6日减持所持公司股份0.08%。"
    assert _sale_dates(text) == {("周明远", "南岭证券", None, 0.08, "2024-11-06")}


def test_a_whole_company_bought_from_counterparties_named_after_the_deal() -> None:
    # sentences written for this test: the purchase told as a noun ("收购T 100%股权的交易已完成过户登记"), the sellers in
    # the clause after it (the target's former shareholder, a natural person), their shares in a later sentence
    text = ("10月29日晚间，南岭科技股份有限公司（简称“南岭科技”）公告称，公司以3.5亿元现金收购西岭支付服务有限公司"
            "（简称“西岭支付”）100%股权的交易已完成过户登记，交易对方为西岭支付原股东东川投资有限公司和自然人周明远，两方均已收到款项。"
            "按照早前公布的方案，东川投资持有西岭支付60%股权，周明远持有40%股权。")
    assert _sale_dates(text) == {("东川投资有限公司", "西岭支付", "南岭科技股份有限公司", 60.0, "2024-10-29"),
                                 ("周明远", "西岭支付", "南岭科技股份有限公司", 40.0, "2024-10-29")}
    fs = facts_of(text, date="2024-10-30")
    assert quals(fs, "南岭科技", "HOLDS_STAKE", "西岭支付", percent=100.0)["as_of"] == "2024-10-29"


def test_a_completed_purchase_dated_before_the_verb() -> None:
    # a sentence written for this test: "已于D完成收购T 100%股权", one counterparty after it
    text = "南岭科技已于2024年10月29日完成收购西岭支付100%股权，交易对方为东川实业有限公司。"
    assert _sale_dates(text) == {("东川实业有限公司", "西岭支付", "南岭科技", 100.0, "2024-10-29")}


def test_the_holding_after_a_completed_transfer_is_of_the_company_sold() -> None:
    # sentences written for this test: "转让/交割完成后，B持股X%" after a transfer told in the sentence before; 将 there is
    # 把 (no plan), and "已于D完成" says the deal is done
    text = ("东川创投将所持西岭支付有限公司（下称“西岭支付”）12%股份全部转让给南岭控股有限公司，相关工商变更已于11月18日完成。"
            "转让完成后，南岭控股持股比例升至61%。")
    # (南岭控股 is a short form of 南岭控股有限公司: one company, under its legal name)
    assert quals(facts_of(text), "南岭控股", "HOLDS_STAKE", "西岭支付有限公司", percent=61.0)
    text = ("德川资本向南岭国投有限公司转让所持西岭消费金融有限公司25%股权一事已于12月17日完成交割。"
            "交割完成后，南岭国投有限公司持股45%，成为西岭消费金融第一大股东。")
    assert _stakes(text)[("南岭国投有限公司", "西岭消费金融有限公司")] == 45.0


def test_a_regulators_consent_is_no_part_of_the_buyers_name() -> None:
    # a sentence written for this test: "监管局批复同意" right before the buyer's legal name
    text = ("近日，国家金融监督管理总局湖北监管局批复同意湖北北林资产管理有限公司受让东川置业集团有限公司所持西岭银行股份有限公司6.5%股份。"
            "西岭银行6月12日披露，上述股份已于6月7日完成过户。")
    assert _sale_dates(text) == {("东川置业集团有限公司", "西岭银行股份有限公司", "湖北北林资产管理有限公司", 6.5, "2024-06-07")}
    # shares sold on the market without a share of the company stated: no stake sold that the text measures
    assert not _sale_dates("2023年3月1日至2023年4月20日期间，东川创投以大宗交易方式减持公司股份518万股。")


def test_a_holder_named_with_a_short_name_in_brackets_before_its_share() -> None:
    # sentences written for this test: "第一大股东为A（下称“A”），持股X%" — the clause after the bracket is A's
    s = _stakes("东湖银行第一大股东为北林资本管理有限公司（下称“北林资本”），持股8.2%。")
    assert s == {("北林资本管理有限公司", "东湖银行"): 8.2}
    text = ("南岭投资对东湖银行的持股比例由原来的3.4%增至8.2%，跃居该行第二大股东。"
            "东湖银行第一大股东为北林资本管理有限公司（下称“北林资本”），持股15.3%。")
    s = _stakes(text)
    assert s[("北林资本管理有限公司", "东湖银行")] == 15.3 and ("东湖银行", "南岭投资") not in s


def test_a_ratio_changed_from_an_earlier_figure() -> None:
    # sentences written for this test: "持股比例从X增至Y", "由此前的X提升至Y": the end state, dated by the change
    fs = facts_of("2024年3月，北林资本在东湖银行的持股比例从3.5%增至7.2%。")
    assert quals(fs, "北林资本", "HOLDS_STAKE", "东湖银行", percent=7.2)["as_of"] == "2024-03"
    fs = facts_of("2023年7月，北林资本对东湖银行的持股比例由此前的3.4%提升至8.2%。")
    assert quals(fs, "北林资本", "HOLDS_STAKE", "东湖银行", percent=8.2)["as_of"] == "2023-07"


def test_a_purchase_told_from_the_buyer_with_the_seller_after_from() -> None:
    # sentences written for this test: "B完成从S受让T股权" (S sold, B bought), "，自S取得T 100%股权" with the buyer
    # the subject of the clause before; a completed purchase of the whole company is the buyer's 100%
    text = ("同年12月，南岭科技集团股份有限公司（以下简称“南岭科技”，688999.SH）完成从上海北林实业有限公司"
            "（以下简称“北林实业”）受让青川支付有限公司100%股权的交割，交易对价为3.2亿元。")
    assert _sale_dates(text) == {("上海北林实业有限公司", "青川支付有限公司", "南岭科技集团股份有限公司", 100.0, None)}
    assert not any(f.subject.name == "青川支付有限公司" for f in facts_of(text))
    text = "南嶺金融控股股份有限公司於2023年6月以現金收購方式，自東湖集團有限公司取得青川商業銀行100%股權。"
    assert _sale_dates(text) == {("東湖集團有限公司", "青川商業銀行", "南嶺金融控股股份有限公司", 100.0, "2023-06")}
    assert quals(facts_of(text), "南嶺金融控股股份有限公司", "HOLDS_STAKE", "青川商業銀行", percent=100.0)["as_of"] == "2023-06"
    assert _stakes("南嶺控股有限公司已取得青川支付有限公司100%股權。") == {("南嶺控股有限公司", "青川支付有限公司"): 100.0}


def test_shares_won_at_a_judicial_auction() -> None:
    # sentences written for this test: "B通过司法拍卖竞得S所持T X%股份" — S sold, B no holder through S; a bid hoped for is no sale
    text = "2023年11月，南岭投资集团有限公司通过司法拍卖竞得北林资本管理有限公司所持东湖银行5%股份，已完成过户。"
    assert _sale_dates(text) == {("北林资本管理有限公司", "东湖银行", "南岭投资集团有限公司", 5.0, "2023-11")}
    assert _stakes(text) == {("北林资本管理有限公司", "东湖银行"): 5.0}
    assert not _sale_dates("南岭投资拟参与竞拍，有望竞得北林集团有限公司所持青川消费金融有限公司8%股权。")


def test_a_holding_through_a_wholly_owned_company_names_no_company_wholly() -> None:
    # sentences written for this test (Traditional): "P透過其全資擁有的B（下稱「B」）持有公司X%" — 全資 is no channel;
    # B holds the share and P holds B whole
    text = ("南嶺保險經紀控股有限公司今日起招股。招股書顯示，南嶺保險經紀控股有限公司由陳家豪於2005年創辦，陳家豪現任公司主席。"
            "招股前，陳家豪透過其全資擁有的北林投資有限公司（下稱「北林投資」）持有公司68%股權，是公司的控股股東。")
    s = _stakes(text, title="南嶺保險經紀控股有限公司招股", date="2024-06-27")
    assert s == {("陳家豪", "南嶺保險經紀控股有限公司"): 68.0, ("北林投資有限公司", "南嶺保險經紀控股有限公司"): 68.0,
                 ("陳家豪", "北林投資有限公司"): 100.0}


def test_a_shareholder_table_written_as_lines() -> None:
    # a passage written for this test: a header naming the columns after a line naming the company and the date, one row a
    # line (a holder whose name has no word of holding in it too), spaces or bars between the fields
    text = ("青川消费金融股份有限公司2024年二季度信息披露公告\n\n二、股东及持股情况\n"
            "截至2024年6月30日，本公司共有股东3家，具体情况如下：\n序号　股东名称　持股比例\n"
            "1　北林农村商业银行股份有限公司　40.00%\n2　南岭电器集团有限公司　35.00%\n3　东湖科技投资有限公司　25.00%\n合计　100.00%\n")
    for t in (text, text.replace("　", " | ")):
        fs = [f for f in facts_of(t, title="青川消费金融股份有限公司2024年二季度信息披露公告", date="2024-07-28")
              if str(f.predicate) == "HOLDS_STAKE"]
        assert {(f.subject.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of")) for f in fs} == {
            ("北林农村商业银行股份有限公司", 40.0, "2024-06-30"), ("南岭电器集团有限公司", 35.0, "2024-06-30"),
            ("东湖科技投资有限公司", 25.0, "2024-06-30")}
        assert {f.object.name for f in fs} == {"青川消费金融股份有限公司"}


def test_a_transfer_of_listed_shares_counted_and_priced_per_share() -> None:
    # a passage written for this test: "counted listed shares, their share of the capital in brackets, a price a share, then 协议转让给 the buyer",
    # the amount the total (转让总价款), not the price a share
    text = ("日前，南岭科技股份有限公司（以下简称“公司”）接到控股股东北林投资有限公司（以下简称“北林投资”）的书面告知。"
            "北林投资将其持有的公司27,000,000股无限售流通股（占公司总股本的9.00%）以8.40元/股的价格协议转让给东湖国投集团有限公司，"
            "转让总价款为人民币226,800,000元，已于2025年3月26日完成过户登记。")
    assert _sale_dates(text) == {("北林投资", "南岭科技股份有限公司", "东湖国投集团有限公司", 9.0, "2025-03-26")}
    fs = facts_of(text)
    assert quals(fs, "北林投资", "SOLD_STAKE", "南岭科技股份有限公司")["amount"] == 226800000


def test_share_towards_the_company_after_dui() -> None:
    assert _stakes("另外，北林银行对安吉北林村镇银行持股20%，对德清北林村镇银行持股10%。") == {
        ("北林银行", "安吉北林村镇银行"): 20.0, ("北林银行", "德清北林村镇银行"): 10.0}


def test_holding_before_and_after_an_ipo_with_control_kept() -> None:
    facts = facts_of("11月8日，东岭期货股份有限公司（以下简称“东岭期货”）在深交所主板挂牌上市。招股书显示，东岭控股集团有限公司在发行前持有东岭期货75%的股份，"
                     "发行后持股比例降至58.6%，仍为公司控股股东，自然人周明远则是公司实际控制人。")
    assert quals(facts, "东岭控股集团有限公司", "HOLDS_STAKE", "东岭期货", percent=75.0).get("former") is True
    assert quals(facts, "东岭控股集团有限公司", "HOLDS_STAKE", "东岭期货", percent=58.6).get("controlling") is True
    assert quals(facts, "周明远", "HOLDS_STAKE", "东岭期货").get("controlling") is True


def test_each_holders_own_ratio_is_of_the_company_before_not_of_the_holder_before() -> None:
    s = _stakes("西川消费金融股份有限公司（以下简称“西川消金”）7月15日获批变更注册资本。增资完成后，北林银行持股比例提升至56%，仍为控股股东；"
                "西山零售集团有限公司持股比例降至19.2%，云岭网络科技有限公司持股比例降至12.8%；东海保险持股12%，成为新股东。")
    c = "西川消费金融股份有限公司"
    assert s == {("北林银行", c): 56.0, ("西山零售集团有限公司", c): 19.2, ("云岭网络科技有限公司", c): 12.8, ("东海保险", c): 12.0}


def test_a_holding_is_not_dated_by_the_founding_year_before_it() -> None:
    facts = facts_of("西岭科技有限公司由周明远于2015年创立，周明远目前担任公司董事长，持有公司34.5%的股份。")
    assert "as_of" not in quals(facts, "周明远", "HOLDS_STAKE", "西岭科技有限公司", percent=34.5)


def test_a_holding_told_before_a_subsidiary_list_is_not_of_a_listed_child() -> None:
    s = _stakes("西岭资产成立于2014年。截至2024年末，东川国有资本运营集团有限公司持股45%，为其控股股东。"
                "其中，控股子公司2家，分别为西岭商业保理有限公司（持股65%）和西岭私募基金管理有限公司（持股55%）。")
    assert s[("东川国有资本运营集团有限公司", "西岭资产")] == 45.0


def test_a_free_transfer_whose_registration_is_done_is_a_sale() -> None:
    facts = facts_of("北林证券4月8日晚间公告，公司控股股东东岭投资集团有限公司（简称“东岭投资”）拟将所持公司30.5%的股份无偿划转至西川金控。"
                     "5月19日晚，北林证券再发公告称，东岭投资所持公司30.5%股份无偿划转至西川金控的过户登记手续已于5月16日办理完毕。", date="2024-05-20")
    q = quals(facts, "东岭投资", "SOLD_STAKE", "北林证券", buyer="西川金控")
    assert q["percent"] == 30.5 and q["date"] == "2024-05-16"


def test_kongu_after_qixia_is_the_parents_verb() -> None:
    assert _stakes("北林银行旗下控股桐乡北林村镇银行，持股比例为51%。") == {("北林银行", "桐乡北林村镇银行"): 51.0}


def test_the_state_after_a_deal_holds_from_the_day_the_deal_was_done() -> None:
    facts = facts_of("南岭支付有限公司（简称“南岭支付”）称，东川资本受让西岭投资所持南岭支付20%股权一事已于3月18日完成工商变更登记。"
                     "此次交易对价为1.5亿元。转让完成后，东川资本持有南岭支付55%股份，成为其控股股东。", date="2024-03-25")
    assert quals(facts, "东川资本", "HOLDS_STAKE", "南岭支付", percent=55.0)["as_of"] == "2024-03-18"
    facts = facts_of("北林银行称，西岭投资所持北林银行8%股份已于6月3日完成过户。至此，东川资本持有北林银行12%股份，成为第一大股东。", date="2024-06-05")
    assert quals(facts, "东川资本", "HOLDS_STAKE", "北林银行", percent=12.0)["as_of"] == "2024-06-03"


def test_a_holding_after_a_span_of_days_is_dated_by_its_last_day() -> None:
    facts = facts_of("北林保险12月20日公告，股东南江集团于12月9日至13日通过集中竞价方式减持公司股份0.8%，减持完成后，南江集团持股比例降至5.2%。", date="2024-12-21")
    assert quals(facts, "南江集团", "HOLDS_STAKE", "北林保险", percent=5.2)["as_of"] == "2024-12-13"


def test_a_holding_of_a_cutoff_is_dated_by_the_cutoffs_last_day() -> None:
    facts = facts_of("西岭资产成立于2014年。截至2024年末，东川国有资本运营集团有限公司持股45%，为其控股股东。此外，西岭资产还持有南湖金融租赁有限公司12%的股份。")
    assert quals(facts, "东川国有资本运营集团有限公司", "HOLDS_STAKE", "西岭资产", percent=45.0)["as_of"] == "2024-12-31"
    assert quals(facts, "西岭资产", "HOLDS_STAKE", "南湖金融租赁有限公司", percent=12.0)["as_of"] == "2024-12-31"


def test_the_end_of_the_reports_period_frames_the_holdings_after_it() -> None:
    facts = facts_of("4月26日，江苏北林农村商业银行股份有限公司（以下简称“北林农商行”）披露2023年年度报告。年报显示，截至报告期末，该行共发起设立4家村镇银行。"
                     "具体来看，北林农商行持有溧水北林村镇银行51%的股份。另外一家中，北林农商行对崇义北林村镇银行持股10%。", date="2024-04-28")
    assert quals(facts, "北林农商行", "HOLDS_STAKE", "溧水北林村镇银行", percent=51.0)["as_of"] == "2023-12-31"
    assert quals(facts, "北林农商行", "HOLDS_STAKE", "崇义北林村镇银行", percent=10.0)["as_of"] == "2023-12-31"
    # (a cut-off of the assets frames no holding; nor one that says it is of now)
    facts = facts_of("截至2023年末，北林银行资产总额1000亿元。东川集团持有北林银行20%股份。截至2023年末，北林银行共有股东12家。目前，南江集团持有北林银行8%股份。")
    assert "as_of" not in quals(facts, "东川集团", "HOLDS_STAKE", "北林银行", percent=20.0)
    assert "as_of" not in quals(facts, "南江集团", "HOLDS_STAKE", "北林银行", percent=8.0)


def test_a_holding_ratio_written_bilv() -> None:
    """持股比率 (Taiwan's word for 持股比例): "A持股比率约8.6%", "，持股比率25%"."""
    assert _stakes("东海金控的大股东为周氏家族，家族旗下南山投资股份有限公司持股比率约8.6%。").get(
        ("南山投资股份有限公司", "东海金控")) == 8.6
    assert _stakes("北林集团入股东海银行，持股比率25%。") == {("北林集团", "东海银行"): 25.0}


def test_a_date_between_the_holder_and_its_channel() -> None:
    """"A去年透过B持有C 15%": A is the holder (the date does not cut it off),
    B holds through, both as of the date."""
    fs = facts_of("北林金控于2023年透过北林商业银行持有西贡信实银行15%股权。")
    assert quals(fs, "北林金控", "HOLDS_STAKE", "西贡信实银行")["as_of"] == "2023"
    assert quals(fs, "北林商业银行", "HOLDS_STAKE", "西贡信实银行") == {"percent": 15.0, "as_of": "2023"}


def test_a_stake_taken_is_held() -> None:
    """"A取得C 15%股权" (a stake bought, done) is A's holding; not a planned
    one, not a share of something else, and not the seller's after 自."""
    assert _stakes("北林金控取得东海银行15%股权。") == {("北林金控", "东海银行"): 15.0}
    assert _stakes("北林金控获得东海银行20%股份。") == {("北林金控", "东海银行"): 20.0}
    assert not _stakes("北林金控拟取得东海银行15%股权。")
    assert not _stakes("北林金控取得东海银行15%的收益。")
    fs = facts_of("北林金控去年透过北林商业银行取得西贡信实银行15%股权。")
    assert quals(fs, "北林商业银行", "HOLDS_STAKE", "西贡信实银行")["percent"] == 15.0


def test_a_holding_diluted_to() -> None:
    """"A、B的持股比例分别被动稀释至33.6%和12.4%": a dilution done is a holding."""
    s = _stakes("东海信托完成增资扩股。北林集团、南山投资有限公司的持股比例分别被动稀释至33.6%和12.4%。")
    assert s == {("北林集团", "东海信托"): 33.6, ("南山投资有限公司", "东海信托"): 12.4}


def test_a_sale_of_the_sellers_own_subsidiary_named_as_such() -> None:
    fs = facts_of("北林科技发布公告，公司将所持全资子公司南岭数科100%股权转让给江川投资。")
    assert quals(fs, "北林科技", "SOLD_STAKE", "南岭数科") == {"buyer": "江川投资", "percent": 100.0}
    fs = facts_of("北林科技称，公司将持有的控股子公司南岭数科51%股权转让给江川投资。")
    assert quals(fs, "北林科技", "SOLD_STAKE", "南岭数科")["percent"] == 51.0


def test_a_modal_glued_to_xiang_is_no_part_of_the_buyers_name() -> None:
    fs = facts_of("北林科技拟向江川投资转让所持南岭数科20%股权一事尚待批准。")
    assert not [f for f in fs if str(f.predicate) == "SOLD_STAKE"]
    assert "拟向江川投资" not in {f.subject.name for f in fs}


def test_suochi_after_the_sale_verb_is_the_sellers_holding() -> None:
    fs = facts_of("北林科技向江川投资转让所持南岭数科20%股权一事已获监管批准。")
    assert quals(fs, "北林科技", "SOLD_STAKE", "南岭数科") == {"buyer": "江川投资", "percent": 20.0}
    assert quals(fs, "北林科技", "HOLDS_STAKE", "南岭数科")["percent"] == 20.0


def test_qi_after_the_actual_controller_is_that_person() -> None:
    fs = facts_of("北林科技的实际控制人为周明远，其持有公司45%股份。")
    assert quals(fs, "周明远", "HOLDS_STAKE", "北林科技")["percent"] == 45.0


def test_a_share_after_a_capital_injection_is_of_the_company_injected() -> None:
    fs = facts_of("北林银行持有南岭消金30%股权。报告期内，公司完成对江川理财的增资，持股51%。")
    assert quals(fs, "北林银行", "HOLDS_STAKE", "江川理财")["percent"] == 51.0
    assert quals(fs, "北林银行", "HOLDS_STAKE", "南岭消金")["percent"] == 30.0


def test_stake_registered_into_the_buyers_name_is_a_sale_and_the_buyers_holding() -> None:
    # "S所持T 12.5%股权已变更至B名下": the register moved the share to B, who holds it since the day given
    fs = facts_of("经监管局批复同意，北林实业集团有限公司（简称“北林实业”）所持南屿信托有限公司（简称“南屿信托”）12.5%股权"
                  "已变更至东湖投资控股有限公司（简称“东湖投资”）名下，相关登记已于6月5日完成。", date="2024-06-08")
    q = quals(fs, "北林实业集团有限公司", "SOLD_STAKE", "南屿信托有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("东湖投资控股有限公司", 12.5, "2024-06-05")
    assert quals(fs, "东湖投资控股有限公司", "HOLDS_STAKE", "南屿信托有限公司") == {"percent": 12.5, "as_of": "2024-06-05"}
    # 变更至 without 名下 moves no shares
    assert not [f for f in facts_of("北林集团所持东海银行20%股份的登记已变更至西山科技有限公司。") if str(f.predicate) == "SOLD_STAKE"]


def test_gai_gongsi_after_a_holders_verb_is_not_the_holder() -> None:
    # "C公告称，S所持该公司12.5%股权…": 该公司 is C, not S named just before it
    fs = facts_of("南屿信托有限公司发布公告称，北林实业集团有限公司所持该公司12.5%股权已变更至东湖投资控股有限公司名下。")
    assert quals(fs, "北林实业集团有限公司", "SOLD_STAKE", "南屿信托有限公司")["buyer"] == "东湖投资控股有限公司"


def test_share_in_the_clause_after_the_controlling_shareholder_still_named() -> None:
    # "C控股股东仍为A，持股45.5%": A holds 45.5% of C and controls it
    s = facts_of("南屿信托控股股东仍为金沙投资集团有限公司，持股45.5%；南宁城建投资集团有限责任公司持股10.2%。")
    assert quals(s, "金沙投资集团有限公司", "HOLDS_STAKE", "南屿信托") == {"percent": 45.5, "controlling": True}
    assert quals(s, "南宁城建投资集团有限责任公司", "HOLDS_STAKE", "南屿信托") == {"percent": 10.2}


def test_share_after_a_cutoff_date_in_a_clause_without_subject() -> None:
    # "A是C第一大股东，截至2023年末持股16.42%": A's share, as of the year's end
    fs = facts_of("金沙投资集团有限公司是南屿信托第一大股东，截至2023年末持股16.42%。")
    assert quals(fs, "金沙投资集团有限公司", "HOLDS_STAKE", "南屿信托") == {"percent": 16.42, "as_of": "2023-12-31"}


def test_one_buyer_takes_the_shares_of_two_sellers_respectively() -> None:
    # "B协议受让S1、S2分别持有的T 8.8%和6.5%股份": two sales to B, each seller's share held until then
    fs = facts_of("东湖投资集团有限公司协议受让安康远山实业有限公司、陕西青禾置业有限公司分别持有的北林银行8.8%和6.5%股份，"
                  "上述转让已于10月20日完成过户。", date="2024-10-25")
    assert quals(fs, "安康远山实业有限公司", "SOLD_STAKE", "北林银行") == {"buyer": "东湖投资集团有限公司", "percent": 8.8, "date": "2024-10-20"}
    assert quals(fs, "陕西青禾置业有限公司", "SOLD_STAKE", "北林银行")["percent"] == 6.5
    assert quals(fs, "陕西青禾置业有限公司", "HOLDS_STAKE", "北林银行") == {"percent": 6.5}
    fs = facts_of("东湖集团分别受让北林投资有限公司和西山控股有限公司所持南山科技有限公司10%、5%股权。")
    assert quals(fs, "西山控股有限公司", "SOLD_STAKE", "南山科技有限公司") == {"buyer": "东湖集团", "percent": 5.0}
    # planned: no sale
    fs = facts_of("东湖集团计划受让北林投资有限公司、西山控股有限公司分别持有的南山科技有限公司10%和5%股权。")
    assert not [f for f in fs if str(f.predicate) == "SOLD_STAKE"]


def test_a_couple_holds_a_company_respectively() -> None:
    # "顶端是A（以下简称“A”），由P、Q夫妇分别持股70%、30%": the couple are people, the company the clause before ends with
    fs = facts_of("北林金控是家族的平台。金字塔的顶端是东湖实业集团有限公司（以下简称“东湖实业”），由周明远、林秀兰夫妇分别持股70%、30%。")
    s = {(f.subject.name, f.object.name): f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert s == {("周明远", "东湖实业集团有限公司"): 70.0, ("林秀兰", "东湖实业集团有限公司"): 30.0}
    assert {f.subject.type for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"Person"}


def test_share_written_before_the_company_it_describes() -> None:
    # "A 100%持股的B", "A持股51%的B", "A 51%控股的B": A's share of B
    assert _stakes("东湖实业集团有限公司100%持股的北林金融控股有限公司是家族金融资产的平台。") == {
        ("东湖实业集团有限公司", "北林金融控股有限公司"): 100.0}
    assert _stakes("东湖实业集团有限公司持股51%的北林金融控股有限公司近日开业。") == {("东湖实业集团有限公司", "北林金融控股有限公司"): 51.0}
    assert _stakes("东湖实业集团有限公司51%控股的北林金融控股有限公司近日开业。") == {("东湖实业集团有限公司", "北林金融控股有限公司"): 51.0}


def test_ratio_after_a_sale_in_the_same_sentence_is_of_the_company_sold() -> None:
    # "A将所持T 8%股权转让给B，…，A的持股比例由40%降至32%": T, not a company the text spoke of before
    fs = facts_of("东湖实业集团有限公司100%持股的北林金控是平台。2023年8月，北林金控将所持南屿信托8%股权以9.6亿元转让给西山投资集团有限公司，"
                  "此后北林金控的持股比例由40%降至32%，余下股东未变。")
    assert quals(fs, "北林金控", "HOLDS_STAKE", "南屿信托", percent=32.0) == {"percent": 32.0, "as_of": "2023-08"}
    assert quals(fs, "北林金控", "HOLDS_STAKE", "南屿信托", percent=40.0)


def test_holding_of_a_company_with_its_ticker_in_brackets() -> None:
    assert _stakes("截至2023年6月末，北林金控持有南屿证券（601999.SH）11.84%的股份，是其第一大股东。") == {("北林金控", "南屿证券"): 11.84}


_LISTING = "澄衡信息技术股份有限公司（以下简称“澄衡信息”、“本公司”）股票于今日起在深交所交易。"


def test_joint_actual_controllers_told_with_their_kin() -> None:
    # "two kin named then 合计控制公司 a share of the votes and 共同实际控制人": both control the company
    fs = facts_of(_LISTING + "周明远、周启明兄弟合计控制公司44.8%的表决权，为公司共同实际控制人。")
    assert quals(fs, "周明远", "HOLDS_STAKE", "澄衡信息技术股份有限公司") == {"controlling": True}
    assert quals(fs, "周启明", "HOLDS_STAKE", "澄衡信息技术股份有限公司") == {"controlling": True}


def test_holdings_after_an_offering_in_a_listing_notice() -> None:
    # a clause after the offering whose 其 is the holder of the clause before it (after "本次发行前，"),
    # "直接持有发行后公司4.7%的股份" (公司: the issuer)
    fs = facts_of(_LISTING + "本次发行前，杭州澄衡控股有限公司（简称“澄衡控股”）直接持有公司61.2%股份；本次发行后，其持股比例为45.9%，"
                  "仍为公司控股股东。周明远、周启明分别持有澄衡控股60%、40%的股权。此外，周明远直接持有发行后公司4.7%的股份。")
    assert quals(fs, "杭州澄衡控股有限公司", "HOLDS_STAKE", "澄衡信息技术股份有限公司", percent=45.9)["controlling"] is True
    assert quals(fs, "周明远", "HOLDS_STAKE", "澄衡信息技术股份有限公司") == {"percent": 4.7}


def test_a_heading_without_a_company_leaves_gongsi_the_issuer() -> None:
    fs = facts_of(_LISTING + "\n三、控股股东情况\n杭州澄衡控股有限公司（以下简称“澄衡控股”）直接持有公司41.25%的股份。周明远、周启明分别持有澄衡控股70%、30%的股权。"
                  "周明远、周启明父子为公司共同实际控制人。\n四、子公司情况\n截至本公告书签署日，公司拥有澄衡（香港）有限公司、成都澄衡云科技有限公司两家全资子公司。")
    assert quals(fs, "澄衡（香港）有限公司", "SUBSIDIARY_OF", "澄衡信息技术股份有限公司") == {"kind": "wholly_owned"}


def test_a_former_holding_told_with_yuan() -> None:
    # "A原持有该行51%股权": the holding A had before the change the article goes on to tell
    s = _stakes("西岭村镇银行是东湖农商行的控股子公司。作为主发起行，东湖农商行原持有该行60%股权。")
    assert s == {("东湖农商行", "西岭村镇银行"): 60.0}


def test_a_raise_told_with_jiang_as_ba() -> None:
    # "2019年，A将持股比例由X提升至Y": 将 as 把 in a dated past, the change done (both the old and the new share)
    fs = facts_of("北林证券成立于2010年。2019年，东岳集团将持股比例由40%提升至55%，北林证券成为其控股子公司。", date="2024-05-01")
    assert quals(fs, "东岳集团", "HOLDS_STAKE", "北林证券", percent=55.0)["as_of"] == "2019"
    fs = facts_of("北林证券成立于2010年。2019年，东岳集团将持股比例由40%提升至55%。", date="2024-05-01")
    assert {f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {40.0, 55.0}
    # a plan stays a plan: no date, or a date to come
    assert not _stakes("北林证券成立于2010年。东岳集团将持股比例由40%提升至55%。", date="2024-05-01")
    assert not _stakes("北林证券成立于2010年。2025年，东岳集团将持股比例由40%提升至55%。", date="2024-05-01")


def test_the_rest_of_the_shares_held_by_the_other_holder() -> None:
    s = _stakes("2021年，东岳集团对北林证券的持股比例由49%提升至51%。目前，南城实业有限公司持有其余49%的股权。", date="2024-05-01")
    assert s[("南城实业有限公司", "北林证券")] == 49.0


def test_a_holding_in_a_numbered_item_is_of_that_item_company() -> None:
    # a digest's items: "2、C（代码）：…" opens another company's news, whose dropped target is C, not item 1's
    text = ("1、东湖证券（600001.SH）：控股股东为东湖投资集团有限公司，持股30.5%。"
            "2、西岭证券（000002.SZ）：股权较为分散，无控股股东。第一大股东为南江控股有限公司，持股18.5%；北山投资集团有限公司持股9.3%。")
    s = _stakes(text)
    assert s[("南江控股有限公司", "西岭证券")] == 18.5
    assert s[("北山投资集团有限公司", "西岭证券")] == 9.3
    assert ("南江控股有限公司", "东湖证券") not in s


def test_shares_of_several_companies_sold_to_one_buyer() -> None:
    # "S持有的T1 100%股权、T2 100%股权，以及T3 70%股权，已于D全部转让予B": a sale of each
    fs = facts_of("北林集团公告，北林网络科技有限公司持有的甲山支付有限公司100%股权、乙水小额贷款有限公司100%股权，以及丙石保险经纪有限公司70%股权，"
                  "已于2025年3月5日全部转让予北林金控。")
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
             for f in fs if str(f.predicate) == "SOLD_STAKE"}
    assert sales == {("北林网络科技有限公司", "甲山支付有限公司", "北林金控", 100.0, "2025-03-05"), ("北林网络科技有限公司", "乙水小额贷款有限公司", "北林金控", 100.0, "2025-03-05"),
                     ("北林网络科技有限公司", "丙石保险经纪有限公司", "北林金控", 70.0, "2025-03-05")}


def test_a_sale_of_shares_counted_then_their_share_of_the_capital() -> None:
    # a seller, 向 the buyer, 转让 the company and a count of shares, then their share of the capital
    fs = facts_of("2023年9月22日，西岭投资有限公司以接受要约的方式向青山产业投资有限公司转让北林新材料股份有限公司2,160万股股份，占总股本的7.20%。")
    q = quals(fs, "西岭投资有限公司", "SOLD_STAKE", "北林新材料股份有限公司", buyer="青山产业投资有限公司")
    assert (q["percent"], q["date"]) == (7.2, "2023-09-22")


def test_a_purchase_told_as_a_noun_and_its_seller_after_the_price() -> None:
    # "B已完成对T 100%股权的收购，交易对价为…，转让方为S（“S”）"
    fs = facts_of("南湖集团今日宣布，其全资子公司南湖（北京）科技有限公司（“南湖北京”）已完成对东岭支付有限公司（“东岭支付”）100%股权的收购，"
                  "作价人民币4.6亿元，转让方为北京西山投资有限公司（“西山投资”），由其一次性收取。")
    q = quals(fs, "北京西山投资有限公司", "SOLD_STAKE", "东岭支付有限公司", buyer="南湖（北京）科技有限公司")
    assert (q["percent"], q["amount"], q["currency"]) == (100.0, 460000000, "CNY")


def test_the_actual_controller_controls_the_company_the_holders_before_hold() -> None:
    text = ("1、南溪证券：公司尚未上市，前两大股东南溪国有资本投资有限公司和深圳松湾实业发展有限公司分别持股27.8%和11.3%，"
            "其中南溪国投为控股股东，实际控制人为泉州市国资委。")
    assert quals(facts_of(text), "泉州市国资委", "HOLDS_STAKE", "南溪证券")["controlling"] is True
    assert ("泉州市国资委", "南溪国有资本投资有限公司") not in pairs(text, "HOLDS_STAKE")


def test_the_actual_controller_after_a_general_partner_controls_the_partnership() -> None:
    text = "据工商资料，松岭投资的执行事务合伙人为宁波松岭私募基金管理有限公司，实际控制人为自然人周明远。"
    assert ("周明远", "松岭投资") in pairs(text, "HOLDS_STAKE")
    assert ("周明远", "宁波松岭私募基金管理有限公司") not in pairs(text, "HOLDS_STAKE")


def test_a_transfer_by_agreement_toward_a_buyer_with_a_short_name() -> None:
    # "S通过协议转让方式向B（以下简称“B”）转让其所持T x%股份": S sells, B buys (not the other way round)
    fs = facts_of("南川银行股份有限公司2月17日披露，股东杭州岭丰股权投资合伙企业（有限合伙）（简称“岭丰投资”）通过协议转让方式"
                  "向宁波远川实业集团有限公司（简称“远川集团”）转让其所持南川银行3.8%股份的事项已完成过户登记。")
    q = quals(fs, "杭州岭丰股权投资合伙企业（有限合伙）", "SOLD_STAKE", "南川银行股份有限公司", buyer="宁波远川实业集团有限公司")
    assert q["percent"] == 3.8
    assert not triples(fs, "SOLD_STAKE") - {t for t in triples(fs, "SOLD_STAKE") if t[0] == "杭州岭丰股权投资合伙企业（有限合伙）"}


def test_a_transfer_project_closed_at_an_exchange_names_its_buyer_after_it() -> None:
    # a seller's share 转让项目 closed (成交) at an exchange, 受让方 naming the buyer after it
    fs = facts_of("西林煤业集团有限公司所持东岸消费金融有限公司15%股权转让项目已于近日成交，受让方为北京南屏投资控股有限公司，成交价格为2.4亿元。")
    q = quals(fs, "西林煤业集团有限公司", "SOLD_STAKE", "东岸消费金融有限公司", buyer="北京南屏投资控股有限公司")
    assert (q["percent"], q["amount"]) == (15.0, 240000000)


def test_a_sale_to_the_sellers_own_subsidiary() -> None:
    # "A将所持T x%的股权转让给其全资子公司B": B is A's, not T's
    text = "2021年，北林重工股份有限公司将所持北林财务有限公司12%的股权转让给其全资子公司北林投资（天津）有限公司（“北林投资”）。"
    fs = facts_of(text)
    assert quals(fs, "北林重工股份有限公司", "SOLD_STAKE", "北林财务有限公司", buyer="北林投资（天津）有限公司")["percent"] == 12.0
    assert ("北林投资（天津）有限公司", "北林重工股份有限公司") in pairs(text, "SUBSIDIARY_OF")
    assert ("北林投资（天津）有限公司", "北林财务有限公司") not in pairs(text, "SUBSIDIARY_OF")


def test_gongsi_after_a_holding_verb_is_the_articles_company_not_a_holder_named_before() -> None:
    # P said to hold a share of 公司 himself, right after a sentence about a staff platform: 公司 is the issuer
    text = ("北林数字科技集团有限公司（简称“北林数科”）已于今年初夏向香港联交所提交招股书。"
            "公司的贷款撮合服务由全资子公司深圳北林信息技术有限公司运营。"
            "员工平台宁波林众企业管理合伙企业（有限合伙）（简称“林众合伙”）持股7.5%，由吴海担任其执行事务合伙人。"
            "截至最后实际可行日期，周明远直接持有公司22.6%的股份。")
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_STAKE", "北林数科")["percent"] == 22.6
    assert ("周明远", "宁波林众企业管理合伙企业（有限合伙）") not in {(s, o) for s, o in pairs(text, "HOLDS_STAKE")}


def test_a_report_titled_with_its_companys_legal_name_calls_it_gongsi_throughout() -> None:
    # the title's legal name never written in the text; 公司 is it, not the shareholder the table named last
    text = ("（四）股权结构及股东\n股东名称｜期末持股比例｜股份状态\n北林控股有限公司｜18.00%｜质押\n南溪投资有限公司｜6.00%｜正常\n"
            "2.控股股东及实际控制人：西岭集团有限公司持股最多，公司无控股股东。\n"
            "3.报告期内股东及持股变化：监管部门于2025年4月8日批准，北林控股有限公司将其持有的公司4%股份转让予南溪投资有限公司。")
    fs = facts_of(text, title="东屿人寿保险股份有限公司2025年第1季度偿付能力报告摘要", date="2025-04-28")
    assert quals(fs, "北林控股有限公司", "SOLD_STAKE", "东屿人寿保险股份有限公司", buyer="南溪投资有限公司")["percent"] == 4.0
    assert not [f for f in fs if f.object.name == "南溪投资有限公司"]


def test_a_list_of_companies_owned_each_with_its_share_in_brackets() -> None:
    # "C旗下拥有A（持股60%）及全资子公司B": C's share of A, and B is C's
    text = "北溪银行旗下拥有北溪金融租赁股份有限公司（持股60%）及全资子公司北溪理财有限责任公司。"
    fs = facts_of(text)
    assert quals(fs, "北溪银行", "HOLDS_STAKE", "北溪金融租赁股份有限公司")["percent"] == 60.0
    assert ("北溪金融租赁股份有限公司", "北溪银行") not in pairs(text, "HOLDS_STAKE")
    assert quals(fs, "北溪理财有限责任公司", "SUBSIDIARY_OF", "北溪银行")["kind"] == "wholly_owned"


def test_qi_after_an_offering_is_the_holder_the_sentence_before_told_of() -> None:
    # a holder ranked first with its share, then 发行完成后 and 其 with the diluted share
    text = ("7月2日，东屏银行股份有限公司（以下简称“东屏银行”）在香港联交所挂牌上市。发行前，福建东屏金融控股集团有限公司为该行第一大股东，"
            "持股22.7%；发行完成后，其持股比例摊薄至19.95%。")
    got = {q.qualifiers.get("percent") for q in facts_of(text)
           if q.subject.name == "福建东屏金融控股集团有限公司" and str(q.predicate) == "HOLDS_STAKE"}
    assert got == {22.7, 19.95}


def test_completed_free_transfers_and_a_planned_one() -> None:
    # "S将其直接持有的T x%股份无偿划转至B…已完成过户登记"; "S所持T x%股权已无偿划转至B"; "…拟一并无偿划转至B" (a plan: S still holds)
    text = ("7月2日，北林证券股份有限公司（以下简称“北林证券”）发布公告称，西川省人民政府国有资产监督管理委员会将其直接持有的公司15.2%股份"
            "无偿划转至西川省蓉鑫国有资本运营集团有限公司（简称“蓉鑫资本”），该笔过户已于6月28日完成登记。"
            "同一天，西川南岭实业集团有限公司（以下简称“南岭实业”）所持北林金融租赁有限公司30%股权已无偿划转至蓉鑫资本，监管部门此前已批复同意。"
            "南岭实业持有的北林农村商业银行股份有限公司8.8%股份拟一并无偿划转至蓉鑫资本。")
    fs = facts_of(text)
    assert quals(fs, "西川省人民政府国有资产监督管理委员会", "SOLD_STAKE", "北林证券股份有限公司", buyer="蓉鑫资本")["percent"] == 15.2
    assert quals(fs, "西川南岭实业集团有限公司", "SOLD_STAKE", "北林金融租赁有限公司", buyer="蓉鑫资本")["percent"] == 30.0
    assert quals(fs, "西川南岭实业集团有限公司", "HOLDS_STAKE", "北林农村商业银行股份有限公司")["percent"] == 8.8
    assert ("西川南岭实业集团有限公司", "北林农村商业银行股份有限公司") not in pairs(text, "SOLD_STAKE")


def test_a_group_sells_a_share_of_a_company_under_it() -> None:
    # "A將旗下T 20%股權售予B" (Traditional; 售予 sells to)
    fs = facts_of("2019年，北濠金融集團有限公司將旗下北濠保險有限公司20%股權售予南洋人壽保險有限公司。")
    assert quals(fs, "北濠金融集團有限公司", "SOLD_STAKE", "北濠保險有限公司", buyer="南洋人壽保險有限公司")["percent"] == 20.0


def test_a_company_sold_from_under_a_group_is_one_of_its_members() -> None:
    # "A將旗下T 20%股權售予B": T is A's (a member of its group)
    text = "2019年，北濠金融集團有限公司將旗下北濠保險有限公司20%股權售予南洋人壽保險有限公司。"
    assert ("北濠保險有限公司", "北濠金融集團有限公司") in pairs(text, "SUBSIDIARY_OF")


def test_a_whole_company_bought_and_its_former_shareholder_gone() -> None:
    # "B以N元收购T全部股权，原股东S退出": S sold B all of T
    fs = facts_of("2020年，北林科技集团股份有限公司（简称“北林科技”）以2.8亿元收购南溪支付有限公司全部股权，原股东杭州南溪网络技术有限公司退出。")
    q = quals(fs, "杭州南溪网络技术有限公司", "SOLD_STAKE", "南溪支付有限公司", buyer="北林科技集团股份有限公司")
    assert (q["percent"], q["amount"], q["date"]) == (100.0, 280000000, "2020")


def test_held_indirectly_and_wholly_by_a_company_with_its_ticker_in_brackets() -> None:
    # "T由A（简称“A”，ticker）间接全资持股": A's share of T is all of it (through another), no direct subsidiary stated
    text = "股权穿透信息显示，南溪支付有限公司由北林科技集团股份有限公司（简称“北林科技”，300999.SZ）间接全资持股。"
    assert quals(facts_of(text), "北林科技集团股份有限公司", "HOLDS_STAKE", "南溪支付有限公司")["percent"] == 100.0


def test_founders_shares_told_after_the_founding() -> None:
    # a company 由 two founders 共同出资设立, then 双方出资比例分别为 their shares
    text = ("南岭汽车金融有限公司成立于2011年，由南岭汽车股份有限公司（“南岭汽车”，601999.SH）与北溪银行股份有限公司（“北溪银行”）"
            "共同出资设立，初始资本8亿元，双方出资比例分别为65%和35%。")
    fs = facts_of(text)
    assert quals(fs, "南岭汽车股份有限公司", "HOLDS_STAKE", "南岭汽车金融有限公司")["percent"] == 65.0
    assert quals(fs, "北溪银行股份有限公司", "HOLDS_STAKE", "南岭汽车金融有限公司")["percent"] == 35.0


def test_qi_opening_a_sentence_holds_through_a_wholly_owned_channel() -> None:
    # "招股书显示，C是…控股公司。其通过全资拥有的B，持有外商独资企业W 100%的股权": C holds W through B, B is C's
    text = ("招股书显示，北岚科技是一家注册于开曼群岛的控股公司。"
            "其通过全资拥有的北岚（香港）有限公司，持有外商独资企业杭州北岚信息技术有限公司（“北岚杭州”）100%的股权，后者运营其境内业务。")
    fs = facts_of(text)
    assert quals(fs, "北岚科技", "HOLDS_STAKE", "杭州北岚信息技术有限公司")["percent"] == 100.0
    assert quals(fs, "北岚（香港）有限公司", "HOLDS_STAKE", "杭州北岚信息技术有限公司")["percent"] == 100.0
    assert quals(fs, "北岚（香港）有限公司", "SUBSIDIARY_OF", "北岚科技")["kind"] == "wholly_owned"


def test_a_shareholder_table_of_rows_without_numbers_and_with_a_status_column() -> None:
    # "股东名称｜期末持股比例｜股份状态" then "A｜31.00%｜正常": the reporting company's shareholders
    text = ("1.前四大股东持股情况（截至2025年6月30日）\n股东名称｜期末持股比例｜股份状态\n北林集团有限公司｜31.00%｜正常\n"
            "南溪控股有限公司｜16.00%｜质押\n西岭投资有限公司｜10.50%｜正常")
    fs = facts_of(text, title="东屿人寿保险股份有限公司2025年第2季度偿付能力报告摘要", date="2025-07-28")
    assert quals(fs, "北林集团有限公司", "HOLDS_STAKE", "东屿人寿保险股份有限公司")["percent"] == 31.0
    assert quals(fs, "西岭投资有限公司", "HOLDS_STAKE", "东屿人寿保险股份有限公司")["as_of"] == "2025-06-30"


def test_a_sale_of_the_sellers_share_with_the_company_left_unsaid() -> None:
    # "S于D将所持3.1%的股份转让给B": of the company the text speaks of
    text = ("北川银行去年股东名册有变：此前位列第三的股东四川蜀川实业集团有限公司（“蜀川实业”）于2023年11月将所持2.6%的股份"
            "转让给北川发展控股集团有限公司，相关变更已获监管部门核准。")
    q = quals(facts_of(text), "四川蜀川实业集团有限公司", "SOLD_STAKE", "北川银行", buyer="北川发展控股集团有限公司")
    assert (q["percent"], q["date"]) == (2.6, "2023-11")


def test_a_controller_becomes_so_thereby() -> None:
    # "…，X由此成为C实际控制人": 由此 (thereby) between the holder and 成为
    text = "两家股东签署协议后合计持股27.4%，北川市国资委由此成为北川银行实际控制人。"
    assert quals(facts_of(text), "北川市国资委", "HOLDS_STAKE", "北川银行")["controlling"] is True


def test_a_purchase_from_several_sellers_with_their_shares_after_it() -> None:
    # sentences written for this test: "向A及P收购T 100%股权，其中A持有60%、P个人持有40%" — each sold its share
    text = ("北林金控去年8月董事会决议，以人民币30亿元向南岭控股有限公司及周明远收购青川人寿100%股权，"
            "其中南岭控股持有60%、周明远个人持有40%。青川人寿原董事长周明远卸任。")
    assert _sales(text) == {("南岭控股有限公司", "青川人寿", "北林金控", 60.0), ("周明远", "青川人寿", "北林金控", 40.0)}
    assert quals(facts_of(text), "周明远", "HOLDS_STAKE", "青川人寿")["percent"] == 40.0
    text = "北林金控以30亿元向南岭控股有限公司和西江投资有限公司收购青川人寿100%股权，其中南岭控股持有55%，西江投资持有45%。"
    assert _sales(text) == {("南岭控股有限公司", "青川人寿", "北林金控", 55.0), ("西江投资有限公司", "青川人寿", "北林金控", 45.0)}
    assert not _sales(text.replace("以30亿元", "拟以30亿元"))


def test_a_purchase_done_whose_sellers_the_next_sentence_names() -> None:
    # sentences written for this test: "…收购T 100%股权的交易已完成工商变更登记。交易对手方为S1（持股60%）及S2（持股40%）。"
    text = ("2024年5月，北林科技（300123.SZ）公告称，公司全资子公司北林数字科技（杭州）有限公司以现金2亿元收购青川支付有限公司100%股权的交易已完成工商变更登记。"
            "交易对手方为青川支付原控股股东南岭投资有限公司（持股60%）及其一致行动人南岭咨询有限公司（持股40%）。")
    buyer = "北林数字科技（杭州）有限公司"
    assert _sales(text) == {("南岭投资有限公司", "青川支付有限公司", buyer, 60.0), ("南岭咨询有限公司", "青川支付有限公司", buyer, 40.0)}
    assert quals(facts_of(text), "南岭咨询有限公司", "HOLDS_STAKE", "青川支付有限公司")["percent"] == 40.0
    assert ("南岭咨询有限公司", "北林科技") not in pairs(text, "HOLDS_STAKE")


def test_a_counted_group_controlled_by_one_holder() -> None:
    # sentences written for this test: "三家一致行动人均由X实际控制" — X controls each company the list before named
    text = ("截至2024年末，青川发展集团有限公司（以下简称“青川发展”）、青川市兴业资产经营有限公司（“兴业资产”）和青川城市建设投资集团有限公司（“青川城投”）"
            "分别持有北林银行12.5%、9.6%和7.2%的股份。同年11月，上述三家股东签署《一致行动协议》。"
            "据年报，上述三家一致行动人均由青川市人民政府国有资产监督管理委员会实际控制。")
    owner = "青川市人民政府国有资产监督管理委员会"
    assert {(h, t) for h, t in pairs(text, "HOLDS_STAKE") if h == owner} == {
        (owner, "青川发展集团有限公司"), (owner, "青川市兴业资产经营有限公司"), (owner, "青川城市建设投资集团有限公司")}
    # (the holders' controller, told in passing, is no company the text goes on about)
    text += "原第二大股东西岭实业有限公司于2024年6月将所持2.5%的股份转让给青川发展集团有限公司。"
    assert ("西岭实业有限公司", "北林银行") in pairs(text, "SOLD_STAKE")
    text = "青川发展集团有限公司、兴业资产经营有限公司分别持有北林银行12.5%和9.6%的股份，两家股东均由青川市国资委控制。"
    assert {(h, t) for h, t in pairs(text, "HOLDS_STAKE") if h == "青川市国资委"} == {
        ("青川市国资委", "青川发展集团有限公司"), ("青川市国资委", "兴业资产经营有限公司")}
    text = "青川发展集团有限公司、兴业资产经营有限公司分别持有北林银行12.5%和9.6%的股份，三家股东均由青川市国资委控制。"
    assert not {(h, t) for h, t in pairs(text, "HOLDS_STAKE") if h == "青川市国资委"}


def _held_by(text: str, holder: str, title: str = "") -> set[tuple[str, object]]:
    return {(f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, title=title)
            if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == holder}


def test_shares_controlled_through_a_channel_and_another_held_directly() -> None:
    # sentences written for this test: "P通过B间接控制C n%的股份，另直接持有C m%的股份" — both P's; B carries n% only
    text = ("截至2024年6月30日，南岭投资合伙企业（有限合伙）（以下简称“南岭合伙”）持有北林科技股份有限公司21.35%的股份，为其控股股东。"
            "周明远通过南岭合伙间接控制北林科技21.35%的股份，另直接持有北林科技3.12%的股份，合计控制北林科技24.47%的表决权。")
    assert {p for _, p in _held_by(text, "周明远")} == {21.35, 3.12}
    assert {p for _, p in _held_by(text, "南岭投资合伙企业（有限合伙）")} == {21.35}


def test_a_share_controlled_along_with_a_direct_one_and_their_sum() -> None:
    # sentences written for this test: "P直接持有公司18.2%的股份，连同通过B控制的7.5%，合计控制公司约25.7%的股份"
    text = "截至2024年末，周明远直接持有公司18.2%的股份，连同通过南岭投资合伙企业（有限合伙）控制的7.5%，合计控制公司约25.7%的股份。"
    title = "北林科技股份有限公司关于控股股东的公告"
    c = "北林科技股份有限公司"
    assert _held_by(text, "周明远", title) == {(c, 18.2), (c, 7.5), (c, 25.7)}
    assert _held_by(text, "南岭投资合伙企业（有限合伙）", title) == {(c, 7.5)}


def test_the_latter_held_by_a_person() -> None:
    # sentences written for this test: "其普通合伙人为B，后者由P全资持有" — P holds B, and B's holding is no topic after
    text = ("北林科技董事长周明远表示。南岭投资合伙企业（有限合伙）持有北林科技股份有限公司8.6%的股份，其普通合伙人为西岭管理咨询（深圳）有限公司，"
            "后者由周明远全资持有；另一平台东岭投资合伙企业（有限合伙）持股3.1%。")
    assert ("西岭管理咨询（深圳）有限公司", 100.0) in _held_by(text, "周明远")
    assert _held_by(text, "东岭投资合伙企业（有限合伙）") == {("北林科技股份有限公司", 3.1)}


def test_gongsi_after_kongzhi_is_the_gongsi_the_sentence_spoke_of() -> None:
    # sentences written for this test: "…，连同通过B控制的7.5%，合计控制公司约25.7%的股份" — 公司 is the company
    # the sentence's 公司 before was, not the channel B named first
    text = ("3月21日，杭州消费信贷服务商北林数字科技集团有限公司（以下简称“北林数科”）向香港联交所递交上市申请。"
            "截至最后实际可行日期，周明远直接持有公司18.2%的股份，连同通过南岭投资合伙企业（有限合伙）控制的7.5%，合计控制公司约25.7%的股份。")
    c = "北林数字科技集团有限公司"
    assert _held_by(text, "周明远") == {(c, 18.2), (c, 7.5), (c, 25.7)}


_TWO_ISSUERS = ("江苏恒川精工股份有限公司（以下简称“恒川精工”）与浙江北林光电科技股份有限公司（以下简称“北林光电”）同日过会。"
                "恒川精工由西岭投资控股有限公司直接持有46.8%的股份。")


def test_qi_after_a_controller_named_with_jun_and_the_clause_after_it() -> None:
    # sentences written for this test: "C的控股股东、实际控制人均为P，其直接持有C 38%股份，并通过B间接控制C 6%股份" — both P's
    text = _TWO_ISSUERS + ("北林光电的控股股东、实际控制人均为周明远，其直接持有北林光电27.9%股份，"
                           "并通过家族持股平台南岭咨询合伙企业（有限合伙）间接控制北林光电8.25%股份。")
    c = "浙江北林光电科技股份有限公司"
    assert _held_by(text, "周明远") == {(c, 27.9), (c, 8.25)}
    assert not _held_by(text, "江苏恒川精工股份有限公司")


def test_gongsi_after_chiyou_in_a_sentence_opening_with_a_companys_controller() -> None:
    # sentences written for this test: "C的控股股东…为P，其直接持有公司38%股份": 公司 is C, not the article's first company
    text = _TWO_ISSUERS + ("北林光电的控股股东、实际控制人均为周明远，其直接持有公司27.9%股份，"
                           "并通过家族持股平台南岭咨询合伙企业（有限合伙）间接控制公司8.25%股份。")
    c = "浙江北林光电科技股份有限公司"
    assert _held_by(text, "周明远") == {(c, 27.9), (c, 8.25)}


def test_shares_at_founding_are_of_the_predecessor_and_a_name_clause_heads_a_holding() -> None:
    # sentences written for this test: "T前身为X，系由A与B…共同出资设立…，其中A出资比例为75%" — X's shares (the company as then named);
    # "子公司共2家：X，A持股100%；Y，A持股51%" — the name heading each clause is the company held
    text = ("北林租赁有限公司前身为天津北林租赁有限公司，系由西岭实业集团有限公司（简称“西岭实业”）与南岭投资（香港）有限公司"
            "（简称“南岭香港”）于2009年共同出资设立的中外合资企业，成立时注册资本3亿元，其中西岭实业出资比例为75%，南岭香港出资比例为25%。")
    assert _held_by(text, "西岭实业集团有限公司") == {("天津北林租赁有限公司", 75.0)}
    assert _held_by(text, "南岭投资（香港）有限公司") == {("天津北林租赁有限公司", 25.0)}
    text = "截至2023年末，北林租赁纳入合并范围的子公司共2家：青川（上海）商业保理有限公司，北林租赁持股100%；天津青川航空租赁有限公司，北林租赁持股51%。"
    assert _held_by(text, "北林租赁") == {("青川（上海）商业保理有限公司", 100.0), ("天津青川航空租赁有限公司", 51.0)}
    # (a predecessor whose founding is not told: the holding is of the company as now named)
    text = "北林银行前身为北林区信用合作银行，1993年更名为现名，主要股东为西岭实业股份有限公司，持股约23.6%。"
    assert _held_by(text, "西岭实业股份有限公司") == {("北林银行", 23.6)}


_INTERVIEW = "对话北林科技创始人周明远。问：现在的股权结构是怎样的？"


def test_an_interviewees_own_holding_and_our_subsidiaries() -> None:
    # sentences written for this test: "P：我个人目前持有大约31%" (the speaker's share of the text's company);
    # "P：我们旗下有A，…叫B，两家都是全资子公司" (the speaker's company owns both)
    text = _INTERVIEW + "周明远：我个人目前持有大约31%，南岭资本是第二大股东，持股9%左右。"
    assert _held_by(text, "周明远") == {("北林科技", 31.0)}
    text = _INTERVIEW + "周明远：我们旗下有重庆北林小额贷款有限公司，去年还买下了一家担保公司，叫广州北林融资担保有限公司，两家都是全资子公司。"
    assert pairs(text, "SUBSIDIARY_OF") == {("重庆北林小额贷款有限公司", "北林科技"), ("广州北林融资担保有限公司", "北林科技")}


def test_held_by_a_person_described_by_posts_and_a_deemed_interest() -> None:
    # sentences written for this test: a holder wholly owned by a person named with posts, who is therefore deemed (被視為) interested in its shares (Hong Kong's wording):
    # P owns B, and P is taken to hold the shares B holds
    text = ("北林金融科技控股有限公司公告。於本公告日期，南嶺控股有限公司持有本公司42.36%已發行股份。"
            "南嶺控股有限公司由本公司行政總裁兼執行董事周明遠先生全資擁有，故周明遠先生被視為於該等股份中擁有權益，其配偶亦然。")
    assert _held_by(text, "周明遠") == {("南嶺控股有限公司", 100.0), ("北林金融科技控股有限公司", 42.36)}


def test_a_sale_told_with_ba_and_a_buyer_under_its_group() -> None:
    # sentences written for this test: a seller 把 the shares 手里 (its own) 转给 a buyer under a group (把 as 将; the buyer, not the group, bought)
    text = "北林银行的大股东南岭城投一直持股21.4%，鸿达集团则在去年把手里7.7%的股份全数转给了南岭城投旗下的南岭资本。"
    assert _sales(text) == {("鸿达集团", "北林银行", "南岭资本", 7.7)}
    assert _held_by(text, "鸿达集团") == {("北林银行", 7.7)}
    assert _sales("鸿达集团把所持北林银行5%的股份转给了南岭资本。") == {("鸿达集团", "北林银行", "南岭资本", 5.0)}
    assert not _sales("鸿达集团计划把所持北林银行5%的股份转给南岭资本。")


def test_a_channel_after_a_time_word_at_the_clause_head() -> None:
    # a sentence written for this test: a clause opened by a time word (上市前), then 通过其控制的 a channel holding about a share — the channel carries the clause subject's share
    text = "周明远现为北林科技董事长兼总经理，上市前通过其控制的南岭控股有限公司持有北林科技约41.2%的股份。"
    assert {p for _, p in _held_by(text, "南岭控股有限公司")} == {41.2}
    assert {p for _, p in _held_by(text, "周明远")} == {41.2}


def test_qi_after_a_company_controlled_by_someone_is_the_controller() -> None:
    # a holder said to be ultimately controlled by a person, then 其 holding a share of that holder: 其 is the person
    text = "北林控股集團有限公司（「北林控股」）持有本公司29.87%股份。北林控股由周明遠先生最終控制，其持有北林控股約64%的股權，餘下股權由兩名獨立人士持有。"
    assert _held_by(text, "周明遠") == {("北林控股", 64.0)}


def test_a_manner_of_transfer_is_no_channel_and_the_holding_after_the_transfer() -> None:
    # sentences written for this test: "S通过协议转让方式向B转让…" (通过…方式 a manner: B the buyer, no channel);
    # "B原持有C 1.85%的股份，过户完成后合计持股6.97%" (the holding after the transfer registered)
    text = ("3月4日晚间，北林银行股份有限公司（以下简称“北林银行”）公告称，股东南岭投资合伙企业（有限合伙）（以下简称“南岭投资”）"
            "通过协议转让方式向西岭产业投资集团有限公司（简称“西岭集团”）转让其所持北林银行6.08%股份的事项，已于3月1日完成过户登记。"
            "西岭集团原持有北林银行0.92%的股份，过户完成后合计持股7.00%。")
    assert {p for _, p in _held_by(text, "西岭集团")} == {0.92, 7.0}


def test_a_sale_that_leaves_the_seller_a_smaller_stake_is_not_its_holding() -> None:
    # the seller sold 12% and kept 5.1%: it held 17.1%, not the 12% it sold
    b = "东海银行"
    assert _held_by("2023年5月，北林集团将其持有的东海银行12%股份以3.2亿元的价格转让予南屿投资，"
                    "该次转让已于2023年6月1日完成过户登记，北林集团持股比例降至5.1%。", "北林集团") == {(b, 5.1)}
    assert _held_by("2022年8月，西山控股将所持东海银行6%股权以4.5亿元转让给南屿投资，相关变更已完成，"
                    "西山控股的持股比例由35%降至29%。", "西山控股") == {(b, 35.0), (b, 29.0)}
    # a seller that sold everything it held still held what it sold
    assert _held_by("2022年8月，西山控股将所持东海银行8%股权转让给南屿投资，相关变更已完成。", "西山控股") == {(b, 8.0)}


def test_its_controller_after_a_holder_described_as_a_shareholder() -> None:
    # a holder described by its former rank among C's shareholders, then 其 and its controller: 其 is the holder, not C
    assert pairs("青川集团为东海信托原第三大股东，其实际控制人为周明远。", "HOLDS_STAKE") >= {("周明远", "青川集团")}
    assert ("周明远", "东海信托") not in pairs("青川集团为东海信托原第三大股东，其实际控制人为周明远。", "HOLDS_STAKE")
    assert ("周明远", "青川集团") in pairs("青川集团是东海银行股东，其实际控制人为周明远。", "HOLDS_STAKE")


def test_controlling_holder_all_along() -> None:
    # "C控股股东一直为A": 一直 (all along) between the rank and the copula
    assert pairs("北林科技股份有限公司发布公告。公司控股股东一直为北林集团有限公司。", "HOLDS_STAKE") == {
        ("北林集团有限公司", "北林科技股份有限公司")}
    assert pairs("北林科技股份有限公司的控股股东始终是北林集团有限公司。", "HOLDS_STAKE") == {
        ("北林集团有限公司", "北林科技股份有限公司")}


def test_rank_holder_then_its_share_in_the_next_clause() -> None:
    # "C的第二大股东为(公司创始人、董事长)P，持股17.9%": the share is P's
    s = _stakes("北林科技的第二大股东为公司创始人、董事长周明远，持股17.9%。")
    assert s == {("周明远", "北林科技"): 17.9}
    assert _stakes("东海银行的第一大股东为北林集团，持股比例为25%。") == {("北林集团", "东海银行"): 25.0}


def test_a_holding_once_had_is_former() -> None:
    # "A此前持有C 2.1%", "A曾持有C …", "A原持有C …": a holding A had, no longer has
    for text in ("北林集团此前持有东海银行2.1%的股份，去年已全部转让。", "北林集团曾持有东海银行2.1%的股份。",
                 "北林集团原持有东海银行2.1%的股份。"):
        fs = [f for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"]
        assert [(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("former")) for f in fs] == [
            ("北林集团", "东海银行", 2.1, True)], text
    fs = [f for f in facts_of("北林集团目前持有东海银行2.1%的股份。") if str(f.predicate) == "HOLDS_STAKE"]
    assert not fs[0].qualifiers.get("former")


def test_a_share_after_a_rank_holder_described_by_posts_at_the_company() -> None:
    # the second holder named as the company's founder and chairman, then 持股 and a share: the share is P's (公司 is the company in focus), not the company's
    text = ("南屿光电科技股份有限公司发布公告。北林科技股份有限公司股权分散、无控股股东，第一大股东西山创业投资有限公司持股17.8%，"
            "第二大股东为公司创始人、董事长周明远，持股12.35%，其余股东均不足5%。")
    s = {(h, p) for (h, _), p in _stakes(text).items()}
    assert ("周明远", 12.35) in s and ("北林科技股份有限公司", 12.35) not in s


def test_tied_first_shareholder_holds_the_same_share() -> None:
    # "A持有C 15%股份，与B并列第一大股东": B holds C's 15% too
    s = _stakes("北林集团持有东海银行15%股份，与南屿投资有限公司并列第一大股东。")
    assert s == {("北林集团", "东海银行"): 15.0, ("南屿投资有限公司", "东海银行"): 15.0}


def test_tied_first_shareholder_with_its_short_name_in_brackets() -> None:
    s = _stakes("过户完成后，北林集团持有东海银行8.5%股份，与南屿建设投资集团有限公司（下称“南屿建投”）并列第一大股东。")
    assert s.get(("南屿建设投资集团有限公司", "东海银行")) == 8.5


def test_a_seller_that_still_holds_part_did_not_hold_only_what_it_sold() -> None:
    # "S将所持10%转让予B，…，S则持有30%": S kept 30%, so 10% was not its holding
    text = "北林科技早前将所持东海银行10%股权转让予南屿集团，交易已于今年1月完成，南屿集团持股增至70%，北林科技则持有30%。"
    assert {p for _, p in _held_by(text, "北林科技")} == {30.0}


def test_a_share_after_taking_a_minority_stake_is_of_that_company() -> None:
    # "A还参股(了)C，持股比例为25%": the share is of C, not of a company of the sentences before
    text = "北林科技旗下拥有南屿支付有限公司。此外，北林科技还参股了西山消费金融有限公司，持股比例为25%。"
    assert _held_by(text, "北林科技") == {("西山消费金融有限公司", 25.0)}


def test_described_as_wholly_held_by() -> None:
    # "A为C全资持有的(国有资本运营平台)": C holds all of A
    assert _stakes("北林金控为西江市国资委全资持有的投融资平台，成立于2016年。") == {("西江市国资委", "北林金控"): 100.0}


def test_a_stake_put_up_for_sale_is_still_held() -> None:
    # a share put up for sale (挂牌转让) with no buyer yet (尚未成交): no sale, but S holds the 20% it offers
    text = "去年底，北林信托已将所持西山基金35%股权挂牌转让，至今尚未成交。"
    assert _held_by(text, "北林信托") == {("西山基金", 35.0)}
    assert not pairs(text, "SOLD_STAKE")


def test_a_sale_dated_by_the_deal_done_without_yu() -> None:
    # a sale told in talk, then the deal's noun, its date and 完成, with no 于
    fs = facts_of("北林集团早已把所持东海银行9.9%的股份全部转给了南屿资本，交易2022年4月完成过户。")
    assert quals(fs, "北林集团", "SOLD_STAKE", "东海银行")["date"] == "2022-04"


def test_a_ratio_change_with_ze() -> None:
    # "A持股比例则由34%降至14%": 则 (in turn) between the ratio and its change
    fs = facts_of("北林集团持有西山消金34%股权。2023年，北林集团持股比例则由34%降至14%。")
    assert {f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {34.0, 14.0}


def test_control_changed_from_a_natural_person() -> None:
    # 自然人 (a natural person) written before the former controller's name in a change of control
    fs = facts_of("北林信托发布公告称，公司实际控制人由自然人周明远变更为西江省国资委。")
    assert quals(fs, "周明远", "HOLDS_STAKE", "北林信托").get("former") is True
    assert quals(fs, "西江省国资委", "HOLDS_STAKE", "北林信托")["controlling"] is True


def test_bought_in_and_holds() -> None:
    # "A入股并持有其75%股权": the verb of buying in, then the holding; 其 is the company the text spoke of
    text = "东海银行股份有限公司成立于1990年。2018年，南屿金控入股并持有其75%股权，东海银行自此成为南屿金控的附属公司。"
    assert _held_by(text, "南屿金控") == {("东海银行股份有限公司", 75.0)}


def test_numbered_rows_of_shareholders_with_last_years_share_in_brackets() -> None:
    fs = facts_of("4月20日，北林信托有限责任公司（以下简称“公司”）披露2024年年度报告。\n前五名股东如下（括号内为上年末数据）：\n"
                  "（一）东岳投资控股集团有限公司，持股41.50%（37.20%），为公司控股股东；\n（二）南川资本管理有限公司，持股18.00%（18.00%）；\n"
                  "（三）北川港务集团有限公司，持股6.50%（新进）。")
    got = {(f.subject.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"), f.qualifiers.get("controlling"))
           for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert got == {("东岳投资控股集团有限公司", 41.5, "2024-12-31", True), ("东岳投资控股集团有限公司", 37.2, "2023-12-31", None),
                   ("南川资本管理有限公司", 18.0, "2024-12-31", None), ("北川港务集团有限公司", 6.5, "2024-12-31", None)}


def test_a_numbered_row_of_shareholders_after_a_row_not_read() -> None:
    fs = facts_of("北林信托有限责任公司（以下简称“公司”）披露2024年年度报告。\n前三名股东如下：\n"
                  "（一）东岳投资控股集团有限公司，持股41.50%，为公司控股股东；\n（二）南川的资本，持股18.00%；\n"
                  "（三）西岭实业有限公司，持股7.10%。")
    assert ("西岭实业有限公司", "HOLDS_STAKE", "北林信托有限责任公司", 7.1) in triples(fs, "HOLDS_STAKE")


def test_a_sale_to_a_buyer_described_by_its_market() -> None:
    fs = facts_of("原股东杭州东岳网络科技有限公司将所持北林支付有限公司100%股权作价3.1亿元转让给创业板上市公司南川信息（300999.SZ）。")
    assert quals(fs, "杭州东岳网络科技有限公司", "SOLD_STAKE", "北林支付有限公司")["buyer"] == "南川信息"


def test_a_holding_after_a_clause_of_condition_on_the_deal_is_no_holding() -> None:
    # a holding under 若交易完成 (what the deal would make): what the deal would make, even where the article tells of other deals done
    text = ("西山支付近日完成股东变更登记。东湖证券6月11日晚间公告，拟以不超过3亿元受让北林期货有限公司60%股权。"
            "若交易完成，东湖证券将持有北林期货60%股权，成为其控股股东。")
    assert not [f for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "东湖证券"]
    assert _stakes("东湖证券持有北林期货51%股权，如交易顺利完成后，将增至60%。") == {("东湖证券", "北林期货"): 51.0}


def test_a_buyer_of_all_the_shares_whose_subsidiary_the_target_becomes_holds_all() -> None:
    # "S将所持T 100%股权转让给B，T由此成为B的全资子公司": the buyer holds 100% now
    text = "西山网络科技有限公司将所持北林支付100%股权作价1.5亿元转让给创业板上市公司东湖信息（300999.SZ），北林支付由此成为东湖信息的全资子公司。"
    assert _stakes(text).get(("东湖信息", "北林支付")) == 100.0
    # (no such clause: the buyer's holding is not told)
    assert ("东湖信息", "北林支付") not in _stakes("西山网络科技有限公司将所持北林支付100%股权作价1.5亿元转让给创业板上市公司东湖信息（300999.SZ）。")


def test_a_share_of_the_issued_ordinary_shares_in_total() -> None:
    # "P实益拥有公司已发行普通股总数的X%": a US/HK filing's share of the ordinary shares in issue
    text = "北林科技董事长周明远表示满意。截至2025年3月31日，周明远实益拥有公司已发行普通股总数的23.6%。"
    assert _stakes(text).get(("周明远", "北林科技")) == 23.6


def test_a_done_transfer_after_a_comma_and_one_told_target_first_are_sales() -> None:
    """"S所持T N%股份，已…划转至B": the comma before 已 does not part the share from its transfer;
    "T 32.5%股份原由S持有，已于D划转过户至B": the share named first, its holder until then after 原由."""
    fs = facts_of("东岭信托近日公告，原控股股东北岭城市发展集团有限公司所持东岭信托52.3%股份，已无偿划转至南岭金控。")
    q = quals(fs, "北岭城市发展集团有限公司", "SOLD_STAKE", "东岭信托")
    assert (q["buyer"], q["percent"]) == ("南岭金控", 52.3)
    fs = facts_of("东岭证券27.4%股份原由北岭城市发展集团有限公司持有，已于11月中旬无偿划转过户至南岭金控，划转不涉及对价。", date="2025-11-28")
    q = quals(fs, "北岭城市发展集团有限公司", "SOLD_STAKE", "东岭证券")
    assert (q["buyer"], q["percent"]) == ("南岭金控", 27.4)
    assert quals(fs, "北岭城市发展集团有限公司", "HOLDS_STAKE", "东岭证券")["percent"] == 27.4
    assert not triples(facts_of("东岭证券27.4%股份原由北岭城市发展集团有限公司持有，拟无偿划转至南岭金控。"), "SOLD_STAKE")


def test_several_holdings_under_one_verb_are_the_holder_s_each() -> None:
    """"A持有B 96%股权、C 32.5%股份和D 100%股权": A holds each company's share."""
    fs = facts_of("注入完成后，南岭金控持有北林信托96%股权、北林证券32.5%股份、西岭资产管理有限公司100%股权和东岭融资担保有限公司100%股权。")
    held = {(f.object.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "南岭金控"}
    assert held == {("北林信托", 96.0), ("北林证券", 32.5), ("西岭资产管理有限公司", 100.0), ("东岭融资担保有限公司", 100.0)}


def test_a_holder_ranked_with_no_company_named_holds_the_announcer_s_shares() -> None:
    """In a bank's own transcript, "第一大股东A持股比例为18%" ranks A among the bank's holders, not among
    those of the subsidiary the sentences before spoke of."""
    text = ("主持人：各位投资者好，这里是北林银行股份有限公司（股票代码：601999.SH）2024年半年度业绩说明会。\n"
            "行长：本行持有北林理财有限责任公司100%股权，其上半年规模突破千亿元。\n"
            "财务总监：说到股东情况，第一大股东南岭城投控股集团有限公司持股比例为16.45%，较年初未变。")
    fs = facts_of(text, title="北林银行2024年半年度业绩说明会文字实录")
    held = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("percent") == 16.45}
    assert held == {("南岭城投控股集团有限公司", "北林银行股份有限公司")}


def test_holders_after_a_stake_through_a_wholly_owned_channel_hold_the_listed_company() -> None:
    # the channel's 100% is told in passing: the holders listed after hold the company the sentence is about
    fs = facts_of("澄川智算股份有限公司（简称“澄川智算”）拟于下月挂牌。\n"
                  "招股书披露，柏允川先生经由其全资持有的允川投资有限公司持有澄川智算38.1%股份，是控股股东；"
                  "北川资本持股9.6%，石桥投资持股6.2%。")
    held = triples(fs, "HOLDS_STAKE")
    for holder, pct in (("北川资本", 9.6), ("石桥投资", 6.2)):
        assert (holder, "HOLDS_STAKE", "澄川智算股份有限公司", pct) in held
    assert ("柏允川", "HOLDS_STAKE", "允川投资有限公司", 100.0) in held


_CAPITAL_ROUND = ("北辰消费金融有限公司（简称“北辰消金”）去年扩股至20亿元。\n"
                  "据披露，此轮扩股完成后，青州银行出资6亿元，持股比例从58%提高到63%；"
                  "第二大股东南方恒远集团有限公司出资1.5亿元，持股比例从27%下降到21%；"
                  "科创板上市公司岚图股份（688321.SH）出资0.8亿元，持股比例从15%下降到10%。")


def test_a_rank_before_a_legal_name_is_no_part_of_it() -> None:
    # "第二大股东" + "南方…": 东南 is a word, but the rank ends before the name
    held = triples(facts_of(_CAPITAL_ROUND), "HOLDS_STAKE")
    assert {("南方恒远集团有限公司", "HOLDS_STAKE", "北辰消费金融有限公司", p) for p in (21.0, 27.0)} <= held


def test_a_listed_company_described_by_its_market_heads_its_clause() -> None:
    # "科创板上市公司A（ticker）出资…，持股比例从X下降到Y": A is the holder of the clause
    held = triples(facts_of(_CAPITAL_ROUND), "HOLDS_STAKE")
    assert {("岚图股份", "HOLDS_STAKE", "北辰消费金融有限公司", p) for p in (10.0, 15.0)} <= held


def test_remainder_held_by_a_holder_with_its_home_before_de() -> None:
    """"餘下N%由日本的A持有": where the holder is from stands before 的; the rest is A's."""
    facts = facts_of("嘉順金融由嘉順集團持有約88.5%，餘下約11.5%由新加坡的南洋聯合銀行持有。")
    assert quals(facts, "南洋聯合銀行", "HOLDS_STAKE", "嘉順金融")["percent"] == 11.5


def test_a_cutoff_in_an_earlier_clause_dates_the_holdings_of_the_same_sentence() -> None:
    """"截至D，…；A持股" + a figure: the clauses joined by "；" up to the full stop are told as of D."""
    facts = facts_of("截至2024年末，北川银行资产总额900亿元；第一大股东南岭投资集团有限公司持有北川银行15%的股份。")
    assert quals(facts, "南岭投资集团有限公司", "HOLDS_STAKE", "北川银行", percent=15.0)["as_of"] == "2024-12-31"
    facts = facts_of("南嶺投資是北川銀行第一大股東，截至2024年6月30日持股15%；東林集團為第二大股東，持股8%。")
    assert quals(facts, "東林集團", "HOLDS_STAKE", "北川銀行", percent=8.0)["as_of"] == "2024-06-30"
    # (near misses: a full stop between, or a clause of its own later date)
    facts = facts_of("截至2024年末，北川银行资产总额900亿元。第一大股东南岭投资集团有限公司持有北川银行15%的股份。")
    assert "as_of" not in quals(facts, "南岭投资集团有限公司", "HOLDS_STAKE", "北川银行", percent=15.0)
    facts = facts_of("截至2024年末，北川银行资产总额900亿元；2025年3月，南岭投资集团有限公司持有北川银行15%的股份。")
    assert quals(facts, "南岭投资集团有限公司", "HOLDS_STAKE", "北川银行", percent=15.0)["as_of"] == "2025-03"


def test_the_notices_own_day_as_cutoff_dates_the_holdings_it_frames() -> None:
    """"截至本公告披露日" / "於本公告日期" / a reply's "截至本回覆公告披露日": the holdings told under it are of the notice's day."""
    day = "2025-02-14"
    facts = facts_of("截至本回覆公告披露日，北林控股持有南山科技股份38,420,000股，占南山科技总股本的18.62%。", date=day)
    assert quals(facts, "北林控股", "HOLDS_STAKE", "南山科技", percent=18.62)["as_of"] == day
    facts = facts_of("截至本公告披露日，北林控股持有南山科技27.65%的股份；东川投资持有南山科技4.61%的股份。", date=day)
    assert quals(facts, "东川投资", "HOLDS_STAKE", "南山科技", percent=4.61)["as_of"] == day
    facts = facts_of("2、截至本公告披露日，南山科技的控股股东为北林控股，持有南山科技27.65%的股份。东川投资持有南山科技4.61%的股份。", date=day)
    assert quals(facts, "东川投资", "HOLDS_STAKE", "南山科技", percent=4.61)["as_of"] == day
    facts = facts_of("於本公告日期，北林控股有限公司持有南山金融控股有限公司42.36%已發行股份；東川投資有限公司持有南山金融控股有限公司8.12%已發行股份。", date=day)
    assert quals(facts, "東川投資有限公司", "HOLDS_STAKE", "南山金融控股有限公司", percent=8.12)["as_of"] == day
    # (near misses: a sentence between of its own time, a frame that speaks of no holding)
    facts = facts_of("截至本公告披露日，北林控股持有南山科技27.65%的股份。2024年3月，东川投资持有南山科技4.61%的股份。", date=day)
    assert quals(facts, "东川投资", "HOLDS_STAKE", "南山科技", percent=4.61)["as_of"] == "2024-03"
    facts = facts_of("截至本公告披露日，南山科技未收到任何通知。东川投资持有南山科技4.61%的股份。", date=day)
    assert "as_of" not in quals(facts, "东川投资", "HOLDS_STAKE", "南山科技", percent=4.61)
