"""A transfer registered, its taker named after it: "S所持T" + a share, then the registration done on a day D
("完成过户登记" or its variants) and only then the taker ("受让方为B", "受让人为B") — S sold B that
share of T, held it until then, and B holds it from that day. Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of


def test_a_registered_transfer_with_its_taker_named_after_it() -> None:
    text = ("另据公告，浙江临岚实业有限公司所持有的青岩信托有限责任公司12.8%的股份，"
            "已于9月17日完成过户登记，受让人为衢州国资运营有限公司。")
    facts = facts_of(text, date="2025-09-20")
    got = {(f.subject.name, str(f.predicate), f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in facts}
    assert ("浙江临岚实业有限公司", "SOLD_STAKE", "衢州国资运营有限公司", 12.8) in got
    assert ("衢州国资运营有限公司", "HOLDS_STAKE", None, 12.8) in got
