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


_CO = "榕湾晶衡仪器股份有限公司"
_SPACED = f"""{_CO}招股意向书（节选）
下表列示本公司董事、高管于外部单位的任职（截至2024年末）：

姓名　　本公司职务　　任职单位名称　　　　　　　　　　　担任职务　　　该单位与本公司关系
闵若川　总经理　　　　榕湾晶衡控股有限公司　　　　　　　董事　　　　　控股股东
　　　　　　　　　　　榕湾测控软件有限公司　　　　　　　执行董事　　　全资子公司
　　　　　　　　　　　榕湾光栅材料有限公司　　　　　　　监事　　　　　参股公司（持股18%）
左　岚　董事会秘书　　北汀联合律师事务所　　　　　　　　合伙人　　　　无
温既白　独立董事　　　榕湾理工大学　　　　　　　　　　　研究员　　　　无

上表以外，上述人员无其他对外任职。
"""


def test_a_spaced_table_of_posts_elsewhere() -> None:
    got = _facts(_SPACED)
    assert ("闵若川", "HOLDS_POSITION", _CO, "general_manager") in got
    assert ("闵若川", "HOLDS_POSITION", "榕湾晶衡控股有限公司", "director") in got
    # the blank lines below his first carry his name, not his home post
    assert ("闵若川", "HOLDS_POSITION", "榕湾测控软件有限公司", "executive_director") in got
    assert ("榕湾测控软件有限公司", "SUBSIDIARY_OF", _CO, "wholly_owned") in got
    assert (_CO, "HOLDS_STAKE", "榕湾光栅材料有限公司", 18.0) in got
    assert ("左岚", "HOLDS_POSITION", "北汀联合律师事务所", "合伙人") in got
    assert ("温既白", "HOLDS_POSITION", "榕湾理工大学", "研究员") in got


def test_a_barred_table_in_traditional_letters() -> None:
    text = """澎灣綠能股份有限公司年報摘錄
本公司經理人於關係企業之任職一覽：
姓名｜本公司職務｜兼任公司名稱｜兼任職務｜雙方關係
葉承澤｜副總經理｜澎灣儲能科技有限公司｜董事長｜控股子公司
｜｜澎灣風電顧問有限公司｜董事｜參股公司（持股30%）
"""
    got = _facts(text)
    co = "澎灣綠能股份有限公司"
    assert ("葉承澤", "HOLDS_POSITION", "澎灣儲能科技有限公司", "chairman") in got
    assert ("澎灣儲能科技有限公司", "SUBSIDIARY_OF", co, "subsidiary") in got
    assert ("葉承澤", "HOLDS_POSITION", "澎灣風電顧問有限公司", "director") in got
    assert (co, "HOLDS_STAKE", "澎灣風電顧問有限公司", 30.0) in got


def test_an_audit_notes_parent_associates_and_controller() -> None:
    text = """宣城恒栎租赁有限公司审计报告之关联方披露
（1）母公司
母公司｜所在地｜持股比例
宣城恒栎集团有限公司｜宣城｜70.00%
（2）合营及联营企业
联营企业｜与本企业关系｜持股比例
敬亭云算科技有限公司｜联营企业｜22.50%
（3）其他关联方
关联方｜关联关系
苗知遥｜实际控制人
恒栎文旅发展有限公司｜同受苗知遥控制
合计｜—
"""
    got = _facts(text)
    co = "宣城恒栎租赁有限公司"
    assert ("宣城恒栎集团有限公司", "HOLDS_STAKE", co, 70.0) in got
    assert (co, "SUBSIDIARY_OF", "宣城恒栎集团有限公司", "subsidiary") in got
    assert (co, "HOLDS_STAKE", "敬亭云算科技有限公司", 22.5) in got
    assert ("敬亭云算科技有限公司", "SUBSIDIARY_OF", co, "associate") in got
    assert ("苗知遥", "HOLDS_STAKE", "恒栎文旅发展有限公司", None) in got
    assert not any(f[0] == "合计" for f in got)


def test_cells_stay_in_their_columns() -> None:
    layout = header_layout("姓名　　职务　　　　兼职单位　　　　　兼职职务")
    assert layout is not None
    assert row_cells(layout, "　　　　　　　　　　榆关物流有限公司　监事") == ["", "", "榆关物流有限公司", "监事"]
    assert row_cells(layout, "尤　默　董事　　　　榆关港务　　　　　总经理") == ["尤默", "董事", "榆关港务", "总经理"]
    # a unit's name running on into the post's column, no gap between: cut where the post's column starts
    assert row_cells(layout, "邝季安　监事　　　　榆关港口研究院　　院长")[2:] == ["榆关港口研究院", "院长"]
    assert row_cells(layout, "邝季安　监事　　　　榆关海事仲裁委员会秘书长")[2:] == ["榆关海事仲裁委员会", "秘书长"]
