"""The fuzzy search ranks the same candidates in every process: which keys
share the most letter pairs with a query is a tie among many, and a tie
broken by a set's order (strings hash differently per process) made the
suggestions for an unknown name come and go between the server and the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SEARCH = """
import sys
from graph.knowledge_graph import KnowledgeGraph
from graph.store.sqlite import Store
kg = KnowledgeGraph.load(Store(sys.argv[1]))
print([m.entity.id for m in kg.search(sys.argv[2], None, 8)])
"""


def test_fuzzy_search_gives_the_same_matches_whatever_the_hash_seed(corpus_store: Path) -> None:
    # an invented group's legal name: its 控股/有限/公司 pairs tie with hundreds of stored names
    runs = {subprocess.run([sys.executable, "-c", _SEARCH, str(corpus_store), "青禾远江控股有限公司"],
                           capture_output=True, text=True, check=True, timeout=120,
                           env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}).stdout
            for seed in range(6)}
    assert len(runs) == 1, runs
