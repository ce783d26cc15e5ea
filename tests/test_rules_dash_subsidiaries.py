"""Subsidiaries named after a dash, a line of business before 子公司 that names no company, and the clauses
after the dashed name. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def test_a_line_of_business_then_a_dash_names_the_subsidiary() -> None:
    text = ("据企业登记信息，鹤汀证券财富管理子公司——鹤汀财富管理有限公司5月14日获准登记，注册资本3亿元，"
            "法定代表人是邝书远，鹤汀证券持有其100%股权；跨境业务子公司——鹤汀跨境资本有限公司稍晚于5月27日完成登记，"
            "亦由鹤汀证券全资控股，晏秋池出任法定代表人。")
    fs = facts_of(text, date="2025-06-10")
    assert quals(fs, "鹤汀财富管理有限公司", "SUBSIDIARY_OF", "鹤汀证券")["kind"] == "wholly_owned"
    assert quals(fs, "鹤汀跨境资本有限公司", "SUBSIDIARY_OF", "鹤汀证券")["kind"] == "wholly_owned"
    assert quals(fs, "鹤汀证券", "HOLDS_STAKE", "鹤汀跨境资本有限公司")["percent"] == 100.0
    posts = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert ("邝书远", "鹤汀财富管理有限公司") in posts and ("晏秋池", "鹤汀跨境资本有限公司") in posts
    assert not any(f.object.name == "鹤汀证券" for f in fs if str(f.predicate) == "HOLDS_POSITION")


def test_the_line_of_business_is_no_company() -> None:
    fs = facts_of("澄岭证券新设另类投资子公司，由副总裁邝立言兼任董事长。", date="2025-06-10")
    names = {f.subject.name for f in fs} | {f.object.name for f in fs}
    assert "邝立言" in names  # (the sentence is read: its post is found)
    assert "另类投资" not in names


def test_dashed_items_under_a_lead_that_counts_subsidiaries() -> None:
    text = ("与此同时，岚屿期货下属两家子公司的人事安排亦已明确：\n"
            "——岚屿风险管理有限公司：由岚屿期货首席风险官卓望秋兼任董事长；\n"
            "——岚屿期现服务有限公司：总经理由岚屿期货副总裁房逸之兼任。")
    got = pairs(text, "SUBSIDIARY_OF")
    assert ("岚屿风险管理有限公司", "岚屿期货") in got and ("岚屿期现服务有限公司", "岚屿期货") in got


def test_own_firm_of_a_kind_named_after_a_dash() -> None:
    text = "恒丰数科宣布，王宏达将被任命为公司在新加坡的数字银行——北林数字银行的执行董事。"
    assert ("北林数字银行", "恒丰数科") in pairs(text, "SUBSIDIARY_OF")


def test_partner_bank_after_a_dash_is_no_subsidiary() -> None:
    assert not pairs("恒丰数科的合作银行——北林银行表示支持。", "SUBSIDIARY_OF")
