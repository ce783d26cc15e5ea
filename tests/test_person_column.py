"""A column of people is one header's words for both readers of a table of personnel changes:
extract.table_names (its cells are people) and extract.rules.change_tables (each row a change).
Tables written for this test."""

from __future__ import annotations

from extract.table_names import holder_cells

from .helpers import facts_of

_TABLE = ("2024年9月证券公司高管变动如下：\n\n机构 | 人士 | 变动 | 日期\n"
          "东海证券 | 李明 | 新任总经理 | 9月3日\n东海证券 | 方启远 | 辞去总经理 | 9月3日\n")


def test_a_renshi_column_is_a_column_of_people_for_the_name_reader() -> None:
    assert {(name, headed) for name, _at, headed in holder_cells(_TABLE)} == {("李明", True), ("方启远", True)}


def test_a_renshi_column_is_read_by_the_change_table_reader_with_its_people() -> None:
    facts = facts_of(_TABLE)
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("李明", "东海证券", "general_manager") in posts
    # 方 is also a common word: only the column makes 方启远 a person, the one 李明 succeeds
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "李明" and f.object.name == "方启远" for f in facts)
