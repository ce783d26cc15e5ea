"""A block sold is not the seller's whole holding when the list of holders after the deal gives it a remainder."""

from __future__ import annotations

from .helpers import facts_of


def test_a_remainder_in_the_list_of_holders_after_the_transfer_keeps_the_block_from_being_the_holding() -> None:
    text = ("据公司披露，汀岚酒店管理有限公司已于2021年12月将所持舟岭客运有限公司35%的股权转让给瓯北交投集团有限公司。"
            "交易完成后，柘湾商贸有限公司持股30%；"
            "苍岭汽车服务有限公司持股15%；"
            "瓯北交投集团有限公司持股35%；"
            "汀岚酒店管理有限公司持股20%。\n")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("汀岚酒店管理有限公司", 20.0) in got
    assert ("汀岚酒店管理有限公司", 35.0) not in got
