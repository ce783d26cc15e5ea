"""A story of a family firm: the speaker who opens a paragraph, the predecessor's founder by kin, and 他 taking a
post over from a relative named by kin."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_STORY = (
    "【本报讯】海澄物流集团股份有限公司上周五召开年度股东大会，到场股东及代表逾百人。\n\n"
    "于海东在股东大会上讲话时指出，海澄物流的前身是其舅父邝兆林于一九八七年开办的海澄货运行，如今冷链车辆已逾三百台。"
    "二〇一八年，他接替姑父温致远出任董事长。\n"
)


def test_speaker_with_an_ambiguous_surname_is_a_person() -> None:
    facts = facts_of(_STORY, "海澄物流股东大会")
    assert quals(facts, "于海东", "HOLDS_POSITION", "海澄物流集团股份有限公司", role="chairman")["start"] == "2018"


def test_he_takes_over_from_an_uncle() -> None:
    facts = facts_of(_STORY, "海澄物流股东大会")
    assert quals(facts, "于海东", "SUCCEEDED", "温致远")["date"] == "2018"
    assert not any(f.subject.name == "温致远" and f.qualifiers.get("start") for f in facts)


def test_predecessor_founded_by_a_grandfather() -> None:
    text = "这家连锁酒店的前身是其祖母邬秀英于一九四八年创办的邬记旅社有限公司，如今由第三代打理。"
    facts = facts_of("程立川回忆，" + text, "")
    assert quals(facts, "邬秀英", "FOUNDED", "邬记旅社有限公司")["date"] == "1948"
