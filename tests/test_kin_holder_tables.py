"""A table of the largest holders with a column of how they stand to one another: each row's share of the
reporting company, and a "name：该公司董事长" relation as a post (`extract.rules.kin_holder_tables`). Invented names."""

from __future__ import annotations

from tests.helpers import facts_of

_TABLE = """琮翊金融控股股份有限公司
公開說明書（摘錄）
主要股東相互間關係（截至114年9月30日，單位：股；%）
戶名｜持有股數｜持股比例｜主要股東間之關係說明
柘峰實業有限公司｜18,760,000｜0.41｜無
鈞岱投資股份有限公司｜305,400,000｜7.25｜鄔筱蕾：該公司董事；鄔子衡：該公司董事長
鄔筱蕾｜12,050,000｜0.29｜鄔子衡：二親等；鈞岱投資股份有限公司：該公司董事
鄔子衡｜66,300,000｜1.57｜鄔筱蕾：二親等；鈞岱投資股份有限公司：該公司董事長
"""


def _triples() -> set[tuple[str, str, str, str]]:
    out = set()
    for f in facts_of(_TABLE, title="琮翊金融控股股份有限公司公開說明書（摘錄）"):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name, str(q.get("percent") or q.get("role"))))
    return out


def test_each_row_is_a_share_of_the_reporter() -> None:
    got = _triples()
    assert ("鈞岱投資股份有限公司", "HOLDS_STAKE", "琮翊金融控股股份有限公司", "7.25") in got
    assert ("鄔筱蕾", "HOLDS_STAKE", "琮翊金融控股股份有限公司", "0.29") in got
    assert ("柘峰實業有限公司", "HOLDS_STAKE", "琮翊金融控股股份有限公司", "0.41") in got


def test_a_relation_naming_a_post_is_that_post() -> None:
    got = _triples()
    assert ("鄔子衡", "HOLDS_POSITION", "鈞岱投資股份有限公司", "chairman") in got
    assert ("鄔筱蕾", "HOLDS_POSITION", "鈞岱投資股份有限公司", "director") in got
    assert not any(s == "鄔筱蕾" and p == "HOLDS_POSITION" and o.startswith("琮翊金融") for s, p, o, _r in got)
