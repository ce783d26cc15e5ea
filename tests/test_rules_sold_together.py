"""Sellers named together after their stakes were told, on sentences written for these tests (not gold text):
a list of sellers ("A、B及员工股东均把各自持有的股权一并转让予X") or a count ("这两家股东均将各自所持股权出售给X") sells the
stakes the sentence before gave each; a seat given up ("退出了公司的董事会") is no sale."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_list_of_sellers_sells_the_stakes_told_before() -> None:
    text = ("西岸信托有限公司（西岸信托）宣布收购温哥华的枫湾融资有限公司，交易已于3月8日完成。"
            "枫湾融资由罗世英与程嘉朗在2009年合伙创办。易主之前，罗世英持有枫湾融资62%股权，程嘉朗持有28%，余下股份由员工持有。"
            "按照买卖协议，罗世英、程嘉朗及员工股东均把各自持有的股权一并转让予西岸信托。")
    facts = facts_of(text, date="2023-03-10")
    q = quals(facts, "罗世英", "SOLD_STAKE", "枫湾融资有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("西岸信托有限公司", 62.0, "2023-03-08")
    assert quals(facts, "程嘉朗", "SOLD_STAKE", "枫湾融资有限公司")["percent"] == 28.0


def test_a_count_of_sellers_sells_the_stakes_told_before() -> None:
    text = ("据工商资料，收购前南溪资本持有青禾小贷70%股份，北原投资则持有30%。"
            "这两家股东均将各自所持股权出售给丰茂集团。")
    facts = facts_of(text, date="2022-07-01")
    assert quals(facts, "南溪资本", "SOLD_STAKE", "青禾小贷")["percent"] == 70.0
    assert quals(facts, "北原投资", "SOLD_STAKE", "青禾小贷")["buyer"] == "丰茂集团"


def test_leaving_a_board_is_no_sale() -> None:
    text = "枫湾融资有限公司近日更换管理团队：行政总裁罗世英改任顾问，联合创办人程嘉朗也退出了公司的董事会。"
    assert not [f for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"]
