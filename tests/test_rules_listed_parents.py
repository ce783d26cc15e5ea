"""A child described as a (wholly owned) subsidiary of a parent listed somewhere: "A为在X上市的P（代码）的全资附属公司",
"A系在X挂牌的P旗下银行". The listing is the parent's, the child is the parent's subsidiary; a holding company named
as such ("A的直接控股公司为B，后者由C全资拥有") gives each link, never A holding B. Sentences written for these tests."""

from __future__ import annotations

from .helpers import pairs


def test_child_of_a_parent_listed_in_hong_kong_traditional() -> None:
    text = "翠湖銀行為在聯交所主板上市的翠湖金融控股有限公司（股份代號：8127）的全資附屬公司，去年盈利上升。"
    assert pairs(text, "SUBSIDIARY_OF") == {("翠湖銀行", "翠湖金融控股有限公司")}
    assert pairs(text, "LISTED_ON") == {("翠湖金融控股有限公司", "HKEX")}


def test_child_of_a_parent_listed_on_the_mainland_simplified() -> None:
    text = "据公告，岚山消费金融系在上交所上市的岚山控股股份有限公司的控股子公司，注册资本10亿元。"
    assert ("岚山消费金融", "岚山控股股份有限公司") in pairs(text, "SUBSIDIARY_OF")
    listed = pairs(text, "LISTED_ON")
    assert ("岚山控股股份有限公司", "SSE") in listed and not any(c == "岚山消费金融" for c, _x in listed)


def test_bank_under_a_listed_group() -> None:
    """旗下银行 closing the clause: the bank is a member of the listed group, which is what lists."""
    text = "據介紹，松林銀行為在聯交所上市的松林金融集團有限公司（股份代號：7311）旗下銀行，在本澳設有六間分行。"
    assert pairs(text, "SUBSIDIARY_OF") == {("松林銀行", "松林金融集團有限公司")}
    assert ("松林銀行", "HKEX") not in pairs(text, "LISTED_ON")


def test_a_holding_company_named_as_such_holds_the_child() -> None:
    text = "星嶼支付的直接控股公司為星嶼科技投資有限公司，後者由星嶼集團有限公司全資擁有。"
    assert pairs(text, "SUBSIDIARY_OF") >= {("星嶼支付", "星嶼科技投資有限公司"), ("星嶼科技投資有限公司", "星嶼集團有限公司")}
    stakes = pairs(text, "HOLDS_STAKE")
    assert ("星嶼支付", "星嶼科技投資有限公司") not in stakes and ("星嶼集團有限公司", "星嶼科技投資有限公司") in stakes


def test_a_bank_and_its_listed_bank_holding_company_are_two() -> None:
    """A US bank and its holding company ("X Bank", "X Bancorp"): the group's name, its Latin name and code in one
    bracket, is a company of its own, and the particle before the bank's name is none of its letters."""
    text = ("總部位於芝加哥的北湖銀行（North Lake Bank）宣布擴張。北湖銀行為在納斯達克上市的北湖銀行集團"
            "（North Lake Bancorp，代號NLKB）全資子公司。北湖銀行集團總裁柯文彬表示樂觀。")
    assert pairs(text, "SUBSIDIARY_OF") == {("北湖銀行", "北湖銀行集團")}
    assert pairs(text, "LISTED_ON") == {("北湖銀行集團", "NASDAQ")}
    assert ("柯文彬", "北湖銀行集團") in pairs(text, "HOLDS_POSITION")
