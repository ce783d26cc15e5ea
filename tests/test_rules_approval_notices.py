"""A Taiwan investment-review release's numbered approvals and a filing's header and subscriber table: a buyer approved
to take a share from a seller (the price before, the share after the company and its code), a parent raising the
capital of 其…子公司 with its share after the increase, 上市公司 with a four-digit code, a header's 市場別, a relation
cell's 該公司 and a juristic director's representative. Texts written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_RELEASE = """經濟部投審會上週審議通過之案件摘要：
1. 核准英屬維京群島商松濤創投有限公司以新臺幣約4.2億元，自瑞岡興業股份有限公司購入上櫃公司碩嵐精材股份有限公司（股票代號4718）已發行股份約21.3%。
2. 日商翠巒精機株式會社對其在臺子公司翠巒精密機械股份有限公司增資新臺幣6,500萬元一案，經核准，增資完成後持股比例仍為100%。
3. 核准上市公司富嶺化學股份有限公司（富嶺化學，股票代號1736）之子公司富嶺塑膠股份有限公司對其越南子公司富嶺塑膠（越南）有限公司增資美金800萬元，用於擴建廠房。
"""


def test_approved_purchase_with_price_before_and_share_after() -> None:
    q = quals(facts_of(_RELEASE), "瑞岡興業股份有限公司", "SOLD_STAKE", "碩嵐精材股份有限公司")
    assert q["percent"] == 21.3 and q["amount"] == 420000000 and q["currency"] == "TWD"
    assert "松濤創投" in q["buyer"]


def test_capital_raised_in_its_subsidiary_keeps_all_of_it() -> None:
    facts = facts_of(_RELEASE)
    sub = quals(facts, "翠巒精密機械股份有限公司", "SUBSIDIARY_OF", "日商翠巒精機株式會社")
    assert sub["kind"] == "wholly_owned"
    assert quals(facts, "日商翠巒精機株式會社", "HOLDS_STAKE", "翠巒精密機械股份有限公司")["percent"] == 100.0


def test_listed_parent_with_code_and_its_chain_of_subsidiaries() -> None:
    facts = facts_of(_RELEASE)
    assert quals(facts, "富嶺化學股份有限公司", "LISTED_ON", "TWSE")["ticker"] == "1736"
    subs = triples(facts, "SUBSIDIARY_OF")
    assert ("富嶺塑膠股份有限公司", "SUBSIDIARY_OF", "富嶺化學股份有限公司", "subsidiary") in subs
    assert ("富嶺塑膠（越南）有限公司", "SUBSIDIARY_OF", "富嶺塑膠股份有限公司", "subsidiary") in subs


def test_a_four_digit_code_outside_taiwan_is_not_taiwan_listing() -> None:
    text = "港股上市公司嘉禾燃氣集團有限公司（股票代號1598）昨晚發出盈利預警。"
    assert not [f for f in facts_of(text) if f.object.name == "TWSE"]


_FILING = """公開資訊觀測站 重大訊息
公司代號：4127　公司簡稱：碩川精密　市場別：上櫃
主旨：私募普通股之應募人名單及股款收足
應募人｜與公司之關係｜認購股數
松岡投資有限公司｜副總經理紀承宇兼任該公司之董事長｜650,000股
沐原創業投資有限公司｜法人董事（代表人：邢若蘭）｜2,400,000股
本次私募之發行公司為碩川精密工業股份有限公司（以下簡稱本公司），股款業於十月間全數收足。
"""


def test_header_market_field_lists_the_company() -> None:
    assert quals(facts_of(_FILING), "碩川精密工業股份有限公司", "LISTED_ON", "TPEx")["ticker"] == "4127"
    emerging = _FILING.replace("市場別：上櫃", "市場別：興櫃")
    assert not [f for f in facts_of(emerging) if str(f.predicate) == "LISTED_ON"]


def test_relation_cell_posts_at_the_row_party_and_the_representative_seat() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts_of(_FILING) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("紀承宇", "松岡投資有限公司", "chairman") in got
    assert ("紀承宇", "碩川精密工業股份有限公司", "chairman") not in got  # (該公司 is the row's subscriber)
    assert ("邢若蘭", "碩川精密工業股份有限公司", "director") in got
