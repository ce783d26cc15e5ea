"""A company's Latin name written beside its Chinese one is another name of it: in brackets ("X銀行
（Northpier Bank）") or as a notice's header line in capitals under the Chinese name, also without its
legal words ("Northpier Bank" for NORTHPIER BANK LIMITED), so a question asking by the English name
finds it; and a description of its business before a legal name ("財富管理機構" + X) is no part of
the name. Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of


def _aliases(text: str, name: str) -> set[str]:
    out: set[str] = set()
    for f in facts_of(text):
        for ref in (f.subject, f.object):
            if ref.name == name:
                out |= set(ref.aliases)
    return out


def test_a_latin_name_in_brackets_after_the_chinese_one() -> None:
    text = "虛擬銀行北渚銀行（Northpier Bank）昨日宣佈，行政總裁由柯文熙出任。"
    assert "Northpier Bank" in _aliases(text, "北渚銀行")


def test_a_header_line_in_capitals_and_its_form_without_limited() -> None:
    text = ("南汀銀行有限公司\nNANTING BANK LIMITED\n（於香港註冊成立之有限公司）\n\n"
            "南汀銀行有限公司董事會宣佈，委任韋承澤先生為本行行政總裁。")
    got = _aliases(text, "南汀銀行有限公司")
    assert "NANTING BANK LIMITED" in got and "NANTING BANK" in got


def test_a_description_of_the_business_is_no_part_of_the_legal_name() -> None:
    text = "在紐約上市的內地財富管理機構東岳財富控股有限公司（Dongyue Wealth Holdings Limited）今日宣佈，委任柏文石為行政總裁。"
    names = {f.object.name for f in facts_of(text)} | {f.subject.name for f in facts_of(text)}
    assert "東岳財富控股有限公司" in names
    assert "Dongyue Wealth" in _aliases(text, "東岳財富控股有限公司")


def test_a_chinese_name_with_no_legal_word_before_a_latin_legal_name_is_a_company() -> None:
    text = ("新加坡跨境汇款平台星汇支付（StarRemit Payments Pte Ltd）昨日获颁主要支付机构牌照。"
            "星汇的创办人兼首席执行官邝立言表示，星汇将扩展至越南和菲律宾。")
    facts = facts_of(text)
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("role")) for f in facts}
    assert ("邝立言", "FOUNDED", "星汇支付", None) in got
    assert ("邝立言", "HOLDS_POSITION", "星汇支付", "ceo") in got


def test_a_control_share_bought_by_a_buyer_with_its_latin_name_and_ticker_in_brackets() -> None:
    text = ("港股上市的岭东数科（Lingdong Digital Group，09988.HK）宣布，已完成收购本地钱包业者星汇支付（StarRemit Payments Pte Ltd）"
            "70%股权。星汇由邝立言创办。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("岭东数科", "星汇支付", 70.0) in got
    assert not any(f.subject.name == "StarRemit Payments Pte Ltd" or f.object.name == "StarRemit Payments Pte Ltd" for f in facts_of(text))
