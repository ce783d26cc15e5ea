"""Tables drawn with spaces (full-width spaces between columns), on pages written for these tests (not gold
text): a registry page's holders, controller, officers, investments and change records; a post's table of
top holders at several quarter ends, "--" where a holder was not in it."""

from __future__ import annotations

from extract.rules.spaced_cells import period_end

from .helpers import facts_of

_PAGE = """苏州禾岭云算科技有限公司
曾用名：苏州禾岭软件有限公司
成立日期：2016-05-10　注册资本：3000万元　法定代表人：顾明川

股东信息　3
序号　股东名称　持股比例　认缴出资额(万元)　认缴出资日期
1　顾明川　55.00%　1650　2036-05-09
2　苏州岭上远帆星辰众创合伙企业（有限合伙）　30.00%　900　2036-05-09
3　褚惠宁　15.00%　450　2030-01-01

实际控制人
顾明川　直接持股比例：55.00%

主要人员　3
序号　姓名　职务
1　顾明川　董事长
2　詹书航　董事,总经理
3　褚惠宁　监事

对外投资　1
被投资企业名称　状态　持股比例　认缴出资额
苏州禾岭数据服务有限公司　在业　100%　800万元

变更记录　3
序号　变更日期　变更项目　变更前　变更后
1　2021-09-01　董事、监事、经理备案　童立恒【董事长】；童立恒【总经理】；褚惠宁【监事】　顾明川【董事长】；詹书航【董事】；詹书航【总经理】；褚惠宁【监事】
2　2021-09-01　法定代表人变更　童立恒　顾明川
3　2020-03-15　投资人变更　顾明川 55%；童立恒 30%；褚惠宁 15%　顾明川 55%；苏州岭上远帆星辰众创合伙企业（有限合伙） 30%；褚惠宁 15%
"""

_CO = "苏州禾岭云算科技有限公司"


def _facts(text: str, title: str = "") -> set[tuple]:
    out = set()
    for f in facts_of(text, title):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name,
                 q.get("percent") or q.get("role"), q.get("as_of") or q.get("start") or q.get("end") or q.get("date")))
    return out


def test_a_registry_pages_holders_and_controller() -> None:
    facts = _facts(_PAGE, _CO + " - 企业工商信息")
    assert {("顾明川", "HOLDS_STAKE", _CO, 55.0, None), ("苏州岭上远帆星辰众创合伙企业（有限合伙）", "HOLDS_STAKE", _CO, 30.0, None),
            ("褚惠宁", "HOLDS_STAKE", _CO, 15.0, None)} <= facts
    assert any(f.subject.name == "顾明川" and f.qualifiers.get("controlling") for f in facts_of(_PAGE, _CO))


def test_a_registry_pages_officers_and_investment() -> None:
    facts = _facts(_PAGE, _CO)
    assert ("詹书航", "HOLDS_POSITION", _CO, "general_manager", "2021-09-01") in facts
    assert ("詹书航", "HOLDS_POSITION", _CO, "director", "2021-09-01") in facts
    assert ("褚惠宁", "HOLDS_POSITION", _CO, "supervisor", None) in facts
    assert (_CO, "HOLDS_STAKE", "苏州禾岭数据服务有限公司", 100.0, None) in facts


def test_a_registry_pages_change_records() -> None:
    facts = _facts(_PAGE, _CO)
    assert ("童立恒", "HOLDS_POSITION", _CO, "chairman", "2021-09-01") in facts  # (ended)
    assert ("顾明川", "SUCCEEDED", "童立恒", "chairman", "2021-09-01") in facts
    assert ("詹书航", "SUCCEEDED", "童立恒", "general_manager", "2021-09-01") in facts
    assert ("顾明川", "SUCCEEDED", "童立恒", "other", "2021-09-01") in facts  # (the legal representative)
    assert ("童立恒", "HOLDS_STAKE", _CO, 30.0, None) in facts
    assert not any(f[0] == "褚惠宁" and f[1] == "SUCCEEDED" for f in facts)  # (stayed on as supervisor)


_POST = """手上这只云梦银行（601999.SH）拿了三年，把近三个季度前十大股东的数据列一下（单位：%；“--”即当季未进前十）：

股东　　　　　　2023年末　　2024Q1　　　2024年中
荆楚交投集团　　10.20　　　10.20　　　10.20
汉江实业　　　　7.50　　　　7.50　　　　5.10
云梦港口控股　　--　　　　　2.30　　　　2.30

大家自己判断。
"""


def test_a_posts_table_of_holders_at_quarter_ends() -> None:
    facts = _facts(_POST, "云梦银行前十大股东变化")
    assert ("荆楚交投集团", "HOLDS_STAKE", "云梦银行", 10.2, "2024-06-30") in facts
    assert ("汉江实业", "HOLDS_STAKE", "云梦银行", 7.5, "2024-03-31") in facts
    assert ("汉江实业", "HOLDS_STAKE", "云梦银行", 5.1, "2024-06-30") in facts
    assert ("云梦港口控股", "HOLDS_STAKE", "云梦银行", 2.3, "2024-06-30") in facts


def test_a_table_of_counts_of_shares_is_no_table_of_shares() -> None:
    text = _POST.replace("（单位：%；“--”即当季未进前十）", "（单位：万股）")
    assert not any(str(f.predicate) == "HOLDS_STAKE" for f in facts_of(text, "云梦银行前十大股东变化"))


def test_period_headers() -> None:
    assert period_end("24Q3末") == "2024-09-30"
    assert period_end("2024年末") == "2024-12-31"
    assert period_end("2025年一季度末") == "2025-03-31"
    assert period_end("2024-06-30") == "2024-06-30"
    assert period_end("持股比例") is None


def test_a_holders_table_headed_shareholder_and_founder() -> None:
    text = "股东信息\n序号　股东（发起人）　持股比例(%)　认缴出资额(万元)\n1　苏州岭上控股有限公司　70.00　700\n2　褚惠宁　30.00　300\n"
    facts = _facts(text, _CO)
    assert ("苏州岭上控股有限公司", "HOLDS_STAKE", _CO, 70.0, None) in facts


_SOLVENCY = """栖霞财产保险股份有限公司偿付能力状况披露（截至2025年6月30日）

前五大股东持股情况（万股）
股东名称　　期末持股比例　　持有股数　　报告期内增减　　股份状态
南京栖山实业集团有限公司　　31.50%　　47,250　　--　　正常
江宁禾润投资有限公司　　12.80%　　19,200　　+2,400　　部分质押
"""


def test_a_periodic_reports_holders_with_their_share_at_the_periods_end() -> None:
    facts = _facts(_SOLVENCY, "栖霞财产保险股份有限公司偿付能力报告")
    co = "栖霞财产保险股份有限公司"
    assert ("南京栖山实业集团有限公司", "HOLDS_STAKE", co, 31.5, None) in {(*f[:4], None) for f in facts}
    assert ("江宁禾润投资有限公司", "HOLDS_STAKE", co, 12.8, None) in {(*f[:4], None) for f in facts}


_TAKEOVER = """股票简称：岭川股份　股票代码：600999

岭川智能装备股份有限公司
详式权益变动报告书

信息披露义务人：杭州澜桥实业投资有限公司

一、信息披露义务人基本情况
名称：杭州澜桥实业投资有限公司（以下简称“澜桥实业”）
法定代表人：谷闻溪

二、信息披露义务人董事及主要负责人情况
姓名　　性别　　职务　　国籍　　长期居住地
谷闻溪　女　执行董事　中国　宁波
邵蔓青　男　总经理　中国　宁波

三、权益变动情况
澜桥实业拟受让岭川股份12.00%的股份。
"""


def test_a_filings_roster_of_the_partys_officers_is_at_the_party() -> None:
    facts = _facts(_TAKEOVER, "岭川智能装备股份有限公司详式权益变动报告书")
    posts = {(f[0], f[2]) for f in facts if f[1] == "HOLDS_POSITION"}
    assert ("邵蔓青", "杭州澜桥实业投资有限公司") in posts
    assert ("邵蔓青", "岭川智能装备股份有限公司") not in posts
