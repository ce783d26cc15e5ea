"""Sales told by settling a debt with shares and by winning a listing at a property-rights exchange."""

from __future__ import annotations

from .helpers import facts_of


def _sales(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("amount"),
             f.qualifiers.get("date")) for f in facts_of(text, date="2024-12-02") if str(f.predicate) == "SOLD_STAKE"}


def test_shares_priced_to_settle_a_debt_are_sold_to_the_creditor_on_the_transfer_day() -> None:
    text = ("因未能按期归还到期贷款，筠屏智造科技股份有限公司（下称“筠屏智造”）第二大股东岑溪矿业投资有限公司"
            "（下称“岑溪矿业”）与债权人东岙信托有限责任公司（下称“东岙信托”）达成和解：岑溪矿业将其持有的筠屏智造"
            "8,400,000股（占总股本的4.20%）作价63,000,000元，抵偿其对东岙信托的部分债务。\n"
            "公司近日获悉，双方已于2024年10月15日完成上述股份的过户。\n")
    sales = {(*s[:2], s[2] in ("东岙信托有限责任公司", "东岙信托"), *s[3:]) for s in _sales(text)}
    assert ("岑溪矿业投资有限公司", "筠屏智造科技股份有限公司", True, 4.2, 63000000, "2024-10-15") in sales


def test_a_stake_listed_at_an_exchange_is_sold_to_whoever_takes_the_listing() -> None:
    text = ("作为低效资产清理的一部分，桉溪文化传媒有限公司将所持星埠影视制作有限公司25%股权通过当地产权交易机构挂牌转让，"
            "2023年3月由南明数字科技有限公司摘牌受让。\n")
    assert ("桉溪文化传媒有限公司", "星埠影视制作有限公司", "南明数字科技有限公司", 25.0, None, "2023-03") in _sales(text)
