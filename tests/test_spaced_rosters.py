"""An association's list of its leaders, on lines written for these tests (not gold text): two-letter names
spaced to three letters' width ("贺　宁"), titles on lines of their own, a former post in the name's brackets."""

from __future__ import annotations

from extract.lexicon import get_lexicon
from extract.spaced_names import spaced_names

from .helpers import facts_of

_LIST = (
    "青屿市金融科技协会第三届理事会第一次会议日前召开，选举产生新一届领导班子。\n"
    "会　长\n"
    "邵明轩　青屿银行股份有限公司行长\n"
    "秘书长\n"
    "贺　宁　（专职，原澄岭科技股份有限公司首席财务官）\n"
    "监事长\n"
    "钟一鸣　澄岭科技股份有限公司监事\n"
)


def test_a_spaced_two_letter_name_opening_a_line_is_a_person_and_a_spaced_title_is_not() -> None:
    found = {n for n, _s, _at in spaced_names(_LIST, get_lexicon())}
    assert "贺宁" in found
    assert "会长" not in found


def test_the_spaced_name_holds_the_heading_post_and_its_bracketed_former_post() -> None:
    facts = [f for f in facts_of(_LIST, "青屿市金融科技协会第三届理事会领导班子产生") if str(f.predicate) == "HOLDS_POSITION"]
    got = {(f.subject.name, f.object.name, str(f.qualifiers.get("role")), f.qualifiers.get("title")) for f in facts}
    assert ("贺宁", "青屿市金融科技协会", "other", "秘书长") in got
    assert any(p == "贺宁" and "澄岭科技" in c and r == "cfo" for p, c, r, _t in got)


def test_a_bracket_saying_former_gives_the_post_held_before_at_the_firm_under_its_group() -> None:
    text = ("青屿银行董事会委任新一届执行委员会，成员如下：\n"
            "行政总裁：邵明轩（原澄岭控股旗下澄岭证券有限公司副总经理）\n"
            "财务总监：钟一鸣\n")
    facts = [f for f in facts_of(text, "青屿银行新执委会履职") if str(f.predicate) == "HOLDS_POSITION"]
    assert any(f.subject.name == "邵明轩" and "澄岭证券有限公司" in (f.object.name, *f.object.aliases)
               and str(f.qualifiers.get("role")) == "deputy_general_manager" for f in facts)
    assert not any(f.subject.name == "邵明轩" and f.object.name == "澄岭控股" for f in facts)


def test_a_spaced_title_on_a_line_of_its_own_heads_the_list_below_it() -> None:
    facts = [f for f in facts_of(_LIST, "青屿市金融科技协会第三届理事会领导班子产生") if str(f.predicate) == "HOLDS_POSITION"]
    got = {(f.subject.name, f.object.name, f.qualifiers.get("title")) for f in facts}
    assert ("邵明轩", "青屿市金融科技协会", "会长") in got
