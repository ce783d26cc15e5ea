"""Founding told from the company's side, with the year before 由 and who the founder is after it, on
sentences written for these tests: a post, a clause in 的, a relation to another person, the founder's companions as a group, a couple, a place with its Latin name in brackets."""

from __future__ import annotations

import pytest

from .helpers import facts_of


def _founders(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


@pytest.mark.parametrize(("text", "founder", "company", "year"), [
    ("栎川科技2008年由总经理祁向南創立，主营工业软件。", "祁向南", "栎川科技", "2008"),
    ("青嵐銀行1979年由已故僑領范志恆與十多位商人在舊金山創立。范志恆擔任董事長直到1999年。", "范志恆", "青嵐銀行", "1979"),
])
def test_founder_after_by_with_who_he_is(text: str, founder: str, company: str, year: str) -> None:
    got = _founders(text)
    assert any(p == founder and c.startswith(company[:4]) and d == year for p, c, d in got), got


def test_couple_from_a_place_founded_it_in_a_suburb_named_in_latin_too() -> None:
    got = _founders("“岚桥汇”（Lanqiao Remit Pty Ltd）由来自浙江的邱志远、林佩筠夫妇于2012年在布里斯班日光区（Sunnybank）创办。"
                    "岚桥汇目前有六个门店，邱志远表示将继续扩张。")
    assert {(p, d) for p, _c, d in got} >= {("邱志远", "2012"), ("林佩筠", "2012")}
