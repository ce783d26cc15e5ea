"""A roster table's company is the one the line over its header opens with, not a parent its résumé column
names nor the company the text mentions most (`extract.rules.rosters.lead_company`). Invented names."""

from __future__ import annotations

from tests.helpers import posts

_TITLE = "南栖控股集团有限公司成员企业授信评审报告"
_REPORT = """南栖控股集团有限公司成员企业授信评审报告
申请人：临港瑞川商业保理有限公司（以下简称“瑞川保理”）
瑞川保理由南栖控股集团有限公司全资持有，南栖控股集团有限公司为地方国有企业，南栖控股集团有限公司另持有多家金融牌照机构。
瑞川保理设执行董事一名，高管团队如下；不设监事会。
姓名｜现任职务｜任职时间｜主要履历
邱望舒｜执行董事｜2019年4月至今｜现兼任南栖控股集团有限公司副总经理
卓一帆｜总经理｜2020年8月至今｜此前任南栖控股集团有限公司投资部经理
"""


def test_the_rows_are_the_officers_of_the_company_the_lead_line_opens_with() -> None:
    got = posts(_REPORT, _TITLE)
    assert any(p == "卓一帆" and c.startswith(("临港瑞川", "瑞川")) and r == "general_manager" for p, c, r in got)
    assert not any(p == "卓一帆" and c.startswith("南栖") and r == "general_manager" for p, c, r in got)
    assert not any(p == "邱望舒" and c.startswith("南栖") and r == "executive_director" for p, c, r in got)
