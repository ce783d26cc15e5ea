"""A subsidiary with its parent's share in brackets, the parent called by a word: the parent's share, not the
subsidiary's share of the parent."""

from __future__ import annotations

from .helpers import facts_of

_TITLE = "白澜港航集团有限公司上半年经营情况通报"


def test_a_bracketed_share_held_by_the_group_is_the_group_s_share_of_the_subsidiary() -> None:
    text = (_TITLE + "\n"
            "上半年，集团向控股子公司鸥汀码头有限责任公司（集团持股70%）增资3亿元，用于二期泊位建设。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
           for f in facts_of(text, title=_TITLE) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("白澜港航集团有限公司", "鸥汀码头有限责任公司", 70.0) in got
    assert not any(s == "鸥汀码头有限责任公司" for s, _o, _p in got)
