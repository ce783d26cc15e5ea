"""A family's people and boards, on sentences written for these tests (not gold text): a person named right after
the kin word (其夫, 次子, 长女, 幼女) that opens a clause or a list's item; a board told as what it includes
("董事包括A、其夫B及长女C"); a company known by the stock code in brackets after its name; a trust the text
leaves unnamed ("透过家族信托间接持有") is no holder."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts


def test_children_named_after_their_birth_order_hold_their_posts() -> None:
    text = ("航運商人薛耀南年屆八旬，去年起逐步交棒。次子薛朗軒現任嘉澔控股副主席，主理船隊業務；"
            "幼女薛凱晴亦出任嘉澔控股非執行董事。")
    got = posts(text)
    assert ("薛朗軒", "嘉澔控股", "vice_chairman") in got
    assert ("薛凱晴", "嘉澔控股", "non_executive_director") in got


def test_a_board_told_as_what_it_includes_with_kin_words() -> None:
    text = ("專營東南亞物業的瑞霖投資有限公司由莫家恩於2018年在香港創立，"
            "董事包括莫家恩、其夫薛啟明及長女薛子晴。")
    got = {(p, c) for p, c, r in posts(text) if r == "director"}
    assert {("莫家恩", "瑞霖投資有限公司"), ("薛啟明", "瑞霖投資有限公司"),
            ("薛子晴", "瑞霖投資有限公司")} <= got


def test_a_company_known_by_its_stock_code_in_brackets() -> None:
    text = "嘉澔集團持有嘉澔航運（1873）約45%股權；長子薛朗軒於前年出任嘉澔航運行政總裁。"
    assert ("嘉澔集團", "嘉澔航運") in pairs(text, "HOLDS_STAKE")
    assert ("薛朗軒", "嘉澔航運", "ceo") in posts(text)


def test_an_unnamed_family_trust_holds_nothing() -> None:
    text = "截至去年底，薛耀南透過家族信託間接持有嘉澔控股約46.8%股份，持股比例多年未變。"
    holders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert "薛耀南" in holders
    assert not any("信託" in h or "信托" in h for h in holders)
