"""A space-aligned table whose two 持股比例 columns each follow a column of the phase they are of (增资前…, 增资后…),
in a listed company's notice on a subsidiary's capital increase: the table is of the subsidiary (extract.rules.spaced_phases).
Text written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_NOTICE = ("鹤汀新材股份有限公司关于下属公司增资扩股完成的公告\n"
           "经董事会审议，东泽百货有限公司以现金2000万元对鹤汀膜材料科技有限公司进行增资。\n"
           "增资事项已于2024年9月办妥登记，鹤汀膜材料科技有限公司的注册资本从6000万元增加到8000万元。\n"
           "股东　　　　　　　　　　增资前认缴（万元）　持股比例　增资后认缴（万元）　持股比例\n"
           "鹤汀新材股份有限公司　　6000　　　　　　　100%　　　6000　　　　　　　75%\n"
           "东泽百货有限公司　　—　　　　　　　　—　　　　2000　　　　　　　25%\n"
           "合计　　　　　　　　　　6000　　　　　　　100%　　　8000　　　　　　　100%\n")


def test_the_share_before_the_increase_is_a_former_holding_of_the_subsidiary() -> None:
    facts = facts_of(_NOTICE)
    assert quals(facts, "鹤汀新材股份有限公司", "HOLDS_STAKE", "鹤汀膜材料科技有限公司", percent=100.0).get("former") is True
    assert quals(facts, "东泽百货有限公司", "HOLDS_STAKE", "鹤汀膜材料科技有限公司", percent=25.0)


def test_the_notices_company_holds_nothing_of_itself() -> None:
    facts = facts_of(_NOTICE)
    assert not any(str(f.predicate) == "HOLDS_STAKE" and f.object.name == "鹤汀新材股份有限公司" for f in facts)
