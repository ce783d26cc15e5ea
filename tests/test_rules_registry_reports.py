"""A registry annual report's pipe tables: holders of unstated share, investments, and a change table's sale."""

from __future__ import annotations

from .helpers import facts_of

_REPORT = ("企业信用信息公示\n芦汀冷链物流有限公司 2022年度报告　　公示日期：2023年05月17日\n\n"
           "一、基本信息\n企业名称：芦汀冷链物流有限公司\n经营状态：开业\n\n"
           "二、股东（发起人）及出资情况\n"
           "股东名称｜认缴出资额（万元）｜认缴出资日期｜实缴出资额（万元）\n"
           "霁丰仓储服务有限公司｜500｜2022年03月15日｜500\n"
           "桐浦食品集团有限公司｜1000｜2019年10月08日｜1000\n"
           "朔川汽车运输有限公司｜500｜2019年10月08日｜300\n\n"
           "三、对外投资\n"
           "购买股权企业名称｜注册号\n"
           "芦汀供应链有限公司｜3101XXXX\n\n"
           "四、股权变更\n"
           "股东｜变更前股权比例｜变更后股权比例｜股权变更日期\n"
           "霁丰仓储服务有限公司｜0%｜25%｜2022年03月15日\n"
           "蓟门商贸有限公司｜25%｜0%｜2022年03月15日\n")


def _got() -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"),
             f.qualifiers.get("date"), f.qualifiers.get("buyer")) for f in facts_of(_REPORT)}


def test_holder_rows_without_a_share_stand_at_the_report_year() -> None:
    got = _got()
    assert ("HOLDS_STAKE", "桐浦食品集团有限公司", "芦汀冷链物流有限公司", None, "2022", None, None) in got
    assert ("HOLDS_STAKE", "朔川汽车运输有限公司", "芦汀冷链物流有限公司", None, "2022", None, None) in got
    # the holder whose share a change row gives is not filed again without it
    assert not any(g[1] == "霁丰仓储服务有限公司" and g[3] is None for g in got)


def test_an_investment_row_is_the_filer_s_stake() -> None:
    assert ("HOLDS_STAKE", "芦汀冷链物流有限公司", "芦汀供应链有限公司", None, "2022", None, None) in _got()


def test_a_share_passing_from_one_holder_to_another_on_a_day_is_a_sale() -> None:
    got = _got()
    assert ("HOLDS_STAKE", "霁丰仓储服务有限公司", "芦汀冷链物流有限公司", 25.0, "2022-03-15", None, None) in got
    assert ("HOLDS_STAKE", "蓟门商贸有限公司", "芦汀冷链物流有限公司", 25.0, None, None, None) in got
    assert ("SOLD_STAKE", "蓟门商贸有限公司", "芦汀冷链物流有限公司", 25.0, None, "2022-03-15", "霁丰仓储服务有限公司") in got
