"""A résumé written as labelled fields under a head line (a recruitment notice's candidates): on texts written for
these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_NOTICE = ("青岚银行股份有限公司关于总行部门负责人竞聘结果的公示\n\n"
           "1. 闵书航，男，1980年5月出生，经济学硕士。\n"
           "现任职务：白鹭消费金融有限公司总经理\n"
           "工作经历：2008.07—2015.06 青岚证券股份有限公司投资银行部副总经理；2015.06—2020.12 青岚证券股份有限公司首席财务官；"
           "2021.01至今 白鹭消费金融有限公司总经理（2022.05起兼任董事）。\n\n"
           "2. 郜雨桐，女，1985年9月出生，管理学博士。\n"
           "现任职务：青岚银行股份有限公司首席信息官\n")


def test_the_current_posts_field_gives_the_head_lines_person_the_posts() -> None:
    got = triples(facts_of(_NOTICE))
    assert ("闵书航", "HOLDS_POSITION", "白鹭消费金融有限公司", "general_manager") in got
    assert ("郜雨桐", "HOLDS_POSITION", "青岚银行股份有限公司", "other") in got or (
        "郜雨桐", "HOLDS_POSITION", "青岚银行股份有限公司", "cio") in got


def test_a_career_fields_items_give_each_post_over_its_span() -> None:
    fs = facts_of(_NOTICE)
    q = quals(fs, "闵书航", "HOLDS_POSITION", "青岚证券股份有限公司", role="cfo")
    assert (q["start"], q["end"]) == ("2015-06", "2020-12")
    assert quals(fs, "闵书航", "HOLDS_POSITION", "白鹭消费金融有限公司", role="director")["start"] == "2022-05"
