"""A Hong Kong disclosable transaction read through its defined terms: 「賣方」「買方」「目標公司」
stand for the companies the notice defines them after, so the sale ("賣方同意出售而買方同意購買…
即目標公司N股股份，相當於目標公司全部已發行股本"), the target's parent and the buyer's owner
("由P全資實益擁有") are theirs. Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_NOTICE = (
    "青嵐控股有限公司\n"
    "（股份代號：8842）\n"
    "須予披露交易\n"
    "董事會宣佈，於二零二三年九月八日，本公司直接全資附屬公司青嵐投資(BVI)有限公司（「賣方」）與"
    "遠帆資本有限公司（「買方」）訂立買賣協議，據此，賣方同意出售而買方同意購買銷售股份，即青嵐財富管理有限公司"
    "（「目標公司」）5,000,000股股份，相當於目標公司全部已發行股本，代價為21,000,000港元。\n"
    "目標公司為於香港註冊成立之有限公司，為賣方之直接全資附屬公司。\n"
    "買方為於英屬處女群島註冊成立之投資控股公司，由簡浩楠先生全資實益擁有。\n"
)


def test_the_sale_is_read_through_the_defined_terms() -> None:
    q = quals(facts_of(_NOTICE), "青嵐投資(BVI)有限公司", "SOLD_STAKE", "青嵐財富管理有限公司")
    assert q.get("buyer") == "遠帆資本有限公司"
    assert q.get("percent") == 100
    assert q.get("amount") == 21000000 and q.get("currency") == "HKD"


def test_the_direct_subsidiaries_and_the_buyers_owner() -> None:
    facts = facts_of(_NOTICE)
    assert quals(facts, "青嵐投資(BVI)有限公司", "SUBSIDIARY_OF", "青嵐控股有限公司").get("kind") == "wholly_owned"
    assert quals(facts, "青嵐財富管理有限公司", "SUBSIDIARY_OF", "青嵐投資(BVI)有限公司").get("kind") == "wholly_owned"
    assert quals(facts, "簡浩楠", "HOLDS_STAKE", "遠帆資本有限公司").get("percent") == 100
