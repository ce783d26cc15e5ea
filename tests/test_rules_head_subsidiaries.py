"""A clause that opens with 子公司 and no parent: the subsidiary of the company the text is about; and a legal name
that holds a known company's name before its own words is one name."""

from tests.helpers import facts_of, pairs


def test_clause_opening_with_subsidiary_is_the_focus_company_s() -> None:
    text = ("平安银行公布年度业绩。在海外市场方面，我们的业务增长较快；"
            "子公司平安银行数据服务（香港）有限公司于本年取得牌照。")
    assert ("平安银行数据服务（香港）有限公司", "平安银行") in pairs(text, "SUBSIDIARY_OF")


def test_wholly_owned_kind_is_kept() -> None:
    text = "招商银行发布年报。本年零售业务稳步增长；全资子公司招商银行科技服务有限公司已完成注册。"
    facts = [f for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"]
    assert [(f.subject.name, f.object.name, f.qualifiers.get("kind")) for f in facts] == [
        ("招商银行科技服务有限公司", "招商银行", "wholly_owned")]


def test_legal_name_holding_a_known_name_and_a_trade_word_is_one_company() -> None:
    names = {f.subject.name for f in facts_of("平安银行称，子公司平安银行征信服务（香港）有限公司已正式开业。")}
    assert "平安银行征信服务（香港）有限公司" in names
    assert "征信服务（香港）有限公司" not in names


