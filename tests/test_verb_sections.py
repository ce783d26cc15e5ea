"""A notice arranged in sections by verb ("一、任命" … "二、免去"), on lines written for these tests (not gold
text): under the heading 免去 each clause "P的C董事长职务" is a post P leaves, and the notice's effective day
dates the posts; the one removed from a post the first section gave someone else is succeeded by that person."""

from __future__ import annotations

from .helpers import facts_of

_NOTICE = (
    "各市属金融企业党委：\n"
    "经市国资委党委研究决定，现将有关人员任免事项通知如下：\n"
    "一、任命\n"
    "贺知远任青屿金融控股集团有限公司董事长，邵明轩任青屿金融控股集团有限公司总经理；\n"
    "钟一鸣任青屿融资租赁有限公司董事长。\n"
    "二、免去\n"
    "欧阳启的青屿金融控股集团有限公司董事长职务（到龄退休），贺知远的青屿融资租赁有限公司董事长职务；\n"
    "庞立新的青屿融资租赁有限公司副总经理职务。\n"
    "以上人员任职时间自2026年3月2日起计算。\n"
)


def _facts(pred: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")), f.qualifiers.get("end"), f.qualifiers.get("start"))
            for f in facts_of(_NOTICE, "市国资委关于市属金融企业领导人员任免的通知") if str(f.predicate) == pred}


def test_a_clause_under_the_heading_of_removal_ends_the_post_on_the_notice_day() -> None:
    posts = _facts("HOLDS_POSITION")
    assert ("欧阳启", "青屿金融控股集团有限公司", "chairman", "2026-03-02", None) in posts
    assert ("贺知远", "青屿融资租赁有限公司", "chairman", "2026-03-02", None) in posts
    assert ("庞立新", "青屿融资租赁有限公司", "deputy_general_manager", "2026-03-02", None) in posts


def test_the_appointments_start_on_the_notice_day() -> None:
    posts = _facts("HOLDS_POSITION")
    assert ("贺知远", "青屿金融控股集团有限公司", "chairman", None, "2026-03-02") in posts
    assert ("钟一鸣", "青屿融资租赁有限公司", "chairman", None, "2026-03-02") in posts


def test_the_one_appointed_succeeds_the_one_removed_from_the_same_post() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("company"), f.qualifiers.get("date"))
           for f in facts_of(_NOTICE, "市国资委关于市属金融企业领导人员任免的通知") if str(f.predicate) == "SUCCEEDED"}
    assert ("贺知远", "欧阳启", "青屿金融控股集团有限公司", "2026-03-02") in got
    assert ("钟一鸣", "贺知远", "青屿融资租赁有限公司", "2026-03-02") in got


_LISTED = (
    "各市属企业党委：\n经研究决定：\n"
    "（一）任命：\n"
    "贺知远为青屿金融控股集团有限公司董事长；\n"
    "钟一鸣为青屿融资租赁有限公司总经理。\n"
    "（二）免去下列同志职务：\n"
    "欧阳启的青屿金融控股集团有限公司董事长职务；\n"
    "庞立新的青屿融资租赁有限公司总经理职务。\n"
)


def test_an_appointment_section_without_its_verb_gives_posts_and_pairs_with_the_removals() -> None:
    facts = facts_of(_LISTED, "关于领导人员任免的通知")
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert {("贺知远", "青屿金融控股集团有限公司", "chairman"), ("钟一鸣", "青屿融资租赁有限公司", "general_manager"),
            ("欧阳启", "青屿金融控股集团有限公司", "chairman")} <= posts
    swaps = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert {("贺知远", "欧阳启"), ("钟一鸣", "庞立新")} <= swaps


def test_a_verb_holds_for_the_clauses_after_it_that_name_only_a_person_and_a_post() -> None:
    removed = "经研究决定，免去欧阳启的青屿金融控股集团有限公司董事长职务，庞立新的青屿融资租赁有限公司总经理职务，孙立言的青屿资产管理有限公司副总经理职务。"
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(removed, "关于领导人员任免的通知")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("庞立新", "青屿融资租赁有限公司", "general_manager"), ("孙立言", "青屿资产管理有限公司", "deputy_general_manager")} <= posts
    named = "经研究决定，任命贺知远为青屿金融控股集团有限公司董事长，钟一鸣为青屿融资租赁有限公司总经理，邵明轩为青屿资产管理有限公司副总经理。"
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(named, "关于领导人员任免的通知")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("钟一鸣", "青屿融资租赁有限公司", "general_manager"), ("邵明轩", "青屿资产管理有限公司", "deputy_general_manager")} <= posts


def test_two_names_in_a_carried_clause_each_take_the_post() -> None:
    text = "3月2日，青屿银行董事会会议选举贺知远为董事长，聘任钟一鸣为行长，庞立新、孙立言为副行长。"
    posts = {(f.subject.name, str(f.qualifiers.get("role")), f.qualifiers.get("start")) for f in facts_of(text, "青屿银行董事会换届", "2026-03-05")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("庞立新", "vice_president", "2026-03-02"), ("孙立言", "vice_president", "2026-03-02")} <= posts
