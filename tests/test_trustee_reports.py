"""A bond trustee's report on its issuer, and the issuer's holders as such a report (or a
prospectus) tells them: the report's company is the one its title names after 关于, not the
trustee filing it; "发行人控股股东" is the issuer's holder, never a company "发行人控股"; a
district's state-assets office (国资办) written after its city; a state firm B that "系" its owner's
"…持股的国有企业" with the owner's share between; and a rank told in a sentence right after the
holders' figures ("A为发行人控股股东") goes into A's figure."""

from __future__ import annotations

from .helpers import facts_of, posts, quals, triples

TRUSTEE_TITLE = "北麓证券有限责任公司关于湖南临澧保理有限公司董事、董事长调整的受托管理事务临时报告"


def test_a_trustee_report_is_about_its_issuer() -> None:
    text = ("北麓证券有限责任公司受聘担任“22临澧01”的受托管理人。湖南临澧保理有限公司（以下简称“临澧保理”或“发行人”）"
            "近日告知董事变动情况，具体如下。\n新任董事长：聂澄川\n2024年3月，发行人股东决定选举聂澄川为董事长。")
    got = posts(text, TRUSTEE_TITLE)
    assert ("聂澄川", "湖南临澧保理有限公司", "chairman") in got
    assert not any(company == "北麓证券有限责任公司" for _p, company, _r in got)


def test_the_issuers_controlling_holder_is_no_company_of_its_own() -> None:
    facts = facts_of("湖南临澧保理有限公司（以下简称“临澧保理”或“发行人”）注册资本5亿元。\n"
                     "截至3月末，澧阳投资持有发行人45%股权，发行人控股股东为道水实业有限公司（以下简称“道水实业”），持有发行人55%股权。",
                     TRUSTEE_TITLE)
    assert not any("发行人控股" in (f.subject.name, f.object.name) for f in facts)


def test_a_district_office_after_its_city() -> None:
    facts = facts_of("海门城投系南通市海门区人民政府国有资产监督管理办公室（简称“海门区国资办”）100%持股的国有企业，主营片区开发。")
    q = quals(facts, "海门区国资办", "HOLDS_STAKE", "海门城投")
    assert q.get("percent") == 100.0
    holder = next(f.subject for f in facts if str(f.predicate) == "HOLDS_STAKE")
    assert {"南通市海门区人民政府国有资产监督管理办公室", "海门区国资办"} <= {holder.name, *holder.aliases}


def test_a_share_then_held_of_a_state_firm() -> None:
    facts = facts_of("东皋投资系常州市国资委51%持股的国有企业，主营城市基础设施投资。")
    assert ("常州市国资委", "HOLDS_STAKE", "东皋投资", 51.0) in triples(facts)


def test_a_rank_after_the_figures_goes_into_the_holders_figure() -> None:
    text = ("截至2024年末，云栖租赁股东持股情况如下：梁溪实业持股70%，锡澄投资持股30%。梁溪实业为云栖租赁控股股东。")
    facts = facts_of(text)
    holdings = [f for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "梁溪实业"]
    assert len(holdings) == 1
    assert quals(facts, "梁溪实业", "HOLDS_STAKE", "云栖租赁", percent=70.0).get("controlling") is True
