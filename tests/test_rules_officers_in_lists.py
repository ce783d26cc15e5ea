"""Officers named several before one title, again by a new title, at "该中心"; a listed parent's ranks after 其;
founders counted as two natural persons. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_several_names_before_one_title_after_a_clause_that_named_the_body() -> None:
    text = ("汀溪省银行业协会换届大会于6月下旬闭幕。经选举，邝敏任汀溪省银行业协会会长；"
            "尤嘉禾、沙晓、麦元朗任副会长。新任副会长沙晓，此前在汀溪农商银行担任风险总监。")
    fs = facts_of(text, date="2024-07-01")
    for name in ("尤嘉禾", "沙晓", "麦元朗"):
        assert quals(fs, name, "HOLDS_POSITION", "汀溪省银行业协会")["title"] == "副会长"
    assert not [f for f in fs if f.subject.name == "沙晓" and f.object.name != "汀溪省银行业协会"
                and f.qualifiers.get("title") == "副会长"]


def test_this_centre_is_the_centre_just_named() -> None:
    fs = facts_of("曾任汀湄期货首席风险官的卢屹川，今年2月转赴上海国际能源交易中心，并接任该中心总经理一职。", date="2024-06-01")
    assert quals(fs, "卢屹川", "HOLDS_POSITION", "上海国际能源交易中心")["role"] == "general_manager"


def test_its_controlling_holder_and_controller_are_the_listed_parents() -> None:
    text = ("桐兰科技股份公司（下称“桐兰科技”）旗下支付子公司的牌照日前获准续展。"
            "桐兰科技系A股上市企业，证券代码300877，其控股股东是桐兰投资集团，实际控制人是闻予安。")
    fs = facts_of(text, date="2025-01-10")
    assert quals(fs, "桐兰投资集团", "HOLDS_STAKE", "桐兰科技")["controlling"] is True
    assert quals(fs, "闻予安", "HOLDS_STAKE", "桐兰科技")["controlling"] is True
    assert not [f for f in fs if f.subject.name == "闻予安" and f.object.name == "桐兰投资集团"]


def test_founders_counted_as_two_natural_persons() -> None:
    fs = facts_of("青枞财富管理有限公司注册在鹿溪新区，2016年9月由庞啸、鲁一苇两位自然人共同出资设立，目前管理规模约40亿元。",
                  date="2025-01-10")
    assert quals(fs, "庞啸", "FOUNDED", "青枞财富管理有限公司")["date"] == "2016-09"
    assert quals(fs, "鲁一苇", "FOUNDED", "青枞财富管理有限公司")
