"""Tables whose rows are firms, read by their header's columns (extract.rules.firm_tables): a post column, old and
new columns of a change, a column of controllers with their shares in brackets; and the layouts beside them that
the same round taught other readers: "A——60%" rows under a lead, a roster's column of posts elsewhere, a table of
held companies dated by the heading above it."""

from __future__ import annotations

from .helpers import facts_of


def _facts(text: str, title: str = "") -> set[tuple]:
    out = set()
    for f in facts_of(text, title):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name,
                 q.get("title") or q.get("role") or q.get("percent") or q.get("kind"), q.get("date") or q.get("as_of")))
    return out


def test_a_register_of_lenders_with_a_legal_representative_column() -> None:
    text = ("下表为本年度通过复核的融资担保机构：\n"
            "序号｜企业全称｜所在地区｜法定代表人｜经营状态\n"
            "1｜栎川融资担保有限公司｜北岸区｜詹若谷｜存续\n"
            "2｜苇塘融资担保股份有限公司｜东湖区｜聂晚晴｜存续\n")
    got = {(s, p, o, t) for s, p, o, t, _d in _facts(text, "融资担保机构年度复核结果")}
    assert ("詹若谷", "HOLDS_POSITION", "栎川融资担保有限公司", "法定代表人") in got
    assert ("聂晚晴", "HOLDS_POSITION", "苇塘融资担保股份有限公司", "法定代表人") in got


def test_renames_in_before_and_after_name_columns_with_their_day() -> None:
    text = ("经审核，以下会员已完成名称变更：\n"
            "序号｜变更前名称｜变更后名称｜核准日期\n"
            "1｜檀溆财务咨询有限公司｜檀溆科技发展有限公司｜2023年2月17日\n"
            "2｜砚溪投资顾问有限公司｜砚溪资本有限公司｜2023年5月9日\n")
    got = _facts(text)
    assert ("檀溆财务咨询有限公司", "RENAMED_TO", "檀溆科技发展有限公司", None, "2023-02-17") in got
    assert ("砚溪投资顾问有限公司", "RENAMED_TO", "砚溪资本有限公司", None, "2023-05-09") in got


def test_a_legal_representative_passed_on_in_bracketed_before_after_columns() -> None:
    text = ("本季度登记事项变动\n"
            "机构名称｜法定代表人（变更前）｜法定代表人（变更后）｜变更日期\n"
            "椒岭冷链物流有限公司｜喻知白｜滕若川｜2022年11月3日\n")
    got = _facts(text)
    assert ("滕若川", "SUCCEEDED", "喻知白", "法定代表人", "2022-11-03") in got
    pos = {(s, o) for s, p, o, _t, _d in got if p == "HOLDS_POSITION"}
    assert ("滕若川", "椒岭冷链物流有限公司") in pos and ("喻知白", "椒岭冷链物流有限公司") in pos


def test_a_licensee_table_in_traditional_with_controllers_and_a_chief_executive() -> None:
    text = ("下列兩間放債人公司本年度續牌，其資料如下：\n"
            "機構名稱｜行政總裁｜控股股東\n"
            "朗岫財務有限公司｜簡伯言｜朗岫實業有限公司（持有70%）、栢川投資有限公司（持有30%）\n"
            "杉汀信貸有限公司｜鄺樂怡｜杉汀置業有限公司（全資擁有）\n")
    got = {(s, p, o, t) for s, p, o, t, _d in _facts(text)}
    assert ("簡伯言", "HOLDS_POSITION", "朗岫財務有限公司", "ceo") in got
    assert ("鄺樂怡", "HOLDS_POSITION", "杉汀信貸有限公司", "ceo") in got
    assert ("朗岫實業有限公司", "HOLDS_STAKE", "朗岫財務有限公司", 70.0) in got
    assert ("栢川投資有限公司", "HOLDS_STAKE", "朗岫財務有限公司", 30.0) in got
    assert ("杉汀信貸有限公司", "SUBSIDIARY_OF", "杉汀置業有限公司", "wholly_owned") in got


def test_holders_written_with_a_dash_before_their_share() -> None:
    text = ("四、出资人情况\n截至2023年9月30日，发行人的股东构成如下：\n"
            "渚石物产有限公司——58%\n潭柘商贸有限公司—42%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text, "蓼汀供应链有限公司2023年度第二期中期票据募集说明书") if p == "HOLDS_STAKE"}
    assert any(s == "渚石物产有限公司" and t == 58.0 and d == "2023-09-30" for s, _o, t, d in got)
    assert any(s == "潭柘商贸有限公司" and t == 42.0 and d == "2023-09-30" for s, _o, t, d in got)


def test_a_board_roster_whose_last_column_gives_each_members_post_elsewhere() -> None:
    text = ("社團法人嵐嶼金融研究學會理事會成員\n"
            "職稱｜姓名｜現職\n"
            "董事長｜鍾予安｜苓州產物保險股份有限公司董事長\n"
            "董事｜湯書禾｜苓州期貨股份有限公司總經理\n")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("鍾予安", "苓州產物保險股份有限公司", "chairman") in got
    assert ("湯書禾", "苓州期貨股份有限公司", "general_manager") in got
    assert any(s == "湯書禾" and t == "director" for s, _o, t in got)


def test_a_table_of_held_companies_dated_by_the_heading_above_it() -> None:
    text = ("禾畔慈善基金会年度报告\n五、股权投资（2023年12月31日）\n"
            "被投资企业｜持有股数｜持股比例\n"
            "芦湾融资担保股份有限公司｜2,500,000｜6.25%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text) if p == "HOLDS_STAKE"}
    assert ("禾畔慈善基金会", "芦湾融资担保股份有限公司", 6.25, "2023-12-31") in got


def test_a_legal_representative_in_brackets_after_the_firm() -> None:
    text = ("在本轮抽查中，检查组约谈了渠丰商贸有限公司（法定代表人：岑望舒），"
            "要求其在三十日内补齐进货台账。")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("岑望舒", "渠丰商贸有限公司", "法定代表人") in got


def test_an_opinions_own_checking_frame_leaves_the_post_to_the_company_checked() -> None:
    text = ("苇岸律师事务所（下称“本所”）就股权转让事宜出具本意见。\n"
            "经本所律师查验，汀兰物流有限公司于2011年设立，现法定代表人为鲁怀瑾。")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text, "苇岸律师事务所就汀兰物流有限公司股权转让的意见") if p == "HOLDS_POSITION"}
    assert ("鲁怀瑾", "汀兰物流有限公司", "法定代表人") in got
    assert not any(o == "苇岸律师事务所" for _s, o, _t in got)


def test_an_executive_partner_named_after_a_clause_of_what_else_the_person_holds() -> None:
    text = "据工商资料，苗清远持有丰汇科技有限公司过半股份，同时出任杉禾创业投资中心（有限合伙）的执行事务合伙人。"
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("苗清远", "杉禾创业投资中心（有限合伙）", "执行事务合伙人") in got


def test_a_legal_representative_written_with_xi_in_a_filings_prose() -> None:
    text = "榕岸贸易有限公司主营冷链仓储，在东港区注册，法定代表人系蔺秋实。"
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("蔺秋实", "榕岸贸易有限公司", "法定代表人") in got


def test_a_register_drawn_with_spaces_and_a_head_column() -> None:
    text = ("拍卖企业年度核验情况\n"
            "企业名称　　　　　　　　　负责人　　　核验结论\n"
            "霁岫拍卖有限公司　　　　　　柏青崖　　　通过\n"
            "临皋艺术品拍卖有限公司　　　贺兰舟　　　通过\n")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("柏青崖", "霁岫拍卖有限公司", "负责人") in got
    assert ("贺兰舟", "临皋艺术品拍卖有限公司", "负责人") in got


def test_a_hong_kong_holders_table_dated_by_its_lead_with_a_share_of_issued_shares_column() -> None:
    text = ("於2024年9月30日，下列人士於嵐峰證券有限公司股份中擁有權益：\n"
            "股東名稱｜股份數目｜佔已發行股份百分比\n"
            "嵐峰控股有限公司｜24,000,000｜80.00%\n"
            "冼宏遠｜1,800,000｜6.00%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text) if p == "HOLDS_STAKE"}
    assert ("嵐峰控股有限公司", "嵐峰證券有限公司", 80.0, "2024-09-30") in got
    assert ("冼宏遠", "嵐峰證券有限公司", 6.0, "2024-09-30") in got


def test_a_table_of_people_with_their_posts_before_and_after() -> None:
    text = ("蘅渚信托有限责任公司公告\n经董事会研究，下列人员职务调整如下：\n"
            "姓名｜原任职务｜现任职务｜生效日期\n"
            "祁望舟｜副总裁｜总裁｜2023年4月10日\n")
    facts = facts_of(text, "蘅渚信托有限责任公司公告")
    got = {(f.subject.name, f.qualifiers.get("role"), f.qualifiers.get("start"), f.qualifiers.get("end"))
           for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("祁望舟", "vice_president", None, "2023-04-10") in got
    assert ("祁望舟", "president", "2023-04-10", None) in got
