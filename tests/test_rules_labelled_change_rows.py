"""An association's record of changes, one line each, its before and after labelled in the cells (invented names)."""

from __future__ import annotations

from tests.helpers import facts_of

_RECORD = ("杭州云岫私募基金管理有限公司（下称“云岫投资”）近日易主。\n\n据行业协会公示信息：\n机构重大变更事项：\n"
           "2023-10-16｜实际控制人｜变更前：韩立舟｜变更后：贺言川\n"
           "2023-10-16｜高管人员｜变更前：韩立舟（总经理、执行董事）｜变更后：窦晓岚（总经理）、贺言川（执行董事）\n\n"
           "云岫投资成立于2016年，管理规模约30亿元。")


def test_controller_row_gives_the_new_and_the_former_controller() -> None:
    got = {(f.subject.name, bool(f.qualifiers.get("former"))) for f in facts_of(_RECORD)
           if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling") and "云岫" in f.object.name}
    assert ("贺言川", False) in got
    assert ("韩立舟", True) in got


def test_officers_row_gives_the_successions_on_its_day() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role"), f.qualifiers.get("date")) for f in facts_of(_RECORD)
           if str(f.predicate) == "SUCCEEDED" and "云岫" in str(f.qualifiers.get("company"))}
    assert ("贺言川", "韩立舟", "executive_director", "2023-10-16") in got
    assert ("窦晓岚", "韩立舟", "general_manager", "2023-10-16") in got


_STORY = ("9月8日，汉水租赁股份有限公司（下称“汉水租赁”）公告，其已完成改制，公司名称由“湖北汉水租赁服务有限公司”变更为现名。\n\n"
          "汉水租赁的首任董事长由汉水集团副总裁孟庆云兼任。今年5月，孟庆云到龄退休，汉水集团总经理付明接替其出任汉水租赁董事长。")


def test_former_name_changed_to_the_present_one() -> None:
    got = {(f.subject.name, f.object.name) for f in facts_of(_STORY, date="2024-09-10") if str(f.predicate) == "RENAMED_TO"}
    assert ("湖北汉水租赁服务有限公司", "汉水租赁股份有限公司") in got


def test_taker_replacing_him_then_the_company_and_post() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts_of(_STORY, date="2024-09-10")
           if str(f.predicate) == "SUCCEEDED"}
    assert ("付明", "孟庆云", "chairman") in got
