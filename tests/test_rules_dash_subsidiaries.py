"""Subsidiaries named after a dash, a line of business before 子公司 that names no company, and the clauses
after the dashed name. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def test_a_line_of_business_then_a_dash_names_the_subsidiary() -> None:
    text = ("据工商信息，青峦证券资产管理子公司——青峦资管有限公司于3月2日设立，注册资本5亿元，青峦证券持股100%，"
            "法定代表人为顾明哲；创业投资子公司——青峦创投有限公司于3月9日设立，同样由青峦证券全资持有，法定代表人为韩素梅。")
    fs = facts_of(text, date="2025-04-01")
    assert quals(fs, "青峦资管有限公司", "SUBSIDIARY_OF", "青峦证券")["kind"] == "wholly_owned"
    assert quals(fs, "青峦创投有限公司", "SUBSIDIARY_OF", "青峦证券")["kind"] == "wholly_owned"
    assert quals(fs, "青峦证券", "HOLDS_STAKE", "青峦创投有限公司")["percent"] == 100.0
    posts = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert ("顾明哲", "青峦资管有限公司") in posts and ("韩素梅", "青峦创投有限公司") in posts
    assert not any(f.object.name == "青峦证券" for f in fs if str(f.predicate) == "HOLDS_POSITION")


def test_the_line_of_business_is_no_company() -> None:
    fs = facts_of("获批后，白沙证券的另类投资子公司和私募股权基金子公司将于年内设立。", date="2025-04-01")
    names = {f.subject.name for f in fs} | {f.object.name for f in fs}
    assert "另类投资" not in names and "私募股权基金" not in names


def test_dashed_items_under_a_lead_that_counts_subsidiaries() -> None:
    text = ("此外，丰禾交易所旗下两家全资子公司的管理层也有调整：\n"
            "——丰禾信息技术有限公司：董事长由丰禾交易所副总经理白景明兼任，总经理为孔令晨；\n"
            "——丰禾仓储服务有限公司：执行董事由丰禾交易所总监曹亦凡兼任。")
    got = pairs(text, "SUBSIDIARY_OF")
    assert ("丰禾信息技术有限公司", "丰禾交易所") in got and ("丰禾仓储服务有限公司", "丰禾交易所") in got
