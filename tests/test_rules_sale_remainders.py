"""A block sold is not the seller's whole holding when the list of holders after the deal gives it a remainder."""

from __future__ import annotations

from .helpers import facts_of


def test_a_remainder_in_the_list_of_holders_after_the_transfer_keeps_the_block_from_being_the_holding() -> None:
    text = ("2023年9月，宁川置业集团有限公司把其所持青枫金融租赁有限公司40%股权转让给了衢江国有资产经营有限公司。"
            "转让完成后，衢江国有资产经营有限公司持股40%，成为第一大股东；"
            "松阳能源投资有限公司持股25%；"
            "南溪纺织有限公司持股20%；"
            "宁川置业集团有限公司持股15%。\n")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("宁川置业集团有限公司", 15.0) in got
    assert ("宁川置业集团有限公司", 40.0) not in got
