"""What ingest derives and stores: identity across name forms, terms of
office, holdings' valid time. Hand-made facts, read back from the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.model import Article, Fact
from graph.ingest import ArticleFacts, ingest
from graph.knowledge_graph import KnowledgeGraph
from graph.store import Store

P, C = "Person", "Company"


def _fact(subj: tuple[str, str], pred: str, obj: tuple[str, str], **q: object) -> dict[str, Any]:
    return {"article_id": "x", "subject": {"name": subj[0], "type": subj[1], "aliases": []}, "predicate": pred,
            "object": {"name": obj[0], "type": obj[1], "aliases": []}, "qualifiers": q, "evidence": f"{subj[0]}…{obj[0]}",
            "offsets": [0, 5], "confidence": 0.8, "extractor": "test"}


def _load(path: Path, articles: dict[str, tuple[str, list[dict[str, Any]]]]) -> KnowledgeGraph:
    """Articles id → (date, facts), ingested in one batch."""
    with Store(path) as st:
        ingest(st, [ArticleFacts(Article(a, "", "", date=d), a, [Fact.from_json(r | {"article_id": a}) for r in rows])
                    for a, (d, rows) in articles.items()])
        return KnowledgeGraph.load(st)


def _names(kg: KnowledgeGraph, type_: str) -> list[str]:
    return sorted(e.name for e in kg.entities.values() if e.type == type_)


def test_a_legal_form_and_a_short_kind_of_institution_name_one_company(tmp_path: Path) -> None:
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2024-01-02", [_fact(("张三", P), "HOLDS_POSITION", ("河川消费金融有限公司", C), role="ceo")]),
        "a2": ("2024-01-03", [_fact(("李四", P), "HOLDS_POSITION", ("河川消费金融", C), role="cfo"),
                              _fact(("王五", P), "HOLDS_POSITION", ("河川消金", C), role="chairman"),
                              _fact(("赵六", P), "HOLDS_POSITION", ("河川银行", C), role="chairman")])})
    assert len(_names(kg, C)) == 2  # 河川银行 is another company


def test_a_name_cut_short_in_a_one_holder_role_is_the_same_person(tmp_path: Path) -> None:
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2024-01-02", [_fact(("欧阳明", P), "HOLDS_POSITION", ("河川银行", C), role="ceo"),
                              _fact(("钱七", P), "HOLDS_POSITION", ("河川银行", C), role="director")]),
        "a2": ("2024-02-02", [_fact(("欧阳明", P), "HOLDS_POSITION", ("河川银行", C), role="ceo")]),
        "a3": ("2024-03-02", [_fact(("欧阳", P), "HOLDS_POSITION", ("河川银行", C), role="ceo"),
                              _fact(("钱七七", P), "HOLDS_POSITION", ("河川银行", C), role="director")])})
    assert _names(kg, P) == ["欧阳明", "钱七", "钱七七"]  # two directors at once are no contradiction: not merged
    assert not any(f.contradicts for f in kg.facts.values())


def test_terms_end_at_a_succession_and_the_store_says_how(tmp_path: Path) -> None:
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2020-01-02", [_fact(("孙一", P), "HOLDS_POSITION", ("河川银行", C), role="president", start="2018")]),
        "a2": ("2022-05-02", [_fact(("周二", P), "SUCCEEDED", ("孙一", P), role="president", company="河川银行", date="2022-04"),
                              _fact(("周二", P), "HOLDS_POSITION", ("河川银行", C), role="president")])})
    terms = {kg.name(f.subject): (f.valid_from, f.valid_to, f.qualifiers.get("ended_by"))
             for f in kg.facts.values() if str(f.predicate) == "HOLDS_POSITION"}
    assert terms == {"孙一": ("2018", "2022-04", "succession"), "周二": ("2022-04", None, None)}


def test_a_holding_is_valid_from_its_date_until_a_sale_took_it_all(tmp_path: Path) -> None:
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2019-03-01", [_fact(("甲投资有限公司", C), "HOLDS_STAKE", ("河川保险", C), percent=40.0),
                              _fact(("乙集团", C), "HOLDS_STAKE", ("河川保险", C), percent=60.0, as_of="2018-12-31")]),
        "a2": ("2021-07-01", [_fact(("甲投资有限公司", C), "SOLD_STAKE", ("河川保险", C), percent=40.0, buyer="乙集团",
                                    date="2021-06-30")])})
    held = {kg.name(f.subject): (f.valid_from, f.valid_to) for f in kg.facts.values() if str(f.predicate) == "HOLDS_STAKE"}
    assert held == {"甲投资有限公司": ("2019-03-01", "2021-06-30"), "乙集团": ("2018-12-31", None)}


def test_one_sale_reported_under_the_parent_and_under_its_subsidiary_is_stored_once(tmp_path: Path) -> None:
    sale = {"percent": 40.0, "amount": 120000000}
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2022-11-25", [_fact(("河川科技有限公司", C), "SOLD_STAKE", ("河川保险代理有限公司", C), buyer="山岳集团",
                                    date="2022-11-24", **sale)]),
        "a2": ("2023-03-01", [_fact(("河川控股", C), "SOLD_STAKE", ("河川保险代理有限公司", C), date="2023-02", **sale)]),
        "a3": ("2023-03-02", [_fact(("河川控股", C), "SOLD_STAKE", ("海风小贷", C), date="2023-02", **sale)])})
    sales = sorted((kg.name(f.subject), kg.name(f.object), f.qualifiers.get("date"), len(f.provenance) if f.provenance else None)
                   for f in kg.facts.values() if str(f.predicate) == "SOLD_STAKE")
    assert [s[:3] for s in sales] == [("河川控股", "海风小贷", "2023-02"), ("河川科技有限公司", "河川保险代理有限公司", "2022-11-24")]


def _fed(path: Path, articles: dict[str, tuple[str, list[dict[str, Any]]]], one_batch: bool) -> KnowledgeGraph:
    """The graph of a store fed `articles` in one batch (`_load`) or one article at a time."""
    feeds = [articles] if one_batch else [dict([item]) for item in articles.items()]
    return [_load(path, feed) for feed in feeds][-1]


def _terms(path: Path, articles: dict[str, tuple[str, list[dict[str, Any]]]], one_batch: bool) -> dict[tuple[str, str], tuple]:
    """(person, role) → (valid_from, valid_to, ended_by, how many conflicts), fed in one batch or one article at a time."""
    kg = _fed(path, articles, one_batch)
    return {(kg.name(f.subject), str(f.qualifiers.get("role"))): (f.valid_from, f.valid_to, f.qualifiers.get("ended_by"),
                                                                   len(f.contradicts or []))
            for f in kg.facts.values() if str(f.predicate) == "HOLDS_POSITION"}


def test_a_fresh_store_derives_what_one_article_at_a_time_derives(tmp_path: Path) -> None:
    """A fresh store reads only the positions the rules can change; each
    reason is here once: two chairmen, a generic seat ended by its specific
    one, a succession, and a lone position that keeps what it states."""
    arts = {
        "a1": ("2019-01-02", [_fact(("孙一", P), "HOLDS_POSITION", ("河川银行", C), role="chairman", start="2015"),
                              _fact(("钱二", P), "HOLDS_POSITION", ("河川银行", C), role="director", start="2016"),
                              _fact(("钱二", P), "HOLDS_POSITION", ("河川银行", C), role="independent_director", start="2016",
                                    end="2019")]),
        "a2": ("2020-03-02", [_fact(("李三", P), "HOLDS_POSITION", ("河川银行", C), role="chairman", start="2020-02"),
                              _fact(("赵四", P), "HOLDS_POSITION", ("山岳保险", C), role="president", start="2012"),
                              _fact(("王五", P), "HOLDS_POSITION", ("山岳保险", C), role="ceo", start="2018"),
                              _fact(("周六", P), "HOLDS_POSITION", ("海风小贷", C), role="cfo", start="2010")]),
        "a3": ("2021-05-02", [_fact(("吴七", P), "SUCCEEDED", ("赵四", P), role="president", company="山岳保险", date="2021-04"),
                              _fact(("吴七", P), "HOLDS_POSITION", ("山岳保险", C), role="president")])}
    fresh = _terms(tmp_path / "fresh.sqlite", arts, one_batch=True)
    assert fresh == _terms(tmp_path / "each.sqlite", arts, one_batch=False)
    assert fresh[("孙一", "chairman")] == ("2015", "2020-02", "successor", 0)
    assert fresh[("钱二", "director")] == ("2016", "2019", "end", 0)  # ended when its specific seat ended
    assert fresh[("赵四", "president")] == ("2012", "2021-04", "succession", 0)
    assert fresh[("吴七", "president")] == ("2021-04", None, None, 0)
    assert fresh[("王五", "ceo")] == ("2018", None, None, 0)
    assert fresh[("周六", "cfo")] == ("2010", None, None, 0)


def test_a_fresh_store_finds_two_holders_of_a_post_that_merges_made_one(tmp_path: Path) -> None:
    """The article loop notes each post under the ids of its day; a rename
    in the loop and a legal form after it join two companies, and with them
    two chairmen and two CEOs who were each alone in their post before."""
    arts = {
        "a1": ("2019-01-02", [_fact(("孙一", P), "HOLDS_POSITION", ("河川科技", C), role="chairman", start="2015"),
                              _fact(("王五", P), "HOLDS_POSITION", ("山岳消费金融有限公司", C), role="ceo", start="2016")]),
        "a2": ("2021-03-02", [_fact(("河川科技", C), "RENAMED_TO", ("河川数科", C), date="2020-06"),
                              _fact(("李三", P), "HOLDS_POSITION", ("河川数科", C), role="chairman", start="2020-08"),
                              _fact(("周六", P), "HOLDS_POSITION", ("山岳消费金融", C), role="ceo", start="2019-05")])}
    fresh = _terms(tmp_path / "fresh.sqlite", arts, one_batch=True)
    assert fresh == _terms(tmp_path / "each.sqlite", arts, one_batch=False)
    assert fresh[("孙一", "chairman")] == ("2015", "2020-08", "successor", 0)
    assert fresh[("王五", "ceo")] == ("2016", "2019-05", "successor", 0)
    assert fresh[("李三", "chairman")] == ("2020-08", None, None, 0)


def test_a_post_a_later_article_says_was_left_is_stored_as_ended(tmp_path: Path) -> None:
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2020-01-02", [_fact(("孙一", P), "HOLDS_POSITION", ("河川科技", C), role="cso", start="2018"),
                              _fact(("周二", P), "HOLDS_POSITION", ("河川科技", C), role="cto")]),
        "a2": ("", [_fact(("孙一", P), "HOLDS_POSITION", ("河川科技", C), role="cso", left=True)])})
    terms = {kg.name(f.subject): (f.valid_from, f.valid_to, f.qualifiers.get("ended_by"))
             for f in kg.facts.values() if str(f.predicate) == "HOLDS_POSITION"}
    assert terms == {"孙一": ("2018", None, "left"), "周二": (None, None, None)}


def test_a_renamed_company_is_shown_under_the_name_it_has_now_and_a_listing_under_the_name_it_had(tmp_path: Path) -> None:
    from service.ask import answer
    from service.embedded import EmbeddedBackend

    path = tmp_path / "s.sqlite"
    kg = _load(path, {
        "a1": ("2019-01-02", [_fact(("河川金融", C), "LISTED_ON", ("NASDAQ", "Exchange"), date="2018-12-14"),
                              _fact(("张三", P), "HOLDS_POSITION", ("河川金融", C), role="ceo")]),
        "a2": ("2021-01-02", [_fact(("河川金融", C), "RENAMED_TO", ("河川数科", C), date="2020-08"),
                              _fact(("李四", P), "HOLDS_POSITION", ("河川数科", C), role="cfo")]),
        "a3": ("2023-03-01", [_fact(("河川数科", C), "RENAMED_TO", ("河川科技", C), date="2023-02-14")])})
    assert _names(kg, C) == ["河川科技"]  # one company, under the name it bears now
    backend = EmbeddedBackend(path)
    for asked in ("河川金融在哪里上市", "河川科技在哪里上市"):  # found under either name
        said = answer(backend, asked)
        assert [a["name"] for a in said["answers"]] == ["NASDAQ"]
        assert "时名河川金融" in said["answer"] and said["answer"].startswith("河川科技")


def test_a_holdings_start_is_one_rule_at_ingest_and_at_query_time(tmp_path: Path) -> None:
    """The stored valid_from (`holding_since`) is the start the stake rules
    read: an empty as_of or end says nothing, a number is a year."""
    from graph.derive import holding_since
    from graph.stake_time import stake_holds

    assert holding_since({"as_of": "", "percent": 5}, "2024-03-01") == "2024-03-01"
    assert holding_since({"end": ""}, "2024-03-01") == "2024-03-01"
    assert holding_since({"as_of": 2021}, "2024-03-01") == "2021"
    assert holding_since({"former": True}, "2024-03-01") is None
    kg = _load(tmp_path / "s.sqlite", {
        "a1": ("2024-03-01", [_fact(("青岩控股有限公司", C), "HOLDS_STAKE", ("河川银行", C), percent=12.5, as_of=""),
                              _fact(("白沙投资有限公司", C), "HOLDS_STAKE", ("河川银行", C), percent=8.0, as_of=2021)])})
    stored = {kg.name(f.subject): f for f in kg.facts.values()}
    assert (stored["青岩控股有限公司"].valid_from, stored["白沙投资有限公司"].valid_from) == ("2024-03-01", "2021")
    for name, before, after in (("青岩控股有限公司", "2024-02", "2024-04"), ("白沙投资有限公司", "2020", "2022")):
        f = stored[name]
        row = {"qualifiers": f.qualifiers, "valid_from": f.valid_from, "reported_at": f.reported_at}
        assert (stake_holds(row, before), stake_holds(row, after)) == (False, True)


def _holdings(path: Path, articles: dict[str, tuple[str, list[dict[str, Any]]]], one_batch: bool) -> dict[tuple[str, str], tuple]:
    """(holder, company) → (valid_from, valid_to), fed in one batch or one article at a time."""
    kg = _fed(path, articles, one_batch)
    return {(kg.name(f.subject), kg.name(f.object)): (f.valid_from, f.valid_to)
            for f in kg.facts.values() if str(f.predicate) == "HOLDS_STAKE"}


def test_a_fresh_store_ends_holdings_as_one_article_at_a_time_does(tmp_path: Path) -> None:
    """A fresh store derives holdings' ends only where a sale can change one:
    a seller's own holding, and a company with a sale where a holding states
    an end (noted by the article loop, under the id merges leave)."""
    arts = {
        "a1": ("2019-03-01", [_fact(("甲投资有限公司", C), "HOLDS_STAKE", ("河川保险", C), percent=40.0),
                              _fact(("丙基金", C), "HOLDS_STAKE", ("河川保险股份有限公司", C), percent=5.0, end="2020-12"),
                              _fact(("丁控股", C), "HOLDS_STAKE", ("山岳小贷", C), percent=30.0, end="2018")]),
        "a2": ("2021-07-01", [_fact(("甲投资有限公司", C), "SOLD_STAKE", ("河川保险", C), percent=40.0, buyer="乙集团",
                                    date="2021-06-30"),
                              _fact(("戊公司", C), "SOLD_STAKE", ("山岳小贷", C), percent=10.0, date="2021-01")])}
    fresh = _holdings(tmp_path / "fresh.sqlite", arts, one_batch=True)
    assert fresh == _holdings(tmp_path / "each.sqlite", arts, one_batch=False)
    assert fresh[("甲投资有限公司", "河川保险")] == ("2019-03-01", "2021-06-30")
    assert fresh[("丙基金", "河川保险")] == (None, "2020-12")  # noted under the full name, which the short one took in
    assert fresh[("丁控股", "山岳小贷")] == (None, "2018")


def test_a_fresh_store_finds_its_renames_where_the_merges_after_the_loop_took_them(tmp_path: Path) -> None:
    """A fresh store looks its renames up by the companies the loop noted
    (no scan of every fact); a legal form merged after the loop moves a
    renamed company, and the name it has now must follow it."""
    arts = {
        "a1": ("2020-01-02", [_fact((person, P), "HOLDS_POSITION", ("河川数科有限公司", C), role=role)  # its most used name
                              for person, role in (("张三", "ceo"), ("李四", "cfo"), ("赵六", "cto"))]),
        "a2": ("2021-03-02", [_fact(("河川科技", C), "RENAMED_TO", ("河川数科", C), date="2020-06"),
                              _fact(("河川科技", C), "LISTED_ON", ("NASDAQ", "Exchange"), date="2018-12-14")]),
        "a3": ("2022-03-02", [_fact(("山岳金融", C), "RENAMED_TO", ("山岳数科", C), date="2021"),
                              _fact(("王五", P), "HOLDS_POSITION", ("山岳金融", C), role="ceo")])}
    fresh, each = (_fed(tmp_path / f"{name}.sqlite", arts, one) for name, one in (("fresh", True), ("each", False)))
    assert _names(fresh, C) == _names(each, C)
    assert "河川数科" in _names(fresh, C) and "山岳数科" in _names(fresh, C)  # the names they have now


def test_a_fresh_store_looks_for_one_sale_under_two_sellers_where_the_loop_saw_two_at_one_percent() -> None:
    """`fold_same_sales` on a fresh store reads only these companies: two
    sellers at one percent as the merges left them (40 and 40.0 and True
    are numbers as SQL casts them; text is not compared there; a number
    that is no finite float is listed without comparing)."""
    from types import SimpleNamespace

    from graph.ingest.passes import _shared_sale_companies

    redirect = {"org-a2": "org-a", "per-2": "per-1", "org-s3": "org-s1"}
    sales = [("org-a", "org-s1", 40), ("org-a2", "org-s2", 40.0),  # the company merged: two sellers at 40
             ("org-b", "per-1", 5.0), ("org-b", "per-2", 5.0),  # one seller once merged: no pair
             ("org-c", "org-s1", 1), ("org-c", "org-s2", True),  # 1 and true are one percent
             ("org-d", "org-s1", "5"), ("org-d", "org-s2", "5"),  # text: not a percent the query compares
             ("org-e", "org-s1", 3.0), ("org-e", "org-s3", 3),  # the two sellers are one
             ("org-f", "org-s1", 10**400), ("org-g", "org-s1", float("nan"))]
    batch = SimpleNamespace(sales=sales, resolver=SimpleNamespace(alive=lambda e: redirect.get(e, e)))
    assert _shared_sale_companies(batch) == ["org-a", "org-c", "org-f", "org-g"]
