"""其 in parallel clauses of holders: each 其 is the company the first one refers to, not the holder before."""

from __future__ import annotations

from .helpers import facts_of


def test_the_second_holder_s_qi_is_the_same_company_as_the_first_s() -> None:
    text = ("2024年6月，枫林数据服务有限公司完成增资扩股，鹿角山科技股份有限公司持有其60%的股份，"
            "澄湖创业投资有限公司持有其40%的股份。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text)
           if str(f.predicate) == "HOLDS_STAKE"}
    assert ("澄湖创业投资有限公司", "枫林数据服务有限公司", 40.0) in got
    assert ("澄湖创业投资有限公司", "鹿角山科技股份有限公司", 40.0) not in got
