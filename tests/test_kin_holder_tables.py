"""A table of the largest holders with a column of how they stand to one another: each row's share of the
reporting company, and a "name：该公司董事长" relation as a post (`extract.rules.kin_holder_tables`). Invented names."""

from __future__ import annotations

from tests.helpers import facts_of

_TABLE = """松岳金融控股股份有限公司
股東結構補充資料
基準日：114年3月31日　單位：股；%
姓名｜本人持有股份｜持股比率｜配偶持有股份｜前十大股東相互間之名稱及關係｜備註
松岳投資股份有限公司｜52,000,000｜6.10｜—｜岳明輝：該公司董事長；林采薇：該公司董事｜
岳明輝｜9,400,000｜1.10｜1,000,000／0.12｜松岳投資股份有限公司：該公司董事長；林采薇：配偶｜
林采薇｜3,100,000｜0.36｜—｜松岳投資股份有限公司：該公司董事；岳明輝：配偶｜
晴川實業有限公司｜2,500,000｜0.29｜—｜無｜
"""


def _triples() -> set[tuple[str, str, str, str]]:
    out = set()
    for f in facts_of(_TABLE, title="松岳金融控股股份有限公司一一三年度年報摘要"):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name, str(q.get("percent") or q.get("role"))))
    return out


def test_each_row_is_a_share_of_the_reporter() -> None:
    got = _triples()
    assert ("松岳投資股份有限公司", "HOLDS_STAKE", "松岳金融控股股份有限公司", "6.1") in got
    assert ("林采薇", "HOLDS_STAKE", "松岳金融控股股份有限公司", "0.36") in got
    assert ("晴川實業有限公司", "HOLDS_STAKE", "松岳金融控股股份有限公司", "0.29") in got


def test_a_relation_naming_a_post_is_that_post() -> None:
    got = _triples()
    assert ("岳明輝", "HOLDS_POSITION", "松岳投資股份有限公司", "chairman") in got
    assert ("林采薇", "HOLDS_POSITION", "松岳投資股份有限公司", "director") in got
    assert not any(s == "林采薇" and p == "HOLDS_POSITION" and o.startswith("松岳金融") for s, p, o, _r in got)
