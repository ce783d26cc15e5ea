"""`fkg export --format cypher` run into an empty Neo4j (make neo4j-test)
gives the same graph as `fkg load-neo4j`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.neo4j.cypher import file_statements
from tests.conftest import neo4j_counts, wipe_neo4j
from tests.test_neo4j_load import _by_label

pytestmark = pytest.mark.neo4j


def test_exported_script_into_an_empty_database(neo4j_corpus, neo4j_driver, corpus_store: Path, tmp_path: Path) -> None:
    wipe_neo4j(neo4j_driver)
    subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store)], check=True, capture_output=True)
    loaded, loaded_labels = neo4j_counts(neo4j_driver), _by_label(neo4j_driver)
    script = tmp_path / "graph.cypher"
    subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "cypher", "--out", str(script), "--store", str(corpus_store)],
                   check=True, capture_output=True)
    wipe_neo4j(neo4j_driver)
    statements = file_statements(script)
    assert len(statements) > 10
    with neo4j_driver.session() as s:
        for st in statements:
            s.run(st.query).consume()
    assert neo4j_counts(neo4j_driver) == loaded and _by_label(neo4j_driver) == loaded_labels
