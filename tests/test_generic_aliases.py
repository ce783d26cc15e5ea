"""Aliases that name no firm (or person) outside their article do not join entities across articles.

Every article here is invented: two trusts that each call themselves 信托 or
本公司, two banks each called 城商行, two people each called 王总.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.model import Article
from extract.pipeline import extract_article
from extract.readers import content_digest
from graph.ingest import ArticleFacts, ingest
from graph.knowledge_graph import KnowledgeGraph
from graph.store import Store
from text.kinds import generic_company_alias, generic_company_word, generic_person_alias, place_and_kind

from .helpers import article_facts

P, C = "Person", "Company"


def _fact(aid: str, subj: tuple[str, str, list[str]], pred: str, obj: tuple[str, str, list[str]], **q: object) -> dict:
    return {"article_id": aid, "subject": {"name": subj[0], "type": subj[1], "aliases": subj[2]}, "predicate": pred,
            "object": {"name": obj[0], "type": obj[1], "aliases": obj[2]}, "qualifiers": q,
            "evidence": f"{subj[0]}…{obj[0]}", "offsets": [0, 5], "confidence": 0.8, "extractor": "test"}


def _graph(tmp_path: Path, articles: dict[str, list[dict]]) -> KnowledgeGraph:
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, (article_facts(a, fs, content_digest(a, json.dumps(fs, ensure_ascii=False))) for a, fs in articles.items()))
        return KnowledgeGraph.load(st)


def _companies(kg: KnowledgeGraph) -> dict[str, set[str]]:
    return {e.name: set(e.names) for e in kg.entities.values() if e.type == C}


def test_kind_words_and_self_references_are_generic() -> None:
    for key in ("信托", "本公司", "我公司", "该行", "本行", "我司", "城商行", "该农商行", "消费金融", "银行", "集团", "上市公司", "发行人",
                "能源", "本集团"):
        assert generic_company_word(key), key
    for key in ("澜沧信托", "北林银行", "本钢集团", "新华保险", "人民银行", "宁波银行", "桐柏能源"):
        assert not generic_company_word(key), key
    assert place_and_kind("宁波银行") and place_and_kind("上海农商行") and not place_and_kind("北林银行")
    assert not generic_company_alias("宁波银行", {"宁波银行"}) and generic_company_alias("宁波银行", {"甬江银行"})
    for key in ("王总", "李董", "欧阳先生", "叶博士", "张董事长"):
        assert generic_person_alias(key), key
    for key in ("王立新", "邵景行", "晓岚"):
        assert not generic_person_alias(key), key


def test_two_trusts_each_called_xintuo_by_their_article_stay_two(tmp_path: Path) -> None:
    texts = {"t1": "青枫信托有限责任公司（以下简称“本公司”或“信托”）公告：经国家金融监督管理总局核准，洪立新担任本公司董事长。",
             "t2": "远帆信托有限公司（以下简称“本公司”或“信托”）公告：经国家金融监督管理总局核准，季明远担任本公司总经理。"}
    with Store(tmp_path / "s.sqlite") as st:
        ingest(st, [ArticleFacts(Article(aid, "", text), aid, extract_article(Article(aid, "", text)))
                    for aid, text in texts.items()])
        kg = KnowledgeGraph.load(st)
    trusts = _companies(kg)
    assert {"青枫信托有限责任公司", "远帆信托有限公司"} <= set(trusts), trusts
    assert not any("信托" in names for names in trusts.values())


def test_self_references_and_kinds_join_no_firms(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("洪立新", P, []), "HOLDS_POSITION", ("青枫信托有限责任公司", C, ["本公司"]), role="chairman"),
               _fact("a1", ("苏州禾木实业有限公司", C, []), "HOLDS_STAKE", ("溪桥农村商业银行股份有限公司", C, ["该农商行", "城商行"]),
                     percent=5.0)],
        "a2": [_fact("a2", ("季明远", P, []), "HOLDS_POSITION", ("远帆信托有限公司", C, ["本公司"]), role="ceo"),
               _fact("a2", ("杭州云杉投资有限公司", C, []), "HOLDS_STAKE", ("柳塘农村商业银行股份有限公司", C, ["该农商行", "城商行"]),
                     percent=7.0)],
    })
    names = _companies(kg)
    for firm in ("青枫信托有限责任公司", "远帆信托有限公司", "溪桥农村商业银行股份有限公司", "柳塘农村商业银行股份有限公司"):
        assert firm in names, names
    assert not any(names[f] & {"本公司", "该农商行", "城商行"} for f in names)


def test_a_generic_chosen_name_gives_way_to_the_legal_one(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("苏州禾木实业有限公司", C, []), "HOLDS_STAKE", ("我公司", C, ["青枫人寿保险股份有限公司"]), percent=12.0)],
        "a2": [_fact("a2", ("杭州云杉投资有限公司", C, []), "HOLDS_STAKE", ("我公司", C, ["远帆人寿保险股份有限公司"]), percent=9.0)],
    })
    names = _companies(kg)
    assert {"青枫人寿保险股份有限公司", "远帆人寿保险股份有限公司"} <= set(names) and "我公司" not in names, names


def test_one_firms_short_names_still_join_articles(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("洪立新", P, []), "HOLDS_POSITION", ("甬江银行股份有限公司", C, ["甬江银行", "本行"]), role="chairman")],
        "a2": [_fact("a2", ("季明远", P, []), "HOLDS_POSITION", ("甬江银行", C, []), role="president")],
        "a3": [_fact("a3", ("柯文博", P, []), "HOLDS_POSITION", ("宁波银行股份有限公司", C, ["宁波银行"]), role="cfo")],
        "a4": [_fact("a4", ("钱思远", P, []), "HOLDS_POSITION", ("宁行", C, ["宁波银行"]), role="ceo")],
    })
    names = _companies(kg)
    assert len(names) == 2, names
    assert any({"宁行", "宁波银行"} <= n for n in names.values()), names


def test_surname_and_post_joins_no_people(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("王立新", P, ["王总"]), "HOLDS_POSITION", ("青枫信托有限责任公司", C, []), role="ceo")],
        "a2": [_fact("a2", ("王思远", P, ["王总"]), "HOLDS_POSITION", ("远帆信托有限公司", C, []), role="ceo")],
        "a3": [_fact("a3", ("王总", P, ["王立新"]), "HOLDS_POSITION", ("青枫信托有限责任公司", C, []), role="director")],
    })
    people = {e.name for e in kg.entities.values() if e.type == P}
    assert people == {"王立新", "王思远"}, people


def test_a_place_and_kind_name_the_article_uses_is_kept(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {"a1": [_fact("a1", ("洪立新", P, []), "HOLDS_POSITION", ("温州银行", C, ["601999.SH"]), role="chairman")]})
    assert "温州银行" in _companies(kg)


def test_a_kind_of_firm_alone_is_no_company(tmp_path: Path) -> None:
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("洪立新", P, []), "HOLDS_POSITION", ("人寿保险有限公司", C, []), role="cfo")],
        "a2": [_fact("a2", ("季明远", P, []), "HOLDS_POSITION", ("人寿保险有限公司", C, ["本公司"]), role="cfo")],
    })
    assert _companies(kg) == {}


def test_a_number_brand_in_numerals_and_in_digits_is_one_group(tmp_path: Path) -> None:
    """Its registered name spells the number in Chinese numerals, the press writes it in digits with 集团."""
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("韩知远", P, []), "HOLDS_POSITION", ("五八七", C, ["五八七网络科技股份有限公司"]), role="cfo")],
        "a2": [_fact("a2", ("王立新", P, []), "HOLDS_POSITION", ("587集团", C, []), role="chairman")],
        "a3": [_fact("a3", ("柯文博", P, []), "HOLDS_POSITION", ("587数科", C, []), role="ceo")],
    })
    names = _companies(kg)
    assert len(names) == 2, names
    assert any({"五八七", "587集团"} <= n for n in names.values()), names


def test_two_registered_names_keep_two_companies_whose_short_names_share_a_core(tmp_path: Path) -> None:
    """"X资管" a broker's arm (X证券资产管理有限公司), and the core of "X资产管理股份有限公司": two companies,
    and the short name finds the one written so."""
    kg = _graph(tmp_path, {
        "a1": [_fact("a1", ("韩知远", P, []), "HOLDS_POSITION", ("云帆资管", C, ["云帆证券资产管理有限公司"]), role="general_manager")],
        "a2": [_fact("a2", ("王立新", P, []), "HOLDS_POSITION", ("云帆资产", C, ["云帆资产管理股份有限公司"]), role="general_manager"),
               _fact("a2", ("柯文博", P, []), "HOLDS_POSITION", ("云帆资产", C, ["云帆资产管理股份有限公司"]), role="chairman")],
    })
    names = _companies(kg)
    assert len(names) == 2, names
    assert kg.search("云帆资管", C, 3, False)[0].entity.name == "云帆资管"
