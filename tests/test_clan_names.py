"""A family's own register: a genealogy's given names and 公, an obituary's 先严 and its heir by given name."""

from __future__ import annotations

from extract.clan_names import clan_people, clan_surname
from tests.helpers import facts_of, quals

_GENEALOGY_TITLE = "《婺源詹氏家谱》卷三·列传"
_GENEALOGY = (
    "詹氏家谱　卷三\n\n"
    "蔚然公传\n"
    "公讳蔚然，字子襄，婺源人。幼年随父贩茶，往来九江、汉口间。民国二十二年，公创办汉口裕丰保险股份有限公司并自任总经理，"
    "理赔守信，商旅多投保焉。\n\n"
    "蔚然公之次子景行，早岁负笈东瀛，学成归国。一九八五年景行于杭州创设明澜贸易有限公司，出任执行董事，后交族侄打理。\n"
)


def test_genealogy_names_get_the_clan_surname() -> None:
    assert clan_surname(_GENEALOGY, _GENEALOGY_TITLE) == "詹"
    names = {full: [f for f, _p in forms] for full, _at, forms in clan_people(_GENEALOGY, _GENEALOGY_TITLE)}
    assert "蔚然" in names["詹蔚然"] and "景行" in names["詹景行"]


def test_gong_is_the_man_whose_life_is_told() -> None:
    facts = facts_of(_GENEALOGY, _GENEALOGY_TITLE)
    assert quals(facts, "詹蔚然", "FOUNDED", "汉口裕丰保险股份有限公司")["date"] == "1933"
    assert quals(facts, "詹蔚然", "HOLDS_POSITION", "汉口裕丰保险股份有限公司")["role"] == "general_manager"


def test_descendant_by_given_name_founds_with_chuangshe() -> None:
    facts = facts_of(_GENEALOGY, _GENEALOGY_TITLE)
    quals(facts, "詹景行", "FOUNDED", "明澜贸易有限公司")
    assert quals(facts, "詹景行", "HOLDS_POSITION", "明澜贸易有限公司")["role"] == "executive_director"


_OBITUARY = (
    "讣　告\n\n"
    "先严苗公季衡先生，因病于二〇二四年八月十九日在上海逝世，享年八十有三。\n\n"
    "孝　子　苗立言　苗立行\n"
    "孝　女　苗若素\n\n"
    "先严生平：\n"
    "先严早年经营布匹生意，一九八三年在澳门创办恒裕信托有限公司，九十年代该公司更名为恒裕投资有限公司。"
    "先严担任董事长直至二〇一一年，次子立行接任董事长。先严退休后专心书画。\n"
)


def test_obituary_mourned_father_and_heir() -> None:
    facts = facts_of(_OBITUARY, "讣告　苗公季衡先生")
    assert quals(facts, "苗季衡", "FOUNDED", "恒裕信托有限公司")["date"] == "1983"
    assert quals(facts, "苗立行", "HOLDS_POSITION", "恒裕投资有限公司", role="chairman")["start"] == "2011"
    assert quals(facts, "苗立行", "SUCCEEDED", "苗季衡")["date"] == "2011"
