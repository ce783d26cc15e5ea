"""A child described as a subsidiary of a parent listed somewhere: "A为在E上市的P（代码）的附属公司", "A为在E挂牌的P
旗下银行". The listing is the parent's, the child is the parent's subsidiary; a holding company named as such ("A的控股
公司为B，B由C全资拥有") gives each link, never A holding B. Sentences written for these tests."""

from __future__ import annotations

from .helpers import pairs


def test_child_of_a_parent_listed_in_hong_kong_traditional() -> None:
    text = "去年底完成重組後，嘉朗保險為在港交所上市的嘉朗國際有限公司（股份代號：6673）的全資附屬公司，旗下設有三間分行。"
    assert pairs(text, "SUBSIDIARY_OF") == {("嘉朗保險", "嘉朗國際有限公司")}
    assert pairs(text, "LISTED_ON") == {("嘉朗國際有限公司", "HKEX")}


def test_child_of_a_parent_listed_on_the_mainland_simplified() -> None:
    text = "据年报，沐川租赁系在深交所上市的沐川重工股份有限公司的控股子公司，负责设备融资业务。"
    assert ("沐川租赁", "沐川重工股份有限公司") in pairs(text, "SUBSIDIARY_OF")
    listed = pairs(text, "LISTED_ON")
    assert ("沐川重工股份有限公司", "SZSE") in listed and not any(c == "沐川租赁" for c, _x in listed)


def test_broker_under_a_listed_group() -> None:
    """旗下券商 closing the clause: the broker is a member of the listed group, which is what lists."""
    text = "据悉，永岑证券为在深交所上市的永岑投资控股股份有限公司旗下券商。"
    assert pairs(text, "SUBSIDIARY_OF") == {("永岑证券", "永岑投资控股股份有限公司")}
    assert ("永岑证券", "SZSE") not in pairs(text, "LISTED_ON")


def test_a_holding_company_named_as_such_holds_the_child() -> None:
    text = "根據披露，禾川財富管理有限公司的控股公司為禾川投資有限公司，該公司由禾川控股集團有限公司全資擁有。"
    assert pairs(text, "SUBSIDIARY_OF") >= {("禾川財富管理有限公司", "禾川投資有限公司"), ("禾川投資有限公司", "禾川控股集團有限公司")}
    stakes = pairs(text, "HOLDS_STAKE")
    assert ("禾川財富管理有限公司", "禾川投資有限公司") not in stakes and ("禾川控股集團有限公司", "禾川投資有限公司") in stakes


def test_a_bank_and_its_listed_bank_holding_company_are_two() -> None:
    """A US bank and its holding company ("X Bank", "X Bancshares"): the group's name, its Latin name and code in one
    bracket, is a company of its own, and the particle before the bank's name is none of its letters."""
    text = ("位於西雅圖的雲杉銀行（Spruce Bank）昨日公布季度業績，淨利按年增長一成。雲杉銀行為在紐交所掛牌的雲杉銀行集團"
            "（Spruce Bancshares，代號SPBK）旗下主要子公司。雲杉銀行集團董事長薛慕白於電話會議上稱貸款需求回暖。")
    assert pairs(text, "SUBSIDIARY_OF") == {("雲杉銀行", "雲杉銀行集團")}
    assert pairs(text, "LISTED_ON") == {("雲杉銀行集團", "NYSE")}
    assert ("薛慕白", "雲杉銀行集團") in pairs(text, "HOLDS_POSITION")
