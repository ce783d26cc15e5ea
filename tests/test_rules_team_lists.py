"""A unit's leadership told as a list, then its members' posts; and a guest's three-letter name before 出席 (texts
written for these tests, not gold text)."""

from __future__ import annotations

from .helpers import facts_of, posts


def test_the_members_a_clause_names_take_the_units_post() -> None:
    text = ("柏川银行股份有限公司（下称“柏川银行”）的宁波分行于今年4月获批筹建。"
            "按总行安排，宁波分行领导班子由房思远、牟悦宁、车立川组成，其中牟悦宁、车立川任分行副行长，房思远主持工作。")
    got = {(p, c, f.qualifiers.get("title")) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"
           for p, c in [(f.subject.name, f.object.name)]}
    assert {("牟悦宁", "柏川银行股份有限公司", "宁波分行副行长"), ("车立川", "柏川银行股份有限公司", "宁波分行副行长")} <= got
    assert not any(t == "分行副行长" for _p, _c, t in got)


def test_a_bare_title_after_a_branchs_list_is_the_branchs() -> None:
    text = "鹤汀银行温州分行的经营班子由祁远帆、苏婉及蒋文华三人组成，祁远帆任行长，苏婉、蒋文华任副行长。"
    got = {(f.subject.name, f.qualifiers.get("title")) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert {("祁远帆", "温州分行行长"), ("苏婉", "温州分行副行长"), ("蒋文华", "温州分行副行长")} <= got


def test_a_guests_three_letter_name_before_a_verb_of_attending() -> None:
    got = posts("本届论坛嘉宾云集，柏川控股董事、总经理邝汉生出席并发表主旨演讲。")
    assert ("邝汉生", "柏川控股", "general_manager") in got
    assert not any(p == "邝汉" for p, _c, _r in got)
