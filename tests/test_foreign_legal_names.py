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
    text = ("Vetra Pagamenti S.p.A.（下称“Vetra”）现有股东三名：孙若霖持股55%，"
            "Nordlicht Beteiligungen GmbH持股30%，Colle Verde Servizi S.r.l.持股15%。")
    got = pairs(text, "HOLDS_STAKE")
    assert ("Colle Verde Servizi S.r.l.", "Vetra Pagamenti S.p.A.") in got
    assert ("Nordlicht Beteiligungen GmbH", "Vetra Pagamenti S.p.A.") in got


def test_a_country_and_its_trade_before_a_latin_name_describe_it() -> None:
    text = "南屿数字银行有限公司第三大股东为葡萄牙金融科技公司Lumeira Digital S.A.，持股12%。"
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith("葡萄牙") for n in names)
    assert ("Lumeira Digital S.A.", "南屿数字银行有限公司") in pairs(text, "HOLDS_STAKE")


def test_a_country_and_finance_alone_name_no_firm() -> None:
    text = "南屿保险经纪有限公司设立于2011年。据悉，芬兰金融监管当局正加大检查力度。许哲维现任公司总经理。"
    assert posts(text) == {("许哲维", "南屿保险经纪有限公司", "general_manager")}


def test_a_rename_applied_for_is_no_rename() -> None:
    text = "2022年9月，澄岚小额贷款有限公司向省金融局申请更名为澄岚普惠小额贷款有限公司，相关审批仍在进行中。"
    assert not pairs(text, "RENAMED_TO")


def test_a_latin_name_taking_a_post_is_a_person() -> None:
    text = "Henrik Halvorsen将出任南屿支付有限公司首席执行官，Ingrid Solberg则接任公司董事长。"
    got = posts(text)
    assert ("Henrik Halvorsen", "南屿支付有限公司", "ceo") in got
    assert ("Ingrid Solberg", "南屿支付有限公司", "chairman") in got
    acting = "据悉，Ardent Capital将担任本次交易的财务顾问，澄岚证券股份有限公司担任承销商。"  # a firm's name takes no post
    assert not any(f.subject.name == "Ardent Capital" and f.subject.type == "Person" for f in facts_of(acting))


def test_two_latin_names_founding_together_are_people() -> None:
    text = "Beatriz Coelho和Rafael Duarte在2016年联合创立了Brava Câmbio Ltda.，目前公司员工逾百人。"
    founders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert {"Beatriz Coelho", "Rafael Duarte"} <= founders


def test_who_owns_a_firm_is_no_part_of_its_name() -> None:
    text = "公股南屿金控旗下的南屿商业银行去年获利创新高；民营鹤汀金融控股股份有限公司则计划出售旗下一家券商。"
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith(("公股", "民营")) for n in names)
    assert ("南屿商业银行", "南屿金控") in pairs(text, "SUBSIDIARY_OF")


def test_a_staff_unions_statement_calls_its_bank_ben_hang() -> None:
    text = ("南屿商業銀行企業工會　致全體會員公開信\n\n"
            "董事會上週決議由許哲維接任本行總經理，本會將要求新任經營團隊儘速召開勞資座談。\n\n"
            "南屿商業銀行企業工會\n理事長　邱若寧\n")
    got = posts(text)
    assert ("許哲維", "南屿商業銀行", "general_manager") in got
    assert not any(p == "許哲維" and c.endswith("工會") for p, c, _r in got)
    assert ("邱若寧", "南屿商業銀行企業工會", "other") in got  # the union's own officer, under its whole name


def test_a_latin_name_the_clause_gives_a_post_before_is_a_person() -> None:
    text = "去年起，首席运营官由曾任职于两家保险公司的Esteban Quiroga担任，孙若霖仍是南屿支付有限公司的掌舵人。"
    inv = build_inventory(text, get_lexicon(), find_titles(text, get_lexicon()))
    assert inv.entities[inv.surface[norm_name("Esteban Quiroga")]].type == "Person"


def test_a_members_trust_or_union_holds_shares() -> None:
    text = ("据年报披露，Kisumu Dairy Cooperative Union持有鹤汀小额信贷银行25%的股份，Tumaini Staff Share Trust"
            "持有其10%，澄岚数字信贷有限公司则持有65%。")
    got = pairs(text, "HOLDS_STAKE")
    assert ("Tumaini Staff Share Trust", "鹤汀小额信贷银行") in got
    assert ("Kisumu Dairy Cooperative Union", "鹤汀小额信贷银行") in got
    assert ASCII_ORG.search("欧盟（European Union）发布新规") is None
