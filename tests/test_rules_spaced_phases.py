"""A space-aligned table whose two 持股比例 columns each follow a column of the phase they are of (增资前…, 增资后…),
in a listed company's notice on a subsidiary's capital increase: the table is of the subsidiary (extract.rules.spaced_phases)."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_NOTICE = ("青屿精工股份有限公司（以下简称“公司”）关于控股子公司增资扩股的进展公告\n"
           "公司董事会同意引入滨海产业基金有限公司对浙江青屿精密模具有限公司增资3亿元。\n"
           "本次增资完成后，浙江青屿精密模具有限公司注册资本由9亿元增至12亿元。\n"
           "股东名称　　　　　　　　增资前出资额（亿元）　持股比例　增资后出资额（亿元）　持股比例\n"
           "青屿精工股份有限公司　　9.00　　　　　　　　100%　　　9.00　　　　　　　　75%\n"
           "滨海产业基金有限公司　　—　　　　　　　　　—　　　　3.00　　　　　　　　25%\n"
           "合计　　　　　　　　　　9.00　　　　　　　　100%　　　12.00　　　　　　　100%\n")


def test_the_share_before_the_increase_is_a_former_holding_of_the_subsidiary() -> None:
    facts = facts_of(_NOTICE)
    assert quals(facts, "青屿精工股份有限公司", "HOLDS_STAKE", "浙江青屿精密模具有限公司", percent=100.0).get("former") is True
    assert quals(facts, "滨海产业基金有限公司", "HOLDS_STAKE", "浙江青屿精密模具有限公司", percent=25.0)


def test_the_notices_company_holds_nothing_of_itself() -> None:
    facts = facts_of(_NOTICE)
    assert not any(str(f.predicate) == "HOLDS_STAKE" and f.object.name == "青屿精工股份有限公司" for f in facts)
