""""S将所持T全部N%股份转让给B": 全部 (the whole) before the figure is a sale of the whole holding, a cause clause
between the seller and 将 or not (sentences and names written for these tests)."""

from __future__ import annotations

from tests.helpers import facts_of


def _sales(text: str) -> set[tuple[str, str, str, float | None]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("buyer")), f.qualifiers.get("percent"))
            for f in facts_of(text, title="股权变动", date="2024-07-22") if str(f.predicate) == "SOLD_STAKE"}


def test_the_whole_named_before_its_figure_is_a_sale() -> None:
    assert _sales("2023年3月，东岚数码有限责任公司将所持北屿消费金融有限公司全部8.6%股权协议转让给南屿资本管理有限公司。") == {
        ("东岚数码有限责任公司", "北屿消费金融有限公司", "南屿资本管理有限公司", 8.6)}


def test_a_cause_between_the_seller_and_its_verb() -> None:
    assert _sales("次年，东岚数码有限责任公司由于战略调整，将所持北屿消费金融有限公司全部8.6%的股份转让给南屿资本管理有限公司。") == {
        ("东岚数码有限责任公司", "北屿消费金融有限公司", "南屿资本管理有限公司", 8.6)}


def test_a_holding_told_before_a_sale_of_the_whole_is_over() -> None:
    facts = facts_of("北屿银行股份有限公司于2018年开业，东岚数码有限责任公司持股15%。2021年增资后，其持股比例摊薄至10%。"
                     "2022年，东岚数码有限责任公司将所持北屿银行股份有限公司全部10%股份转让给南屿资本管理有限公司。",
                     title="股权变动", date="2024-07-22")
    held = [f.qualifiers for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "东岚数码有限责任公司"
            and f.qualifiers.get("percent") == 15.0]
    assert held and all(q.get("former") for q in held)
