"""A firm named only by its brand (no legal form, no word of its trade), known for a company by its founder's word
after it, a verb of founding before it, its former legal name, or a kind of firm and its Latin name. Sentences
written for these tests, with invented names."""

from __future__ import annotations

from .helpers import facts_of, pairs


def test_a_brand_before_its_founder_and_after_a_verb_of_founding() -> None:
    text = ("记者见到了澄屿财富创始人、董事长许书衡。2014年，他辞去东川银行副行长职务，创办了澄屿财富。"
            "据悉，澄屿财富前身为上海澄屿投资咨询有限公司，2016年更名为现名。许书衡持有澄屿财富46%的股份。")
    assert ("许书衡", "澄屿财富") in pairs(text, "FOUNDED")
    assert ("许书衡", "澄屿财富") in pairs(text, "HOLDS_STAKE")
    assert ("上海澄屿投资咨询有限公司", "澄屿财富") in pairs(text, "RENAMED_TO")
    # the bank he left is no firm he founded
    assert ("许书衡", "东川银行") not in pairs(text, "FOUNDED")


def test_a_brand_after_a_kind_of_firm_with_its_latin_name() -> None:
    text = "網上保險商快嶼（QuickIsle），創辦人班文卓已卸任行政總裁，由卜琳凱接任。快嶼去年完成C輪融資，班文卓仍持股約23%。"
    assert ("班文卓", "快嶼") in pairs(text, "FOUNDED")
    assert ("班文卓", "快嶼") in pairs(text, "HOLDS_STAKE")
    text = "网上保险商快屿（QuickIsle），创始人班文卓已卸任首席执行官，由卜琳凯接任。快屿去年完成C轮融资，班文卓仍持股约23%。"
    assert ("班文卓", "快屿") in pairs(text, "FOUNDED")


def test_no_brand_from_a_common_word_a_single_mention_or_a_known_firm() -> None:
    # a common word before the founder's word is no brand
    names = {f.object.name for f in facts_of("集團創辦人陳大文表示，集團將繼續擴張。陳大文曾任東川銀行行長。")}
    assert "集團" not in names
    # a brand said once is not taken on this cue alone
    assert not any(f.object.name == "澜屿" for f in facts_of("澜屿创始人许书衡曾任东川银行副行长。"))
    # the brand of a company the text names in full is that company, not a second one
    text = "北枫科技股份有限公司今日在港上市。2015年，许书衡创办北枫科技，北枫科技现有员工300人。"
    assert {o for _, o in pairs(text, "FOUNDED")} <= {"北枫科技股份有限公司", "北枫科技"}
    assert len({f.object.key if hasattr(f.object, "key") else f.object.name for f in facts_of(text)
                if str(f.predicate) == "LISTED_ON"}) <= 1
