"""Tables whose columns name a unit and say how it stands to the filing's company (extract.rules.relation_tables), on
tables written for these tests: a prospectus's table of officers' posts at other units, drawn with full-width spaces
(a name and home post left blank on an officer's later lines, a two-letter name padded, a unit's name with its post
glued on), the same drawn with bars in Traditional letters, and an audit note's related parties."""

from __future__ import annotations

from extract.table_columns import header_layout, row_cells

from .helpers import facts_of


def _facts(text: str) -> set[tuple]:
    out = set()
    for f in facts_of(text):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name,
                 q.get("percent") or q.get("title") or q.get("role") or q.get("kind")))
    return out


_CO = "沙洲云链科技股份有限公司"
_SPACED = f"""{_CO}首次公开发行股票招股说明书
截至本说明书签署日，公司董事、监事及高级管理人员在其他单位兼职的情况如下：

姓名　　公司职务　　　　兼职单位　　　　　　　　　　　　兼职职务　　　与公司的关系
甘立行　董事长　　　　　沙洲澄江投资有限公司　　　　　　执行董事　　　控股股东
　　　　　　　　　　　　沙洲云链软件有限公司　　　　　　监事　　　　　全资子公司
　　　　　　　　　　　　沙洲数据服务有限公司　　　　　　董事　　　　　参股公司（持股25%）
祁　远　财务总监　　　　北塘会计师事务所（特殊普通合伙）合伙人　　　　无
施怀瑾　独立董事　　　　滨江工学院　　　　　　　　　　　教授　　　　　无

除上述情况外，不存在其他兼职。
"""


def test_a_spaced_table_of_posts_elsewhere() -> None:
    got = _facts(_SPACED)
    assert ("甘立行", "HOLDS_POSITION", _CO, "chairman") in got
    assert ("甘立行", "HOLDS_POSITION", "沙洲澄江投资有限公司", "executive_director") in got
    # the blank lines below his first carry his name, not his home post
    assert ("甘立行", "HOLDS_POSITION", "沙洲云链软件有限公司", "supervisor") in got
    assert ("沙洲云链软件有限公司", "SUBSIDIARY_OF", _CO, "wholly_owned") in got
    assert (_CO, "HOLDS_STAKE", "沙洲数据服务有限公司", 25.0) in got
    assert ("祁远", "HOLDS_POSITION", "北塘会计师事务所（特殊普通合伙）", "合伙人") in got
    assert ("施怀瑾", "HOLDS_POSITION", "滨江工学院", "教授") in got


def test_a_barred_table_in_traditional_letters() -> None:
    text = """潮安智付科技股份有限公司公開說明書
董事及經理人兼任其他公司職務情形如下：
姓名｜本公司職務｜兼職單位｜兼職職務｜與本公司關係
駱明哲｜總經理｜潮安支付服務有限公司｜董事長｜控股子公司
｜｜潮安數位顧問有限公司｜董事｜參股公司（持股40%）
"""
    got = _facts(text)
    assert ("駱明哲", "HOLDS_POSITION", "潮安支付服務有限公司", "chairman") in got
    assert ("潮安支付服務有限公司", "SUBSIDIARY_OF", "潮安智付科技股份有限公司", "subsidiary") in got
    assert ("駱明哲", "HOLDS_POSITION", "潮安數位顧問有限公司", "director") in got
    assert ("潮安智付科技股份有限公司", "HOLDS_STAKE", "潮安數位顧問有限公司", 40.0) in got


def test_an_audit_notes_parent_associates_and_controller() -> None:
    text = """青岚商业保理有限公司2025年度财务报表附注
本公司的母公司情况
母公司名称｜注册地｜母公司对本公司的持股比例
青岚实业控股有限公司｜杭州｜65.00%
本公司的联营企业情况
联营企业名称｜与本公司关系｜持股比例
临平数金科技有限公司｜联营企业｜35.00%
其他关联方情况
其他关联方名称｜其他关联方与本公司关系
韦承宇｜最终控制方
青岚置地有限公司｜同受最终控制方控制
合计｜—
"""
    got = _facts(text)
    co = "青岚商业保理有限公司"
    assert ("青岚实业控股有限公司", "HOLDS_STAKE", co, 65.0) in got
    assert (co, "SUBSIDIARY_OF", "青岚实业控股有限公司", "subsidiary") in got
    assert (co, "HOLDS_STAKE", "临平数金科技有限公司", 35.0) in got
    assert ("临平数金科技有限公司", "SUBSIDIARY_OF", co, "associate") in got
    assert ("韦承宇", "HOLDS_STAKE", "青岚置地有限公司", None) in got
    assert not any(f[0] == "合计" for f in got)


def test_cells_stay_in_their_columns() -> None:
    layout = header_layout("姓名　　职务　　　　兼职单位　　　　　兼职职务")
    assert layout is not None
    assert row_cells(layout, "　　　　　　　　　　澄江软件有限公司　监事") == ["", "", "澄江软件有限公司", "监事"]
    assert row_cells(layout, "裘　伦　董事　　　　澄江投资　　　　　执行董事") == ["裘伦", "董事", "澄江投资", "执行董事"]
    # a unit's name running on into the post's column, no gap between: cut where the post's column starts
    assert row_cells(layout, "甘立行　董事　　　　澄江会计师事务所　监事")[2:] == ["澄江会计师事务所", "监事"]
    assert row_cells(layout, "甘立行　董事　　　　北塘信诚会计事务所所长")[2:] == ["北塘信诚会计事务所", "所长"]
