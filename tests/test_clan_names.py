"""A family's own register: a genealogy's given names and 公, an obituary's 先严 and its heir by given name."""

from __future__ import annotations

from extract.clan_names import clan_people, clan_surname
from tests.helpers import facts_of, quals

_GENEALOGY_TITLE = "《江阴龚氏宗谱》卷五·列传"
_GENEALOGY = (
    "龚氏宗谱　卷五\n\n"
    "翰卿公传\n"
    "公讳翰卿，号梅溪，江阴人。少时习商于无锡。民国十九年，公集资于苏州创办瑞泰商业银行，自任总经理，以放款谨慎闻名。"
    "后银行并入他行，公归隐田园。\n\n"
    "翰卿公之子守仁，一九三二年生。守仁中年后创设常州泰和实业有限公司，任执行董事。\n"
)


def test_genealogy_names_get_the_clan_surname() -> None:
    assert clan_surname(_GENEALOGY, _GENEALOGY_TITLE) == "龚"
    names = {full: [f for f, _p in forms] for full, _at, forms in clan_people(_GENEALOGY, _GENEALOGY_TITLE)}
    assert "翰卿" in names["龚翰卿"] and "守仁" in names["龚守仁"]


def test_gong_is_the_man_whose_life_is_told() -> None:
    facts = facts_of(_GENEALOGY, _GENEALOGY_TITLE)
    assert quals(facts, "龚翰卿", "FOUNDED", "瑞泰商业银行")["date"] == "1930"
    assert quals(facts, "龚翰卿", "HOLDS_POSITION", "瑞泰商业银行")["role"] == "general_manager"


def test_descendant_by_given_name_founds_with_chuangshe() -> None:
    facts = facts_of(_GENEALOGY, _GENEALOGY_TITLE)
    quals(facts, "龚守仁", "FOUNDED", "常州泰和实业有限公司")
    assert quals(facts, "龚守仁", "HOLDS_POSITION", "常州泰和实业有限公司")["role"] == "executive_director"


_OBITUARY = (
    "讣　告\n\n"
    "先严甘公伯钧博士，于二〇二五年三月一日在寓所辞世，享寿八十有六。\n\n"
    "孝　子　甘启明　甘启亮\n"
    "孝　女　甘慧中\n\n"
    "先严生平：\n"
    "先严一九七零年于香港创办永丰财务有限公司，其后该公司改名为永丰信贷有限公司。先严任主席至二〇〇八年，"
    "长子启明接任主席至今。先严晚年仍常到行中走动。\n"
)


def test_obituary_mourned_father_and_heir() -> None:
    facts = facts_of(_OBITUARY, "讣告　甘公伯钧博士")
    assert quals(facts, "甘伯钧", "FOUNDED", "永丰财务有限公司")["date"] == "1970"
    assert quals(facts, "甘启明", "HOLDS_POSITION", "永丰信贷有限公司", role="chairman")["start"] == "2008"
    assert quals(facts, "甘启明", "SUCCEEDED", "甘伯钧")["date"] == "2008"
