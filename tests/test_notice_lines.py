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


def test_a_notice_line_whose_name_ends_in_a_function_letter_still_names_the_person() -> None:
    text = "近日经研究决定：\n澄岭银行股份有限公司\n苗清和任澄岭银行党委副书记；\n翟文焕任澄岭银行纪委书记；\n"
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("title")))
             for f in facts_of(text, "澄岭集团所属单位领导人员任免") if str(f.predicate) == "HOLDS_POSITION"}
    assert ("苗清和", "澄岭银行", "党委副书记") in posts
    assert ("翟文焕", "澄岭银行", "纪委书记") in posts


def test_an_adverb_before_ren_is_not_part_of_the_name() -> None:
    text = "近日经研究决定：\n邵明轩曾任澄岭银行行长，现任澄岭人寿董事长。\n"
    people = {f.subject.name for f in facts_of(text, "") if str(f.predicate) == "HOLDS_POSITION"}
    assert "邵明轩曾" not in people


def _successions(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
            for f in facts_of(text, "澄岭集团所属单位领导人员任免") if str(f.predicate) == "SUCCEEDED"}


def test_an_appointment_line_then_a_removal_from_the_same_post_is_a_succession() -> None:
    text = ("近日经研究决定：\n澄岭人寿保险股份有限公司\n贺知远任澄岭人寿董事长；\n"
            "免去钟一鸣的澄岭人寿董事长职务，另有任用。\n")
    assert ("贺知远", "钟一鸣", "chairman") in _successions(text)


def test_a_deputy_post_given_and_removed_is_no_succession() -> None:
    text = ("近日经研究决定：\n澄岭银行股份有限公司\n贺知远任澄岭银行党委副书记；\n"
            "免去钟一鸣的澄岭银行党委副书记职务，退休。\n")
    assert not _successions(text)


_TEAM = ("本报讯 澄岭科技股份有限公司创始人贺知远今日向全体员工发出内部信，宣布公司新的管理团队。\n\n"
         "新的管理团队如下：\n"
         "钟一鸣，首席执行官，统筹战略与日常运营；\n"
         "邵明轩，首席财务官，继续负责财务工作；\n"
         "韦思齐，首席风险官，并兼任合规负责人，向董事会汇报；\n")


def test_a_teams_rows_give_each_person_the_post_after_the_comma() -> None:
    posts = {(f.subject.name, str(f.qualifiers.get("role")), str(f.qualifiers.get("title")))
             for f in facts_of(_TEAM, "澄岭科技发布内部信") if str(f.predicate) == "HOLDS_POSITION"}
    assert {("钟一鸣", "ceo", "None"), ("邵明轩", "cfo", "None"), ("韦思齐", "cro", "None")} <= posts
    assert ("韦思齐", "other", "合规负责人") in posts
    assert not any(p == "邵明轩" and t == "合规负责人" for p, _r, t in posts)


def test_the_securities_affairs_representative_named_as_board_secretary_is_found() -> None:
    text = ("澄岭证券股份有限公司公告，公司董事会秘书钟一鸣因工作调整辞去董事会秘书职务。"
            "公司董事会同意聘任证券事务代表贺知远为董事会秘书。")
    posts = {(f.subject.name, str(f.qualifiers.get("role"))) for f in facts_of(text, "") if str(f.predicate) == "HOLDS_POSITION"}
    assert ("贺知远", "board_secretary") in posts
