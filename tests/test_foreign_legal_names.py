"""Names written in Latin letters in Chinese-language news from Europe, Latin America and Africa, and the words
glued before or around a firm's name (extract.name_words, extract.kind_names, extract.companies,
extract.transliterated_names, extract.own_company, extract.rules.renames). Names and wording made up for these tests."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.name_words import ASCII_ORG
from extract.titles import find_titles
from tests.helpers import facts_of, pairs, posts
from text.normalize import norm_name


def test_continental_legal_forms_end_a_latin_name() -> None:
    for name in ("Vetra Pagamenti S.p.A.", "Colle Verde Servizi S.r.l.", "Solaris Conseil SAS",
                 "Banco Ribeira de Investimentos Ltda.", "Nordlicht Beteiligungen GmbH", "Casa Ortega y Hijos S.L."):
        m = ASCII_ORG.search(f"据悉，{name}已完成登记。")
        assert m is not None and m.group(0) == name, name


def test_a_holder_under_an_italian_legal_form_holds_its_stake() -> None:
    text = ("总部设于都灵的Vetra Pagamenti S.p.A.（下称“Vetra”）今年获准营业。据登记资料，Vetra的股东为："
            "创办人黄志远持股55%；德国公司Nordlicht Beteiligungen GmbH持股30%；Colle Verde Servizi S.r.l.持股15%。")
    got = pairs(text, "HOLDS_STAKE")
    assert ("Colle Verde Servizi S.r.l.", "Vetra Pagamenti S.p.A.") in got
    assert ("Nordlicht Beteiligungen GmbH", "Vetra Pagamenti S.p.A.") in got


def test_a_country_and_its_trade_before_a_latin_name_describe_it() -> None:
    text = "西班牙金融科技公司Ribera Pagos S.L.持股18%，成为都灵支付股份公司第二大股东。"
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith("西班牙") for n in names)


def test_a_country_and_finance_alone_name_no_firm() -> None:
    text = "北林支付有限公司成立于2016年。葡萄牙金融警察近年加强监管。黄志远担任公司董事长。"
    assert posts(text) == {("黄志远", "北林支付有限公司", "chairman")}


def test_a_rename_applied_for_is_no_rename() -> None:
    text = "南溪证券经纪有限公司成立于2015年。交割完成后，公司已向当地监管机构申请更名为北林证券经纪有限公司，目前尚待批准。"
    assert not pairs(text, "RENAMED_TO")


def test_a_latin_name_taking_a_post_is_a_person() -> None:
    text = ("并购完成后，北林支付有限公司董事会随即改组：Lucia Ferrante出任首席执行官，"
            "Tomás Albuquerque继续担任董事长。")
    got = posts(text)
    assert ("Lucia Ferrante", "北林支付有限公司", "ceo") in got
    assert ("Tomás Albuquerque", "北林支付有限公司", "chairman") in got
    acting = "此次发行由Harbour Capital担任独家财务顾问，北林证券股份有限公司担任保荐人。"  # a firm's name takes no post
    assert not any(f.subject.name == "Harbour Capital" and f.subject.type == "Person" for f in facts_of(acting))


def test_two_latin_names_founding_together_are_people() -> None:
    text = "Brava Câmbio Ltda.由Helena Prado与Otávio Lins于2012年共同创办，总部位于里约热内卢。"
    founders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert {"Helena Prado", "Otávio Lins"} <= founders


def test_who_owns_a_firm_is_no_part_of_its_name() -> None:
    text = "公股北林金控昨日召开董事会，通过子公司北林商业银行董事长由黄志远出任。另据了解，民营东岳金融控股股份有限公司亦有意竞逐。"
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith(("公股", "民营")) for n in names)
    assert ("北林商业银行", "北林金控") in pairs(text, "SUBSIDIARY_OF")


def test_a_staff_unions_statement_calls_its_bank_ben_hang() -> None:
    text = ("東岳商業銀行企業工會　聲明\n\n"
            "本行日前召開董事會，通過聘任趙承宇為本行總經理。本會對此深表遺憾。\n\n"
            "東岳商業銀行企業工會\n理事長　孫美芳\n")
    got = posts(text)
    assert ("趙承宇", "東岳商業銀行", "general_manager") in got
    assert not any(p == "趙承宇" and c.endswith("工會") for p, c, _r in got)
    assert ("孫美芳", "東岳商業銀行企業工會", "other") in got  # the union's own officer, under its whole name


def test_a_latin_name_the_clause_gives_a_post_before_is_a_person() -> None:
    text = "北林支付有限公司董事长为黄志远；首席执行官则由曾在多家银行任职的西班牙籍高管Javier Montero担任。"
    inv = build_inventory(text, get_lexicon(), find_titles(text, get_lexicon()))
    assert inv.entities[inv.surface[norm_name("Javier Montero")]].type == "Person"


def test_a_members_trust_or_union_holds_shares() -> None:
    text = ("交易完成后，北林小额信贷银行的股东为：东岳数字信贷有限公司持股70%；当地农民合作组织Nyeri Farmers "
            "Cooperative Union持股20%；员工持股信托Harambee Staff Share Trust持股10%。")
    got = pairs(text, "HOLDS_STAKE")
    assert ("Harambee Staff Share Trust", "北林小额信贷银行") in got
    assert ASCII_ORG.search("欧盟（European Union）发布新规") is None
