"""Founders and renames read in the twenty-third session: a founder described as an immigrant, a second clause
with 则由, a predecessor's founders told in a relative clause after 前身是/为/系 (an elder of the speaker's, or two
partners with a year and a place), and a former name alone in brackets on the line under the name now."""

from tests.helpers import facts_of, pairs


def _founded(text: str) -> dict[tuple[str, str], str | None]:
    return {(f.subject.name, f.object.name): f.qualifiers.get("date") for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


def test_immigrant_founders_and_a_second_clause_with_ze() -> None:
    text = "据行史记载，岚湾储蓄银行于1972年由温州移民顾承泽创立，而枫湾信贷银行则由马来西亚移民麦秀兰在1990年创办。"
    assert {("顾承泽", "岚湾储蓄银行"), ("麦秀兰", "枫湾信贷银行")} <= set(_founded(text))


def test_predecessor_founded_by_an_elder() -> None:
    text = "松竹典当的前身系其曾祖父汤立本1931年创办的松竹信贷有限公司。"
    assert _founded(text).get(("汤立本", "松竹信贷有限公司")) == "1931"


def test_predecessor_founded_by_two_partners_in_a_year_and_a_place() -> None:
    text = "鹭汀跨境目前在东南亚设有六个网点，前身系严子航和崔思琪2016年在吉隆坡合伙创办的鹭汀速汇有限公司，主要做汇款。"
    got = _founded(text)
    assert got.get(("严子航", "鹭汀速汇有限公司")) == "2016" and ("崔思琪", "鹭汀速汇有限公司") in got


def test_former_name_in_brackets_on_the_line_below() -> None:
    text = "通告\n桐岚租赁有限公司\n（原名桐岚融资服务有限公司）\n董事会谨此公布新办公地址如下：\n"
    assert ("桐岚融资服务有限公司", "桐岚租赁有限公司") in pairs(text, "RENAMED_TO")


def test_headline_short_name_is_the_group_not_its_arm() -> None:
    title = "悉尼华商创办的澄波金服周二挂牌上市"
    text = ("澄波环球金服（Chengbo Pay Group Ltd）周二在澳洲挂牌，首日开盘价1.2澳元。\n\n"
            "澄波的前身为澄波汇款有限公司（Chengbo Money Transfer Pty Ltd），2012年在悉尼开业，客户多为华人留学生。"
            "2022年9月，公司更名为澄波环球金服，同时引入两家基金。\n\n"
            "在亚洲，集团通过全资子公司澄波金服（香港）有限公司开展业务。")
    renamed = {(f.subject.name, f.object.name) for f in facts_of(text, title) if str(f.predicate) == "RENAMED_TO"}
    assert any(new == "澄波环球金服" for _old, new in renamed)
    assert not any("（香港）" in old + new for old, new in renamed)
