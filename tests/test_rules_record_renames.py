"""Renames (and a parent) read in a record's fields: a former-names field with the months each name was used, a
licence bulletin's reason lines (原名称, 改制为) and its 备注 naming the parent. Invented records."""

from __future__ import annotations

from .helpers import facts_of, quals

_PAGE = """基金管理公司基本信息
公司名称：汀榕基金管理有限公司
法定代表人：聂书远
注册资本（万元）：15,000
曾用名：汀榕投资管理有限公司（2004年3月—2008年12月）；汀榕华盛基金管理有限公司（2008年12月—2016年5月）
"""


def test_former_names_with_their_months_are_a_chain_of_renames() -> None:
    fs = facts_of(_PAGE, title="基金管理公司基本信息：汀榕基金管理有限公司", date="2025-03-11")
    assert quals(fs, "汀榕投资管理有限公司", "RENAMED_TO", "汀榕华盛基金管理有限公司")["date"] == "2008-12"
    assert quals(fs, "汀榕华盛基金管理有限公司", "RENAMED_TO", "汀榕基金管理有限公司")["date"] == "2016-05"
    assert not any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "汀榕投资管理有限公司"
                   and f.object.name == "汀榕基金管理有限公司" for f in fs)


_BULLETIN = """本期金融许可证颁发、变更及注销情况如下：
一、注销
1．机构名称：青枫城市信用合作社
　　注销事由：改制为青枫商业银行股份有限公司，许可证同时缴销
二、颁发
2．机构名称：磐溪汽车金融有限公司
　　备注：磐溪汽车集团股份有限公司全资子公司
　　颁发日期：2023年6月5日
三、变更
3．机构名称：蜀锦信托有限责任公司
　　变更事由：名称变更（原名称：锦澈国际信托有限责任公司）
"""


def test_a_licence_bulletin_reasons_and_note() -> None:
    fs = facts_of(_BULLETIN, title="金融许可证情况公告", date="2023-06-09")
    quals(fs, "锦澈国际信托有限责任公司", "RENAMED_TO", "蜀锦信托有限责任公司")
    quals(fs, "青枫城市信用合作社", "RENAMED_TO", "青枫商业银行股份有限公司")
    assert quals(fs, "磐溪汽车金融有限公司", "SUBSIDIARY_OF", "磐溪汽车集团股份有限公司")["kind"] == "wholly_owned"
