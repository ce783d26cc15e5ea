"""Founders and renames read in the twenty-third session: a founder described as an immigrant, a second clause
with 则由, a predecessor's founders told in a relative clause after 前身是/为 (an elder of the speaker's, or two
partners with a year and a place), and a former name alone in brackets on the line under the name now."""

from tests.helpers import facts_of, pairs


def _founded(text: str) -> dict[tuple[str, str], str | None]:
    return {(f.subject.name, f.object.name): f.qualifiers.get("date") for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


def test_immigrant_founders_and_a_second_clause_with_ze() -> None:
    text = "在加拿大，嘉岭银行由潮州移民黄启华于1968年在多伦多创办，华溪银行则由越南移民邓国栋于1985年在温哥华创立。"
    assert {("黄启华", "嘉岭银行"), ("邓国栋", "华溪银行")} <= set(_founded(text))


def test_predecessor_founded_by_an_elder() -> None:
    text = "据介绍，星河汇通前身系其外祖父冯永年于一九五五年创办的星河银号，后改组为银行。"
    assert _founded(text).get(("冯永年", "星河银号")) == "1955"


def test_predecessor_founded_by_two_partners_in_a_year_and_a_place() -> None:
    text = "据招股书，星河支付的前身是许嘉言与罗文斌2011年在新加坡牛车水创办的星河汇兑有限公司。"
    got = _founded(text)
    assert got.get(("许嘉言", "星河汇兑有限公司")) == "2011" and ("罗文斌", "星河汇兑有限公司") in got


def test_former_name_in_brackets_on_the_line_below() -> None:
    text = "热烈祝贺\n嘉和证券有限公司\n（前稱嘉和投資有限公司）\n喬遷之喜\n"
    assert ("嘉和投資有限公司", "嘉和证券有限公司") in pairs(text, "RENAMED_TO")


def test_headline_short_name_is_the_group_not_its_arm() -> None:
    title = "新加坡华人创办的星河支付登陆伦敦市场"
    text = ("星河环球支付（Xinghe Global Payments plc）今日在伦敦挂牌。\n\n星河的前身是许嘉言与罗文斌2011年在新加坡创办的"
            "星河汇兑有限公司（Xinghe Remit Ltd），最初服务留学生。为筹备上市，公司于2024年3月更名为星河环球支付。\n\n"
            "星河目前的全资子公司包括星河支付（香港）有限公司。")
    renamed = {(f.subject.name, f.object.name) for f in facts_of(text, title) if str(f.predicate) == "RENAMED_TO"}
    assert any(new == "星河环球支付" for _old, new in renamed)
    assert not any("（香港）" in old + new for old, new in renamed)

