"""其 in parallel clauses of holders: each 其 is the company the first one refers to, not the holder before."""

from __future__ import annotations

from .helpers import facts_of


def test_the_second_holder_s_qi_is_the_same_company_as_the_first_s() -> None:
    text = ("据招股书披露，橙屿新能源汽车服务有限公司设立至今股东未变，"
            "泊川电池材料有限公司持有其52%的股份，岚港物流有限公司持有其48%的股份。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text)
           if str(f.predicate) == "HOLDS_STAKE"}
    assert ("岚港物流有限公司", "橙屿新能源汽车服务有限公司", 48.0) in got
    assert ("岚港物流有限公司", "泊川电池材料有限公司", 48.0) not in got
