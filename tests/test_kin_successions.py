"""A story of a family firm: the speaker who opens a paragraph, the predecessor's founder by kin, and 他 taking a
post over from a relative named by kin."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_STORY = (
    "【本报讯】岭南永安银行股份有限公司周六在广州举行七十周年晚宴，政商界嘉宾约四百人出席。\n\n"
    "高文轩在晚宴上致辞时表示，岭南永安银行的前身是其外祖父梁敬堂于一九五四年开办的永安银号，后来才改组为银行。"
    "他在二〇二一年接替伯父梁仲恒出任董事长，此前在行内任职十余年。\n"
)


def test_speaker_with_an_ambiguous_surname_is_a_person() -> None:
    facts = facts_of(_STORY, "岭南永安银行七十周年")
    assert quals(facts, "高文轩", "HOLDS_POSITION", "岭南永安银行股份有限公司", role="chairman")["start"] == "2021"


def test_he_takes_over_from_an_uncle() -> None:
    facts = facts_of(_STORY, "岭南永安银行七十周年")
    assert quals(facts, "高文轩", "SUCCEEDED", "梁仲恒")["date"] == "2021"
    assert not any(f.subject.name == "梁仲恒" and f.qualifiers.get("start") for f in facts)


def test_predecessor_founded_by_a_grandfather() -> None:
    text = "这家信用社的前身为其祖父韦昌明于一九三六年创办的永昌钱庄有限公司。韦氏后人至今仍在社里任职。"
    facts = facts_of("韦国栋说，" + text, "")
    assert quals(facts, "韦昌明", "FOUNDED", "永昌钱庄有限公司")["date"] == "1936"
