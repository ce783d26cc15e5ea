"""Role-first writing where the post's holder is named with it ("A的<post>职务将由B接任"): a leaver named in
the next sentence leaves his own post, not A's (sentences written for this test)."""

from __future__ import annotations

from .helpers import facts_of


def test_a_leaver_after_an_owned_post_does_not_take_it() -> None:
    text = ("据南屿金融公告，总裁周启明年满六十五岁，9月底退休，由首席运营官吴佩兰升任总裁。"
            "吴佩兰的首席运营官职务将由区域业务总监陈立行接任。周启明退休后转任公司顾问，不再参与日常经营。")
    fs = facts_of(text, date="2025-05-14")
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("role")) for f in fs}
    assert ("周启明", "HOLDS_POSITION", "南屿金融", "coo") not in got
    assert ("陈立行", "SUCCEEDED", "周启明", "coo") not in got
    assert ("陈立行", "HOLDS_POSITION", "南屿金融", "coo") in got
