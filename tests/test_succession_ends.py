"""A predecessor's post ends on the day its successor took it over when the text gives no day of
its own for the leaving; a day it does give stays."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_the_predecessor_held_the_post_until_the_successors_day() -> None:
    text = ("苇塘融资租赁有限公司（以下简称“苇塘租赁”）近日披露董事长变动事项，贺知章因到龄退休不再担任董事长。"
            "苇塘租赁股东会选举米南宫担任董事长，任期自2024年3月12日起。")
    facts = facts_of(text)
    assert quals(facts, "米南宫", "SUCCEEDED", "贺知章").get("date") == "2024-03-12"
    assert quals(facts, "贺知章", "HOLDS_POSITION", "苇塘租赁", role="chairman").get("end") == "2024-03-12"


def test_a_day_of_leaving_of_its_own_stays() -> None:
    text = "宁川租赁原总经理贺知章已于2024年1月辞职。2024年3月12日，宁川租赁董事会聘任米南宫接替贺知章担任总经理。"
    facts = facts_of(text)
    assert quals(facts, "贺知章", "HOLDS_POSITION", "宁川租赁", role="general_manager").get("end") == "2024-01"
