"""Names of firms outside the mainland, on sentences written for these tests (not gold text): a securities-finance
company's name whole ("X證券金融", not "X證券") with its abridgement in brackets ("X證金") that the story goes on
using; a lender or a bank whose Chinese name is made of common words, told a firm's name by its Latin one in
brackets ("X信貸（X Lending Corp.）", "北X銀行（North X Bank）"); a bank's size or a listed group's kind before a
name ("加拿大中型銀行X", "上市金融集團X"), no company of its own; Toronto's exchange and its tickers."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def _names(text: str) -> set[str]:
    return {ref.name for f in facts_of(text) for ref in (f.subject, f.object)}


def test_a_securities_finance_company_keeps_its_whole_name_and_its_bracketed_abridgement() -> None:
    text = ("證券金融業者鼎岳證券金融（鼎岳證金）昨日改選董事會，由副董事長林佑謙升任董事長。"
            "鼎岳證金表示，新任董事長將於下月就任；總經理陳慧琪則續任鼎岳證金董事。")
    posts = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("林佑謙", "鼎岳證券金融") in posts
    assert ("陳慧琪", "鼎岳證券金融") in posts
    assert "鼎岳證券" not in _names(text)


def test_a_bracketed_abridgement_the_story_never_uses_again_links_nothing() -> None:
    text = "翔匯證券金融（翔匯證金）今日公布去年盈餘，董事長吳志遠表示業績穩定。"
    assert ("吳志遠", "翔匯證券金融") in pairs(text, "HOLDS_POSITION")


def test_a_holder_list_goes_on_through_a_state_post_office() -> None:
    text = ("鼎岳證券金融（鼎岳證金）專營融資融券。據鼎岳證金年報，主要股東分別為嘉禾證券持股15.2%、"
            "立川金控持股10.4%、中華郵政持股6.6%。")
    stakes = pairs(text, "HOLDS_STAKE")
    assert {("嘉禾證券", "鼎岳證券金融"), ("立川金控", "鼎岳證券金融"), ("中華郵政", "鼎岳證券金融")} <= stakes


def test_a_lender_and_a_bank_named_by_their_latin_names_in_brackets() -> None:
    text = ("專營汽車貸款的楓林信貸（Maple Grove Lending Corp.）已由中型銀行北灣銀行（North Bay Bank）全資收購。"
            "交易完成後，楓林成為北灣銀行的全資附屬公司，行政總裁何志明留任。北灣銀行總裁李嘉偉表示歡迎。")
    assert ("楓林信貸", "北灣銀行") in pairs(text, "SUBSIDIARY_OF")
    assert ("李嘉偉", "北灣銀行") in pairs(text, "HOLDS_POSITION")


def test_a_banks_size_before_its_name_is_no_company() -> None:
    text = "楓林信貸已售予加拿大中型銀行北灣銀行（North Bay Bank）。北灣銀行總裁李嘉偉表示歡迎。"
    assert not any("中型" in n for n in _names(text))


def test_a_listed_groups_kind_before_its_name_is_no_company() -> None:
    text = "由移民創辦的金橋財務已被澳大利亞上市金融集團遠帆金融集團全資收購，遠帆金融表示交易已完成。"
    assert not any(n.startswith("金融集團") for n in _names(text))


def test_toronto_listing_with_its_ticker() -> None:
    text = "北灣銀行（North Bay Bank）於多倫多證券交易所上市（TSX: NBB），在安省設有40間分行。"
    assert quals(facts_of(text), "北灣銀行", "LISTED_ON", "TSX") is not None
