"""Listings told without a ticker written with its exchange: a first trading day the exchange set, a new code after a
merger, a parent described as listed in brackets, a congratulation advertisement, and London's AIM by its full name."""

from tests.helpers import facts_of, quals


def test_a_first_trading_day_set_by_the_exchange() -> None:
    facts = facts_of("晖悦金流股份有限公司之普通股获主管机关核准，订于2027年1月22日起于台交所上市买卖，承销价每股新台币48元。")
    assert quals(facts, "晖悦金流股份有限公司", "LISTED_ON", "TWSE")["date"] == "2027-01-22"


def test_a_new_code_after_a_merger() -> None:
    facts = facts_of("岱丰数位与澄霖资讯完成股份转换，合并后的公司更名为岱丰澄霖数位股份有限公司，股票自9月8日起改以新代码6719在台交所交易。",
                     date="2026-08-20")
    q = quals(facts, "岱丰澄霖数位股份有限公司", "LISTED_ON", "TWSE")
    assert (q["ticker"], q["date"]) == ("6719", "2026-09-08")


def test_a_parent_described_as_listed_in_brackets() -> None:
    facts = facts_of("桐林人寿股份有限公司之最终母公司为宸翎金融集团（下称“宸翎”，系台交所上市公司，证券代码6155），"
                     "持有桐林人寿全部股权。")
    assert quals(facts, "宸翎金融集团", "LISTED_ON", "TWSE")["ticker"] == "6155"


def test_a_congratulation_advertisement() -> None:
    facts = facts_of("衷心祝贺\n翠柏医疗控股有限公司\n上市志庆\n股份代号：2577\n上市日期：2025年12月18日\n\n柏翎会计师事务所同人　谨贺")
    q = quals(facts, "翠柏医疗控股有限公司", "LISTED_ON", "HKEX")
    assert (q["ticker"], q["date"]) == ("2577", "2025-12-18")


def test_londons_alternative_market_by_its_full_name() -> None:
    facts = facts_of("经过两轮私募后，苏格兰风电公司北岬科技（Northcape Renewables plc）本周三在伦敦证券交易所另类投资市场上市，"
                     "股票代码为NCRW。")
    assert quals(facts, "北岬科技", "LISTED_ON", "LSE")["ticker"] == "NCRW"


def test_a_cover_code_names_the_company_and_its_hong_kong_listing() -> None:
    facts = facts_of("股东周年大会通告\n\n嶂石物业控股有限公司\n（于百慕达注册成立之有限公司）\n（股份代号：6623）\n\n"
                     "本公司股份自2019年起在香港主板上市。兹通告本公司谨订于2026年6月18日举行股东周年大会。")
    q = quals(facts, "嶂石物业控股有限公司", "LISTED_ON", "HKEX")
    assert q["ticker"] == "6623"
    assert any(f.subject.name == "嶂石物业控股有限公司" and "6623" in f.subject.aliases for f in facts)
