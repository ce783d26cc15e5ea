"""Facts a report sentence tells as done 近日/日前 are dated to the month, not to the day the
paper learnt or the company announced them; what the sentence after tells as done 同日 keeps
the day. Invented sentences, both scripts."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_resignation_received_lately_is_dated_to_the_month() -> None:
    fs = facts_of("8月12日晚间，青萝证券公告称，公司董事会近日收到总裁柴文渊的书面辞职报告，"
                  "柴文渊因个人原因申请辞去公司总裁职务。", date="2022-08-13")
    assert quals(fs, "柴文渊", "HOLDS_POSITION", "青萝证券", role="president")["end"] == "2022-08"


def test_traditional_report_of_a_recent_departure_is_dated_to_the_month() -> None:
    fs = facts_of("3月9日，記者獲悉，藍杉銀行總經理霍啟賢已於近日離職，其總經理職務由副總經理田牧之接任。",
                  date="2023-03-10")
    assert quals(fs, "霍啟賢", "HOLDS_POSITION", "藍杉銀行", role="general_manager")["end"] == "2023-03"
    assert quals(fs, "田牧之", "HOLDS_POSITION", "藍杉銀行", role="general_manager")["start"] == "2023-03"


def test_a_successor_named_the_same_day_keeps_the_day() -> None:
    fs = facts_of("8月12日晚间，青萝证券公告称，公司董事会近日收到总裁柴文渊的书面辞职报告，"
                  "柴文渊因个人原因申请辞去公司总裁职务。同日，董事会聘任石雨桐为公司总裁。", date="2022-08-13")
    assert quals(fs, "石雨桐", "HOLDS_POSITION", "青萝证券", role="president")["start"] == "2022-08-12"
    assert quals(fs, "柴文渊", "HOLDS_POSITION", "青萝证券", role="president")["end"] == "2022-08-12"


def test_an_announcement_without_lately_keeps_its_day() -> None:
    fs = facts_of("8月12日晚间，青萝证券公告称，董事会审议通过聘任石雨桐为公司副总裁。", date="2022-08-13")
    assert quals(fs, "石雨桐", "HOLDS_POSITION", "青萝证券", role="vice_president")["start"] == "2022-08-12"
