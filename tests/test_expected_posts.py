"""A post the writer expects someone to take ("新董事长预料由A出任") or a slate waiting for a shareholders' meeting
("新人事将于…临时股东会后生效") is not held yet (Guide v1.2: proposed appointments are no facts); the same posts
given outright are. Sentences invented for the tests, in both scripts."""

from __future__ import annotations

from tests.helpers import facts_of, triples

_SLATE = ("晨曦金控同日公布晨曦證券新任董事人選，將由晨曦金控副總經理馮啟文出任晨曦證券董事長，"
          "新人事將於12月臨時股東會後生效。")
_SLATE_S = ("晨曦金控同日公布晨曦证券新任董事人选，将由晨曦金控副总经理冯启文出任晨曦证券董事长，"
            "新人事将于12月临时股东会后生效。")
_EXPECTED = "晨曦投信董事長余美玲將於交割後卸任，新董事長預料由晨曦金控副總經理馮啟文出任。"
_EXPECTED_S = "岚山基金董事长吴建波将于交割后卸任，新董事长预计由岚山控股副总裁訾明远接任。"


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(s, o, r) for s, _, o, r in triples(facts_of(text, date="2025-06-01"), "HOLDS_POSITION")}


def test_a_slate_waiting_for_a_meeting_is_not_held() -> None:
    for text, person, firm in ((_SLATE, "馮啟文", "晨曦證券"), (_SLATE_S, "冯启文", "晨曦证券")):
        got = _posts(text)
        assert (person, firm, "chairman") not in got, got
        assert any(p == person and r == "deputy_general_manager" for p, _, r in got), got  # his present post stays


def test_a_slate_in_force_after_todays_meeting_is_held() -> None:
    near = "晨曦金控同日公布，由晨曦金控副總經理馮啟文出任晨曦證券董事長，即日生效。"
    assert ("馮啟文", "晨曦證券", "chairman") in _posts(near)


def test_an_expected_successor_holds_nothing_yet() -> None:
    assert not any(p == "馮啟文" and r == "chairman" for p, _, r in _posts(_EXPECTED))
    assert not any(p == "訾明远" and r == "chairman" for p, _, r in _posts(_EXPECTED_S))
    near = "岚山基金董事长吴建波卸任，新董事长由岚山控股副总裁訾明远接任。"
    assert any(p == "訾明远" and r == "chairman" for p, _, r in _posts(near))
