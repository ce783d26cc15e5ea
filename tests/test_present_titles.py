"""A present title after a dated history (`graph.present_titles`), on hand-made terms."""

from __future__ import annotations

from typing import Any

from graph.temporal import holding, terms

_n = 0


def _pos(person: str, role: str, article: str, date: str, at: int, start: str | None = None, text: str = "…") -> dict[str, Any]:
    """A position told at offset `at` of `article` (dated `date`) by the sentence `text`, with a start or none."""
    global _n
    _n += 1
    ev = {"article_id": article, "date": date, "offsets": [at, at + 20], "evidence": text}
    return {"id": f"p{_n}", "predicate": "HOLDS_POSITION", "subject": {"id": person, "name": person},
            "object": {"id": "某行", "name": "某行"}, "qualifiers": {"role": role} | ({"start": start} if start else {}),
            "valid_from": start, "valid_to": None, "confidence": 0.8, "reported_at": date, "evidence": [ev]}


def _now(facts: list[dict[str, Any]], day: str | None = None) -> list[str]:
    return [t.person for t in holding(terms(facts), day)]


def test_a_present_title_years_after_a_dated_appointment_is_the_holder_now() -> None:
    # a memorial notice of 2024 recounts "2009年5月，行长一职由甲接任" and signs off "乙（本行行长）"
    facts = [_pos("甲", "president", "a1", "2024-06-03", 120, start="2009-05"), _pos("乙", "president", "a1", "2024-06-03", 480)]
    assert _now(facts) == ["乙"]
    assert _now(facts, "2024-07") == ["乙"]
    assert _now(facts, "2015") == ["甲"]  # before the notice, the dated term is all the articles know


def test_of_two_present_titles_the_one_told_later_in_the_article_wins() -> None:
    facts = [_pos("甲", "chairman", "a2", "2023-11-20", 50, start="2005"), _pos("丙", "chairman", "a2", "2023-11-20", 200),
             _pos("乙", "chairman", "a2", "2023-11-20", 700)]
    assert _now(facts) == ["乙"]


def test_a_recent_appointment_still_beats_an_undated_title() -> None:
    # news of the year of the appointment that also names another 董事长 undated: likely the one replaced
    facts = [_pos("甲", "chairman", "a3", "2024-03-02", 40, start="2024-02"), _pos("乙", "chairman", "a3", "2024-03-02", 300)]
    assert _now(facts) == ["甲"]


def test_one_sentence_naming_both_holders_tells_the_change_not_a_history() -> None:
    # "乙获选为主席，接替自2016年起出任主席的甲", the year read for the wrong one: the dated term stays first
    facts = [_pos("乙", "chairman", "a4", "2024-05-10", 90, start="2016"), _pos("甲", "chairman", "a4", "2024-05-10", 90)]
    assert _now(facts) == ["乙"]


def test_a_dated_term_told_again_after_the_title_keeps_the_post() -> None:
    facts = [_pos("甲", "president", "a5", "2020-01-08", 30, start="2012"), _pos("乙", "president", "a6", "2019-04-01", 60),
             _pos("甲", "president", "a7", "2021-09-09", 80, start="2012")]
    assert set(_now(facts)) == {"甲"}


def test_a_dated_history_sentence_is_no_present_title() -> None:
    # "2019年5月，董事长乙出席…" in a 2024 retrospective: 乙 held the post in 2019, not on the article's day
    facts = [_pos("甲", "chairman", "a8", "2024-02-01", 40, start="2010"),
             _pos("乙", "chairman", "a8", "2024-02-01", 400, text="2019年5月，董事长乙出席了签约仪式。")]
    assert _now(facts) == ["甲"]


def test_asked_before_another_holders_start_a_later_present_title_did_not_hold() -> None:
    # a 2025-04 story: "今年3月乙出任总裁" and "总裁丙（原副总裁）": asked of 2024, 丙 is not known to hold it
    facts = [_pos("乙", "ceo", "a9", "2025-04-02", 30, start="2025-03"),
             _pos("丙", "ceo", "a9", "2025-04-02", 300, text="总裁丙（原副总裁）表示，将继续推进转型。")]
    assert _now(facts, "2024") == []


def test_asked_before_another_holders_start_a_dated_history_sentence_still_holds() -> None:
    # the undated holder told in a dated sentence of the past ("2023年4月，董事长丙接受审查") was the one before
    facts = [_pos("乙", "chairman", "a10", "2025-03-18", 300, start="2024-02"),
             _pos("丙", "chairman", "a10", "2025-03-18", 60, text="2023年4月，董事长丙接受审查。")]
    assert _now(facts, "2022") == ["丙"]
