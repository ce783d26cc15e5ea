"""Renames (and a parent) read in a record's fields: a former-names field with the months each name was used, a
licence bulletin's reason lines (原名称, 改制为) and its 备注 naming the parent. Invented records."""

from __future__ import annotations

from .helpers import facts_of, quals

_PAGE = """证券公司基本情况
公司名称：沅湘证券股份有限公司
曾用名：潇水证券经纪有限责任公司（2001年6月—2010年2月）；沅湘证券有限责任公司（2010年2月—2017年11月）
注册资本（万元）：320,000
法定代表人：乔远帆
"""


def test_former_names_with_their_months_are_a_chain_of_renames() -> None:
    fs = facts_of(_PAGE, title="证券公司基本情况：沅湘证券股份有限公司", date="2025-05-02")
    assert quals(fs, "潇水证券经纪有限责任公司", "RENAMED_TO", "沅湘证券有限责任公司")["date"] == "2010-02"
    assert quals(fs, "沅湘证券有限责任公司", "RENAMED_TO", "沅湘证券股份有限公司")["date"] == "2017-11"
    assert not any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "潇水证券经纪有限责任公司"
                   and f.object.name == "沅湘证券股份有限公司" for f in fs)


_BULLETIN = """根据有关规定，现将近期金融许可证变动情况公告如下：
一、新设
1．机构名称：雁荡理财有限责任公司
　　批准日期：2024年10月9日
　　备注：温岭商业银行股份有限公司全资子公司
二、变更
2．机构名称：乐清雁荡村镇银行股份有限公司
　　变更事由：更名（原名称：乐清县雁荡村镇银行股份有限公司）
　　发证日期：2024年10月15日
三、注销
3．机构名称：玉环海滨农村信用合作联社
　　注销事由：改制为玉环海滨农村商业银行股份有限公司，原证注销
"""


def test_a_licence_bulletin_reasons_and_note() -> None:
    fs = facts_of(_BULLETIN, title="金融许可证变动情况公告", date="2024-10-20")
    quals(fs, "乐清县雁荡村镇银行股份有限公司", "RENAMED_TO", "乐清雁荡村镇银行股份有限公司")
    quals(fs, "玉环海滨农村信用合作联社", "RENAMED_TO", "玉环海滨农村商业银行股份有限公司")
    assert quals(fs, "雁荡理财有限责任公司", "SUBSIDIARY_OF", "温岭商业银行股份有限公司")["kind"] == "wholly_owned"
