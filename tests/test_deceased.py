"""A holder an article reports dead holds no post now (`graph.deceased`), on hand-made terms."""

from __future__ import annotations

from typing import Any

from graph.temporal import holding, terms

_n = 0


def _pos(person: str, role: str, text: str, title: str | None = None, start: str | None = None) -> dict[str, Any]:
    global _n
    _n += 1
    q = {"role": role} | ({"title": title} if title else {})
    ev = {"article_id": f"d{_n}", "date": "2024-08-09", "offsets": [0, len(text)], "evidence": text}
    return {"id": f"d{_n}", "predicate": "HOLDS_POSITION", "subject": {"id": person, "name": person},
            "object": {"id": "某社", "name": "某社"}, "qualifiers": q, "valid_from": start, "valid_to": None,
            "confidence": 0.9, "reported_at": "2024-08-09", "evidence": [ev]}


def _now(facts: list[dict[str, Any]]) -> list[str]:
    return [t.person for t in holding(terms(facts), None)]


def test_the_deceased_of_an_obituary_holds_nothing_now() -> None:
    facts = [_pos("韩秋实", "other", "某社党委书记韩秋实同志，因病医治无效，于2024年8月7日在临沂病逝，享年81岁。", title="党委书记"),
             _pos("谢沐川", "other", "治丧工作小组组长：谢沐川（某社党委书记）", title="党委书记")]
    assert _now(facts) == ["谢沐川"]
    assert _now(facts[:1]) == []


def test_a_holder_who_mourns_anothers_death_still_holds() -> None:
    facts = [_pos("谢沐川", "chairman", "董事长谢沐川对老社长的逝世表示深切哀悼。")]
    assert _now(facts) == ["谢沐川"]


def test_a_death_in_the_sentence_of_someone_else_named_after_does_not_count() -> None:
    facts = [_pos("谢沐川", "chairman", "据董事长谢沐川介绍，创始人韩秋实先生已于上月去世。")]
    assert _now(facts) == ["谢沐川"]
