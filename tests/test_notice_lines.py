"""A group's notice of appointments, one line a person ("P任C董事长；"), on lines written for these tests
(not gold text): the person opening the line is not the start of the company's name."""

from __future__ import annotations

from .helpers import facts_of

_NOTICE = (
    "近日，经澄岭集团党委研究决定：\n\n"
    "澄岭人寿保险股份有限公司\n"
    "贺知远任澄岭人寿董事长；\n"
    "免去钟一鸣的澄岭人寿董事长职务。\n"
)


def test_a_notice_line_opening_with_a_name_and_ren_gives_the_post() -> None:
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
             for f in facts_of(_NOTICE, "澄岭集团所属单位领导人员任免") if str(f.predicate) == "HOLDS_POSITION"}
    assert any(p == "贺知远" and obj.startswith("澄岭人寿") and r == "chairman" for p, obj, r in posts)
    assert not any(obj.startswith("贺知远") for _p, obj, _r in posts)


def test_a_board_elected_as_non_independent_directors_holds_director_seats() -> None:
    text = "澄岭科技股份有限公司公告，公司召开临时股东大会，选举贺知远、钟一鸣为公司第五届董事会非独立董事，选举邵明轩为独立董事。"
    posts = {(f.subject.name, str(f.qualifiers.get("role")))
             for f in facts_of(text, "澄岭科技董事会换届") if str(f.predicate) == "HOLDS_POSITION"}
    assert {("贺知远", "director"), ("钟一鸣", "director"), ("邵明轩", "independent_director")} <= posts
