"""One test of a chronicle for both of its readers (the covered company and the paragraph reader)."""

from __future__ import annotations

from extract.chronicle import has_dated_lines, is_chronicle, is_dated_line

_LINES = "青禾支付发展简况\n2015年：青禾支付成立\n  2018年5月：取得支付业务许可证\n2021年3月1日：更名为青禾数科\n"


def test_three_dated_lines_make_a_chronicle_two_do_not() -> None:
    assert has_dated_lines(_LINES)
    two = _LINES.rsplit("2021", 1)[0]
    assert not has_dated_lines(two)
    assert not is_chronicle("青禾支付简况", two)


def test_a_headline_alone_makes_a_chronicle() -> None:
    assert is_chronicle("青禾支付大事记", "公司成立以来稳健经营。")
    assert is_chronicle("青禾支付发展历程", "")


def test_a_date_inside_a_sentence_opens_no_line() -> None:
    prose = "公司于2015年：成立。此后2018年：取得许可。2021年：更名。"
    assert not has_dated_lines(prose)
    assert not is_dated_line(prose, prose.index("此后"))


def test_the_line_of_an_offset_after_an_indent() -> None:
    assert is_dated_line(_LINES, _LINES.index("取得"))
    assert not is_dated_line(_LINES, _LINES.index("发展简况"))
    assert not is_dated_line("2019年度报告：概述", 3)  # "年度" is a year's report, not a dated line
