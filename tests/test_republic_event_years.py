"""Bare years of the Republic era before an event's verb in a Taiwanese text ("84年更名", "87年設立"), read
only where the article counts years so (extract.dates.republic_years). Names and wording made up for these tests."""

from __future__ import annotations

from extract.dates import find_dates, republic_years
from tests.helpers import facts_of


def _years(sentence: str, article: str) -> list[str | None]:
    with republic_years(article):
        return [v.iso() for _s, _e, v in find_dates(sentence)]


def test_a_two_digit_year_before_a_founding_in_a_taiwanese_text() -> None:
    article = "南屿產險去年稅後盈餘新臺幣8億元。該公司87年設立於高雄，原為地方性保險代理人。"
    assert _years("该公司87年设立于高雄，原为地方性保险代理人。", article) == ["1998"]


def test_no_such_year_without_the_eras_signs_nor_a_count_of_years() -> None:
    assert _years("南屿证券98年成立于杭州。", "南屿证券98年成立于杭州。") == []
    article = "南屿期貨去年營收新臺幣5億元。南屿期貨在過去70年間三度改名，成立80年來仍未上市。"
    assert _years("南屿期货在过去70年间三度改名，成立80年来仍未上市。", article) == []


def test_the_listing_and_the_rename_take_their_years() -> None:
    text = ("南屿商業銀行昨（12）日公告，董事會通過發行新臺幣20億元無擔保次順位金融債。"
            "該行原為南屿合會儲蓄公司，84年更名為南屿商業銀行。南屿商業銀行93年於臺交所上市。")
    facts = facts_of(text, date="2024-03-05")
    dates = {str(f.predicate): f.qualifiers.get("date") for f in facts if str(f.predicate) in ("RENAMED_TO", "LISTED_ON")}
    assert dates == {"RENAMED_TO": "1995", "LISTED_ON": "2004"}
