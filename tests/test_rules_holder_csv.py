"""A holder table pasted as CSV (ASCII commas, a header line first): each row a holding of the post's company."""

from __future__ import annotations

from .helpers import facts_of


def test_csv_rows_are_holdings_as_of_the_day_above_and_a_person_is_read_from_the_holder_column() -> None:
    text = ("【分享】青岚科技一季报股东名单\n把青岚科技（688321.SH）的股东表贴出来，数据截至2023年3月31日。\n\n"
            "序号,股东名称,持股数量(股),持股比例(%),股份性质\n"
            "1,青岚创业投资有限公司,45000000,30.00,限售流通A股\n"
            "2,闵若溪,9000000,6.00,流通A股\n"
            "3,南港物流集团有限公司,3000000,2.00,流通A股\n\n"
            "个人看法：股东结构比较稳定。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("青岚创业投资有限公司", "青岚科技", 30.0, "2023-03-31") in got
    assert ("闵若溪", "青岚科技", 6.0, "2023-03-31") in got
    assert ("南港物流集团有限公司", "青岚科技", 2.0, "2023-03-31") in got


def test_the_day_above_read_by_the_shared_reader_without_a_year() -> None:
    """"数据截止到今年3月31日": the day above the rows read as every table's is (extract.rules.as_of), 今年 the
    article's year, 截止到 a cut-off word like 截至."""
    text = ("【分享】松川数据股东名单\n松川数据（688455.SH）的前几名股东，数据截止到今年3月31日。\n\n"
            "序号,股东名称,持股数量(股),持股比例(%)\n"
            "1,松川投资有限公司,60000000,40.00\n"
            "2,蒲晓岚,7500000,5.00\n\n"
            "个人看法：变化不大。\n")
    got = {(f.subject.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(text, date="2025-05-06") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("松川投资有限公司", 40.0, "2025-03-31") in got
