"""A capital increase's holder list after a sentence that introduced one of the
holders as a 原股东 (`rules.said_holders`), and a newspaper's masthead named
after a broker (`companies._MASTHEAD`): the holdings are of the company whose
capital grew, or the company the story is about."""

from __future__ import annotations

from tests.helpers import facts_of

_INCREASE = (
    "巢湖消费金融股份有限公司（下称“巢湖消金”）的增资方案近日获批，注册资本由12亿元扩充到30亿元。\n\n"
    "新增股份中，合肥澄湾数码有限公司（下称“澄湾数码”）以新股东身份拿下4.2亿股，皖东银行股份有限公司（下称“皖东银行”）拿下6.3亿股。"
    "芜湖恒通实业有限公司（下称“恒通实业”）作为原股东此次未出资。\n\n"
    "增资完成后，皖东银行持股比例保持在52%，仍为巢湖消金控股股东；澄湾数码持股24%；恒通实业持股比例由33%降至12%。"
)


def _stakes(text: str, title: str = "") -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, title) if str(f.predicate) == "HOLDS_STAKE"}


def test_holder_list_after_capital_increase_is_of_the_company_increased() -> None:
    got = _stakes(_INCREASE, "巢湖消金增资获批")
    assert ("皖东银行", "巢湖消金", 52.0) in got
    assert ("澄湾数码", "巢湖消金", 24.0) in got
    assert ("芜湖恒通实业有限公司", "巢湖消金", 12.0) in got
    assert not any(obj in ("芜湖恒通实业有限公司", "皖东银行") for _s, obj, _p in got)


_MASTHEAD = (
    "上海证券报·中国证券网讯（记者 韩露）杭州澜启微电子股份有限公司（下称“澜启微电子”）科创板首发申请3月28日过会。\n\n"
    "招股书显示，澜启微电子2016年设立于杭州，董事长罗振庭是创始人之一。\n\n"
    "发行前，罗振庭持有公司35.6%的股份，是控股股东；另一创始人许安持股7.9%。"
)


def test_broker_named_newspaper_is_no_company() -> None:
    held = {obj for _s, obj, _p in _stakes(_MASTHEAD, "澜启微电子科创板IPO过会")}
    assert held == {"杭州澜启微电子股份有限公司"}


def test_controlling_rights_after_a_short_name_are_no_holding_company() -> None:
    text = ("滇中投资集团有限公司（以下简称“滇中投资”）取得北溪信托有限责任公司（以下简称“北溪信托”）的控股权一事获监管批准。"
            "经此变动，北溪信托控股权归属滇中投资，实际控制人为云岭市国资委。")
    held = {obj for _s, obj, _p in _stakes(text, "北溪信托控股权易手")}
    assert held == {"北溪信托"}


def test_founders_with_a_long_place_before_the_verb() -> None:
    text = "杭州澜启微电子股份有限公司成立于2016年，由罗振庭与许安在杭州滨江高新技术产业开发区共同创立，主营射频芯片。"
    got = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert got == {("罗振庭", "杭州澜启微电子股份有限公司"), ("许安", "杭州澜启微电子股份有限公司")}


def test_trader_before_the_founder_name() -> None:
    text = "2003年，宁波商人葛青山创办了海曙远帆贸易有限公司，最初从事纺织品出口。"
    got = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert got == {("葛青山", "海曙远帆贸易有限公司")}
