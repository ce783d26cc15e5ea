"""A Taiwan investment-review release's numbered approvals and a filing's header and subscriber table: a buyer approved
to take a share from a seller (the price before, the share after the company and its code), a parent raising the
capital of 其…子公司 with its share after the increase, 上市公司 with a four-digit code, a header's 市場別, a relation
cell's 該公司 and a juristic director's representative. Texts written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_RELEASE = """經濟部本月核准下列投資案件：
（一）核准開曼群島商雲杉資本有限公司（Spruce Capital Ltd.）以新臺幣約9億元，自寶豐實業股份有限公司購入上櫃公司昇陽光電股份有限公司（股票代號3522）已發行股份約15.8%。
（二）核准日商北斗支付株式會社對其在臺子公司北斗電子支付股份有限公司增資新臺幣1億元，增資完成後持股比例仍為100%。
（三）核准上市公司永信金融控股股份有限公司（永信金控，股票代號2866）之子公司永信商業銀行股份有限公司，增資其菲律賓子公司永信銀行（菲律賓）有限公司美金2,000萬元。
"""


def test_approved_purchase_with_price_before_and_share_after() -> None:
    q = quals(facts_of(_RELEASE), "寶豐實業股份有限公司", "SOLD_STAKE", "昇陽光電股份有限公司")
    assert q["percent"] == 15.8 and q["amount"] == 900000000 and q["currency"] == "TWD"
    assert "雲杉資本" in q["buyer"]


def test_capital_raised_in_its_subsidiary_keeps_all_of_it() -> None:
    facts = facts_of(_RELEASE)
    sub = quals(facts, "北斗電子支付股份有限公司", "SUBSIDIARY_OF", "日商北斗支付株式會社")
    assert sub["kind"] == "wholly_owned"
    assert quals(facts, "日商北斗支付株式會社", "HOLDS_STAKE", "北斗電子支付股份有限公司")["percent"] == 100.0


def test_listed_parent_with_code_and_its_chain_of_subsidiaries() -> None:
    facts = facts_of(_RELEASE)
    assert quals(facts, "永信金融控股股份有限公司", "LISTED_ON", "TWSE")["ticker"] == "2866"
    subs = triples(facts, "SUBSIDIARY_OF")
    assert ("永信商業銀行股份有限公司", "SUBSIDIARY_OF", "永信金融控股股份有限公司", "subsidiary") in subs
    assert ("永信銀行（菲律賓）有限公司", "SUBSIDIARY_OF", "永信商業銀行股份有限公司", "subsidiary") in subs


def test_a_four_digit_code_outside_taiwan_is_not_taiwan_listing() -> None:
    text = "香港上市公司東明控股有限公司（股票代號1832）今日公布業績。"
    assert not [f for f in facts_of(text) if f.object.name == "TWSE"]


_FILING = """公開資訊觀測站 重大訊息
公司代號：3391　公司簡稱：瀚宇精機　市場別：上櫃
主旨：公告本公司現金增資認股繳款完成
應募人｜與公司之關係｜認購股數
東陽投資股份有限公司｜本公司總經理簡志明為該公司董事長｜3,000,000股
禾豐創業投資股份有限公司｜本公司法人董事（代表人：溫雅婷）｜1,200,000股
瀚宇精機股份有限公司（下稱本公司）已於本月收足股款。
"""


def test_header_market_field_lists_the_company() -> None:
    assert quals(facts_of(_FILING), "瀚宇精機股份有限公司", "LISTED_ON", "TPEx")["ticker"] == "3391"
    emerging = _FILING.replace("市場別：上櫃", "市場別：興櫃")
    assert not [f for f in facts_of(emerging) if str(f.predicate) == "LISTED_ON"]


def test_relation_cell_posts_at_the_row_party_and_the_representative_seat() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts_of(_FILING) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("簡志明", "東陽投資股份有限公司", "chairman") in got
    assert ("簡志明", "瀚宇精機股份有限公司", "chairman") not in got  # (該公司 is the row's subscriber)
    assert ("溫雅婷", "瀚宇精機股份有限公司", "director") in got
