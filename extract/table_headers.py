"""What the header of a table of holdings is, one definition for the readers of such tables.

A table written as text lines names its columns in its first line. A holder column is headed
股东名称/股东姓名 (or 持有人名称/姓名); a share column 持股比例, 持股比率, 股权比例, 出资比例. The
readers that ask differ only in how much of the header they need:

* `HOLDER_HEADER`: a line with a holder column (extract.table_names: the people of the column);
* `HOLDING_HEADER`: a holder column, then a share column within a cell or two, perhaps the share
  before or after a change (extract.rules.stake_tables: each row a holding);
* a table of held companies (extract.rules.company_tables) heads its first column with the
  companies' kind and ends with a `SHARE_COLUMN` too.

A table of personnel changes ("机构 | 人员 | 变动 | 日期") heads its column of people with one of
`PERSON_COLUMN`'s words: extract.table_names reads that column's cells as people, and
extract.rules.change_tables each row as a post taken or left; one definition, so that neither
reads a column the other does not.
"""

from __future__ import annotations

import re

#: the header of a holder column
HOLDER_COLUMN = r"(?:股东|持有人)(?:名称|姓名)"
#: the header of a share column (持股比 begins 持股比例 and 持股比率), as regex alternatives
#: (Hong Kong's "佔已發行股份百分比", "概約持股百分比": a share of the issued shares)
SHARE_COLUMN = r"持股比|股权比例|出资比例|占已发行(?:股份|股本)(?:总数)?(?:的)?(?:概约)?百分比|(?:概约)?持股百分比"

#: a line with a holder column
HOLDER_HEADER = re.compile(HOLDER_COLUMN)
#: a holder column (or a bare 股东), then a share column, perhaps the share before or after a change
#: ("股东名称 | 持股数量 | 持股比例", "股东 | 变更前持股比例 | 变更后持股比例", an annual report's
#: "股东名称 | 股东性质 | 报告期末持股比例"; a share may be headed 占比)
HOLDING_HEADER = re.compile(rf"(?:{HOLDER_COLUMN}|股东)[|｜]?(?:[^|｜]{{0,12}}[|｜]?)?(?:变更|变动|转让|本次|(?:报告)?期[末初]|年[末初])?[前后]?(?:{SHARE_COLUMN}|占比)")

#: a header cell that heads a column of related parties, people and companies mixed (a prospectus's
#: "序号 | 关联方名称 | 关联关系"): its short cells are people, as a company's cell carries its legal name
PARTY_COLUMN = re.compile(r"关联(?:方|人|自然人|法人)(?:名称|姓名)?|关联(?:方|人)(?:姓名或名称|名称或姓名)")
#: a header cell that heads a column of people (whole cell: 人员, 姓名, 高管姓名, 人士 …)
PERSON_COLUMN = re.compile(r"人员|姓名|高管|高管姓名|人物|人士")

#: a header cell after a holder table's share column that names, for each row's holder, who stands behind
#: it (a bank's disclosure of its major shareholders: "主要股东名称 | 持股比例 | 控股股东 | 实际控制人 |
#: 一致行动人 | 最终受益人"): people and companies mixed, a person's cell holding no more than the name
CONTROL_COLUMN = re.compile(r"(?:其)?(?:控股股东|实际控制人|一致行动人|最终受益人|最终受益所有人|关联方)(?:名称|姓名)?")

#: a header cell after a holder table's share column that names each row's holder's legal representative (an annual
#: report's "股东名称 | 持股比例 | 法定代表人 | 注册资本"): a person, the holder's officer, not its owner
REPRESENTATIVE_COLUMN = re.compile(r"(?:其)?(?:法定代表人|负责人|执行事务合伙人)(?:姓名)?")
