"""Holders on sentences written for these tests (not gold text): the real holder behind a nominee (代持), told
from the share's side and from the nominee's; the rest of a company held by someone's spouse."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_a_share_held_for_someone_else_is_theirs() -> None:
    text = ("王明轩任杭州澄湖投资管理有限公司执行董事，庞立川任远帆集团股份有限公司董事长。"
            "据披露，王明轩所持杭州澄湖投资管理有限公司95%股权，系代庞立川持有，双方于2021年签署代持协议。")
    stakes = _stakes(text)
    assert ("庞立川", "杭州澄湖投资管理有限公司", 95.0) in stakes
    assert ("王明轩", "杭州澄湖投资管理有限公司", 95.0) in stakes  # (the registered holding stays)


def test_the_rest_held_by_a_spouse() -> None:
    text = "杭州澄湖投资管理有限公司的登记股东是自然人王明轩，持股90%，剩余10%由其配偶杜婉清持有。"
    assert ("杜婉清", "杭州澄湖投资管理有限公司", 10.0) in _stakes(text)


def test_he_after_a_span_of_dates_is_the_person_just_named() -> None:
    text = ("澄湖投资管理有限公司的登记股东是自然人王明轩，持股90%，剩余10%由其配偶杜婉清持有。"
            "王明轩这个名字，在业内并不陌生。2019年3月至2022年5月，他曾担任远帆支付有限公司董事长。")
    posts = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("王明轩", "远帆支付有限公司") in posts and ("杜婉清", "远帆支付有限公司") not in posts
