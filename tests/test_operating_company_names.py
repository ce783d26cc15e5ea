"""A group's operating company (旗下运营主体为 + a legal name) is a company of
its own, not another name of the group, though the group's short name abridges
it ("X科技" … "苏州X网络科技有限公司"): the merge of a short form into a legal
name stops at a subsidiary's word before the legal name. Sentences invented."""

from __future__ import annotations

import pytest

from .helpers import facts_of


def _names_of(text: str, name: str) -> set[str]:
    """Every name the output gives the company called `name`."""
    out: set[str] = set()
    for f in facts_of(text):
        for e in (f.subject, f.object):
            if e.name == name:
                out |= {e.name, *e.aliases}
    return out


@pytest.mark.parametrize("text, group, legal", [
    ("港股上市公司芩屿科技（09876.HK）由柯立言创立，主要提供跨境收款服务，旗下运营主体为苏州芩屿网络科技有限公司。"
     "芩屿科技于2020年在港交所上市。", "芩屿科技", "苏州芩屿网络科技有限公司"),
    ("澄嶼科技（09871.HK）於2020年在港交所上市，旗下營運主體為深圳澄嶼網絡科技有限公司，去年營收增長三成。",
     "澄嶼科技", "深圳澄嶼網絡科技有限公司"),
])
def test_the_operating_company_is_no_name_of_the_group(text: str, group: str, legal: str) -> None:
    names = _names_of(text, group)
    assert names and legal not in names


def test_a_legal_name_the_short_form_abridges_is_still_one_company() -> None:
    """The near miss: no subsidiary's word before it, the legal name is the group's own."""
    text = "苏州芩屿网络科技有限公司（下称芩屿科技）于2020年在港交所上市。芩屿科技由柯立言创立。"
    assert "苏州芩屿网络科技有限公司" in _names_of(text, "芩屿科技") or "芩屿科技" in _names_of(text, "苏州芩屿网络科技有限公司")
