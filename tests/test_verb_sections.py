"""A notice arranged in sections by verb ("一、任命" … "二、免去"), on lines written for these tests (not gold
text): under the heading 免去 each clause "P的C董事长职务" is a post P leaves, and the notice's effective day
dates the posts; the one removed from a post the first section gave someone else is succeeded by that person."""

from __future__ import annotations

from .helpers import facts_of

_NOTICE = (
    "市属各有关企业：\n"
    "根据工作需要，经研究，决定对下列同志职务作如下调整：\n"
    "一、任命\n"
    "卢秉言任青屿城建集团有限公司董事长，邵明轩任该集团总经理；\n"
    "钟一鸣任青屿商业保理有限公司董事长。\n"
    "二、免去\n"
    "卢秉言的青屿商业保理有限公司董事长职务，欧阳启的青屿城建集团有限公司董事长职务；\n"
    "庞立新的青屿商业保理有限公司副总经理职务。\n"
    "上述人员任免均自2026年3月2日起执行。\n"
)


def _facts(pred: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")), f.qualifiers.get("end"), f.qualifiers.get("start"))
            for f in facts_of(_NOTICE, "关于调整市属企业负责人职务的通知") if str(f.predicate) == pred}


def test_a_clause_under_the_heading_of_removal_ends_the_post_on_the_notice_day() -> None:
    posts = _facts("HOLDS_POSITION")
    assert ("欧阳启", "青屿城建集团有限公司", "chairman", "2026-03-02", None) in posts
    assert ("卢秉言", "青屿商业保理有限公司", "chairman", "2026-03-02", None) in posts
    assert ("庞立新", "青屿商业保理有限公司", "deputy_general_manager", "2026-03-02", None) in posts


def test_the_appointments_start_on_the_notice_day() -> None:
    posts = _facts("HOLDS_POSITION")
    assert ("卢秉言", "青屿城建集团有限公司", "chairman", None, "2026-03-02") in posts
    assert ("钟一鸣", "青屿商业保理有限公司", "chairman", None, "2026-03-02") in posts


def test_the_one_appointed_succeeds_the_one_removed_from_the_same_post() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("company"), f.qualifiers.get("date"))
           for f in facts_of(_NOTICE, "关于调整市属企业负责人职务的通知") if str(f.predicate) == "SUCCEEDED"}
    assert ("卢秉言", "欧阳启", "青屿城建集团有限公司", "2026-03-02") in got
    assert ("钟一鸣", "卢秉言", "青屿商业保理有限公司", "2026-03-02") in got


_LISTED = (
    "各市属企业党委：\n经研究决定：\n"
    "（一）任命：\n"
    "卢秉言为青屿城建集团有限公司董事长；\n"
    "钟一鸣为青屿商业保理有限公司总经理。\n"
    "（二）免去下列同志职务：\n"
    "欧阳启的青屿城建集团有限公司董事长职务；\n"
    "庞立新的青屿商业保理有限公司总经理职务。\n"
)


def test_an_appointment_section_without_its_verb_gives_posts_and_pairs_with_the_removals() -> None:
    facts = facts_of(_LISTED, "关于领导人员任免的通知")
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert {("卢秉言", "青屿城建集团有限公司", "chairman"), ("钟一鸣", "青屿商业保理有限公司", "general_manager"),
            ("欧阳启", "青屿城建集团有限公司", "chairman")} <= posts
    swaps = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert {("卢秉言", "欧阳启"), ("钟一鸣", "庞立新")} <= swaps


def test_a_verb_holds_for_the_clauses_after_it_that_name_only_a_person_and_a_post() -> None:
    removed = "经研究决定，免去欧阳启的青屿城建集团有限公司董事长职务，庞立新的青屿商业保理有限公司总经理职务，唐序之的青屿资产管理有限公司副总经理职务。"
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(removed, "关于领导人员任免的通知")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("庞立新", "青屿商业保理有限公司", "general_manager"), ("唐序之", "青屿资产管理有限公司", "deputy_general_manager")} <= posts
    named = "经研究决定，任命卢秉言为青屿城建集团有限公司董事长，钟一鸣为青屿商业保理有限公司总经理，邵明轩为青屿资产管理有限公司副总经理。"
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(named, "关于领导人员任免的通知")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("钟一鸣", "青屿商业保理有限公司", "general_manager"), ("邵明轩", "青屿资产管理有限公司", "deputy_general_manager")} <= posts


def test_two_names_in_a_carried_clause_each_take_the_post() -> None:
    text = "3月2日，青屿银行董事会会议选举卢秉言为董事长，聘任钟一鸣为行长，庞立新、唐序之为副行长。"
    posts = {(f.subject.name, str(f.qualifiers.get("role")), f.qualifiers.get("start")) for f in facts_of(text, "青屿银行董事会换届", "2026-03-05")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert {("庞立新", "vice_president", "2026-03-02"), ("唐序之", "vice_president", "2026-03-02")} <= posts
