"""Bare years of the Republic era before an event's verb in a Taiwanese text ("95年更名", "89年…掛牌上市"), read
only where the article counts years so (extract.dates.republic_years). Names and wording made up for these tests."""

from __future__ import annotations

from extract.dates import find_dates, republic_years
from tests.helpers import facts_of


def _years(sentence: str, article: str) -> list[str | None]:
    with republic_years(article):
        return [v.iso() for _s, _e, v in find_dates(sentence)]


def test_a_two_digit_year_before_a_rename_in_a_taiwanese_text() -> None:
    article = "發布日期：中華民國113年5月2日\n北林商業銀行前身為北林信託投資公司，92年改制並更名。"
    assert _years("北林商业银行前身为北林信托投资公司，92年改制并更名。", article) == ["2003"]


def test_no_such_year_without_the_eras_signs_nor_a_count_of_years() -> None:
    assert _years("东岳证券98年成立于杭州。", "东岳证券98年成立于杭州。") == []
    article = "新臺幣3億元增資後，東岳證券成立50年來首度虧損，近30年更名兩次。"
    assert _years("东岳证券成立50年来首度亏损，近30年更名两次。", article) == []


def test_the_listing_and_the_rename_take_their_years() -> None:
    text = ("東岳商業銀行（股票代號2839）董事會今（5）日通過資本公積轉增資案，金額新臺幣12億元。"
            "東岳商業銀行前身為東岳信用合作社，86年改制更名為東岳商業銀行。東岳商業銀行於91年獲准在臺灣證券交易所上市。")
    facts = facts_of(text, date="2024-03-05")
    dates = {str(f.predicate): f.qualifiers.get("date") for f in facts if str(f.predicate) in ("RENAMED_TO", "LISTED_ON")}
    assert dates == {"RENAMED_TO": "1997", "LISTED_ON": "2002"}
