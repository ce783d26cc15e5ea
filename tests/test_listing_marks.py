"""A listing whose code follows in brackets with the exchange's mark ("…于X上市（SIX: ABCN）"): the code is the
listing's ticker; Zurich's mark (SIX:, .SW) is one the ticker reader knows. Names made up for these tests."""

from __future__ import annotations

from extract.tickers import find_tickers
from tests.helpers import facts_of


def _listings(text: str) -> set[tuple[str, str, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


def test_a_code_with_the_exchanges_mark_after_the_listing() -> None:
    assert ("砾岩矿业有限公司", "TSX", "LYM") in _listings("砾岩矿业有限公司的股份于2021年在多伦多证交所上市（TSX: LYM），首日上涨一成。")
    assert ("岩桥财富集团有限公司", "SIX", "YQPB") in _listings("岩桥财富集团有限公司2019年起于瑞士证券交易所上市（SIX: YQPB），市值约四十亿瑞郎。")


def test_zurichs_marks() -> None:
    assert [(t.code, t.exchange) for t in find_tickers("股份代号YQPB.SW（或记作SIX:YQPB）")] == [("YQPB", "SIX"), ("YQPB", "SIX")]
