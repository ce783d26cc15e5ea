"""Names a Chinese name's length rules cut or refuse: Burmese names whose Latin spelling in brackets counts their
letters, names in parts joined by a middle dot, a name after a Latin initial, and a long name of transliteration's
letters in an article that writes such names. Sentences written for these tests; the people and firms are invented."""

from __future__ import annotations

from extract.transliterated_names import burmese_people, dotted_people, initialled_people

from .helpers import posts
from .test_entities_recognition import inventory, names


def test_a_burmese_name_has_a_letter_for_each_syllable_in_its_bracket() -> None:
    text = ("在曼德勒举行的发布会上，伊江银行介绍了两位新任高管：杜丹丹温（Daw Than Than Win）将主管零售业务，"
            "吴拉敏貌（U Hla Min Maung）则负责风险管理。")
    assert [n for n, _at in burmese_people(text)] == ["杜丹丹温", "吴拉敏貌"]


def test_a_burmese_name_in_full_then_alone_is_one_person() -> None:
    text = "据缅甸媒体报道，吴丁昂瑞（U Tin Aung Swe）已获委任为德林达依银行行长。吴丁昂瑞上任后称将加快数字化。"
    assert names(inventory(text), "Person") == {"吴丁昂瑞"}
    assert ("吴丁昂瑞", "德林达依银行", "president") in posts(text)


def test_a_dotted_name_starts_and_ends_at_transliterations_letters() -> None:
    assert [n for n, _at in dotted_people("该基金由牧民出身的萨仁·图雅创立。")] == ["萨仁·图雅"]
    assert [n for n, _at in dotted_people("发言人戴维·布朗和李静回答了提问。")] == ["戴维·布朗"]
    assert [n for n, _at in dotted_people("副行长由毕力格·苏和担任。")] == ["毕力格·苏和"]
    assert dotted_people("展会在广东·深圳举办。") == []


def test_a_name_after_a_latin_initial() -> None:
    assert [n for n, _at in initialled_people("理事会推选G.额尔敦为下届主席。")] == ["G.额尔敦"]
    assert initialled_people("Dr.琼斯下周访华。") == []


def test_a_dotted_founders_last_part_alone_is_the_same_person() -> None:
    text = "草原乳业的创办人是阿古拉·宝力德。去年起，宝力德把日常经营交给职业经理人。"
    inv = inventory(text)
    assert [k for k in inv.entities if k.startswith("P:")] == ["P:阿古拉·宝力德"]
    assert inv.surface.get("宝力德") == inv.surface.get("阿古拉·宝力德")


def test_a_long_transliterated_name_after_a_title() -> None:
    text = "戈壁银行董事长为C.阿拉坦。2020年，副行长巴特尔朝鲁升任行长。"
    assert "巴特尔朝鲁" in names(inventory(text), "Person")


def test_a_latin_name_without_its_public_company_or_jsc_form_is_the_company() -> None:
    inv = inventory("伊江金狮银行（Golden Lion Bank Public Co., Ltd.）今年营收增长，金狮银行并宣布增设分行。"
                    "达尔汗商业银行（Darkhan Commercial Bank JSC）于2020年上市，达尔汗商业银行今年盈利翻倍。")
    assert {"Golden Lion Bank", "Darkhan Commercial Bank"} <= names(inv, "Company")
