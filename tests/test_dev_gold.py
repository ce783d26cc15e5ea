"""The issue's quality targets on the dev gold set (../shared/gold/dev).

Micro precision ≥ 0.90 and recall ≥ 0.80, F1 ≥ 0.70 for every predicate that
has gold facts, date accuracy ≥ 0.85. Our scorer is cross-checked against the
reference scorer so that the figures here are the figures CI prints.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import score
from extract.runner import iter_facts, read_articles
from text.jsonl import read_jsonl

from .conftest import CORPUS, GOLD_DEV, SHARED

pytestmark = pytest.mark.skipif(not GOLD_DEV.exists(), reason="needs ../shared/gold/dev")


@pytest.fixture(scope="module")
def gold() -> tuple[list[dict], list[dict]]:
    return (read_jsonl(sorted(GOLD_DEV.glob("facts_*.jsonl"))), read_jsonl(sorted(GOLD_DEV.glob("entities_*.jsonl"))))


@pytest.fixture(scope="module")
def predicted(gold: tuple[list[dict], list[dict]]) -> list[dict]:
    wanted = {r["article_id"] for r in gold[0]}
    return list(iter_facts(a for a in read_articles([str(CORPUS)]) if getattr(a, "id", None) in wanted))


def test_dev_gold_targets(predicted: list[dict], gold: tuple[list[dict], list[dict]]) -> None:
    rep = score(predicted, *gold)
    p, r, _f = rep.prf(rep.micro)
    assert p >= 0.90, rep.table()
    assert r >= 0.80, rep.table()
    for pred, counts in rep.per_predicate.items():
        if counts["gold"]:
            assert rep.prf(counts)[2] >= 0.70, f"{pred}\n{rep.table()}"
    assert rep.date_accuracy is not None and rep.date_accuracy >= 0.85, rep.table()


def test_every_fact_has_provenance(predicted: list[dict], corpus: dict[str, dict]) -> None:
    for f in predicted:
        s, e = f["offsets"]
        assert corpus[f["article_id"]]["text"][s:e] == f["evidence"]
        assert 0 < f["confidence"] <= 1 and f["extractor"].startswith("fkg-rules/")


def test_our_scorer_agrees_with_the_reference(predicted: list[dict], gold: tuple[list[dict], list[dict]], tmp_path: Path) -> None:
    ref = SHARED / "tools" / "score.py"
    if not ref.exists():
        pytest.skip("reference scorer not present")
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predicted), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(ref), str(pred_file), "--gold", *map(str, sorted(GOLD_DEV.glob("facts_*.jsonl"))),
         "--entities", *map(str, sorted(GOLD_DEV.glob("entities_*.jsonl"))), "--json"],
        capture_output=True, text=True, check=True,
    )
    reference = json.loads(out.stdout)
    ours = score(predicted, *gold)
    assert reference["micro"]["tp"] == ours.micro["tp"]
    assert reference["micro"]["pred"] == ours.micro["pred"]
    assert reference["date_accuracy"] == ours.date_accuracy
