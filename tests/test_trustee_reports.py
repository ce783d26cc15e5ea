"""A bond trustee's report on its issuer, and the issuer's holders as such a report (or a
prospectus) tells them: the report's company is the one its title names after 关于, not the
trustee filing it; "发行人控股股东" is the issuer's holder, never a company "发行人控股"; a
district's state-assets office (国资办) written after its city; "A系C100%持股的国有企业"; and a
rank told in a sentence right after the holders' figures ("A为发行人控股股东") goes into A's figure."""

from __future__ import annotations

from .helpers import facts_of, posts, quals, triples

TRUSTEE_TITLE = "北岭证券股份有限公司关于江苏云栖融资租赁有限公司董事长发生变更的受托管理事务临时报告"


def test_a_trustee_report_is_about_its_issuer() -> None:
    text = ("江苏云栖融资租赁有限公司（以下简称“云栖租赁”或“发行人”）为本期债券发行人。\n"
            "北岭证券股份有限公司作为受托管理人，现就发行人重大事项报告如下：\n"
            "新任董事长：严若愚\n经发行人股东会审议，选举严若愚为董事长。")
    got = posts(text, TRUSTEE_TITLE)
    assert ("严若愚", "江苏云栖融资租赁有限公司", "chairman") in got
    assert not any(company == "北岭证券股份有限公司" for _p, company, _r in got)


def test_the_issuers_controlling_holder_is_no_company_of_its_own() -> None:
    facts = facts_of("本报告依据江苏云栖融资租赁有限公司（以下简称“云栖租赁”或“发行人”）出具的说明编制。\n"
                     "变更前，发行人控股股东为南浔宏达实业有限公司（以下简称“宏达实业”），持有发行人60%股权；梁溪投资持有发行人40%股权。",
                     TRUSTEE_TITLE)
    assert not any("发行人控股" in (f.subject.name, f.object.name) for f in facts)


def test_a_district_office_after_its_city() -> None:
    facts = facts_of("云栖金控系无锡市梁溪区人民政府国有资产监督管理办公室（以下简称“梁溪区国资办”）100%持股的国有企业。")
    q = quals(facts, "梁溪区国资办", "HOLDS_STAKE", "云栖金控")
    assert q.get("percent") == 100.0
    holder = next(f.subject for f in facts if str(f.predicate) == "HOLDS_STAKE")
    assert {"无锡市梁溪区人民政府国有资产监督管理办公室", "梁溪区国资办"} <= {holder.name, *holder.aliases}


def test_a_share_then_held_of_a_state_firm() -> None:
    facts = facts_of("东皋投资系常州市国资委51%持股的国有企业，主营城市基础设施投资。")
    assert ("常州市国资委", "HOLDS_STAKE", "东皋投资", 51.0) in triples(facts)


def test_a_rank_after_the_figures_goes_into_the_holders_figure() -> None:
    text = ("截至2024年末，云栖租赁股东持股情况如下：梁溪实业持股70%，锡澄投资持股30%。梁溪实业为云栖租赁控股股东。")
    facts = facts_of(text)
    holdings = [f for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "梁溪实业"]
    assert len(holdings) == 1
    assert quals(facts, "梁溪实业", "HOLDS_STAKE", "云栖租赁", percent=70.0).get("controlling") is True
