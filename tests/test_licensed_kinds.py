"""A brand before the kind of a licensed institution is a name though the brand be a common word
(extract.licensed_kinds), and a title before a list of names makes each of them a person
(extract.rules.title_before_name). Names made up for these tests."""

from __future__ import annotations

from extract.companies import find_companies
from extract.lexicon import get_lexicon
from extract.licensed_kinds import licensed_kind_prefix
from extract.mention_records import Inventory
from tests.helpers import posts


def test_common_word_brand_before_a_licensed_kind_is_a_company() -> None:
    got = posts("孟庆东此前担任光明城市信用合作社主任。")
    assert ("孟庆东", "光明城市信用合作社", "other") in got or any(c == "光明城市信用合作社" for _p, c, _r in got)


def _companies(text: str) -> list[str]:
    inv = Inventory()
    find_companies(inv, text, get_lexicon(), lambda a, b: text[a:b])
    return [e.name for e in inv.entities.values()]


def test_split_brand_before_consumer_finance_is_a_company() -> None:
    assert _companies("他2016年离开后去了春风消费金融，先做风控。") == ["春风消费金融"]
    assert _companies("他后来去了光明农村商业银行。") == ["光明农村商业银行"]
    assert _companies("他在个人消费金融领域深耕多年。") == []


def test_a_verb_a_frequent_noun_or_a_modifier_before_the_kind_is_no_name() -> None:
    assert licensed_kind_prefix("光明", "城市信用合作社")
    assert licensed_kind_prefix("光明农村商业", "银行")
    for prefix, kind in (("发展", "消费金融"), ("个人", "消费金融"), ("持牌", "消费金融"), ("规范", "消费金融"),
                         ("我国", "城市信用合作社"), ("当地农村商业", "银行"), ("光明", "银行")):
        assert not licensed_kind_prefix(prefix, kind), prefix + kind


def test_a_title_before_a_list_carries_to_its_second_name() -> None:
    got = posts("青禾理财董事长由宋立新担任，副总经理陈婷、周五明同时到任。")
    assert ("周五明", "青禾理财", "deputy_general_manager") in got
    assert ("陈婷", "青禾理财", "deputy_general_manager") in got
