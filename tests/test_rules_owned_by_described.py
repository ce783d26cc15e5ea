""""B由P全資擁有" where P comes with what he is: a trade ("由商人P"), or the founder's word in his run of posts
("由C創辦人、主席兼非執行董事P"). Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_owner_described_by_trade() -> None:
    text = "主要股東向栢林投資有限公司配售股份。公告指，栢林投資為一家於英屬處女群島註冊成立的投資控股公司，由商人蔣子謙全資擁有。公司同日委任蔣子謙為執行董事。"
    assert any(p == "蔣子謙" and c.startswith("栢林投資") and pct == 100.0 for p, c, pct in _stakes(text))


def test_owner_described_by_founder_word_and_posts() -> None:
    text = ("主板上市嵐溪財務集團（1234）昨晚公布配售事項。"
            "槐安控股由嵐溪財務創辦人、主席兼非執行董事杜朗軒全資擁有。")
    assert ("杜朗軒", "槐安控股", 100.0) in _stakes(text)
