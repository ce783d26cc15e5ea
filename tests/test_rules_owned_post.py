"""Role-first writing where the post's holder is named with it ("A的首席财务官职务将由B接任"): a leaver named in
the next sentence leaves his own post, not A's (sentences written for this test)."""

from __future__ import annotations

from .helpers import facts_of


def test_a_leaver_after_an_owned_post_does_not_take_it() -> None:
    text = ("南屿金融宣布，首席执行官周启明将于6月30日退休，首席财务官吴佩兰将于7月1日接任首席执行官。"
            "吴佩兰的首席财务官职务将由财务副总裁陈立行接任，同样于7月1日生效。周启明退休后将留任董事会，出任非执行董事。")
    fs = facts_of(text, date="2025-03-02")
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("role")) for f in fs}
    assert ("周启明", "HOLDS_POSITION", "南屿金融", "cfo") not in got
    assert ("陈立行", "SUCCEEDED", "周启明", "cfo") not in got
    assert ("陈立行", "HOLDS_POSITION", "南屿金融", "cfo") in got
