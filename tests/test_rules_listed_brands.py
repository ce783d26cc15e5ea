"""A listed company called by its trading name, on sentences written for these tests (not gold text): a brand
that is a verb too ("翱翔", "驰骋") before the word for its kind and a ticker with its exchange in brackets is a
company's name, whatever the words before it ("南岭银行第二大股东…")."""

from __future__ import annotations

from .helpers import facts_of


def test_a_verb_brand_before_its_kind_and_ticker_is_a_listed_company() -> None:
    text = ("去年9月，南岭银行第二大股东翱翔科技（NASDAQ:AXTK）将所持3%股份转让给东川投资有限公司，转让价格为2.1亿元。"
            "翱翔科技创始人宁致远目前仍担任南岭银行董事。")
    facts = {(f.subject.name, str(f.predicate), f.object.name) for f in facts_of(text, date="2025-03-01")}
    assert ("翱翔科技", "LISTED_ON", "NASDAQ") in facts
    assert ("翱翔科技", "SOLD_STAKE", "南岭银行") in facts
    assert ("宁致远", "FOUNDED", "翱翔科技") in facts


def test_a_verb_brand_at_a_sentences_head() -> None:
    text = "驰骋股份（300777.SZ）公告称，公司董事长由副董事长林海川接任。"
    assert ("驰骋股份", "LISTED_ON", "SZSE") in {(f.subject.name, str(f.predicate), f.object.name) for f in facts_of(text)}
