"""A ranking's entries each speak of their own company: a post with no company in an entry's prose is the entry's
company, not the first entry's (`extract.ranked_entries`). Names and companies are invented."""

from __future__ import annotations

from tests.helpers import posts

_LIST = """财富管理行业年度人物评选结果（节选）
第一名：祁牧远
所在机构：朔岚证券股份有限公司（朔岚证券）
祁牧远2011年加盟朔岚证券，从营业部做起，2018年出任总裁。
第二名：殷书禾
所在机构：云梦翎讯支付有限公司（翎讯支付）
殷书禾早年供职于外资银行，后参与发起翎讯支付，目前担任董事长。
第三名：甘昭庭
所在机构：鹤汀保险代理有限公司
甘昭庭在两家券商从事合规工作近十年，现为公司总经理。
"""

_RICH = """大灣區金融家族企業一覽
NO. 4　鄺啟銘
旗艦企業：鄺記保險控股有限公司（鄺記保險）
鄺啟銘七十年代在旺角開設保險代理行，1998年將其改組為鄺記保險，至今仍是董事局主席。
NO. 5　韋穎彤
旗艦企業：穎澄資產管理有限公司（穎澄資產）
韋穎彤女士早年任職外資私人銀行，其後回流接手父輩業務。她目前擔任行政總裁。
"""


def test_each_entry_is_about_its_own_company() -> None:
    got = posts(_LIST)
    assert any(p == "殷书禾" and c.startswith(("云梦翎讯", "翎讯")) and r == "chairman" for p, c, r in got)
    assert not any(p == "殷书禾" and c.startswith("朔岚") for p, c, _r in got)
    assert ("甘昭庭", "鹤汀保险代理有限公司", "general_manager") in got


def test_traditional_entries_with_the_company_on_a_label_line() -> None:
    got = posts(_RICH)
    assert any(p == "韋穎彤" and c.startswith("穎澄") and r == "ceo" for p, c, r in got)
    assert not any(p == "韋穎彤" and c.startswith("鄺記") for p, c, _r in got)


def test_a_range_in_a_title_is_no_entry() -> None:
    from extract.ranked_entries import _HEADING
    assert _HEADING.match("第21至30名（摘录）") is None
    assert _HEADING.match("第15位　某某") is not None


_DIRECTORY = """省融资担保业协会会员单位通讯录
编印：协会秘书处
会员编号：HY-017
单位名称：桉屿融资担保有限公司
单位概况：注册资本五亿元，控股股东为樾川城投集团有限公司。
联系人：冼立衡（风控总监）

会员编号：HY-023
单位名称：濯缨小额贷款有限公司
单位概况：县域首家小贷公司。
联系人：钟予安（董事会秘书）
"""


def test_a_directory_entrys_contact_is_its_own_company() -> None:
    got = posts(_DIRECTORY)
    assert any(p == "冼立衡" and c.startswith("桉屿") for p, c, _r in got)
    assert any(p == "钟予安" and c.startswith("濯缨") and r == "board_secretary" for p, c, r in got)
    assert not any(p == "冼立衡" and c.startswith("樾川") for p, c, _r in got)


def test_a_holding_in_an_entry_is_never_of_another_entrys_company() -> None:
    from tests.helpers import facts_of
    text = _RICH.replace("擔任行政總裁。", "擔任行政總裁。據年報，公司另持有一家澳門銀行約9%股份。")
    stakes = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert not any(s.startswith("穎澄") and o.startswith("鄺記") for s, o in stakes)
