"""Listings told without a ticker written with its exchange: a first trading day the exchange set, a new code after a
merger, a parent described as listed in brackets, a congratulation advertisement, and London's AIM by its full name."""

from tests.helpers import facts_of, quals


def test_a_first_trading_day_set_by_the_exchange() -> None:
    facts = facts_of("星河支付股份有限公司之普通股经证交所核准，定于2027年3月5日起在台湾证券交易所挂牌交易。")
    assert quals(facts, "星河支付股份有限公司", "LISTED_ON", "TWSE")["date"] == "2027-03-05"


def test_a_new_code_after_a_merger() -> None:
    facts = facts_of("合并完成后，新公司改名为海岳星海金融集团，其股份自4月1日起改以新代码HXFG于纳斯达克交易。", date="2026-03-20")
    q = quals(facts, "海岳星海金融集团", "LISTED_ON", "NASDAQ")
    assert (q["ticker"], q["date"]) == ("HXFG", "2026-04-01")


def test_a_parent_described_as_listed_in_brackets() -> None:
    facts = facts_of("本公司之最终控股股东为明远金融控股股份有限公司（简称“明远金控”，为台湾证券交易所上市公司，股票代号：2888），"
                     "持有本公司全部股权。")
    assert quals(facts, "明远金融控股股份有限公司", "LISTED_ON", "TWSE")["ticker"] == "2888"


def test_a_congratulation_advertisement() -> None:
    facts = facts_of("热烈祝贺\n恒瑞证券集团有限公司\n上市志庆\n股份代号：1234\n上市日期：2026年5月6日\n某某律师行　敬贺")
    q = quals(facts, "恒瑞证券集团有限公司", "LISTED_ON", "HKEX")
    assert (q["ticker"], q["date"]) == ("1234", "2026-05-06")


def test_londons_alternative_market_by_its_full_name() -> None:
    facts = facts_of("英国支付公司云桥科技（Cloudbridge plc）周四在伦敦证券交易所另类投资市场挂牌，股票代码CBRG。")
    assert quals(facts, "云桥科技", "LISTED_ON", "LSE")["ticker"] == "CBRG"


def test_a_cover_code_names_the_company_and_its_hong_kong_listing() -> None:
    facts = facts_of("致股东通函\n\n海澜金融控股有限公司\n（于百慕达注册成立之有限公司）\n（股份代号：8123）\n\n"
                     "主要交易\n\n海澜金融控股有限公司之股份于联交所主板上市，本公司将维持其上市地位。")
    q = quals(facts, "海澜金融控股有限公司", "LISTED_ON", "HKEX")
    assert q["ticker"] == "8123"
    assert any(f.subject.name == "海澜金融控股有限公司" and "8123" in f.subject.aliases for f in facts)
