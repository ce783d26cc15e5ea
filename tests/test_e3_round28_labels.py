"""Company names written after a descriptive label (a trade's word, a board's, a group's listed arm), a firm's
international arm named by extending its parent's name, and a group called by its brand alone (round 28, e3).
Sentences and names are invented; each construction is shown firing and, beside it, a near miss where it must not."""

from __future__ import annotations

from tests.helpers import facts_of, inventory_of, pairs
from text.normalize import normalize


def _companies(text: str) -> set[str]:
    """The companies a text names, in Simplified letters (the inventory reads the normalised text)."""
    inv = inventory_of(normalize(text).text)
    return {e.name for e in inv.companies()}


def test_trade_word_cut_in_two_is_no_letter_of_the_name() -> None:
    # "险企" (an insurer), cut by the segmenter into 险 + 企, says what the group is, before its name
    assert "苒禾保险集团" in _companies("内地险企苒禾保险集团昨日宣布，收购本地保险公司汀澜保险75%股权的交易已完成。")
    assert "苒禾保险集团" in _companies("內地險企苒禾保險集團昨日宣布，收購本地保險公司汀瀾保險75%股權的交易已完成。")
    # near miss: the trade's word with no name after it names no company
    assert not any("险企" in n for n in _companies("内地险企加快出海，苒禾保险集团亦在其列。"))


def test_country_and_venture_word_before_a_holder() -> None:
    text = "上市前闵秋持有公司35%股份，新加坡创投蕴泉资本持股18%。"
    assert "蕴泉资本" in _companies(text) and "新加坡创投蕴泉资本" not in _companies(text)
    assert "蕴泉资本" in _companies("上市前閔秋持有公司35%股份，新加坡創投蘊泉資本持股18%。")
    # near miss: a venture firm whose own name ends in 创投 keeps it
    assert "榆岑创投" in _companies("上市前闵秋持有公司35%股份，榆岑创投持股18%。")


def test_japanese_firm_mark_before_a_holder_with_its_share() -> None:
    # Taiwan's usage: 日商 (a Japanese firm) before a holder named with its share is no letter of its name
    assert "黎曜信托银行" in _companies("股權結構方面，日商黎曜信託銀行持股6%；其餘由散戶持有。")
    assert "日商黎曜信托银行" not in _companies("股權結構方面，日商黎曜信託銀行持股6%；其餘由散戶持有。")
    # near miss: a holder with no such mark keeps its whole name
    assert "黎曜信托银行" in _companies("股权结构方面，黎曜信托银行持股6%；其余由散户持有。")


def test_board_or_listed_arm_word_before_a_name_and_its_ticker() -> None:
    assert "澹屿网络" in _companies("创业板公司澹屿网络（300123.SZ）12月18日晚间公告，公司收到全资子公司的通知。")
    assert "枫湄国际" in _companies("1月3日晚间，枫湄证券旗下港股上市平台枫湄国际（01234.HK）公告，董事会主席闵秋辞任。")
    assert "枫湄国际" in _companies("1月3日晚間，楓湄證券旗下港股上市平台楓湄國際（01234.HK）公告，董事會主席閔秋辭任。")
    # near miss: the word with no ticker after the name adds no company of its own
    assert not any(n.startswith("上市平台") for n in _companies("枫湄证券正筹划打造港股上市平台，时间未定。"))


def test_international_arm_named_by_extending_its_parent() -> None:
    facts = facts_of("另一家中资券商汀澜证券同日也作出调整：汀澜证券国际原行政总裁闵秋已调回内地，出任母公司汀澜证券副总裁。")
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("闵秋", "汀澜证券国际", "ceo") in posts and ("闵秋", "汀澜证券", "vice_president") in posts
    assert "汀澜证券国际" in _companies("汀瀾證券國際原行政總裁閔秋已調回內地，出任母公司汀瀾證券副總裁。")
    # near miss: 国际 beginning a common word (国际业务部, 国际化) is no arm
    assert "汀澜证券国际" not in _companies("汀澜证券国际业务部总经理闵秋表示，汀澜证券国际化步伐加快。")


def test_insurance_group_called_by_its_brand() -> None:
    text = ("苒禾保險集團昨日宣布，收購本地保險公司汀瀾保險75%股權的交易已完成。交易完成後，苒禾持股75%成為控股股東，"
            "汀瀾保險成為苒禾保險集團旗下附屬公司。")
    inv = inventory_of(normalize(text).text)
    group = next(e for e in inv.companies() if e.name == "苒禾保险集团")
    assert "苒禾" in group.aliases or inv.surface.get("苒禾") == group.key
    # near miss: a brand the text never writes alone links nothing
    assert "苒禾" not in inventory_of(normalize("苒禾保險集團昨日宣布收購汀瀾保險。").text).surface


def test_holding_called_by_brand_and_first_letter_of_its_kind() -> None:
    text = ("主管機關昨日核准汀瀾金控取得黎曜人壽100%股權。汀瀾金董事長閔秋表示，集團將與旗下汀瀾銀行、汀瀾證券發揮綜效。")
    assert ("閔秋", "汀瀾金控", "chairman") in {(f.subject.name, f.object.name, f.qualifiers.get("role"))
                                             for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    inv = inventory_of("主管机关昨日核准汀澜金控取得黎曜人寿100%股权。汀澜金表示，将与旗下汀澜银行发挥综效。")
    assert inv.surface.get("汀澜金") == inv.surface.get("汀澜金控") is not None
    # near miss: a bank's name before 行长期 is the bank then 长期, no "X银" form read off it
    inv = inventory_of("在此之前，汀澜银行长期处于亏损。汀澜银行董事长闵秋表示。")
    assert "汀澜银" not in inv.surface


def test_group_firms_besides_one_named_after_chu() -> None:
    for text in ("据了解，汀澜金控旗下除汀澜银行外，还有汀澜证券、汀澜期货以及全资持有的汀澜人寿。",
                 "據了解，汀瀾金控旗下除汀瀾銀行外，還有汀瀾證券、汀瀾期貨以及全資持有的汀瀾人壽。"):
        children = {s for s, p in pairs(text, "SUBSIDIARY_OF") if p.startswith("汀")}
        assert len(children) == 4 and not any(c.startswith("除") for c in children)
    # near miss: what the group has besides a line of business, then partners, are no firms of it
    assert not pairs("汀澜金控旗下除银行业务外，还有汀澜证券等合作伙伴。", "SUBSIDIARY_OF")


def test_another_subsidiary_of_the_parent_just_told() -> None:
    for text in ("闵川期货是闵川证券的全资子公司，公司另一家子公司闵川资本投资有限公司则专注于创业投资。",
                 "閔川期貨是閔川證券的全資子公司，公司另一家子公司閔川資本投資有限公司則專注於創業投資。"):
        assert {p for s, p in pairs(text, "SUBSIDIARY_OF") if s.endswith("有限公司")} == {text[5:9]}
    # near miss: with no subsidiary told before in the sentence, 公司 is the company the text is about
    assert ("闵川资本投资有限公司", "闵川证券") in pairs("闵川证券（600123.SH）公告称，公司另一家子公司闵川资本投资有限公司完成增资。", "SUBSIDIARY_OF")


def test_the_latter_is_its_subsidiary() -> None:
    assert ("桐漪村镇银行", "苒禾农商行") in pairs("苒禾农商行还持有桐漪村镇银行51%股份，后者是其目前唯一的控股子公司。", "SUBSIDIARY_OF")
    assert ("桐漪村鎮銀行", "苒禾農商行") in pairs("苒禾農商行還持有桐漪村鎮銀行51%股份，後者是其目前唯一的控股子公司。", "SUBSIDIARY_OF")
    # near miss: the latter as its partner is no subsidiary
    assert not pairs("苒禾农商行还持有桐漪村镇银行5%股份，后者是其重要合作伙伴。", "SUBSIDIARY_OF")


def test_set_up_a_subsidiary_of_a_line_of_business() -> None:
    assert ("深圳汀澜融资担保有限公司", "汀澜科技") in pairs("汀澜科技于2019年设立了融资担保子公司深圳汀澜融资担保有限公司。", "SUBSIDIARY_OF")
    assert ("深圳汀瀾融資擔保有限公司", "汀瀾科技") in pairs("汀瀾科技於2019年設立了融資擔保子公司深圳汀瀾融資擔保有限公司。", "SUBSIDIARY_OF")
    # near miss: a joint venture set up with another firm is no subsidiary of either
    assert not pairs("汀澜科技于2019年与榆岑集团成立了合资公司深圳汀澜融资担保有限公司。", "SUBSIDIARY_OF")


def test_subsidiary_whose_legal_name_shortens_to_its_parents() -> None:
    text = ("港股上市公司汀澜科技（02697.HK）6月27日晚间公告，公司全资子公司杭州汀澜网络科技有限公司（下称“汀澜网络”）"
            "收购榆岑支付有限公司100%股权一事已获批复。")
    assert ("杭州汀澜网络科技有限公司", "汀澜科技") in pairs(text, "SUBSIDIARY_OF")
    trad = ("港股上市公司汀瀾科技（02697.HK）6月27日晚間公告，公司全資子公司杭州汀瀾網絡科技有限公司（下稱「汀瀾網絡」）"
            "收購榆岑支付有限公司100%股權一事已獲批覆。")
    assert ("杭州汀瀾網絡科技有限公司", "汀瀾科技") in pairs(trad, "SUBSIDIARY_OF")
    # near miss: a legal name introduced as a group's subsidiary, its short form written later alone, is one company
    inv = inventory_of("将集团控股子公司汀澜网络科技有限公司纳入考核。此后汀澜科技董事长闵秋表示支持。")
    assert inv.surface.get("汀澜科技") == inv.surface.get("汀澜网络科技有限公司") is not None
