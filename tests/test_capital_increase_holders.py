"""A capital increase's holder list after a sentence that introduced one of the
holders as a 原股东 (`rules.said_holders`), and a newspaper's masthead named
after a broker (`companies._MASTHEAD`): the holdings are of the company whose
capital grew, or the company the story is about."""

from __future__ import annotations

from tests.helpers import facts_of

_INCREASE = (
    "经监管核准，江淮消费金融股份有限公司（以下简称“江淮消金”）注册资本增至20亿元。\n\n"
    "其中，皖东银行股份有限公司（以下简称“皖东银行”）认购5亿股；新股东合肥瀚海科技有限公司（以下简称“瀚海科技”）认购3亿股。"
    "芜湖恒通实业有限公司（以下简称“恒通实业”）作为原股东放弃认购。\n\n"
    "本轮增资落地后，皖东银行持股比例维持51%，依旧是江淮消金的控股股东；瀚海科技持股20%；恒通实业持股比例从29%下降到15%。"
)


def _stakes(text: str, title: str = "") -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, title) if str(f.predicate) == "HOLDS_STAKE"}


def test_holder_list_after_capital_increase_is_of_the_company_increased() -> None:
    got = _stakes(_INCREASE, "江淮消金注册资本翻倍")
    assert ("皖东银行", "江淮消金", 51.0) in got
    assert ("瀚海科技", "江淮消金", 20.0) in got
    assert ("芜湖恒通实业有限公司", "江淮消金", 15.0) in got
    assert not any(obj in ("芜湖恒通实业有限公司", "皖东银行") for _s, obj, _p in got)


_MASTHEAD = (
    "上海证券报·中国证券网讯（记者 林一）8月12日，杭州澜启微电子股份有限公司（以下简称“澜启微电子”）在上海证券交易所科创板上市。\n\n"
    "澜启微电子成立于2016年，由罗振庭与许安在杭州共同创立。罗振庭现任公司董事长。\n\n"
    "本次发行后，罗振庭直接持有公司31.2%的股份，为公司控股股东。此外，许安发行后持股6.8%。"
)


def test_broker_named_newspaper_is_no_company() -> None:
    held = {obj for _s, obj, _p in _stakes(_MASTHEAD, "澜启微电子登陆科创板")}
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
