"""A run of shares said after one holding ("我占50%，A 30%，B 20%": extract.rules.stake_runs), a given
name with its share in it (extract.honorific_names), and a year said with two digits ("19年", "18年底":
extract.dates). Names made up for these tests."""

from __future__ import annotations

from extract.dates import find_dates, resolve
from tests.helpers import facts_of


def _stakes(text: str, date: str = "2024-05-01") -> set[tuple[str, str, float]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date=date)
            if str(f.predicate) == "HOLDS_STAKE"}


def test_the_holders_after_a_holding_hold_their_figures_of_its_company() -> None:
    got = _stakes("青禾数据科技有限公司成立于2015年，北林集团持有其70%，南溪资本20%，东川投资10%。")
    assert ("南溪资本", "青禾数据科技有限公司", 20.0) in got
    assert ("东川投资", "青禾数据科技有限公司", 10.0) in got


def test_a_speaker_names_the_others_by_given_name() -> None:
    text = ("[00:01:00] 主持人：欢迎王立群。\n[00:01:05] 王立群：大家好。\n[00:01:10] 主持人：公司是怎么来的？\n"
            "[00:01:20] 王立群：2015年，我、赵思远和孙婉清一起创办了青禾数据科技有限公司。股份嘛，我占50%，思远30%，婉清20%，就这么定的。\n"
            "[00:02:00] 主持人：后来呢？\n")
    got = _stakes(text)
    assert ("赵思远", "青禾数据科技有限公司", 30.0) in got
    assert ("孙婉清", "青禾数据科技有限公司", 20.0) in got


def test_a_figure_after_a_holding_that_names_no_holder_is_none() -> None:
    got = _stakes("北林集团持有青禾数据科技有限公司70%，同比增长5%。")
    assert {p for _h, _c, p in got} == {70.0}


def _years(text: str, ref: int) -> list[str | None]:
    out = []
    for _s, _e, v in find_dates(text):
        full = resolve(v, ref)
        out.append(full.iso() if full else None)
    return out


def test_a_two_digit_year_in_a_text_of_the_2020s() -> None:
    assert _years("现在的总经理是韩立，19年接的班。", 2025) == ["2019"]
    assert _years("18年底我们拿到了牌照。", 2025) == ["2018-12"]
    assert _years("公司21年3月上市。", 2025) == ["2021-03"]
    assert _years("29年底前完成。", 2025) == [None]  # a year to come: not read
    assert _years("他在这家公司干了10年，近10年来没换过。", 2025) == []
