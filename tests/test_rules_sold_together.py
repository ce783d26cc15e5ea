"""Sellers named together after their stakes were told, on sentences written for these tests (not gold text):
a list of sellers ("A、B及员工持股平台均将各自所持股权全数转让给X") or a count ("上述两家股东已把所持股份悉数出让予X") sells
the stakes the sentence before gave each; a seat given up ("退出了公司的董事会") is no sale."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_list_of_sellers_sells_the_stakes_told_before() -> None:
    text = ("澄明生物科技有限公司（澄明生物）周三公告，对禾川医疗科技有限公司（禾川医疗）的收购已于11月20日完成，后者是杭州一家骨科耗材商。"
            "此前，汪若岚持有禾川医疗55%股权，邵聿恒持有33%，其余股份归员工持股平台所有。"
            "汪若岚、邵聿恒及员工持股平台均将各自所持股权全数转让给澄明生物。")
    facts = facts_of(text, date="2021-11-24")
    q = quals(facts, "汪若岚", "SOLD_STAKE", "禾川医疗科技有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("澄明生物科技有限公司", 55.0, "2021-11-20")
    assert quals(facts, "邵聿恒", "SOLD_STAKE", "禾川医疗科技有限公司")["percent"] == 33.0


def test_a_count_of_sellers_sells_the_stakes_told_before() -> None:
    text = ("年报显示，远岫创投持有楠星物流60%股权，鹤汀实业持有40%。"
            "上述两家股东已把所持股份悉数出让予瑞禾集团。")
    facts = facts_of(text, date="2020-04-15")
    assert quals(facts, "远岫创投", "SOLD_STAKE", "楠星物流")["percent"] == 60.0
    assert quals(facts, "鹤汀实业", "SOLD_STAKE", "楠星物流")["buyer"] == "瑞禾集团"


def test_leaving_a_board_is_no_sale() -> None:
    text = "楠星物流有限公司本周换了一批高管，创办人之一贝知远退出了公司的董事会，今后专心打理家族慈善基金。"
    assert not [f for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"]
