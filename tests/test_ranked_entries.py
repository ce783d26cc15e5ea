"""A ranking's entries each speak of their own company: a post with no company in an entry's prose is the entry's
company, not the first entry's (`extract.ranked_entries`). Names and companies are invented."""

from __future__ import annotations

from tests.helpers import posts

_LIST = """2024年内地券商高管财富排行
第3名：王立华
主要公司：岭南恒泰证券股份有限公司（恒泰证券）
王立华2009年加入恒泰证券，2016年升任总裁，目前兼任董事。
第4名：李慕云
主要公司：北辰星链支付有限公司（星链支付）
李慕云曾在外资投行工作十年，2013年与友人创办星链支付，现任董事长。
第5名：张则明
主要公司：东湖云信保险经纪有限公司
张则明先生早年自行创业，现任公司执行董事兼总经理。
"""

_RICH = """香港保險業富豪榜
No.1　黃家駿
財富來源：恒啟保險集團有限公司（恒啟保險）
黃家駿先生1990年創立恒啟保險，其後一直擔任主席。
No.2　林慧珊
財富來源：寶泓資產管理有限公司（寶泓資產）
林慧珊女士出身會計師事務所，2005年接掌家族生意。她目前出任行政總裁。
"""


def test_each_entry_is_about_its_own_company() -> None:
    got = posts(_LIST)
    assert any(p == "李慕云" and c.startswith("北辰星链") and r == "chairman" for p, c, r in got)
    assert not any(p == "李慕云" and c.startswith("岭南") for p, c, _r in got)
    assert ("张则明", "东湖云信保险经纪有限公司", "general_manager") in got


def test_traditional_entries_with_the_company_on_a_label_line() -> None:
    got = posts(_RICH)
    assert any(p == "林慧珊" and c.startswith("寶泓") and r == "ceo" for p, c, r in got)
    assert not any(p == "林慧珊" and c.startswith("恒啟") for p, c, _r in got)


def test_a_range_in_a_title_is_no_entry() -> None:
    from extract.ranked_entries import _HEADING
    assert _HEADING.match("第8至12位（节录）") is None
    assert _HEADING.match("第12位　某某") is not None


_DIRECTORY = """2024金融服务展会员名录
主办单位：某市金融业联合会
展位号：C2-05
企业名称：信和恒达商业保理有限公司
企业简介：2015年设立，为港股上市公司海晏集团有限公司旗下企业。
联系人：柴志远（业务总监）

展位号：C2-09
企业名称：滨湖汇融小额贷款股份有限公司
企业简介：省内首批持牌小贷机构之一。
联系人：郑若岚（董事会秘书）
"""


def test_a_directory_entrys_contact_is_its_own_company() -> None:
    got = posts(_DIRECTORY)
    assert any(p == "柴志远" and c.startswith("信和恒达") for p, c, _r in got)
    assert any(p == "郑若岚" and c.startswith("滨湖汇融") and r == "board_secretary" for p, c, r in got)
    assert not any(p == "柴志远" and c.startswith("海晏") for p, c, _r in got)


def test_a_holding_in_an_entry_is_never_of_another_entrys_company() -> None:
    from tests.helpers import facts_of
    text = _RICH.replace("她目前出任行政總裁。", "她目前出任行政總裁。按最新披露，公司持股約12%於一間內地券商。")
    stakes = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert not any(s.startswith("寶泓") and o.startswith("恒啟") for s, o in stakes)
