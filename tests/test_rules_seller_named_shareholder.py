""""B受让股东A所持C N%": A is C's holder selling to B, not B's shareholder; "X的股东A" still names X's holder
(sentences and names written for these tests)."""

from __future__ import annotations

from tests.helpers import facts_of


def _stakes(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text, title="公告", date="2022-05-01") if str(f.predicate) == "HOLDS_STAKE"}


def test_the_seller_named_shareholder_holds_the_company_sold_not_the_buyer() -> None:
    got = _stakes("截至目前，澄汀保理股份有限公司（下称公司）的控股股东为岚湾控股集团有限公司（下称岚湾控股）。"
                  "2023年9月，岚湾控股受让股东东岚创投有限公司所持公司6.2%股份，转让以协议方式进行。")
    assert ("东岚创投有限公司", "澄汀保理股份有限公司") in got
    assert ("东岚创投有限公司", "岚湾控股") not in got


def test_a_company_s_named_shareholder_is_still_its_holder() -> None:
    assert ("岚湾投资有限公司", "北屿数科有限公司") in _stakes("北屿数科有限公司的股东岚湾投资有限公司表示，将继续支持公司发展。")


def test_a_shareholder_s_shares_named_without_a_company_stay_with_the_company_before() -> None:
    assert ("岚湾投资有限公司", "北屿数科有限公司") in _stakes("北屿数科有限公司召开股东会，股东岚湾投资有限公司所持股份将全部参与表决。")
