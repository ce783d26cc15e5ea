"""Posts, promotions, resignations and founders in wordings the older rules
missed, on sentences written for these tests (made-up names)."""

from __future__ import annotations

from .helpers import facts_of, triples


def _posts(text: str) -> set[tuple]:
    return triples(facts_of(text), "HOLDS_POSITION")


def test_a_post_kept_with_jixu_or_rengran_belongs_to_the_name_before() -> None:
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "chairman") in _posts("韩立群继续担任南岭科技董事长。")
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "cfo") in _posts("韩立群仍然担任南岭科技首席财务官。")
    posts = _posts("郑书航担任南岭科技总裁。此外，韩立群继续担任公司董事长。")
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "chairman") in posts
    assert ("郑书航", "HOLDS_POSITION", "南岭科技", "chairman") not in posts
