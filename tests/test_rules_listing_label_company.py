"""A report cover's label lines: the 上市公司名称 line names the listed company even where no trigger word made it an
analysed sentence (extract.rules.listing_labels), so the listing is not given to the filer the title names. Text
written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, triples

_COVER = ("澄屿电气股份有限公司\n收购报告书摘要\n\n"
          "上市公司名称：澄屿电气股份有限公司\n股票上市地点：上交所\n股票简称：澄屿电气\n股票代码：688731\n\n"
          "收购人：澄屿控股有限公司\n通讯地址：江西省九江市\n\n"
          "截至报告书签署日，收购人持有澄屿电气22.4%的股份。\n")


def test_the_listing_is_the_named_listed_companys_not_the_filers() -> None:
    got = triples(facts_of(_COVER, title="澄屿控股有限公司收购报告书摘要"), "LISTED_ON")
    assert got == {("澄屿电气股份有限公司", "LISTED_ON", "SSE", None)}
