"""A filing's officer table under a heading that names no party ("（三）主要管理人员") lists the officers of the party
its chapter is about ("第二节　收购人基本情况"), not the listed company's (extract.rules.spaced_tables). Text written
for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_REPORT = ("墨川光电股份有限公司\n收购报告书\n\n"
           "上市公司名称：墨川光电股份有限公司\n股票上市地点：深交所\n股票代码：300942\n\n"
           "收购人：雁回城发集团有限公司\n\n"
           "第一节　释义\n雁回城发　指　雁回城发集团有限公司\n\n"
           "第二节　收购人基本情况\n（一）控股股东\n雁回城发成立于2009年，注册资本30亿元。\n"
           "（三）主要管理人员\n"
           "姓名　　　职务　　　　　国籍　长期居住地\n"
           "韦听澜　　董事长　　　　中国　雁回\n"
           "岑牧野　　董事、总经理　中国　雁回\n\n"
           "第三节　收购目的\n收购前，雁回城发不持有墨川光电的股份。\n")


def test_the_tables_officers_are_the_chapters_partys() -> None:
    got = posts(_REPORT)
    assert ("韦听澜", "雁回城发集团有限公司", "chairman") in got
    assert ("岑牧野", "雁回城发集团有限公司", "general_manager") in got
    assert not any(company == "墨川光电股份有限公司" for _p, company, _r in got)


def test_a_table_outside_a_partys_chapter_keeps_the_pages_company() -> None:
    text = _REPORT.replace("第二节　收购人基本情况", "第二节　上市公司概况")
    got = posts(text)
    assert not any(company == "雁回城发集团有限公司" for _p, company, _r in got)
    assert facts_of(text)  # (the page still reads)
