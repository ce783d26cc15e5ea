"""Tables read by the columns their header names (extract.rules.column_rosters, extract.rules.holder_tables)."""

from __future__ import annotations

from tests.helpers import facts_of, posts, quals


def test_post_column_after_other_columns_gives_each_post_of_the_cell() -> None:
    text = ("岱川智能装备股份有限公司员工持股计划参与人员名单\n"
            "编号｜参与人｜姓名｜所属部门｜职务｜认购份额（万份）\n"
            "1｜管理层｜庞书衡｜总经办｜董事、总经理｜120.00\n"
            "2｜管理层｜尉迟澜｜财务部｜财务总监、董事会秘书｜80.00\n"
            "3｜骨干员工｜温若水｜研发中心｜研发工程师｜20.00\n")
    got = posts(text)
    assert {("庞书衡", "岱川智能装备股份有限公司", "director"), ("庞书衡", "岱川智能装备股份有限公司", "general_manager"),
            ("尉迟澜", "岱川智能装备股份有限公司", "cfo"), ("尉迟澜", "岱川智能装备股份有限公司", "board_secretary")} <= got


def test_a_column_of_appointment_dates_gives_each_post_its_start() -> None:
    text = ("沅江农村商业银行股份有限公司2023年年度报告（摘要）\n"
            "二、高级管理人员情况\n"
            "任职时间｜职位｜姓名｜学历\n"
            "2019年11月｜行长｜柴博远｜硕士\n"
            "2022年4月｜副行长｜盛一苇｜本科\n")
    fs = facts_of(text)
    assert quals(fs, "柴博远", "HOLDS_POSITION", "沅江农村商业银行股份有限公司", role="president")["start"] == "2019-11"
    assert quals(fs, "盛一苇", "HOLDS_POSITION", "沅江农村商业银行股份有限公司", role="vice_president")["start"] == "2022-04"


def test_a_column_of_holders_legal_representatives() -> None:
    text = ("瓯海商业保理有限公司2024年度信息披露报告\n"
            "截至2024年12月31日，本公司股东情况如下：\n"
            "股东名称｜出资比例｜法定代表人｜成立时间\n"
            "温州瓯信投资集团有限公司｜70%｜包子墨｜2010年\n"
            "浙江千岙实业有限公司｜30%｜麻天佑｜2015年\n")
    fs = facts_of(text)
    assert quals(fs, "温州瓯信投资集团有限公司", "HOLDS_STAKE", "瓯海商业保理有限公司")["percent"] == 70
    assert quals(fs, "浙江千岙实业有限公司", "HOLDS_STAKE", "瓯海商业保理有限公司")["percent"] == 30
    got = posts(text)
    assert ("包子墨", "温州瓯信投资集团有限公司", "other") in got
    assert ("麻天佑", "浙江千岙实业有限公司", "other") in got


def test_a_majority_held_row_of_a_subsidiaries_table_is_a_subsidiary() -> None:
    text = ("汀州数据服务股份有限公司2024年半年度报告（摘要）\n"
            "子公司名称｜持股比例｜注册资本｜经营范围\n"
            "汀州云算科技有限公司｜70.00%｜5000万元｜云计算服务\n"
            "汀州智联信息有限公司｜35.00%｜2000万元｜物联网设备\n")
    fs = facts_of(text)
    assert quals(fs, "汀州云算科技有限公司", "SUBSIDIARY_OF", "汀州数据服务股份有限公司")["kind"] == "subsidiary"
    assert not [f for f in fs if str(f.predicate) == "SUBSIDIARY_OF" and f.subject.name == "汀州智联信息有限公司"]
