"""Sales told by settling a debt with shares and by winning a listing at a property-rights exchange."""

from __future__ import annotations

from .helpers import facts_of


def _sales(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("amount"),
             f.qualifiers.get("date")) for f in facts_of(text, date="2024-12-02") if str(f.predicate) == "SOLD_STAKE"}


def test_shares_priced_to_settle_a_debt_are_sold_to_the_creditor_on_the_transfer_day() -> None:
    text = ("鹭岛精密机械股份有限公司（以下简称“公司”）股东厦门鹭岛实业集团有限公司（以下简称“鹭岛实业”）"
            "欠付福建闽海农村商业银行股份有限公司（以下简称“闽海农商行”）借款本息。根据双方协议，鹭岛实业拟以其所持有的公司"
            "15,000,000股股份（占公司总股本的7.50%）作价120,000,000元，用于抵偿其对闽海农商行的同等金额债务。\n"
            "2024年11月28日，上述股份在中国证券登记结算有限责任公司办理完毕过户登记手续。\n")
    sales = {(*s[:2], s[2] in ("福建闽海农村商业银行股份有限公司", "闽海农商行"), *s[3:]) for s in _sales(text)}
    assert ("厦门鹭岛实业集团有限公司", "鹭岛精密机械股份有限公司", True, 7.5, 120000000, "2024-11-28") in sales


def test_a_stake_listed_at_an_exchange_is_sold_to_whoever_takes_the_listing() -> None:
    text = ("去年以来，集团督促南屏投资管理有限公司将所持滨江典当有限责任公司40%股权于西南联合产权交易所挂牌转让，"
            "并于2024年7月由重庆嘉岭贸易有限公司摘牌受让。\n")
    assert ("南屏投资管理有限公司", "滨江典当有限责任公司", "重庆嘉岭贸易有限公司", 40.0, None, "2024-07") in _sales(text)
