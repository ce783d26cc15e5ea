"""A family's people and boards, on sentences written for these tests (not gold text): a person named right after
the kin word (其妻, 长子, 次女, 三子) that opens a clause or a list's item; a board told as what it includes
("董事包括A、其妻B，以及长子C"); a company known by the stock code in brackets after its name; a trust the text
leaves unnamed ("透过家族信托持有") is no holder."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts


def test_children_named_after_their_birth_order_hold_their_posts() -> None:
    text = ("創辦人黃志強已退居幕後。長女黃慧欣現為寶豐集團執行董事兼副主席；"
            "三子黃志朗則任寶豐集團非執行董事，本身經營科技投資。")
    got = posts(text)
    assert ("黃慧欣", "寶豐集團", "vice_chairman") in got
    assert ("黃志朗", "寶豐集團", "non_executive_director") in got


def test_a_board_told_as_what_it_includes_with_kin_words() -> None:
    text = ("「梁氏家族辦公室有限公司」於去年5月註冊成立，梁文輝為創辦人，"
            "董事包括梁文輝、其妻蔡淑芬，以及次女梁美琪。")
    got = {(p, c) for p, c, r in posts(text) if r == "director"}
    assert {("梁文輝", "梁氏家族辦公室有限公司"), ("蔡淑芬", "梁氏家族辦公室有限公司"),
            ("梁美琪", "梁氏家族辦公室有限公司")} <= got


def test_a_company_known_by_its_stock_code_in_brackets() -> None:
    text = "次女黃美華於2021年出任寶豐集團旗下寶豐酒店（2288）行政總裁，寶豐集團持有寶豐酒店約60%股權。"
    assert ("寶豐集團", "寶豐酒店") in pairs(text, "HOLDS_STAKE")
    assert ("黃美華", "寶豐酒店", "ceo") in posts(text)


def test_an_unnamed_family_trust_holds_nothing() -> None:
    text = "據權益披露資料，黃志強透過家族信託持有寶豐集團約58.2%權益。"
    holders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert "黃志強" in holders
    assert not any("信託" in h or "信托" in h for h in holders)
