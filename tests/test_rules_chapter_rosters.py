"""A filing's officer table under a heading that names no party ("三、董事及主要负责人") lists the officers of the party
its chapter is about ("第二节　收购人介绍"), not the listed company's (extract.rules.spaced_tables)."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_REPORT = ("松岩新材股份有限公司\n收购报告书（摘要）\n\n"
           "上市公司名称：松岩新材股份有限公司\n股票上市地点：上海证券交易所\n股票代码：603968\n\n"
           "收购人：澜沧产业发展集团有限公司\n\n"
           "第一节　释义\n澜沧集团　指　澜沧产业发展集团有限公司\n\n"
           "第二节　收购人介绍\n一、收购人的股权结构\n云南省国资委持有澜沧集团100%股权。\n"
           "三、董事及主要负责人\n"
           "姓名　　　职务　　　　　国籍　长期居住地\n"
           "卢望舒　　董事长　　　　中国　昆明\n"
           "纪云初　　董事、总经理　中国　昆明\n\n"
           "第三节　收购方式\n本次收购前，澜沧集团未持有松岩新材股份。\n")


def test_the_tables_officers_are_the_chapters_partys() -> None:
    got = posts(_REPORT)
    assert ("卢望舒", "澜沧产业发展集团有限公司", "chairman") in got
    assert ("纪云初", "澜沧产业发展集团有限公司", "general_manager") in got
    assert not any(company == "松岩新材股份有限公司" for _p, company, _r in got)


def test_a_table_outside_a_partys_chapter_keeps_the_pages_company() -> None:
    text = _REPORT.replace("第二节　收购人介绍", "第二节　上市公司基本情况")
    got = posts(text)
    assert not any(company == "澜沧产业发展集团有限公司" for _p, company, _r in got)
    assert facts_of(text)  # (the page still reads)
