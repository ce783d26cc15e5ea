"""Name shapes and references met on news from many sources, on sentences
written for these tests (not gold text): an exchange letterhead's issuer as
本公司, a stock code given with its exchange on a line of its own, agencies
and software houses named after their parent, partnership funds (…资产管理中心),
foreign legal forms (N.V., AG), a dictionary name with 集团 after it, and
regulators, which hold no one's shares."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_LETTERHEAD = (
    "East Sea Holding Ltd\n东海控股有限公司\n（于开曼群岛注册成立的有限公司）\n（股份代号：8888）\n（纽交所股票代码：ESH）\n"
    "关连交易\n"
)


def test_letterhead_issuer_is_this_company() -> None:
    # 西山科技 is named most, but 本公司 is the issuer of the letterhead
    fs = facts_of(_LETTERHEAD + "西山科技有限公司于2024年5月8日成为本公司的子公司。西山科技有限公司与北林银行订立协议，"
                  "西山科技有限公司同意提供服务，北林银行向西山科技有限公司支付服务费。")
    assert quals(fs, "西山科技有限公司", "SUBSIDIARY_OF", "东海控股有限公司")["kind"] == "subsidiary"


def test_stock_code_line_states_a_listing() -> None:
    fs = facts_of(_LETTERHEAD + "东海控股有限公司董事会宣布上述事项。")
    assert quals(fs, "东海控股有限公司", "LISTED_ON", "NYSE")["ticker"] == "ESH"
    # a bare code in brackets states none
    assert not triples(facts_of("东海控股有限公司\n（股份代号：8888）\n董事会宣布上述事项。"), "LISTED_ON")


def test_quoted_announcement_names_this_company() -> None:
    fs = facts_of("3月1日，招商银行发布了一份引入投资者的公告，要点如下：\n为了提高北林理财的管理水平，"
                  "本公司全资子公司北林理财拟引入外部投资者。北林理财表示欢迎。北林理财将增资。")
    assert quals(fs, "北林理财", "SUBSIDIARY_OF", "招商银行")["kind"] == "wholly_owned"


def test_agency_named_after_a_dictionary_parent() -> None:
    fs = facts_of("平安保险代理与东海银行签署合作协议，平安保险代理于2024年成为陆金所控股的子公司。")
    assert quals(fs, "平安保险代理", "SUBSIDIARY_OF", "陆金所控股")["kind"] == "subsidiary"


def test_software_house_named_after_a_dictionary_parent() -> None:
    fs = facts_of("东海消费金融的股权结构为东海银行50%、北林信托20%、金蝶软件30%。")
    assert quals(fs, "金蝶软件", "HOLDS_STAKE", "东海消费金融")["percent"] == 30.0


def test_partnership_fund_name() -> None:
    fs = facts_of("东海科技有限公司于2015年独家出资设立北林资产管理中心，负责不良资产处置。")
    assert ("东海科技有限公司", "HOLDS_STAKE", "北林资产管理中心", None) in triples(fs, "HOLDS_STAKE")


def test_foreign_legal_form() -> None:
    fs = facts_of("参与方包括东海银行以及西山集团的母公司Northwind Credit N.V.等。")
    assert quals(fs, "西山集团", "SUBSIDIARY_OF", "Northwind Credit N.V.")["kind"] == "subsidiary"


def test_dictionary_name_with_group_after_it() -> None:
    fs = facts_of("东海支付的大股东为东海网络科技有限公司，而后者隶属于大连万达集团。")
    assert quals(fs, "东海网络科技有限公司", "SUBSIDIARY_OF", "大连万达集团")["kind"] == "group_member"


def test_regulator_is_never_the_target_of_a_holding() -> None:
    fs = facts_of("国家金融监督管理总局批复同意东海消费金融变更股权。如今，西山集团以70%的控股比例入主，完成转型。",
                  title="东海消费金融股权变更获批")
    held = {o for _s, _p, o, _k in triples(fs, "HOLDS_STAKE")}
    assert "国家金融监督管理总局" not in held
    assert quals(fs, "西山集团", "HOLDS_STAKE", "东海消费金融")["percent"] == 70.0
