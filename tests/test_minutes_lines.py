"""Taiwan board minutes: the directors on the attendance line and the chairman on the chair's line."""

from tests.helpers import facts_of, quals

_MINUTES = ("沛岳票券金融股份有限公司董事會議事錄\n"
            "日期：民國一一三年四月十六日下午三時\n"
            "出席董事：沈柏臻、葛郁婷（瀚禾投資有限公司代表人）、獨立董事邱映汐、獨立董事包承恩\n"
            "列席：總稽核尹家萱\n"
            "主席：沈柏臻董事長　記錄：尹家萱\n"
            "討論事項：修訂本公司內部控制制度案，照案通過。\n")


def test_attendance_line_seats_directors_at_the_minutes_company() -> None:
    facts = facts_of(_MINUTES, title="沛岳票券董事會議事錄")
    quals(facts, "葛郁婷", "HOLDS_POSITION", "沛岳票券金融股份有限公司", role="director")
    quals(facts, "邱映汐", "HOLDS_POSITION", "沛岳票券金融股份有限公司", role="independent_director")
    quals(facts, "包承恩", "HOLDS_POSITION", "沛岳票券金融股份有限公司", role="independent_director")
    assert not any(f.subject.name in ("邱映汐", "包承恩") and "瀚禾" in f.object.name for f in facts)


def test_chair_line_with_title_names_the_chairman() -> None:
    facts = facts_of(_MINUTES, title="沛岳票券董事會議事錄")
    quals(facts, "沈柏臻", "HOLDS_POSITION", "沛岳票券金融股份有限公司", role="chairman")
    assert not any(f.subject.name == "沈柏臻" and f.qualifiers.get("role") == "director" for f in facts)
