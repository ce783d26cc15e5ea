"""A transfer registered, its taker named after it: "S所持T" + a share + "，已于D完成过户登记，受让方为B" — S sold B that
share of T, held it until then, and B holds it from that day. Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of


def test_a_registered_transfer_with_its_taker_named_after_it() -> None:
    text = ("记者获悉，浙江临岚控股集团有限公司（以下简称“临岚控股”）所持青岩信托有限责任公司（以下简称“青岩信托”）35.5%股权，"
            "已于6月3日完成过户登记，受让方为衢州国资运营有限公司（以下简称“衢州国资”）。")
    facts = facts_of(text, date="2025-06-05")
    got = {(f.subject.name, str(f.predicate), f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in facts}
    assert ("浙江临岚控股集团有限公司", "SOLD_STAKE", "衢州国资运营有限公司", 35.5) in got
    assert ("衢州国资运营有限公司", "HOLDS_STAKE", None, 35.5) in got
