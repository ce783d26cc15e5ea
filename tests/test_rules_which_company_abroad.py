"""A regulator's act on a firm's officers, and a merger's survivor named as such (sentences invented for these tests)."""

from tests.helpers import posts


def test_officer_a_regulator_removes_is_the_firms() -> None:
    text = ("嘉岳产物保险股份有限公司（嘉岳产险）清偿能力长期不足。"
            "台湾金管会于本月3日命其停止营业，同时解除董事长邓立谦及多名董事的职务。")
    found = posts(text)
    assert ("邓立谦", "嘉岳产物保险股份有限公司", "chairman") in found
    assert not any(c in ("台湾金管会", "金管会") for _p, c, _r in found)


def test_survivor_of_a_merger_named_before() -> None:
    text = ("丙丰商业银行股份有限公司（丙丰银行）公告，主管机关核准其子公司甲禾电子支付股份有限公司（甲禾电支）"
            "与乙川电子支付股份有限公司（乙川电支）合并，以甲禾电支为存续公司。合并后，存续公司董事长由丙丰银行协理范承宇担任。")
    assert ("范承宇", "甲禾电子支付股份有限公司", "chairman") in posts(text)
