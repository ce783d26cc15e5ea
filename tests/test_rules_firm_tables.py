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
    text = ("附件：全市小额贷款公司名录（第三批）\n"
            "编号｜公司全称｜法定代表人｜注册资本（万元）｜成立日期\n"
            "01｜青禾县惠农小额贷款有限公司｜顾子墨｜20000｜2014年5月\n"
            "02｜松岗区融通小额贷款股份有限公司｜乔安澜｜30000｜2016年11月\n")
    got = {(s, p, o, t) for s, p, o, t, _d in _facts(text, "市地方金融管理局关于小额贷款公司名录的通知")}
    assert ("顾子墨", "HOLDS_POSITION", "青禾县惠农小额贷款有限公司", "法定代表人") in got
    assert ("乔安澜", "HOLDS_POSITION", "松岗区融通小额贷款股份有限公司", "法定代表人") in got


def test_renames_in_before_and_after_name_columns_with_their_day() -> None:
    text = ("行业协会关于会员单位信息变更的通报\n"
            "序号｜变更前名称｜变更后名称｜核准日期\n"
            "1｜白鹭典当有限责任公司｜白鹭金融服务有限公司｜2024年10月8日\n"
            "2｜远洲商业保理有限公司｜远洲供应链保理有限公司｜2024年11月20日\n")
    got = _facts(text)
    assert ("白鹭典当有限责任公司", "RENAMED_TO", "白鹭金融服务有限公司", None, "2024-10-08") in got
    assert ("远洲商业保理有限公司", "RENAMED_TO", "远洲供应链保理有限公司", None, "2024-11-20") in got


def test_a_legal_representative_passed_on_in_bracketed_before_after_columns() -> None:
    text = ("登记机关变更信息摘要\n"
            "机构名称｜法定代表人（变更前）｜法定代表人（变更后）｜变更日期\n"
            "岚山汇付网络技术有限公司｜邵一鸣｜符晓岚｜2023年7月14日\n")
    got = _facts(text)
    assert ("符晓岚", "SUCCEEDED", "邵一鸣", "法定代表人", "2023-07-14") in got
    pos = {(s, o) for s, p, o, _t, _d in got if p == "HOLDS_POSITION"}
    assert ("符晓岚", "岚山汇付网络技术有限公司") in pos and ("邵一鸣", "岚山汇付网络技术有限公司") in pos


def test_a_licensee_table_in_traditional_with_controllers_and_a_chief_executive() -> None:
    text = ("保險業監管局公布新獲授權的保險經紀公司：\n"
            "公司名稱｜控股股東｜行政總裁\n"
            "澄灣保險經紀有限公司｜澄灣控股有限公司（持有55%）、北嶺資本有限公司（持有45%）｜莫曉陽\n"
            "銀杉保險顧問有限公司｜銀杉集團有限公司（間接全資擁有）｜祝嘉盈\n")
    got = {(s, p, o, t) for s, p, o, t, _d in _facts(text)}
    assert ("莫曉陽", "HOLDS_POSITION", "澄灣保險經紀有限公司", "ceo") in got
    assert ("祝嘉盈", "HOLDS_POSITION", "銀杉保險顧問有限公司", "ceo") in got
    assert ("澄灣控股有限公司", "HOLDS_STAKE", "澄灣保險經紀有限公司", 55.0) in got
    assert ("北嶺資本有限公司", "HOLDS_STAKE", "澄灣保險經紀有限公司", 45.0) in got
    assert ("銀杉保險顧問有限公司", "SUBSIDIARY_OF", "銀杉集團有限公司", "wholly_owned") in got


def test_holders_written_with_a_dash_before_their_share() -> None:
    text = ("二、股权结构\n截至2024年6月30日，发行人股权结构如下：\n"
            "远帆实业集团有限公司——62%\n青屿投资管理有限公司—38%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text, "岱山融资租赁有限公司2024年度第一期债券募集说明书") if p == "HOLDS_STAKE"}
    assert any(s == "远帆实业集团有限公司" and t == 62.0 and d == "2024-06-30" for s, _o, t, d in got)
    assert any(s == "青屿投资管理有限公司" and t == 38.0 and d == "2024-06-30" for s, _o, t, d in got)


def test_a_board_roster_whose_last_column_gives_each_members_post_elsewhere() -> None:
    text = ("財團法人青松公益基金會董事名冊\n"
            "職稱｜姓名｜現職\n"
            "董事長｜何以寧｜松禾商業銀行股份有限公司董事長\n"
            "董事｜葉文軒｜松禾證券股份有限公司總經理\n")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("何以寧", "松禾商業銀行股份有限公司", "chairman") in got
    assert ("葉文軒", "松禾證券股份有限公司", "general_manager") in got
    assert any(s == "葉文軒" and t == "director" for s, _o, t in got)


def test_a_table_of_held_companies_dated_by_the_heading_above_it() -> None:
    text = ("岚溪教育基金会年度信息公开\n四、对外投资（2024年6月30日）\n"
            "被投资企业｜持有股数｜持股比例\n"
            "岚溪农村商业银行股份有限公司｜8,000,000｜4.50%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text) if p == "HOLDS_STAKE"}
    assert ("岚溪教育基金会", "岚溪农村商业银行股份有限公司", 4.5, "2024-06-30") in got


def test_a_legal_representative_in_brackets_after_the_firm() -> None:
    text = ("根据相关规定，青川数联科技有限公司（法定代表人：严书衡）已于2024年9月办结注销手续，"
            "其余两家机构仍在整改。")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("严书衡", "青川数联科技有限公司", "法定代表人") in got


def test_an_opinions_own_checking_frame_leaves_the_post_to_the_company_checked() -> None:
    text = ("上海恒衡律师事务所（以下简称“本所”）受托出具本意见。\n"
            "经本所律师核查，远桥资产管理有限公司成立于2018年4月，法定代表人为梅子谦。")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text, "上海恒衡律师事务所关于远桥资产管理有限公司的法律意见") if p == "HOLDS_POSITION"}
    assert ("梅子谦", "远桥资产管理有限公司", "法定代表人") in got
    assert not any(o == "上海恒衡律师事务所" for _s, o, _t in got)


def test_an_executive_partner_named_after_a_clause_of_what_else_the_person_holds() -> None:
    text = "另查明，卓一凡持有溪山控股有限公司65%的股权，并担任溪山同创企业管理合伙企业（有限合伙）的执行事务合伙人。"
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("卓一凡", "溪山同创企业管理合伙企业（有限合伙）", "执行事务合伙人") in got


def test_a_legal_representative_written_with_xi_in_a_filings_prose() -> None:
    text = "经查询，北沙数据服务有限公司设立于2017年8月，注册资本8000万元，法定代表人系宁致远。"
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("宁致远", "北沙数据服务有限公司", "法定代表人") in got


def test_a_register_drawn_with_spaces_and_a_head_column() -> None:
    text = ("典当行年审结果（第二批）\n"
            "企业名称　　　　　　　　　负责人　　　年审结论\n"
            "云岫典当有限责任公司　　　　柏青崖　　　合格\n"
            "临皋典当有限公司　　　　　　贺兰舟　　　合格\n")
    got = {(s, o, t) for s, p, o, t, _d in _facts(text) if p == "HOLDS_POSITION"}
    assert ("柏青崖", "云岫典当有限责任公司", "负责人") in got
    assert ("贺兰舟", "临皋典当有限公司", "负责人") in got


def test_a_hong_kong_holders_table_dated_by_its_lead_with_a_share_of_issued_shares_column() -> None:
    text = ("於2025年3月31日，據本公司所知，以下人士持有澄灣證券有限公司的權益：\n"
            "股東名稱｜股份數目｜佔已發行股份百分比\n"
            "澄灣金融集團有限公司｜45,000,000｜75.00%\n"
            "杜敏行｜6,000,000｜10.00%\n")
    got = {(s, o, t, d) for s, p, o, t, d in _facts(text) if p == "HOLDS_STAKE"}
    assert ("澄灣金融集團有限公司", "澄灣證券有限公司", 75.0, "2025-03-31") in got
    assert ("杜敏行", "澄灣證券有限公司", 10.0, "2025-03-31") in got


def test_a_table_of_people_with_their_posts_before_and_after() -> None:
    text = ("青汀农村商业银行股份有限公司关于高级管理人员调整的公告\n本行董事会审议通过下列调整：\n"
            "姓名｜原任职务｜现任职务｜生效日期\n"
            "季牧之｜副行长｜行长｜2024年8月1日\n")
    facts = facts_of(text, "青汀农商银行关于高级管理人员调整的公告")
    got = {(f.subject.name, f.qualifiers.get("role"), f.qualifiers.get("start"), f.qualifiers.get("end"))
           for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("季牧之", "vice_president", None, "2024-08-01") in got
    assert ("季牧之", "president", "2024-08-01", None) in got
