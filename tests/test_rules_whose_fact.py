"""Which company a fact belongs to: a known short name inside a longer legal name is no mention of the known firm;
该机构 is the company the numbered note is about; a holding after the note's transfer (变更后) or after a company
founded in the sentence is that company's; a title naming its own government unit is not held at a company; a post
held now (目前由P担任) takes no date of the clause before."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.titles import find_titles
from tests.helpers import facts_of, quals

_NOTES = ("一、准予变更的机构\n"
          "（一）北京中金卓远支付有限公司系北京中金卓远控股有限公司的控股子公司，北京中金卓远支付有限公司注册资本未变。\n"
          "（二）云岫信息服务有限公司系岭南数科集团有限公司的全资子公司。2024年3月，该机构董事长由唐远山先生变更为白砚秋女士。")


def test_a_known_short_name_inside_a_legal_name_is_not_counted():
    lex = get_lexicon()
    inv = build_inventory(_NOTES, lex, find_titles(_NOTES, lex))
    held = [e for e in inv.companies() if e.name in ("中金", "中金公司")]
    assert all(e.count == 0 for e in held)


def test_the_institution_of_a_numbered_note_is_its_company():
    facts = facts_of(_NOTES, "", "2024-06-01")
    assert quals(facts, "白砚秋", "HOLDS_POSITION", "云岫信息服务有限公司")["start"] == "2024-03"
    assert quals(facts, "唐远山", "HOLDS_POSITION", "云岫信息服务有限公司")["end"] == "2024-03"
    assert not [f for f in facts if "中金" in f.object.name and f.object.name.startswith("中金")]


def test_the_holders_after_a_change_are_of_the_company_whose_shares_moved():
    text = ("（二）经批准，青岩控股有限公司将其持有的苏湾消费金融有限公司40%股权转让给鹿鸣投资有限公司。"
            "变更后，鹿鸣投资有限公司持股40%，青岩控股有限公司持股20%。")
    facts = facts_of(text)
    assert quals(facts, "鹿鸣投资有限公司", "HOLDS_STAKE", "苏湾消费金融有限公司")["percent"] == 40
    assert quals(facts, "青岩控股有限公司", "HOLDS_STAKE", "苏湾消费金融有限公司")["percent"] == 20


def test_a_founders_share_is_of_the_company_it_set_up_in_that_sentence():
    text = ("岭东银行股份有限公司全资子公司岭东理财有限公司于5月开业。"
            "闽台人寿保险股份有限公司出资设立的闽台养老服务有限公司于9月开业，闽台人寿持股100%。")
    facts = facts_of(text, "", "2024-10-01")
    assert quals(facts, "闽台人寿保险股份有限公司", "HOLDS_STAKE", "闽台养老服务有限公司")["percent"] == 100
    assert not [f for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "岭东理财有限公司"
                and f.subject.name.startswith("闽台")]


def test_a_title_naming_its_government_unit_is_not_held_at_the_company():
    facts = facts_of("原市商务局局长韩子谦出任澄屿城投集团有限公司董事长。")
    assert quals(facts, "韩子谦", "HOLDS_POSITION", "澄屿城投集团有限公司")["role"] == "chairman"
    assert not [f for f in facts if "局长" in str(f.qualifiers.get("title", ""))]


def test_a_post_held_now_takes_no_date_of_the_clause_before():
    text = "去年营收居首的澜沧云图金融服务集团有限公司由宋一鸣于2008年创立。澜沧云图2016年在港交所上市，目前由周若岚担任总裁。"
    facts = facts_of(text, "", "2024-06-01")
    assert "start" not in quals(facts, "周若岚", "HOLDS_POSITION", "澜沧云图金融服务集团有限公司", role="president")
    assert quals(facts, "澜沧云图金融服务集团有限公司", "LISTED_ON", "HKEX")["date"] == "2016"
