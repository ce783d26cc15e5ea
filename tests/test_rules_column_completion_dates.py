"""Dates a post or a stake takes from elsewhere than its own clause, on texts written for these tests:
a roster table's date column (extract.table_dates, extract.rules.column_dates), a deal's completion day
named once and referred to later (extract.completion_refs), a registry extract's query day
(extract.rules.registry_day), a rename told with a change of company form or on 同日, and a post
given by "T一职由P出任"."""

from __future__ import annotations

from extract.table_dates import DateValue, cell_span, date_columns, row_tenure, table_header

from .helpers import facts_of


def _quals(facts, subject: str, predicate: str, obj: str | None = None, role: str | None = None) -> list[dict]:
    return [dict(f.qualifiers) for f in facts if f.subject.name == subject and str(f.predicate) == predicate
            and (obj is None or f.object.name == obj) and (role is None or f.qualifiers.get("role") == role)]


def test_date_columns_found_by_header_words() -> None:
    cols = date_columns(["姓名", "职位", "出生年份", "就任日期", "备注"])
    assert (cols.start, cols.end, cols.span) == (3, None, None)
    cols = date_columns(["姓名", "職務", "任期起始日", "任期屆滿日"])
    assert (cols.start, cols.end) == (2, 3)
    assert date_columns(["姓名", "职务", "任职期间"]).span == 2
    assert not date_columns(["姓名", "职务", "学历"])


def test_span_cells_read_both_ends() -> None:
    assert cell_span("2019.04-2023.10") == (DateValue(2019, 4), DateValue(2023, 10), False)
    assert cell_span("2021年6月至今") == (DateValue(2021, 6), None, True)
    assert cell_span("2020年2月至9月") == (DateValue(2020, 2), DateValue(2020, 9), False)


def test_row_tenure_skips_cells_between() -> None:
    header = ["姓名", "职务", "性别", "年龄", "任职期间"]
    start, end = row_tenure(header, ["祝沛然", "副行长", "男", "51", "2016.07-2022.12"])
    assert (start, end) == (DateValue(2016, 7), DateValue(2022, 12))


def test_table_header_is_the_first_line_of_the_run() -> None:
    text = "管理层一览\n姓名 | 职务 | 就任日期\n---|---|---\n甘露凝 | 行长 | 2019年8月\n"
    header, row = table_header(text, text.index("甘露凝"))
    assert header == ["姓名", "职务", "就任日期"] and row[0] == "甘露凝"


ROSTER = (
    "鸿岸信托股份有限公司2023年度报告（摘要）\n\n"
    "二、董事会及高级管理人员\n"
    "姓名｜职务｜性别｜出生年份｜任职日期｜主要工作经历\n"
    "裴知远｜董事长｜男｜1966｜2018年11月｜现任汀洲实业集团有限公司总经理\n"
    "晏清禾｜独立董事｜女｜1975｜2022年4月｜财经大学会计学副教授\n"
)


def test_roster_posts_dated_by_their_date_column() -> None:
    fs = facts_of(ROSTER, date="2024-04-20")
    assert _quals(fs, "裴知远", "HOLDS_POSITION", "鸿岸信托股份有限公司", "chairman")[0].get("start") == "2018-11"
    assert _quals(fs, "晏清禾", "HOLDS_POSITION", "鸿岸信托股份有限公司", "independent_director")[0].get("start") == "2022-04"
    # (the post a résumé cell names at another company is not the table's post: the column does not date it)
    assert all(not q.get("start") for q in _quals(fs, "裴知远", "HOLDS_POSITION", "汀洲实业集团有限公司"))


COMPLETED = (
    "澄港控股有限公司（股份代号：3321）昨日宣布，其吸收合并岚石数据有限公司的交易已于5月9日完成。"
    "合并对价以新发行股份支付，岚石数据有限公司原股东合共获发4亿股。\n\n"
    "岚石数据有限公司由沈立川于2015年创办，主要从事云端存储业务。公司总部设于深圳。公司现有员工约三百人。"
    "去年其营业额按年增长约两成。\n\n"
    "合并后的管理层安排如下：澄港控股有限公司自完成日起由沈立川出任行政总裁；"
    "欧阳若琳为首席财务官。\n"
)


def test_completion_day_dates_posts_from_the_completion() -> None:
    fs = facts_of(COMPLETED, date="2025-05-11")
    assert _quals(fs, "沈立川", "HOLDS_POSITION", "澄港控股有限公司", "ceo")[0].get("start") == "2025-05-09"


def test_completion_day_dates_a_stake_after_it() -> None:
    text = ("晋安金融集团有限公司公布，向大股东柘林投资有限公司配发新股的认购事项已于9月3日完成。认购价每股0.8港元。\n\n"
            "柘林投资有限公司由晋安金融集团有限公司主席邓启荣全资拥有。认购所得款项将用于补充营运资金。"
            "认购完成后，柘林投资有限公司持有晋安金融集团有限公司约57.4%已发行股份。\n")
    fs = facts_of(text, date="2024-09-05")
    qs = _quals(fs, "柘林投资有限公司", "HOLDS_STAKE", "晋安金融集团有限公司")
    assert any(q.get("percent") == 57.4 and q.get("as_of") == "2024-09-03" for q in qs)


def test_planned_completion_day_is_not_carried() -> None:
    text = ("澄港控股有限公司宣布，其吸收合并岚石数据有限公司的交易预计于5月9日完成。"
            "合并对价以新发行股份支付。交易仍待股东批准。\n\n岚石数据有限公司由沈立川于2015年创办。公司总部设于深圳。"
            "公司现有员工约三百人。\n\n澄港控股有限公司自完成日起由沈立川出任行政总裁。\n")
    fs = facts_of(text, date="2025-04-20")
    assert all(q.get("start") != "2025-05-09" for q in _quals(fs, "沈立川", "HOLDS_POSITION", role="ceo"))


def test_registry_query_day_dates_the_holdings_it_lists() -> None:
    text = ("根据企业信用信息公示系统，溪桥支付科技股份有限公司已于上月更换董事长。\n\n"
            "以下为该公司登记资料节录（查询日期：2025年3月5日）：\n"
            "公司名称：溪桥支付科技股份有限公司\n"
            "实收资本额(元)：500,000,000\n"
            "序号｜职称｜姓名｜所代表法人｜持有股份数(股)\n"
            "0001｜董事长｜甘伯庸｜北澜资本股份有限公司｜30,000,000\n"
            "0002｜董事｜柯若晨｜｜5,000,000\n\n"
            "据此计算，北澜资本股份有限公司持有溪桥支付科技股份有限公司60%股份，柯若晨持股10%。\n")
    fs = facts_of(text, date="2025-03-07")
    qs = _quals(fs, "北澜资本股份有限公司", "HOLDS_STAKE", "溪桥支付科技股份有限公司")
    assert qs and qs[0].get("as_of") == "2025-03-05"


def test_rename_joined_to_a_change_of_form_takes_its_day() -> None:
    text = ("本公司历史沿革：本公司前身为鹭江证券经纪有限责任公司，2011年8月改制为股份有限公司，"
            "并更名为鹭江证券股份有限公司。本公司注册资本为人民币50亿元。")
    fs = facts_of(text, date="2024-03-01")
    qs = _quals(fs, "鹭江证券经纪有限责任公司", "RENAMED_TO")
    assert qs and qs[0].get("date") == "2011-08"


def test_rename_on_the_same_day_takes_the_day_before_not_one_after() -> None:
    text = ("北岭资本有限公司昨日公告，其与鸣翠医疗有限公司的合并已于7月15日完成。"
            "北岭资本有限公司同日更名为鸣翠医疗控股有限公司，股份由今日（17日）起以新代号买卖。")
    fs = facts_of(text, date="2025-07-17")
    qs = [dict(f.qualifiers) for f in fs if str(f.predicate) == "RENAMED_TO" and f.object.name == "鸣翠医疗控股有限公司"]
    assert qs and qs[0].get("date") == "2025-07-15"


def test_post_given_by_yi_zhi_you_chu_ren_takes_the_day() -> None:
    text = ("蓝泽保险股份有限公司董事会于2024年10月8日召开会议。同日，蓝泽保险股份有限公司总经理一职由副总经理祁文渊出任。")
    fs = facts_of(text, date="2024-10-10")
    qs = _quals(fs, "祁文渊", "HOLDS_POSITION", "蓝泽保险股份有限公司", "general_manager")
    assert qs and qs[0].get("start") == "2024-10-08"
