"""A fund report's table of its managers: "本基金的基金经理" is a post at the fund itself, dated by the two date
columns; "公司T" is T at the fund's manager (`extract.rules.fund_manager_tables`). Invented names."""

from __future__ import annotations

from tests.helpers import facts_of

_REPORT = """青岚价值精选股票型证券投资基金
2024年年度报告摘要

基金管理人：青岚基金管理有限公司
基金托管人：北岸银行股份有限公司

3.2 基金经理情况
姓名|职务|任职日期|离任日期|证券从业年限|说明
聂春和|本基金的基金经理、公司量化投资部总监|2021-04-12|-|11年|理学博士，此前在券商担任分析师。
柯晓楠|本基金基金经理|2018-09-03|2024-02-20|14年|经济学硕士。
"""


def _posts() -> set[tuple[str, str, str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("title") or f.qualifiers.get("role")),
             str(f.qualifiers.get("start")), str(f.qualifiers.get("end")))
            for f in facts_of(_REPORT) if str(f.predicate) == "HOLDS_POSITION"}


def test_the_fund_is_the_employer_from_day_to_day() -> None:
    got = _posts()
    assert ("聂春和", "青岚价值精选股票型证券投资基金", "基金经理", "2021-04-12", "None") in got
    assert ("柯晓楠", "青岚价值精选股票型证券投资基金", "基金经理", "2018-09-03", "2024-02-20") in got


def test_a_post_of_the_company_is_the_managers() -> None:
    assert any(p == "聂春和" and c == "青岚基金管理有限公司" and t == "量化投资部总监" for p, c, t, _s, _e in _posts())
