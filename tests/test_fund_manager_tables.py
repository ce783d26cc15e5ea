"""A fund report's table of its managers: a "本基金…基金经理" post is one at the fund itself, dated by the two date
columns; "公司T" is T at the fund's manager (`extract.rules.fund_manager_tables`). Invented names."""

from __future__ import annotations

from tests.helpers import facts_of

_REPORT = """瓴石红利优选指数证券投资基金
招募说明书（更新）摘要

基金管理人：瓴石基金管理有限公司
基金托管人：黛湖商业银行股份有限公司

五、相关服务机构及人员
（二）本基金基金经理
姓名|说明|离任日期|任职日期|职务
隋云舒|管理学硕士，曾任保险资管公司研究员。|-|2022年9月5日|本基金基金经理兼公司指数投资部总监
柯蔓|毕业后一直从事量化研究。|2023年12月1日|2017年3月20日|本基金的基金经理
"""


def _posts() -> set[tuple[str, str, str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("title") or f.qualifiers.get("role")),
             str(f.qualifiers.get("start")), str(f.qualifiers.get("end")))
            for f in facts_of(_REPORT) if str(f.predicate) == "HOLDS_POSITION"}


def test_the_fund_is_the_employer_from_day_to_day() -> None:
    got = _posts()
    assert ("隋云舒", "瓴石红利优选指数证券投资基金", "基金经理", "2022-09-05", "None") in got
    assert ("柯蔓", "瓴石红利优选指数证券投资基金", "基金经理", "2017-03-20", "2023-12-01") in got


def test_a_post_of_the_company_is_the_managers() -> None:
    assert any(p == "隋云舒" and c == "瓴石基金管理有限公司" and t == "指数投资部总监" for p, c, t, _s, _e in _posts())
