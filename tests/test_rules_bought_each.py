"""A purchase done, then told part by part: "B分别向S1收购x%股权，以及向S2收购其所持有的全部y%股权" after "B已完成收购T z%股权":
each part a sale of T by its seller to B; a seller who sold its whole holding held that share until then. Sentences
written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("港股上市的岭东数科（Lingdong Digital Group，09988.HK）宣布，已完成收购本地钱包业者星汇支付（StarRemit Payments Pte Ltd）"
         "70%股权。岭东数科分别向星汇创办人兼首席执行官邝立言收购45%股权，以及向兰亭资本有限公司收购其所持有的全部25%股权。")


def test_each_seller_of_a_deal_told_in_parts() -> None:
    facts = facts_of(_TEXT)
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
             for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert sales == {("邝立言", "星汇支付", "岭东数科", 45.0), ("兰亭资本有限公司", "星汇支付", "岭东数科", 25.0)}
    stakes = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    assert ("岭东数科", 70.0) in stakes and ("兰亭资本有限公司", 25.0) in stakes
    assert ("邝立言", 45.0) not in stakes  # (part of a holding sold: not all of it)


def test_parts_of_a_deal_only_planned_are_no_sales() -> None:
    planned = _TEXT.replace("已完成收购", "拟收购")
    assert not [f for f in facts_of(planned) if str(f.predicate) == "SOLD_STAKE"]
