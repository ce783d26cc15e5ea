"""Names a record writes in its own ways: a legislature's surname, title and given name ("X委员YY："), a
commission's head (主任委员) after its name, and a surname with an honorific after a succession verb, which is the
form of a person named in full, not a person of three letters. Sentences written for these tests; people invented."""

from __future__ import annotations

from extract.addressed_names import addressed_names
from extract.lexicon import get_lexicon

from .helpers import posts
from .test_entities_recognition import inventory


def _people(text: str) -> list[str]:
    return sorted(k for k in inventory(text).entities if k.startswith("P:"))


def test_a_records_surname_title_and_given_name_is_one_person() -> None:
    record = "主席：请邱委员德昌发言。\n邱委员德昌：谢谢主席。请问蔡部长。\n蔡部长仁杰：报告委员，本部将再检讨。\n邱委员德昌：好，谢谢。"
    names, forms = addressed_names(record, get_lexicon())
    assert set(names) == {"邱德昌", "蔡仁杰"}
    assert forms["邱委员"] == "邱德昌" and forms["蔡部长"] == "蔡仁杰"
    assert _people(record) == ["P:蔡仁杰", "P:邱德昌"]


def test_a_verb_after_surname_and_title_is_no_given_name() -> None:
    assert addressed_names("记者：请问。\n周董事长表示：明年将扩张。", get_lexicon())[0] == {}


def test_the_head_of_a_commission_after_its_name_and_not_a_board_committees() -> None:
    assert ("祁正伦", "金融监督管理委员会", "other") in posts("金融监督管理委员会主任委员祁正伦今日表示将检讨规定。")
    table = "北岭银行董事会下设三个专门委员会。\n董事｜战略委员会｜审计委员会\n庞志诚｜主任委员｜－\n鲍文清｜委员｜主任委员"
    assert not {p for p in posts(table) if p[2] == "other"}


def test_a_surname_and_honorific_after_a_succession_verb_is_the_defined_person() -> None:
    text = "北岭控股有限公司公告：邹立衡先生（「邹先生」）已退任独立非执行董事。自同日起，麦诗琪女士接替邹先生出任审核委员会主席。"
    assert _people(text) == ["P:邹立衡", "P:麦诗琪"]

