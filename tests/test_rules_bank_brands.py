"""A column calls banks by their brands: "X銀行" written in full once, then "在X效力多年", "X這邊" — the brand
alone names the bank; "X氏" is the one of surname X named in full. Sentences written for these tests."""

from __future__ import annotations

from .helpers import pairs


def test_a_bank_named_once_then_by_its_brand() -> None:
    text = ("本港銀行界近月人事頻繁。先說嘉朗銀行，行政總裁歐陽子豪月前退休，接班人是翠峰銀行副行政總裁溫卓賢。"
            "溫卓賢在翠峰工作多年，一向被視為翠峰行政總裁范詠琪的得力助手。\n"
            "翠峰這邊，由財務總監祁學文署理行政總裁。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("范詠琪", "翠峰銀行") in got and ("范詠琪", "嘉朗銀行") not in got
    assert ("祁學文", "翠峰銀行") in got


def test_surname_and_shi_is_the_one_named_in_full() -> None:
    """"溫氏" after "溫卓賢": the Hong Kong press calls the one it named by surname and 氏 (not a person of its own);
    but "溫氏家族", "溫氏控股" are the family and its firm."""
    text = ("嘉朗銀行行政總裁歐陽子豪月前退休，接班人是翠峰銀行副行政總裁溫卓賢。"
            "溫氏於今年2月1日正式履新，出任嘉朗銀行行政總裁。溫氏控股則持有嘉朗銀行5%股份。")
    people = {p for p, _c in pairs(text, "HOLDS_POSITION")}
    assert "溫氏" not in people
    assert ("溫卓賢", "嘉朗銀行") in pairs(text, "HOLDS_POSITION")
