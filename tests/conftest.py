from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "articles.jsonl"
SHARED = ROOT.parent / "shared"
GOLD_DEV = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def corpus() -> dict[str, dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}
