""""B由P全資擁有" where P comes with what he is: a trade word before his name ("由商人P"), or the founder's word
among his posts at a company C ("由C…創辦人兼…P"). Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_owner_described_by_trade() -> None:
    text = "本公司擬向嘉沅投資有限公司發行新股。據通函披露，嘉沅投資為一家在開曼群島成立的私人公司，由商人莫思遠全資擁有。莫思遠現任本公司非執行董事。"
    assert any(p == "莫思遠" and c.startswith("嘉沅投資") and pct == 100.0 for p, c, pct in _stakes(text))


def test_owner_described_by_founder_word_and_posts() -> None:
    text = ("創業板上市晉沅財務集團（8123）週五宣布主要股東擬減持。"
            "桑榆控股由晉沅財務聯合創辦人兼行政總裁戚允誠全資擁有，現持股約18%。")
    assert ("戚允誠", "桑榆控股", 100.0) in _stakes(text)
