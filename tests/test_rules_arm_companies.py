"""A company's arm kept apart from the company it is named after, and its posts given to the arm
(sentences invented for these tests)."""

from tests.helpers import facts_of, inventory_of, quals


def test_licensee_defined_after_its_latin_name_is_not_the_group() -> None:
    # the lender and the holding company above it share a brand; the lender's short name follows its Latin name
    text = ("持有放債人牌照的汀澔信貸有限公司（Tinghao Credit Limited，「汀澔」）由汀澔控股有限公司（「汀澔控股」）全資擁有。"
            "汀澔上季批出私人貸款一千二百宗。")
    inv = inventory_of(text)
    holding, lender = inv.surface.get("汀澔控股有限公司"), inv.surface.get("汀澔信贷有限公司")
    assert holding and lender and holding != lender
    assert inv.surface.get("汀澔") == lender


def test_arm_in_china_with_its_own_short_name() -> None:
    text = ("总部在吉隆坡的星岸银行（Xingan Bank）10月13日发布消息称，经董事会决议，"
            "其于中国的全资子公司星岸银行（中国）股份有限公司（“星岸中国”）新任总裁由总行财富管理部总经理邵景川出任，任期三年。"
            "根据星岸中国的章程，其董事长由星岸银行首席营运官严慕华兼任。")
    facts = facts_of(text, date="2023-10-16")
    quals(facts, "星岸银行（中国）股份有限公司", "SUBSIDIARY_OF", "星岸银行", kind="wholly_owned")
    assert "start" in quals(facts, "邵景川", "HOLDS_POSITION", "星岸中国", role="president")
    quals(facts, "严慕华", "HOLDS_POSITION", "星岸中国", role="chairman")
    companies = {f.object.name for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") in ("president", "chairman")}
    assert "星岸银行" not in companies
