"""Terms of office and holdings over time, on hand-made facts (the dicts both backends return)."""

from __future__ import annotations

from typing import Any

from graph.stake_time import stakes
from graph.temporal import covers, holding, terms

_n = 0


def _fact(pred: str, s: str, o: str, q: dict[str, Any], vf: str | None = None, vt: str | None = None, conf: float = 0.9,
          reported: str | None = None) -> dict[str, Any]:
    global _n
    _n += 1
    return {"id": f"f{_n}", "predicate": pred, "subject": {"id": s, "name": s}, "object": {"id": o, "name": o}, "qualifiers": q,
            "valid_from": vf, "valid_to": vt, "confidence": conf, "reported_at": reported, "evidence": []}


def _pos(person: str, company: str, role: str, start: str | None = None, end: str | None = None, conf: float = 0.9,
         title: str | None = None) -> dict[str, Any]:
    q = {"role": role} | ({"title": title} if title else {})
    return _fact("HOLDS_POSITION", person, company, q, start, end, conf)


def _names(ts: list) -> list[str]:
    return [t.person for t in ts]


def test_a_one_holder_role_ends_at_the_next_holders_start() -> None:
    ts = terms([_pos("甲", "某银行", "chairman", "2015-03"), _pos("乙", "某银行", "chairman", "2019-07-01")])
    assert _names(holding(ts, None)) == ["乙"]
    assert _names(holding(ts, "2018")) == ["甲"] and _names(holding(ts, "2019-06-30")) == ["甲"]
    first = next(t for t in ts if t.person == "甲")
    assert (first.end, first.ended_by) == ("2019-07-01", "successor")


def test_a_stated_end_or_succession_leaves_the_post_vacant() -> None:
    secretary = [_pos("丙", "某证券", "board_secretary", "2017-11", "2022-10-17")]
    assert holding(terms(secretary), None) == []  # no one now: the articles name no successor
    assert _names(holding(terms(secretary), "2022-09")) == ["丙"]
    risk = [_pos("丁", "某证券", "cro"), _pos("戊", "某证券", "cro")]
    succession = _fact("SUCCEEDED", "戊", "丁", {"role": "cro", "company": "某证券", "company_id": "某证券"})
    ts = terms(risk, [succession])
    assert _names(holding(ts, None)) == ["戊"] and next(t for t in ts if t.person == "丁").ended_by == "succession"


def test_a_dated_term_beats_an_undated_report_and_the_conflict_is_kept() -> None:
    ts = terms([_pos("甲", "某银行", "ceo", conf=0.99), _pos("乙", "某银行", "ceo", "2022-08-08", conf=0.5)])
    [now] = holding(ts, None)
    assert now.person == "乙" and now.conflicts == [next(t.fact["id"] for t in ts if t.person == "甲")]
    # no dates at all: the most reported
    ts = terms([_pos("甲", "某银行", "ceo", conf=0.99), _pos("乙", "某银行", "ceo", conf=0.5)])
    assert _names(holding(ts, None)) == ["甲"]


def test_an_undated_holder_answers_a_date_no_dated_term_covers() -> None:
    ts = terms([_pos("甲", "某寿险", "chairman"), _pos("乙", "某寿险", "chairman", "2022-05-20")])
    assert _names(holding(ts, "2020-06")) == ["甲"] and _names(holding(ts, "2023")) == ["乙"]


def test_an_undated_succession_changes_hands_when_the_articles_first_tell_it() -> None:
    """No dates in the facts, only the report's: before the successor is first
    reported, the one the succession ended still held the post."""
    risk = [_pos("丁", "某证券", "chairman"), _pos("戊", "某证券", "chairman")]
    for f in risk:
        f["evidence"] = [{"date": "2023-05-10"}]
    succession = _fact("SUCCEEDED", "戊", "丁", {"role": "chairman", "company": "某证券", "company_id": "某证券"})
    ts = terms(risk, [succession])
    assert _names(holding(ts, "2023-04")) == ["丁"] and _names(holding(ts, "2022")) == ["丁"]
    assert _names(holding(ts, "2023-06")) == ["戊"] and _names(holding(ts, "2023-05")) == ["戊"]
    assert _names(holding(ts, None)) == ["戊"]
    # with no stated change, an undated holder first reported later is no less a holder on an earlier day
    ts = terms([_pos("甲", "某寿险", "chairman"), _pos("乙", "某寿险", "chairman")])
    assert len(holding(ts, "2020")) == 1


def test_many_holder_roles_keep_everyone_and_titles_are_posts() -> None:
    ts = terms([_pos("甲", "某银行", "vice_president", "2019"), _pos("乙", "某银行", "vice_president", "2020"),
                _pos("丙", "某银行", "other", title="监事长"), _pos("丁", "某银行", "other", "2021", title="监事长")])
    assert sorted(_names(holding(ts, None))) == ["丁", "乙", "甲"]


def test_coarse_dates_cover_their_whole_period() -> None:
    assert covers("2015-12", "2021-10", "2021") and covers("2015-12", "2021-10", "2021-10-15")
    assert not covers("2021-10", None, "2021-09") and covers(None, "2022", "2022-06-30")


def _stake(holder: str, company: str, pct: float | None, as_of: str | None = None, controlling: bool = False,
           conf: float = 0.9) -> dict[str, Any]:
    q = {k: v for k, v in {"percent": pct, "as_of": as_of, "controlling": controlling or None}.items() if v is not None}
    return _fact("HOLDS_STAKE", holder, company, q, conf=conf)


def _sale(seller: str, company: str, buyer: str, pct: float, date: str) -> dict[str, Any]:
    return _fact("SOLD_STAKE", seller, company, {"buyer": buyer, "buyer_id": buyer, "percent": pct, "date": date}, date, date)


def test_stakes_change_at_a_completed_sale() -> None:
    held = [_stake("A", "X", 30, "2014-12"), _stake("B", "X", 19, "2014-12"), _stake("C", "X", 51, "2014-12")]
    sale = [_sale("B", "X", "A", 19, "2024-03")]
    assert {(s.holder, s.percent) for s in stakes(held, sale, "2020")} == {("A", 30), ("B", 19), ("C", 51)}
    assert {(s.holder, s.percent) for s in stakes(held, sale, None)} == {("A", 49), ("C", 51)}
    assert {(s.holder, s.percent) for s in stakes(held, sale, "2024-03")} == {("A", 30), ("B", 19), ("C", 51)}  # not before it


def test_a_later_report_replaces_an_earlier_one_and_the_future_is_not_known() -> None:
    held = [_stake("A", "X", 30, "2014"), _stake("A", "X", 49, "2024-05")]
    assert [(s.holder, s.percent) for s in stakes(held, [], None)] == [("A", 49)]
    assert [(s.holder, s.percent) for s in stakes(held, [], "2020")] == [("A", 30)]


def test_a_buyer_gets_what_it_bought() -> None:
    sale = [_sale("B", "X", "D", 40, "2022-11-24")]
    assert [(s.holder, s.percent, s.via_sale is not None) for s in stakes([_stake("B", "X", 40)], sale, None)] == [("D", 40, True)]


def test_a_buyers_purchases_from_two_sellers_on_one_day_add_up_in_any_order() -> None:
    held = [_stake("甲投资", "X", 55), _stake("乙", "X", 25), _stake("丙", "X", 20)]
    sales = [_sale("甲投资", "X", "丁集团", 55, "2023-05-08"), _sale("乙", "X", "丁集团", 25, "2023-05-08")]
    for order in (sales, sales[::-1]):  # the embedded store and Neo4j return a company's facts in different orders
        assert [(s.holder, s.percent) for s in stakes(held, order, None)] == [("丁集团", 80), ("丙", 20)]


def test_one_holding_under_two_names_is_folded_when_shares_exceed_the_whole() -> None:
    held = [_stake("普惠", "X", 60, conf=0.99), _stake("普惠企业管理", "X", 60, conf=0.6), _stake("壹", "X", 40)]
    out = stakes(held, [], None)
    assert [(s.holder, s.same_as) for s in out] == [("普惠", ["普惠企业管理"]), ("壹", [])]
    # two real holders with one share each, adding up to less than the whole, stay two
    assert len(stakes([_stake("A", "Y", 20), _stake("B", "Y", 20)], [], None)) == 2


def test_a_generic_directors_seat_ends_with_the_specific_one() -> None:
    ts = terms([_pos("甲", "某银行", "director"), _pos("甲", "某银行", "executive_director", "2020-01", "2022-11-10"),
                _pos("乙", "某银行", "director"), _pos("乙", "某银行", "independent_director", "2021")])
    assert set(_names(holding(ts, None))) == {"乙"} and set(_names(holding(ts, "2021-06"))) == {"甲", "乙"}


def test_an_articles_dated_holding_beats_its_undated_one() -> None:
    before = _stake("A", "X", 35.1) | {"reported_at": "2023-07-26", "evidence": [{"article_id": "a1"}]}
    after = _stake("A", "X", 70.0, "2023-07-03") | {"reported_at": "2023-07-26", "evidence": [{"article_id": "a1"}]}
    assert [(s.holder, s.percent) for s in stakes([before, after], [], None)] == [("A", 70.0)]
    elsewhere = _stake("A", "X", 50.0) | {"reported_at": "2024-01-01", "evidence": [{"article_id": "a2"}]}
    assert [(s.holder, s.percent) for s in stakes([before, after, elsewhere], [], None)] == [("A", 50.0)]  # a later article


def test_a_sale_changes_the_undated_holding_its_own_article_tells() -> None:
    held = _stake("T", "X", 34.9) | {"reported_at": "2023-07-26", "evidence": [{"article_id": "a1"}]}
    sale = _sale("T", "X", "K", 34.9, "2023-07-03") | {"evidence": [{"article_id": "a1"}]}
    assert [s.holder for s in stakes([held], [sale], None)] == ["K"]
    later = _stake("T", "X", 34.9) | {"reported_at": "2024-05-01", "evidence": [{"article_id": "a2"}]}  # reported after the sale
    assert {s.holder for s in stakes([later], [sale], None)} == {"T", "K"}


def test_a_holding_told_after_the_sale_in_its_article_is_what_the_sale_left() -> None:
    """"…批复同意乙受让甲所持某消金的部分股份。…变更后，甲持股19%，乙持股51%": the holding
    stated after the sale (no share sold stated) is the seller's stake after it; one told with or
    before the sale is the stake the sale took."""
    sale = _sale("甲", "X", "乙", None, "2024-01") | {"evidence": [{"article_id": "a1", "offsets": [88, 149]}]}  # type: ignore[arg-type]
    after = _stake("甲", "X", 19.0) | {"reported_at": "2024-04-09",
                                        "evidence": [{"article_id": "a1", "offsets": [88, 149]},
                                                     {"article_id": "a1", "offsets": [171, 267]}]}
    assert {(s.holder, s.percent) for s in stakes([after], [sale], None)} == {("甲", 19.0), ("乙", None)}
    before = _stake("甲", "X", 19.0) | {"reported_at": "2024-04-09", "evidence": [{"article_id": "a1", "offsets": [10, 60]}]}
    assert [s.holder for s in stakes([before], [sale], None)] == ["乙"]
    same = _stake("甲", "X", 19.0) | {"reported_at": "2024-04-09", "evidence": [{"article_id": "a1", "offsets": [88, 149]}]}
    assert [s.holder for s in stakes([same], [sale], None)] == ["乙"]
    # "甲将其持有的X全部股份转让给乙。之前，X股权结构为…甲34.9%": the share sold, told after, is the stake it took
    whole = _sale("甲", "X", "乙", 34.9, "2023-07-03") | {"evidence": [{"article_id": "a1", "offsets": [384, 418]}]}
    told = _stake("甲", "X", 34.9) | {"reported_at": "2023-07-26", "evidence": [{"article_id": "a1", "offsets": [418, 458]}]}
    assert [s.holder for s in stakes([told], [whole], None)] == ["乙"]


def test_two_undated_equal_reports_of_one_post_give_the_same_holder_in_any_order() -> None:
    """Backends read facts in their own order (SQLite's, Neo4j's storage order): the pick must not depend on it."""
    a, b = _pos("甲", "某证券", "chairman"), _pos("乙", "某证券", "chairman")
    b["evidence"] = [{"date": "2023-03-01"}]  # the later report wins
    a["evidence"] = [{"date": "2022-05-01"}]
    assert _names(holding(terms([a, b]), None)) == _names(holding(terms([b, a]), None)) == ["乙"]
    a["evidence"] = b["evidence"] = []  # nothing to tell them apart: still one answer whatever the order
    assert _names(holding(terms([a, b]), None)) == _names(holding(terms([b, a]), None))


def test_a_post_an_article_says_was_left_is_over_though_undated() -> None:
    left = _fact("HOLDS_POSITION", "庚", "某科技", {"role": "cso", "left": True}, "2019-05")
    ts = terms([left, _pos("辛", "某科技", "cto", "2020-01")])
    assert _names(holding(ts, None)) == ["辛"]
    gone = next(t for t in ts if t.person == "庚")
    assert (gone.ended, gone.ended_by, gone.end) == (True, "left", None)
    assert _names(holding(ts, "2019-06")) == ["庚"]  # it held when it held


def test_a_holding_before_a_restructuring_is_not_the_present_state() -> None:
    before = _fact("HOLDS_STAKE", "北林集团", "某消金", {"percent": 100.0, "former": True})
    after = _fact("HOLDS_STAKE", "东海集团", "某消金", {"percent": 65.0})
    assert [s.holder for s in stakes([before, after], [], None)] == ["东海集团"]
    assert {s.holder for s in stakes([before, after], [], "2020")} == {"北林集团", "东海集团"}  # undated: kept for a date asked


def _reported(f: dict[str, Any], day: str) -> dict[str, Any]:
    return f | {"evidence": [{"article_id": "x", "date": day}]}


def test_an_undated_holder_reported_before_another_holders_term_is_not_the_holder_now() -> None:
    old = _reported(_pos("甲", "某农商行", "chairman"), "2006-06-30")  # "现任董事长甲" in a 2006 article
    gone = _reported(_pos("乙", "某农商行", "chairman", None, "2020-06-30"), "2020-07-03")  # 乙 resigned in 2020
    ts = terms([old, gone])
    assert holding(ts, None) == []  # no one is reported holding it now
    first = next(t for t in ts if t.person == "甲")
    assert (first.ended, first.ended_by) == (True, "later_holder")
    new = _reported(_pos("丙", "某农商行", "chairman", "2021-01"), "2021-01-05")
    ts = terms([old, new])
    assert _names(holding(ts, None)) == ["丙"] and next(t for t in ts if t.person == "甲").end == "2021-01"
    still = _reported(_pos("甲", "某农商行", "chairman"), "2022-03-01")  # reported again after 丙 began: a real conflict, kept open
    assert not next(t for t in terms([still, new]) if t.person == "甲").ended


def test_on_the_day_a_term_ends_the_post_is_the_successors() -> None:
    ts = terms([_pos("甲", "某证券", "cro", "2019-03", "2022-08-08"), _pos("乙", "某证券", "cro", "2022-08-08")])
    assert _names(holding(ts, "2022-08-08")) == ["乙"] and _names(holding(ts, "2022-08-07")) == ["甲"]
    assert "甲" in _names(holding([t for t in ts if t.person == "甲"], "2022-08"))  # the month it ended: still held in it
    assert covers("2019-03", "2022-08", "2022-08-15") and not covers("2019-03", "2022-08-08", "2022-08-08")


def test_an_undated_holder_first_reported_after_the_post_was_left_is_not_the_holder_in_between() -> None:
    """"甲9月辞任董事长" and, in a December article, "乙获核准任董事长" with no
    date: in October the post is vacant as far as the articles tell."""
    gone = _reported(_pos("甲", "北林银行", "chairman", "2019-04", "2025-09"), "2025-09-20")
    new = _reported(_pos("乙", "北林银行", "chairman"), "2025-12-03")
    ts = terms([gone, new])
    assert holding(ts, "2025-10") == [] and holding(ts, "2025-11-30") == []
    assert _names(holding(ts, "2025-12")) == ["乙"] and _names(holding(ts, None)) == ["乙"]
    assert _names(holding(ts, "2025-08")) == ["甲"]
    many = terms([_reported(_pos("丙", "北林银行", "director", "2019-04", "2025-09"), "2025-09-20"),
                  _reported(_pos("丁", "北林银行", "director"), "2025-12-03")])
    assert _names(holding(many, "2025-10")) == ["丁"]  # a seat of many: another's leaving says nothing of it


def test_a_successor_elected_before_the_stated_end_of_the_last_term_takes_the_seat_at_that_end() -> None:
    """"2月6日董事会选举乙为董事长" and "自任职资格获核准之日（4月19日）起，甲不再担任董事长":
    until 4月19日 the seat is still 甲's, whoever was elected to it."""
    ts = terms([_pos("甲", "东岭银行", "chairman", None, "2024-04-19"), _pos("乙", "东岭银行", "chairman", "2024-02-06")])
    assert _names(holding(ts, "2024-03")) == ["甲"] and _names(holding(ts, "2024-02-10")) == ["甲"]
    assert _names(holding(ts, "2024-04-19")) == ["乙"] and _names(holding(ts, None)) == ["乙"]
    assert _names(holding(ts, "2024-01")) == ["甲"]


def test_a_term_whose_stated_end_is_still_to_come_when_reported_is_held_now() -> None:
    """"任期自2023年3月至2026年3月" in a 2025 report: the secretary now, not a
    departure; the end reported as past, or a later holder, ends it."""
    sec = _reported(_pos("甲", "青屿科技", "board_secretary", "2023-03", "2026-03"), "2025-04-10")
    director = _reported(_pos("乙", "青屿科技", "director", "2023-03", "2026-03"), "2025-04-10")
    ts = terms([sec, director])
    assert _names(holding(ts, None)) == ["甲", "乙"] and _names(holding(ts, "2026-05")) == []
    past = terms([_reported(_pos("甲", "青屿科技", "board_secretary", "2023-03", "2025-03"), "2025-04-10")])
    assert holding(past, None) == []
    nxt = _reported(_pos("丙", "青屿科技", "board_secretary", "2025-06"), "2025-06-02")
    assert _names(holding(terms([sec, nxt]), None)) == ["丙"]


def test_a_stake_as_of_the_sales_day_smaller_than_the_share_sold_is_what_the_sale_left() -> None:
    """"A将所持X 20%转让给B，已于2024-08-02完成过户；变更后A持股5%": A holds 5% after the sale, not nothing."""
    held = [_stake("A", "X", 25, "2023-12"), _stake("A", "X", 5, "2024-08-02"), _stake("B", "X", 20, "2024-08-02")]
    sale = [_sale("A", "X", "B", 20, "2024-08-02")]
    assert {(s.holder, s.percent) for s in stakes(held, sale, None)} == {("A", 5), ("B", 20)}
    assert {(s.holder, s.percent) for s in stakes(held[:1], sale, None)} == {("A", 5), ("B", 20)}  # the state before, less the sale


def test_undated_holdings_told_beside_a_change_held_before_it() -> None:
    """A March article: "截至3月2日，甲持股8.5%（此前为3.0%）…乙持股20%，丙为股东": asked of
    February, 乙 and 丙 held already (the change left them alone); 甲 held its 3.0%."""
    def told(f: dict[str, Any], day: str = "2025-03-06") -> dict[str, Any]:
        return f | {"valid_from": f["qualifiers"].get("as_of") or day, "reported_at": day, "evidence": [{"article_id": "m-1", "date": day}]}

    held = [told(_stake("甲", "X", 8.5, "2025-03-02")), told(_stake("甲", "X", 3.0)), told(_stake("乙", "X", 20.0)), told(_stake("丙", "X", None))]
    assert {(s.holder, s.percent) for s in stakes(held, [], "2025-02")} == {("甲", 3.0), ("乙", 20.0), ("丙", None)}
    assert {(s.holder, s.percent) for s in stakes(held, [], None)} == {("甲", 8.5), ("乙", 20.0), ("丙", None)}
    alone = [told(_stake("乙", "X", 20.0))]  # no change told: a holding is known from its article's date
    assert stakes(alone, [], "2025-02") == []
    before = [told(_stake("甲", "X", 8.5, "2025-03-02")), told(_stake("乙", "X", 20.0)),
              told(_fact("HOLDS_STAKE", "甲", "X", {"percent": 12.0, "former": True}))]  # "增资前，甲持股12%…增资后…乙持股20%"
    assert {(s.holder, s.percent) for s in stakes(before, [], "2025-02")} == {("甲", 12.0)}


def test_a_successor_starting_by_the_stated_end_makes_that_end_past_though_the_reports_are_older() -> None:
    """A chairman's term 2016-05 → 2023-09-01 told in a report of 2023-02 (the end came from the successor's
    start) and the successor's term from 2023-09-01 reported undated: only the successor holds now, not two."""
    old = _reported(_pos("甲", "澄湾银行", "chairman", "2016-05", "2023-09-01"), "2023-02-11")
    new = _pos("乙", "澄湾银行", "chairman", "2023-09-01")
    now = holding(terms([old, new]), None)
    assert _names(now) == ["乙"] and now[0].conflicts == []  # no rival report: the old term is over, not a clash
    assert _names(holding(terms([old]), None)) == ["甲"]  # alone, its end still to come when told: held


def test_two_undated_holders_on_a_day_between_their_first_reports() -> None:
    """"行长甲表示…" in a March 2023 article, "行长乙表示…" in a November 2024 one, no
    dates of office and no word of a change: in June 2024 the one reported by then
    holds the post; now, the one reported last."""
    ts = terms([_reported(_pos("甲", "某银行", "president"), "2023-03-01"), _reported(_pos("乙", "某银行", "president"), "2024-11-02")])
    assert _names(holding(ts, "2024-06-30")) == ["甲"] and _names(holding(ts, "2023")) == ["甲"]
    assert _names(holding(ts, None)) == ["乙"] and _names(holding(ts, "2024-12")) == ["乙"]


def test_a_seller_and_its_buyer_of_the_same_share_are_no_twins() -> None:
    """"开业时A持股51%，B持股30%，C持股19%"; "C将所持19%转让给D"; "截至目前：A 61%、D 19%、E 12%、B 8%":
    C and D both told with 19% past the whole are before and after one transfer, not one holder under two names."""
    told = {"reported_at": "2025-05-12", "evidence": [{"article_id": "a1"}]}
    held = [_stake("C", "X", 19) | told, _stake("A", "X", 61, "2025-05-12") | told,
            _stake("D", "X", 19, "2025-05-12") | told, _stake("E", "X", 12, "2025-05-12") | told, _stake("B", "X", 8, "2025-05-12") | told]
    sale = _sale("C", "X", "D", 19, "2020-12") | {"evidence": [{"article_id": "a1"}]}
    assert {(s.holder, s.percent) for s in stakes(held, [sale], None)} == {("A", 61), ("D", 19), ("E", 12), ("B", 8)}


def test_a_holders_direct_share_is_its_own_beside_one_held_through_another() -> None:
    """"A直接持有X 60%，并通过全资子公司S间接持有X 10%", both as of one day: A's own share is the 60%."""
    through = _stake("A", "X", 10, "2025-01-31", conf=0.6)
    through["qualifiers"]["indirect"] = True
    assert [(s.holder, s.percent) for s in stakes([through, _stake("A", "X", 60, "2025-01-31")], [], None)] == [("A", 60)]


def test_an_articles_dated_share_beats_its_undated_one_of_the_same_day_in_either_order() -> None:
    """"开业时A持股51%…截至目前（文章当日）A持股61%": as of the article's day the dated 61%, whichever fact comes first."""
    told = {"reported_at": "2025-05-12", "evidence": [{"article_id": "a1"}]}
    for conf in (0.5, 0.95):
        held = [_stake("A", "X", 51, conf=0.9) | told, _stake("A", "X", 61, "2025-05-12", conf=conf) | told]
        assert [(s.holder, s.percent) for s in stakes(held, [], None)] == [("A", 61)]
