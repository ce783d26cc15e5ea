"""A listing's time from its reports (schema.listing_time): a delisting wins over the mentions before and
after it, a listing dated after the delisting (or told as 重新上市) is a new interval, and an edge is
never left with both an end and `delisted`. Reports are made by hand: (article date, qualifiers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract.model import Article, Fact
from graph.derive import follow_latest, merge_qualifiers
from graph.ingest import ArticleFacts, ingest
from graph.store import Store
from schema import Predicate
from schema.listing_time import begun, listed_on
from service.ask import answer
from service.embedded import EmbeddedBackend

from .helpers import facts_of, quals


def _merged(*reports: tuple[str | None, dict[str, Any]]) -> dict[str, Any]:
    return follow_latest(Predicate.LISTED_ON, merge_qualifiers([q for _d, q in reports]), list(reports))


def test_a_passing_mention_after_a_delisting_reopens_nothing() -> None:
    q = _merged(("2020-01-05", {"date": "2015"}), ("2022-03-01", {"end": "2021-06"}), ("2023-05-01", {}))
    assert q == {"date": "2015", "end": "2021-06"}


def test_a_mention_of_the_same_day_loses_to_the_delisting() -> None:
    assert _merged(("2022-03-01", {"end": "2021"}), ("2022-03-01", {"ticker": "CLK"})) == {"end": "2021", "ticker": "CLK"}


def test_an_undated_delisting_after_a_dated_one_keeps_the_date_and_never_both() -> None:
    q = _merged(("2022-01-10", {"end": "2021-06"}), ("2022-05-01", {"delisted": True}))
    assert q == {"end": "2021-06"}
    assert _merged(("2022-01-10", {"delisted": True}), ("2022-05-01", {})) == {"delisted": True}
    assert _merged(("2022-01-10", {"end": "2021", "delisted": True})) == {"end": "2021"}  # one article telling it twice


def test_a_listing_told_as_new_after_the_delisting_is_a_relisting() -> None:
    q = _merged(("2020-01-05", {"date": "2015"}), ("2022-03-01", {"end": "2021-06"}),
                ("2024-05-01", {"date": "2024-04", "relisting": True}))
    assert q == {"date": "2024-04", "previous_start": "2015", "previous_end": "2021-06"}
    # no date: listed again by its article's day
    q = _merged(("2022-03-01", {"end": "2021-06"}), ("2024-05-01", {"relisting": True}))
    assert q == {"date": "2024-05-01", "previous_end": "2021-06"}


def test_a_listing_dated_after_the_delisting_reopens_one_dated_before_does_not() -> None:
    q = _merged(("2022-03-01", {"delisted": True}), ("2024-05-01", {"date": "2023-08"}), ("2019-02-02", {"date": "2015"}))
    assert q == {"date": "2023-08", "previous_start": "2015", "previous_end": "2022-03-01"}
    # one article telling both (上市 in 2016, 退市 in 2021), then a later mention
    q = _merged(("2022-03-01", {"date": "2016", "end": "2021"}), ("2024-05-01", {"date": "2016"}))
    assert q == {"date": "2016", "end": "2021"}
    # 2021-05 is no later than 2021, the year of the delisting: no relisting
    assert _merged(("2022-03-01", {"end": "2021"}), ("2024-05-01", {"date": "2021-05"}))["end"] == "2021"


def test_every_interval_is_kept_after_a_second_delisting() -> None:
    q = _merged(("2016-01-05", {"date": "2015"}), ("2019-03-01", {"end": "2018"}), ("2020-05-01", {"date": "2020-04", "relisting": True}),
                ("2022-03-01", {"end": "2021-06"}))
    assert q == {"date": "2020-04", "end": "2021-06", "previous_start": "2015", "previous_end": "2018"}
    q = _merged(("2016-01-05", {"date": "2015"}), ("2019-03-01", {"end": "2018"}), ("2020-05-01", {"date": "2020-04", "relisting": True}),
                ("2022-03-01", {"end": "2021-06"}), ("2024-05-01", {"relisting": True}))
    assert q["intervals"] == "2015/2018;2020-04/2021-06;2024-05-01/" and q["date"] == "2024-05-01"
    assert [day for day in ("2014", "2016", "2019", "2020-06", "2022", "2024-06") if begun(q, day) and listed_on(q, day)] == \
        ["2016", "2020-06", "2024-06"]
    assert _merged(("2030-01-01", q), ("2031-01-01", {"end": "2030-06"}))["intervals"] == "2015/2018;2020-04/2021-06;2024-05-01/2030-06"


@pytest.mark.parametrize(("day", "listed"), [(None, True), ("2014", False), ("2018", True), ("2021-06", False), ("2022", False),
                                             ("2024-04", True), ("2025", True)])
def test_listed_on_a_day_reads_the_interval_before_the_relisting(day: str | None, listed: bool) -> None:
    q = {"date": "2024-04", "previous_start": "2015", "previous_end": "2021-06"}
    assert ((day is None or begun(q, day)) and listed_on(q, day)) is listed


def test_a_relisting_is_told_by_its_clause() -> None:
    facts = facts_of("琮屿支付控股有限公司（以下简称“琮屿支付”）2017年在纳斯达克上市，2020年从纳斯达克退市。"
                     "今年3月，琮屿支付重新在纳斯达克挂牌上市。", date="2025-06-01")
    q = quals(facts, "琮屿支付", "LISTED_ON", "NASDAQ")  # the article's own story, merged by the same rule
    assert (q["date"], q["previous_start"], q["previous_end"]) == ("2025-03", "2017", "2020") and "end" not in q
    alone = facts_of("今年3月，琮屿支付控股有限公司重新在纳斯达克挂牌上市。", date="2025-06-01")
    assert quals(alone, "琮屿支付控股有限公司", "LISTED_ON", "NASDAQ")["relisting"] is True
    passing = facts_of("琮屿支付控股有限公司在纳斯达克上市。", date="2025-06-01")
    assert "relisting" not in quals(passing, "琮屿支付控股有限公司", "LISTED_ON", "NASDAQ")


#: the reports of three articles on one company and exchange: listed, delisted, then mentioned or listed again
_LISTED = {"subject": {"name": "澄岚科技", "type": "Company"}, "predicate": "LISTED_ON", "object": {"name": "NYSE", "type": "Exchange"}}
STORIES = {
    "mentioned": [("a1", "2020-01-05", {"date": "2015"}), ("a2", "2022-03-01", {"end": "2021-06"}), ("a3", "2023-05-01", {})],
    "relisted": [("a1", "2020-01-05", {"date": "2015"}), ("a2", "2022-03-01", {"end": "2021-06"}),
                 ("a3", "2024-05-01", {"date": "2024-04", "relisting": True})],
    "twice": [("a1", "2020-01-05", {"date": "2015"}), ("a2", "2022-03-01", {"end": "2021-06"}),  # delisted again after the relisting
              ("a3", "2024-05-01", {"date": "2024-04", "relisting": True}), ("a4", "2025-03-01", {"end": "2025-02"})],
    "thrice": [("a1", "2016-01-05", {"date": "2015"}), ("a2", "2019-03-01", {"end": "2018"}),  # three intervals, two gaps
               ("a3", "2020-05-01", {"date": "2020-04", "relisting": True}), ("a4", "2022-03-01", {"end": "2021-06"}),
               ("a5", "2024-05-01", {"date": "2024-04", "relisting": True})],
}
_ALL = {story: ["NYSE"] for story in ("mentioned", "relisted", "twice", "thrice")}
#: question → the exchanges that answer it, per story
ASKED = {"澄岚科技现在在哪上市": {"mentioned": [], "relisted": ["NYSE"], "twice": [], "thrice": ["NYSE"]},
         "2016年澄岚科技在哪上市": _ALL,
         "2018年澄岚科技在哪上市": _ALL | {"thrice": []},
         "2019年澄岚科技在哪上市": _ALL | {"thrice": []},
         "2020年6月澄岚科技在哪上市": _ALL,
         "2022年澄岚科技在哪上市": {story: [] for story in _ALL},
         "2024年6月澄岚科技在哪上市": _ALL | {"mentioned": []}}


def story_store(path: Path, story: str) -> Path:
    """A store of one story's articles (also loaded into Neo4j by the live test)."""
    with Store(path) as st:
        ingest(st, [ArticleFacts(Article(aid, "", "", day), aid, [Fact.from_json({**_LISTED, "article_id": aid, "qualifiers": q,
                                                                                  "evidence": "澄岚科技"})])
                    for aid, day, q in STORIES[story]])
    return path


def live_listings(b: Any, q: str) -> list[str]:
    """The exchanges a listing question names as listing the company then (one delisted everywhere is
    answered with its ended listings, marked 已退市: those are not where it is listed)."""
    r = answer(b, q)
    return [] if "已退市" in r["answer"] else sorted(a["name"] for a in r["answers"])


@pytest.mark.parametrize("story", sorted(STORIES))
def test_where_listed_now_and_on_a_day(tmp_path: Path, story: str) -> None:
    b = EmbeddedBackend(story_store(tmp_path / "s.sqlite", story))
    for q, want in ASKED.items():
        assert live_listings(b, q) == want[story], q
