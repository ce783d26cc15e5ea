"""Names of firms outside the mainland, on sentences written for these tests (not gold text): a securities-finance
company's name whole ("X證券金融", not "X證券") with its abridgement in brackets ("X證金") that the story goes on
using; a lender or a bank whose Chinese name is made of common words, told a firm's name by its Latin one in
brackets ("X財務（X Autoloan Corp.）", "高原銀行（Highland Bank）"); a bank's size or a listed group's kind before a
name ("加拿大地區性銀行X", "上市支付集團X"), no company of its own; Toronto's exchange and its tickers."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def _names(text: str) -> set[str]:
    return {ref.name for f in facts_of(text) for ref in (f.subject, f.object)}


def test_a_securities_finance_company_keeps_its_whole_name_and_its_bracketed_abridgement() -> None:
    text = ("瀚聯證券金融（瀚聯證金）昨召開股東常會，會後宣布原任副總經理蕭承翰升為總經理。"
            "瀚聯證金指出，董事長蘇雅婷獲續聘，任期三年。")
    posts = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("蕭承翰", "瀚聯證券金融") in posts
    assert ("蘇雅婷", "瀚聯證券金融") in posts
    assert "瀚聯證券" not in _names(text)


def test_a_bracketed_abridgement_the_story_never_uses_again_links_nothing() -> None:
    text = "聿康證券金融（聿康證金）上半年融資餘額成長一成，董事長杜明哲對下半年審慎樂觀。"
    assert ("杜明哲", "聿康證券金融") in pairs(text, "HOLDS_POSITION")


def test_a_holder_list_goes_on_through_a_state_post_office() -> None:
    text = ("瀚聯證券金融（瀚聯證金）以轉融通為主業。瀚聯證金最新股東名冊顯示，"
            "承遠金控持有13.7%、中華郵政持有8.1%、泰澄證券持有5.9%。")
    stakes = pairs(text, "HOLDS_STAKE")
    assert {("承遠金控", "瀚聯證券金融"), ("中華郵政", "瀚聯證券金融"), ("泰澄證券", "瀚聯證券金融")} <= stakes


def test_a_lender_and_a_bank_named_by_their_latin_names_in_brackets() -> None:
    text = ("總部設於卡加利的高原銀行（Highland Bank）上月完成收購青松財務（Greenpine Autoloan Corp.）。"
            "青松財務自此成為高原銀行全資擁有的子公司。高原銀行行政總裁歐陽啟德稱，青松財務原有團隊全數留任。")
    assert ("青松財務", "高原銀行") in pairs(text, "SUBSIDIARY_OF")
    assert ("歐陽啟德", "高原銀行") in pairs(text, "HOLDS_POSITION")


def test_a_banks_size_before_its_name_is_no_company() -> None:
    text = "青松財務的新東主是加拿大地區性銀行高原銀行（Highland Bank）。高原銀行行長歐陽啟德表示將擴展車貸業務。"
    assert not any("地區性" in n or "地区性" in n for n in _names(text))


def test_a_listed_groups_kind_before_its_name_is_no_company() -> None:
    text = "溫哥華支付新創澄川支付今年初獲英國上市支付集團恆楹支付集團收購，恆楹支付稱將保留原有團隊。"
    assert not any(n.startswith("支付集團") for n in _names(text))


def test_toronto_listing_with_its_ticker() -> None:
    text = "高原銀行（Highland Bank）股份在多倫多交易所買賣（TSX: HLB），於亞伯達省共有27間分行。"
    assert quals(facts_of(text), "高原銀行", "LISTED_ON", "TSX") is not None
