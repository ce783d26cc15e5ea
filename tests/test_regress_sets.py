"""Our regression sets (bench/regress/) hold text we wrote or the bundled
corpus's, never the third-party news kept for evaluation in ../shared
(dev-web articles, the QA files): no run of 30 characters of theirs that
the corpus does not also hold may appear in ours. Also the sets'
files agree with each other, as the reference scorers expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

SETS = sorted(d for d in (ROOT / "bench" / "regress").iterdir() if (d / "facts.jsonl").is_file())
RUN = 30


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _runs(text: str) -> set[str]:
    """Runs of RUN characters that are Chinese prose (English question forms recur, as they should)."""
    runs = (text[i:i + RUN] for i in range(len(text) - RUN + 1))
    return {r for r in runs if sum("\u4e00" <= c <= "\u9fff" for c in r) >= RUN // 2}


def _texts(path: Path) -> list[str]:
    """The prose of a file of articles, facts or questions (not its JSON: names recur there as they should)."""
    return [str(r.get(k) or "") for r in _rows(path) for k in ("title", "text", "evidence", "question", "why")]


@pytest.mark.skipif(not (SHARED / "gold" / "dev-web").is_dir(), reason="../shared/gold/dev-web is not beside the checkout")
def test_no_set_holds_a_sentence_of_the_evaluation_news() -> None:
    theirs: set[str] = set()
    for path in [*sorted((SHARED / "gold" / "dev-web").glob("*.jsonl")), *sorted((SHARED / "qa").glob("*.jsonl"))]:
        for text in _texts(path):
            theirs |= _runs(text)
    assert len(theirs) > 10_000, "no evaluation text was read"
    for text in _texts(ROOT / "data" / "corpus" / "articles.jsonl"):  # the bundled corpus is ours to quote
        theirs -= _runs(text)
    for d in SETS:
        for name in ("articles.jsonl", "facts.jsonl", "questions.jsonl"):
            if (d / name).is_file():
                shared = set().union(*map(_runs, _texts(d / name))) & theirs
                assert not shared, f"{d.name}/{name} holds evaluation text: {sorted(shared)[:3]}"


@pytest.mark.parametrize("folder", SETS, ids=[d.name for d in SETS])
def test_a_sets_facts_and_ids_name_its_articles(folder: Path) -> None:
    ids = set((folder / "ids.txt").read_text(encoding="utf-8").split())
    assert ids
    assert {f["article_id"] for f in _rows(folder / "facts.jsonl")} <= ids
    if (folder / "articles.jsonl").is_file():
        assert {a["id"] for a in _rows(folder / "articles.jsonl")} == ids
    names = {n for e in _rows(folder / "entities.jsonl") for n in (e["name"], *e.get("aliases", []))}
    assert {f[k] for f in _rows(folder / "facts.jsonl") for k in ("subject", "object")} <= names
