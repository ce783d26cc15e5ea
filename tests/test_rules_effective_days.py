"""Posts dated by the day they take effect, not the day the board met or the paper reported; a meeting's year
(第N次临时股东大会) is no date. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_effective_day_for_all_the_changes_of_the_sentence() -> None:
    fs = facts_of("红杉湾银行董事会今（9）日审议通过，聘任蒋伯谦为行长；原行长葛青山卸任，"
                  "两项人事均自2024年11月1日起生效。", date="2024-10-09")
    assert quals(fs, "蒋伯谦", "HOLDS_POSITION", "红杉湾银行", role="president")["start"] == "2024-11-01"


def test_effective_day_in_the_next_sentence_referring_back() -> None:
    fs = facts_of("白鹭资本昨天宣布，董事局聘请黎蔚然出任行政总裁。该项任命于六月十五日生效，须待监管机构确认。",
                  date="2021-06-03")
    assert quals(fs, "黎蔚然", "HOLDS_POSITION", "白鹭资本", role="ceo")["start"] == "2021-06-15"


def test_a_meetings_year_is_no_date_of_the_posts_it_elects() -> None:
    fs = facts_of("远帆科技股份有限公司（简称“远帆科技”）于9月9日举行2021年第一次临时股东大会，审议通过选举钟一鸣为董事的议案。",
                  date="2021-09-12")
    assert quals(fs, "钟一鸣", "HOLDS_POSITION", "远帆科技", role="director")["start"] == "2021-09-09"


def test_post_named_before_you_taken_by_the_person_gets_the_effective_day() -> None:
    fs = facts_of("松岭金控今日董事会通过人事案，松岭银行董事长由金控总经理闻雁接任；松岭证券董事长则由银行副总经理葛书岩出任。"
                  "上述人事案均自7月1日起生效。",
                  date="2022-06-15")
    assert quals(fs, "葛书岩", "HOLDS_POSITION", "松岭证券", role="chairman")["start"] == "2022-07-01"


def test_traditional_post_taken_after_you_gets_the_effective_day_not_the_takers_old_post() -> None:
    fs = facts_of("松嶺金控同時宣布，金控總經理一職由松嶺銀行總經理聞雁升任，松嶺銀行總經理則由協理藍若溪接掌，"
                  "人事案自8月1日起生效。", date="2022-07-20")
    assert quals(fs, "藍若溪", "HOLDS_POSITION", "松嶺銀行", role="general_manager")["start"] == "2022-08-01"
    assert "start" not in quals(fs, "聞雁", "HOLDS_POSITION", "松嶺銀行", role="general_manager")
