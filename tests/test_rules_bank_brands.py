"""A column calls banks by their brands: "X銀行" written in full once, then "在X效力多年", "X這邊" — the brand
alone names the bank. Sentences written for these tests."""

from __future__ import annotations

from .helpers import pairs


def test_a_bank_named_once_then_by_its_brand() -> None:
    text = ("本港銀行界近月人事頻繁。先說嘉朗銀行，行政總裁歐陽子豪月前退休，接班人是翠峰銀行副行政總裁溫卓賢。"
            "溫卓賢在翠峰工作多年，一向被視為翠峰行政總裁范詠琪的得力助手。\n"
            "翠峰這邊，由財務總監祁學文署理行政總裁。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("范詠琪", "翠峰銀行") in got and ("范詠琪", "嘉朗銀行") not in got
    assert ("祁學文", "翠峰銀行") in got
