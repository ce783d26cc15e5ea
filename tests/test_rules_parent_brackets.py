"""A subsidiary with its parent's share in brackets, the parent called by a word: the parent's share, not the
subsidiary's share of the parent."""

from __future__ import annotations

from .helpers import facts_of


def test_a_bracketed_share_held_by_the_group_is_the_group_s_share_of_the_subsidiary() -> None:
    text = ("青禾控股集团有限公司2024年工作总结\n"
            "年内，集团对旗下控股子公司云栖保险经纪有限公司（集团持股65%）完成了董事会改组。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
           for f in facts_of(text, title="青禾控股集团有限公司2024年工作总结") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("青禾控股集团有限公司", "云栖保险经纪有限公司", 65.0) in got
    assert not any(s == "云栖保险经纪有限公司" for s, _o, _p in got)
