""""截至一季度末", "截至2023年三季度末", "今年上半年末", "第三季末", "首季末": the end of a quarter (or half) is a
day, the last of its last month, at which a holding is told; "三季度" alone stays a reporting period, and
"前三季度末", "每季度末" are no one day. Invented sentences, both scripts."""

from __future__ import annotations

from extract.dates import find_dates
from text.normalize import normalize

from .helpers import facts_of, quals


def _days(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(v.year, v.month, v.day) for _s, _e, v in find_dates(normalize(text).text)]


def test_quarter_ends_are_days() -> None:
    assert _days("截至2023年三季度末，甲持股") == [(2023, 9, 30)]
    assert _days("截至一季度末，甲持股") == [(None, 3, 31)]
    assert _days("截至今年上半年末，甲持股") == [(None, 6, 30)]
    assert _days("截至2024年第四季末，甲持股") == [(2024, 12, 31)]
    assert _days("截至首季末，甲持股") == [(None, 3, 31)]


def test_a_quarter_itself_or_a_sum_of_quarters_is_no_day() -> None:
    assert _days("2023年三季度营收增长") == [(2023, None, None)]
    assert _days("前三季度末累计") == []
    assert _days("每季度末披露一次") == []


def test_stake_told_at_a_quarter_end_is_as_of_that_day() -> None:
    fs = facts_of("截至2023年三季度末，岚溪控股集团有限公司持有岚溪银行18.2%的股份，为第一大股东。", date="2023-11-02")
    assert quals(fs, "岚溪控股集团有限公司", "HOLDS_STAKE", "岚溪银行")["as_of"] == "2023-09-30"


def test_traditional_stake_told_at_a_quarter_end() -> None:
    fs = facts_of("截至今年第二季末，碧川投資股份有限公司持有碧川證券12.5%股權。", date="2024-08-15")
    assert quals(fs, "碧川投資股份有限公司", "HOLDS_STAKE", "碧川證券")["as_of"] == "2024-06-30"
