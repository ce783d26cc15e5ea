"""Small helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.mention_records import Inventory
from extract.model import Article, Fact
from extract.pipeline import extract_article
from extract.titles import find_titles
from graph.ingest import ArticleFacts, ingest
from graph.store import Store
from service.ask import answer
from service.embedded import EmbeddedBackend


def facts_of(text: str, title: str = "", date: str = "") -> list[Fact]:
    return extract_article(Article(id="t", title=title, text=text, date=date))


def posts(text: str, title: str = "") -> set[tuple[str, str, str]]:
    """(person, company, role) of the text's posts, under the names the output gives them."""
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
            for f in facts_of(text, title) if str(f.predicate) == "HOLDS_POSITION"}


def pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) names of the text's facts of one predicate."""
    return {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == predicate}


def sales_of(text: str, date: str = "") -> set[tuple[str, str, object, object]]:
    """(seller, company, buyer, percent) of the text's sales."""
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text, date=date) if str(f.predicate) == "SOLD_STAKE"}


def stakes_of(text: str, date: str = "") -> set[tuple[str, str, object]]:
    """(holder, company, percent) of the text's holdings."""
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, date=date) if str(f.predicate) == "HOLDS_STAKE"}


def aliases_of(text: str, name: str) -> set[str]:
    """The other names the output gives the entity called `name`."""
    return {a for f in facts_of(text) for e in (f.subject, f.object) if e.name == name for a in e.aliases}


def triples(facts: list[Fact], predicate: str | None = None) -> set[tuple]:
    out = set()
    for f in facts:
        if predicate and str(f.predicate) != predicate:
            continue
        q = f.qualifiers
        key = q.get("role") or q.get("percent") or q.get("kind") or q.get("buyer")
        out.add((f.subject.name, str(f.predicate), f.object.name, key))
    return out


def _named(ref: object, name: str) -> bool:
    return name == ref.name or name in ref.aliases  # type: ignore[attr-defined]


def quals(facts: list[Fact], subject: str, predicate: str, obj: str, **match: object) -> dict:
    """Qualifiers of the fact whose subject and object go by these names."""
    for f in facts:
        if _named(f.subject, subject) and str(f.predicate) == predicate and _named(f.object, obj) and all(
                f.qualifiers.get(k) == v for k, v in match.items()):
            return f.qualifiers
    raise AssertionError(f"no {subject} {predicate} {obj} {match} in {[f.as_json() for f in facts]}")


def post_row(person: str, company: str, role: str, article: str, evidence: str | None = None, **dates: str) -> dict[str, Any]:
    """A HOLDS_POSITION fact in the facts-file format (the evidence, when not given, names the company, role and person)."""
    return {"article_id": article, "subject": {"name": person, "type": "Person"}, "predicate": "HOLDS_POSITION",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"role": role, **dates},
            "evidence": f"{company}{role}{person}" if evidence is None else evidence}


def article_facts(aid: str, rows: list[dict[str, Any]], sha: str | None = None) -> ArticleFacts:
    """An article's facts, given in the facts-file format, as ingest takes them."""
    return ArticleFacts(Article(aid, "", ""), aid if sha is None else sha, [Fact.from_json(r) for r in rows])


def backend_of(path: Path, rows: list[dict[str, Any]], aid: str, date: str = "") -> EmbeddedBackend:
    """An embedded backend on a store built at `path` from one article's facts (facts-file rows)."""
    with Store(path) as st:
        ingest(st, [ArticleFacts(Article(aid, "", "", date), aid, [Fact.from_json(r) for r in rows])])
    return EmbeddedBackend(path)


def answer_names(b: EmbeddedBackend, q: str) -> list[str]:
    """The names of the entities that answer `q`."""
    return [a["name"] for a in answer(b, q)["answers"]]


def fact_keys(text: str, predicate: str, title: str = "", keys: tuple[str, ...] = ("percent", "kind", "date")) -> set[tuple[str, str, object]]:
    """(subject, object, the first of `keys` the fact qualifies) of each fact of `predicate`, under every name of each entity."""
    out = set()
    for f in facts_of(text, title=title):
        if str(f.predicate) == predicate:
            q = next((f.qualifiers.get(k) for k in keys if f.qualifiers.get(k)), None)
            out |= {(s, o, q) for s in (f.subject.name, *f.subject.aliases) for o in (f.object.name, *f.object.aliases)}
    return out


def inventory_of(text: str) -> Inventory:
    """The entities a text names (its companies' names and the short names it links to them), with no headline."""
    lex = get_lexicon()
    return build_inventory(text, lex, find_titles(text, lex), orig=lambda a, b: text[a:b], headline="")
