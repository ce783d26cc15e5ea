"""Taiwan board minutes: the directors on the attendance line and the chairman on the chair's line."""

from tests.helpers import facts_of, quals

_MINUTES = ("瑞峰人壽保險股份有限公司董事會議事錄\n"
            "日期：民國一一四年九月九日上午十時\n"
            "出席董事：杜信良、官慧如（永昇實業股份有限公司代表）、獨立董事卓明樺、獨立董事鍾念慈\n"
            "列席：財務長程子維\n"
            "主席：杜信良董事長　記錄：程子維\n"
            "報告事項：本公司上半年度營運情形，洽悉。\n")


def test_attendance_line_seats_directors_at_the_minutes_company() -> None:
    facts = facts_of(_MINUTES, title="瑞峰人壽董事會議事錄")
    quals(facts, "官慧如", "HOLDS_POSITION", "瑞峰人壽保險股份有限公司", role="director")
    quals(facts, "卓明樺", "HOLDS_POSITION", "瑞峰人壽保險股份有限公司", role="independent_director")
    quals(facts, "鍾念慈", "HOLDS_POSITION", "瑞峰人壽保險股份有限公司", role="independent_director")
    assert not any(f.subject.name in ("卓明樺", "鍾念慈") and "永昇" in f.object.name for f in facts)


def test_chair_line_with_title_names_the_chairman() -> None:
    facts = facts_of(_MINUTES, title="瑞峰人壽董事會議事錄")
    quals(facts, "杜信良", "HOLDS_POSITION", "瑞峰人壽保險股份有限公司", role="chairman")
    assert not any(f.subject.name == "杜信良" and f.qualifiers.get("role") == "director" for f in facts)
