from __future__ import annotations

from extract.dates import DateValue, find_dates, reference_year, resolve
from extract.numbers import find_percents, parse_money
from extract.sentences import split_sentences
from text.normalize import normalize


def test_normalize_maps_offsets_back_to_original() -> None:
    original = "平安集團董事長：ＡＢＣ１２３。"
    n = normalize(original)
    assert n.text == "平安集团董事长：ABC123。"
    i = n.text.index("ABC")
    s, e = n.orig_span(i, i + 3)
    assert original[s:e] == "ＡＢＣ"


def test_normalize_expanding_compatibility_chars() -> None:
    original = "㈱平安（集團）"
    n = normalize(original)
    j = n.text.index("平安")
    assert original[n.orig_span(j, j + 2)[0]:n.orig_span(j, j + 2)[1]] == "平安"


def test_sentences_keep_quotes_whole() -> None:
    text = "他说：“今年很好。明年更好。”随后离场。第二句！"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["他说：“今年很好。明年更好。”随后离场。", "第二句！"]


def test_dates_and_resolution() -> None:
    found = [(text, v) for s, e, v in find_dates("于2022年8月17日起，去年10月，2015年12月，8月8日") for text in [None]]
    values = [v for _, v in found]
    assert values[0] == DateValue(2022, 8, 17)
    assert resolve(values[1], 2022).iso() == "2021-10"
    assert values[2].iso() == "2015-12"
    assert resolve(values[3], None) is None  # no year known: no date rather than a guess
    assert resolve(values[3], 2022).iso() == "2022-08-08"


def test_reference_year_ignores_forecasts() -> None:
    assert reference_year("2021年营收增长，预计2025年翻番，今年上半年") == 2021
    assert reference_year("没有年份") is None
    assert reference_year("", "2019-02-25") == 2019


def test_money_in_full_units() -> None:
    assert parse_money("人民币1.992亿元").amount == 199_200_000
    assert parse_money("1.992亿元").currency == "CNY"
    assert parse_money("23.63亿美元").amount == 2_363_000_000 and parse_money("23.63亿美元").currency == "USD"
    assert parse_money("50.03港元").currency == "HKD"
    assert parse_money("31500万元").amount == 315_000_000


def test_percents() -> None:
    assert [p for _, _, p in find_percents("分别直接持股32.91%和16.07%")] == [32.91, 16.07]


def test_a_years_results_with_words_between_put_the_article_a_year_later() -> None:
    # sentences written for this test: a year's results are published the year after; an interim's in the same year
    assert reference_year("北林银行发布了2022年未经审计的业绩报告。去年7月公司在香港上市。") == 2023
    assert reference_year("北林银行公布2022年第四季度及全年财务业绩报告。") == 2023
    assert reference_year("北林银行发布2022年中期未经审计的业绩报告。") == 2022
