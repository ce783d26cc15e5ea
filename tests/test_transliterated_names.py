"""Names a Chinese name's length rules cut or refuse: Burmese names whose Latin spelling in brackets counts their
letters, names in parts joined by a middle dot, a name after a Latin initial, and a long name of transliteration's
letters in an article that writes such names. Sentences written for these tests; the people and firms are invented."""

from __future__ import annotations

from extract.transliterated_names import burmese_people, dotted_people, initialled_people

from .helpers import posts
from .test_entities_recognition import inventory, names


def test_a_burmese_name_has_a_letter_for_each_syllable_in_its_bracket() -> None:
    text = "金塔银行宣布，吴登貌温（U Thein Maung Win）改任顾问，杜敏敏埃（Daw Myint Myint Aye）出任首席执行官。"
    assert [n for n, _at in burmese_people(text)] == ["吴登貌温", "杜敏敏埃"]


def test_a_burmese_deputy_named_in_full_then_alone_is_one_person() -> None:
    text = "伊洛银行本周改组管理层，吴梭觉敏（U Soe Kyaw Min）出任行长。吴梭觉敏表示将扩充网点。"
    assert names(inventory(text), "Person") == {"吴梭觉敏"}
    assert ("吴梭觉敏", "伊洛银行", "president") in posts(text)


def test_a_dotted_name_starts_and_ends_at_transliterations_letters() -> None:
    assert [n for n, _at in dotted_people("北原银行由企业家乌兰·其其格于2001年创办。")] == ["乌兰·其其格"]
    assert [n for n, _at in dotted_people("董事长约翰·史密斯和王强出席。")] == ["约翰·史密斯"]
    assert [n for n, _at in dotted_people("其子巴图·孟和担任行长。")] == ["巴图·孟和"]
    assert dotted_people("本届论坛在中国·上海举行。") == []


def test_a_name_after_a_latin_initial() -> None:
    assert [n for n, _at in initialled_people("现任行长为B.其木格，她曾在央行任职。")] == ["B.其木格"]
    assert initialled_people("Mr.史密斯昨日到访。") == []


def test_a_dotted_founders_last_part_alone_is_the_same_person() -> None:
    text = "草原银行由商人乌恩·达赖于1995年创立。达赖通过其全资拥有的金驼公司持有该行30%股份。"
    inv = inventory(text)
    assert [k for k in inv.entities if k.startswith("P:")] == ["P:乌恩·达赖"]
    assert inv.surface.get("达赖") == inv.surface.get("乌恩·达赖")


def test_a_long_transliterated_name_framed_by_a_succession() -> None:
    text = "北原银行现任行长为D.敖其尔，他于2021年接替退休的巴音巴雅尔出任行长。"
    assert "巴音巴雅尔" in names(inventory(text), "Person")



def test_a_latin_name_without_its_public_company_or_jsc_form_is_the_company() -> None:
    inv = inventory("北岭银行（Northridge Bank Public Co., Ltd.）去年获利增长，北岭银行并宣布派息。"
                    "南岭银行（Southridge Bank JSC）于2019年挂牌，南岭银行今年扩张。")
    assert {"Northridge Bank", "Southridge Bank"} <= names(inv, "Company")
