"""A company's founders as a numbered list under a lead line, each with its contribution and share
(extract.rules.contribution_lines), and the founded company that will be a subsidiary once it opens (corporate).
Text written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_MINUTES = ("蔚岭理财有限公司（筹建中，以下简称“公司”）于2023年11月18日召开首次股东会。\n"
            "会议听取筹建进展汇报。\n"
            "澧川金融监管分局已出具筹建批复，蔚岭理财有限公司拟定注册资本5亿元，股东及出资比例如下：\n"
            "1.曜澜汽车集团股份有限公司（以下简称“曜澜汽车”），认缴出资额为2.75亿元（占出资总额的55%）；\n"
            "2.鹤汀银行股份有限公司，认缴出资额为1.5亿元（占出资总额的30%）；\n"
            "3.东泽百货有限公司，认缴出资额为0.75亿元（占出资总额的15%）。\n"
            "公司成立后为曜澜汽车的控股子公司。\n")


def test_each_numbered_founder_holds_its_share_of_the_company_the_lead_line_is_about() -> None:
    facts = facts_of(_MINUTES)
    assert quals(facts, "曜澜汽车集团股份有限公司", "HOLDS_STAKE", "蔚岭理财有限公司")["percent"] == 55.0
    got = triples(facts, "HOLDS_STAKE")
    assert ("鹤汀银行股份有限公司", "HOLDS_STAKE", "蔚岭理财有限公司", 30.0) in got
    assert ("东泽百货有限公司", "HOLDS_STAKE", "蔚岭理财有限公司", 15.0) in got
    assert not any(o == "澧川金融监管分局" for _s, _p, o, _k in got)  # (the regulator that approved it holds nothing)


def test_a_list_ends_at_a_blank_line() -> None:
    text = _MINUTES.replace("2.鹤汀", "\n2.鹤汀")
    got = triples(facts_of(text), "HOLDS_STAKE")
    assert ("鹤汀银行股份有限公司", "HOLDS_STAKE", "蔚岭理财有限公司", 30.0) not in got


def test_the_company_being_founded_is_a_subsidiary_once_it_opens() -> None:
    assert quals(facts_of(_MINUTES), "蔚岭理财有限公司", "SUBSIDIARY_OF", "曜澜汽车集团股份有限公司")["kind"] == "subsidiary"
