"""Officers named several before one title, again by a new title, at "该中心"; a listed parent's ranks after 其;
founders counted as two natural persons. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_several_names_before_one_title_after_a_clause_that_named_the_body() -> None:
    text = ("南岭省人民政府网站公布：蒋文澜任南岭省地方金融管理局局长；"
            "邹怀瑾、柏晓岚、韦嘉铭任副局长。新任副局长柏晓岚此前任南岭省农信联社副主任。")
    fs = facts_of(text, date="2024-07-01")
    for name in ("邹怀瑾", "柏晓岚", "韦嘉铭"):
        assert quals(fs, name, "HOLDS_POSITION", "南岭省地方金融管理局")["title"] == "副局长"
    assert not [f for f in fs if f.subject.name == "柏晓岚" and f.object.name != "南岭省地方金融管理局"
                and f.qualifiers.get("title") == "副局长"]


def test_this_centre_is_the_centre_just_named() -> None:
    fs = facts_of("大商所原副总经理石崇文已于今年3月调任中国期货市场监控中心，出任该中心总经理。", date="2024-06-01")
    assert quals(fs, "石崇文", "HOLDS_POSITION", "中国期货市场监控中心")["role"] == "general_manager"


def test_its_controlling_holder_and_controller_are_the_listed_parents() -> None:
    text = ("北辰数科股份有限公司（以下简称“北辰数科”）控股子公司取得牌照。"
            "北辰数科为深交所上市公司，股票代码002999，其控股股东为北辰控股集团有限公司，实际控制人为邬承泽。")
    fs = facts_of(text, date="2025-01-10")
    assert quals(fs, "北辰控股集团有限公司", "HOLDS_STAKE", "北辰数科")["controlling"] is True
    assert quals(fs, "邬承泽", "HOLDS_STAKE", "北辰数科")["controlling"] is True
    assert not [f for f in fs if f.subject.name == "邬承泽" and f.object.name == "北辰控股集团有限公司"]


def test_founders_counted_as_two_natural_persons() -> None:
    fs = facts_of("澄川基金管理有限公司于2018年3月获批设立，注册资本2亿元，由祁远山、甘若溪两位自然人发起设立。", date="2025-01-10")
    assert quals(fs, "祁远山", "FOUNDED", "澄川基金管理有限公司")["date"] == "2018-03"
    assert quals(fs, "甘若溪", "FOUNDED", "澄川基金管理有限公司")
