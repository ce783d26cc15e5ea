"""A report cover's label lines: the 上市公司名称 line names the listed company even where no trigger word made it an
analysed sentence (extract.rules.listing_labels), so the listing is not given to the filer the title names."""

from __future__ import annotations

from tests.helpers import facts_of, triples

_COVER = ("青峦智造股份有限公司\n简式权益变动报告书\n\n"
          "上市公司名称：青峦智造股份有限公司\n股票上市地点：上海证券交易所\n股票简称：青峦智造\n股票代码：603517\n\n"
          "信息披露义务人：青峦实业控股有限公司\n住所：浙江省湖州市\n\n"
          "本次权益变动前，青峦实业控股有限公司持有青峦智造31.5%股份，为上市公司控股股东。\n")


def test_the_listing_is_the_named_listed_companys_not_the_filers() -> None:
    got = triples(facts_of(_COVER, title="青峦实业控股有限公司简式权益变动报告书"), "LISTED_ON")
    assert got == {("青峦智造股份有限公司", "LISTED_ON", "SSE", None)}
