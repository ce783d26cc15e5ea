"""The predecessor or successor of whoever holds a post ("C的T的前任是谁",
"who preceded C's chairman"), on a store built from facts written for these
tests: the holder is found as "C的T是谁" finds one (now, or on the date
asked), then the holder's succession in that post. Names and sentences are
invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend
from service.question import parse

from .helpers import answer_names, backend_of, post_row


def _post(person: str, company: str, role: str, **dates: str) -> dict[str, Any]:
    return post_row(person, company, role, "hs-1", **dates)


FACTS = [
    # "殷鹤川2018年3月起任栖梧银行董事长，2022年6月卸任，樊砚秋接任"
    _post("殷鹤川", "栖梧银行", "chairman", start="2018-03", end="2022-06"), _post("樊砚秋", "栖梧银行", "chairman", start="2022-06"),
    {"article_id": "hs-1", "subject": {"name": "樊砚秋", "type": "Person"}, "predicate": "SUCCEEDED",
     "object": {"name": "殷鹤川", "type": "Person"}, "qualifiers": {"role": "chairman", "company": "栖梧银行", "date": "2022-06"},
     "evidence": "樊砚秋接任栖梧银行董事长"},
    # no succession stated: the terms' dates order the two presidents
    _post("段秋白", "栖梧银行", "president", start="2019-01", end="2023-09"), _post("冼若水", "栖梧银行", "president", start="2023-09"),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("hs") / "s.sqlite", FACTS, "hs-1", "")


@pytest.mark.parametrize("q, who", [
    ("栖梧银行董事长的前任是谁", ["殷鹤川"]), ("栖梧银行的董事长的前任是谁", ["殷鹤川"]), ("棲梧銀行董事長的前任是誰", ["殷鹤川"]),
    ("谁是栖梧银行行长的前任", ["段秋白"]), ("棲梧銀行行長的上一任是哪位", ["段秋白"]),
    ("2020年栖梧银行董事长的继任者是谁", ["樊砚秋"]), ("2020年棲梧銀行行長的接班人是誰", ["冼若水"]),
    ("栖梧银行董事长的继任者是谁", []),  # the holder now has no successor yet
    ("Who was the predecessor of 栖梧银行's chairman?", ["殷鹤川"]), ("Who preceded the president of 栖梧银行?", ["段秋白"]),
    ("Who was the successor of the chairman of 栖梧银行 in 2020?", ["樊砚秋"]), ("Who is 栖梧银行's president's predecessor?", ["段秋白"]),
    ("樊砚秋董事长的前任是谁", ["殷鹤川"]),  # a person before the post, not a company: that person's predecessor
])
def test_the_succession_of_the_holder_of_a_post(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, intent", [
    ("栖梧银行董事长的前任是谁", "holder_predecessors"), ("棲梧銀行董事長的繼任者是誰", "holder_successors"),
    ("Who preceded the chairman of 栖梧银行?", "holder_predecessors"), ("Who succeeded 栖梧银行's chairman?", "holder_successors"),
    # near misses: the former holder of a post (前任 before the title), a named holder's predecessor, a person's successor
    ("栖梧银行的前任董事长是谁", "former_holder"), ("栖梧银行董事长樊砚秋的前任是谁", "predecessors"), ("殷鹤川的继任者是谁", "successors"),
    ("Who succeeded Yin Hechuan as chairman of 栖梧银行?", "successors"), ("Who was the previous chairman of 栖梧银行?", "former_holder"),
])
def test_the_form_is_told_from_its_near_misses(q: str, intent: str) -> None:
    assert parse(q).intent == intent


@pytest.mark.parametrize("q, intent, company", [
    ("Who did Yin Hechuan succeed at 栖梧银行?", "predecessors", "栖梧银行"), ("Who did Yin Hechuan succeed?", "predecessors", None),
    ("Who did Yin Hechuan succeed as chairman of 栖梧银行?", "predecessors", "栖梧银行"),
])
def test_whom_a_person_succeeded_at_a_company(q: str, intent: str, company: str | None) -> None:
    """"… succeed at C": the successions there, in any post (the subject stays the person)."""
    p = parse(q)
    assert (p.intent, p.subject, p.company) == (intent, "Yin Hechuan", company)


@pytest.mark.parametrize("q, intent", [
    ("栖梧集团持股哪些金融机构", "holdings"), ("棲梧集團持有哪些金融機構的股份", "holdings"), ("栖梧集团持股哪些公司", "holdings"),
    ("哪些金融机构在港交所上市", "listed_here"),  # near miss: the kind names what is listed there, no holder asked of
])
def test_financial_institutions_are_companies_a_holder_holds(q: str, intent: str) -> None:
    assert parse(q).intent == intent
