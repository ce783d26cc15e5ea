"""A registry annual report's pipe tables: holders of unstated share, investments, and a change table's sale."""

from __future__ import annotations

from .helpers import facts_of

_REPORT = ("企业信用信息公示\n青杉融资租赁有限公司 2023年度报告　　　　公示日期：2024年04月02日\n\n"
           "一、基本信息\n企业名称：青杉融资租赁有限公司\n经营状态：存续\n\n"
           "二、股东（发起人）及出资情况\n"
           "股东名称｜认缴出资额（万元）｜认缴出资日期｜实缴出资额（万元）\n"
           "白塔山建材有限公司｜5000｜2018年01月09日｜5000\n"
           "柳湾置业发展有限公司｜3000｜2023年07月21日｜3000\n"
           "清漪纺织有限公司｜2000｜2018年01月09日｜2000\n\n"
           "三、对外投资\n"
           "购买股权企业名称｜注册号\n"
           "青杉保理服务有限公司｜9144XXXX\n\n"
           "四、股权变更\n"
           "股东｜变更前股权比例｜变更后股权比例｜股权变更日期\n"
           "荻港贸易有限公司｜30%｜0%｜2023年07月21日\n"
           "柳湾置业发展有限公司｜0%｜30%｜2023年07月21日\n")


def _got() -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"),
             f.qualifiers.get("date"), f.qualifiers.get("buyer")) for f in facts_of(_REPORT)}


def test_holder_rows_without_a_share_stand_at_the_report_year() -> None:
    got = _got()
    assert ("HOLDS_STAKE", "白塔山建材有限公司", "青杉融资租赁有限公司", None, "2023", None, None) in got
    assert ("HOLDS_STAKE", "清漪纺织有限公司", "青杉融资租赁有限公司", None, "2023", None, None) in got
    # the holder whose share a change row gives is not filed again without it
    assert not any(g[1] == "柳湾置业发展有限公司" and g[3] is None for g in got)


def test_an_investment_row_is_the_filer_s_stake() -> None:
    assert ("HOLDS_STAKE", "青杉融资租赁有限公司", "青杉保理服务有限公司", None, "2023", None, None) in _got()


def test_a_share_passing_from_one_holder_to_another_on_a_day_is_a_sale() -> None:
    got = _got()
    assert ("HOLDS_STAKE", "柳湾置业发展有限公司", "青杉融资租赁有限公司", 30.0, "2023-07-21", None, None) in got
    assert ("HOLDS_STAKE", "荻港贸易有限公司", "青杉融资租赁有限公司", 30.0, None, None, None) in got
    assert ("SOLD_STAKE", "荻港贸易有限公司", "青杉融资租赁有限公司", 30.0, None, "2023-07-21", "柳湾置业发展有限公司") in got
