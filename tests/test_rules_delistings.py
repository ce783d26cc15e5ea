"""A listing that ended (退市, 摘牌, 撤销上市地位, 停止在X交易) and a ticker given on an announcement's label
lines with the short name first (the 股票简称 label, then the 股票代码 one): the listing's end, the questions of where a company
is listed now and of where a code is listed. Texts written for these tests (not gold text)."""

from __future__ import annotations

from pathlib import Path

from .helpers import answer_names, backend_of, facts_of, quals

_RELISTED = ("璟岫金融科技控股有限公司（以下简称“璟岫金融”）2016年在纽交所上市。2021年，璟岫金融完成私有化交易，已从纽交所退市。"
             "今年5月，璟岫金融以介绍方式在港交所主板上市。璟岫金融表示，公司不会申请从港交所退市，也无潜在退市风险。")


def test_a_delisting_ends_the_listing_on_the_exchange_it_names() -> None:
    facts = facts_of(_RELISTED, date="2025-06-01")
    assert quals(facts, "璟岫金融", "LISTED_ON", "NYSE")["end"] == "2021"
    hk = quals(facts, "璟岫金融", "LISTED_ON", "HKEX")  # a delisting denied, a risk of one: no end
    assert "end" not in hk and "delisted" not in hk


def test_a_delisting_from_a_market_ends_the_listing_there_under_the_name_it_had() -> None:
    # "从美股退市": the US listing, which the article gave the company under its former name
    facts = facts_of("蔺溪数科控股有限公司（以下简称“蔺溪数科”）今日在港交所主板挂牌。蔺溪数科此前已完成从美股的主动退市。"
                     "蔺溪数科2017年以“蔺溪金融”之名在纳斯达克上市，2020年更名为现名。", date="2025-06-01")
    assert quals(facts, "蔺溪金融", "LISTED_ON", "NASDAQ")["delisted"] is True


def test_trading_stopped_on_an_exchange_ends_the_listing_there() -> None:
    # "其…停止在X交易": 其 is the article's company; its listing there is the one it had under its former name
    facts = facts_of("蔺溪数科控股有限公司（以下简称“蔺溪数科”）今日在港交所主板挂牌。其美国存托股份已于3月10日起停止在纳斯达克交易。"
                     "蔺溪数科2017年以“蔺溪金融”之名在纳斯达克上市，2020年更名为现名。", date="2025-06-01")
    assert quals(facts, "蔺溪金融", "LISTED_ON", "NASDAQ")["end"] == "2025-03-10"


def test_where_a_company_is_listed_now_leaves_out_the_exchange_it_left(tmp_path: Path) -> None:
    facts = facts_of(_RELISTED, date="2025-06-01")
    b = backend_of(tmp_path / "s.sqlite", [f.as_json() | {"article_id": "t"} for f in facts], "t", "2025-06-01")
    assert answer_names(b, "璟岫金融现在在哪上市") == ["HKEX"]
    assert sorted(answer_names(b, "璟岫金融在哪些交易所上市过")) == ["HKEX", "NYSE"]


_NOTICE = ("股票简称：荻川科技　股票代码：301689\n江宁荻川信息科技股份有限公司关于董事辞职的公告\n"
           "本公司董事会近日收到董事柏云峰的书面辞职报告。")


def test_a_ticker_on_the_label_line_after_the_short_name_is_the_companys() -> None:
    got = {(f.object.name, a) for f in facts_of(_NOTICE) for a in f.object.aliases}
    assert ("江宁荻川信息科技股份有限公司", "301689") in got


def test_a_code_alone_says_not_where_the_company_is_listed(tmp_path: Path) -> None:
    # the code finds the company, but no article says where it is listed (guide v1.2: a bare number
    # states no listing), so the answer is none rather than the exchange its first letters suggest
    facts = facts_of(_NOTICE, date="2025-06-01")
    b = backend_of(tmp_path / "s.sqlite", [f.as_json() | {"article_id": "t"} for f in facts], "t", "2025-06-01")
    assert answer_names(b, "301689在哪个交易所上市") == []
