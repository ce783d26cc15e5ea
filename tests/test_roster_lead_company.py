"""A roster table's company is the one the line over its header opens with, not a parent its résumé column
names nor the company the text mentions most (`extract.rules.rosters.lead_company`). Invented names."""

from __future__ import annotations

from tests.helpers import posts

_TITLE = "枫湾城市发展集团有限公司下属企业主体信用评级报告"
_REPORT = """东岑资信评估有限公司
枫湾城市发展集团有限公司下属企业主体信用评级报告
受评主体：泓溪融资担保有限公司（简称“泓溪担保”）
控股股东枫湾城市发展集团有限公司持有泓溪担保全部股权，枫湾城市发展集团有限公司承诺必要时给予流动性支持；评级亦参考了枫湾城市发展集团有限公司的信用状况。
泓溪担保由一名执行董事主持经营决策，下表为其经营层人员。
姓名｜职务｜到任年月｜工作经历
骆闻笛｜执行董事｜2022年1月起｜同时担任枫湾城市发展集团有限公司副总经理
房既白｜总经理｜2023年6月起｜原为枫湾城市发展集团有限公司风险管理部经理
"""


def test_the_rows_are_the_officers_of_the_company_the_lead_line_opens_with() -> None:
    got = posts(_REPORT, _TITLE)
    assert any(p == "房既白" and c.startswith("泓溪") and r == "general_manager" for p, c, r in got)
    assert not any(p == "房既白" and c.startswith("枫湾") and r == "general_manager" for p, c, r in got)
    assert not any(p == "骆闻笛" and c.startswith("枫湾") and r == "executive_director" for p, c, r in got)
