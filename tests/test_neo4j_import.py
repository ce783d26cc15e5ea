"""`fkg export --format neo4j-csv` through the real `neo4j-admin database
import full` (the import tool of the harness classpath, make neo4j-test):
it accepts the files, and writes the nodes, relationships and properties
`fkg load-neo4j` writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import neo4j_counts, wipe_neo4j

pytestmark = pytest.mark.neo4j


def test_admin_import_of_the_csv_export(neo4j_cfg, neo4j_driver, corpus_store: Path, tmp_path: Path) -> None:
    from tools.neo4j_harness import HarnessUnavailable, admin_import

    wipe_neo4j(neo4j_driver)
    subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store)], check=True, capture_output=True)
    loaded = neo4j_counts(neo4j_driver)
    out = tmp_path / "csv"
    subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "neo4j-csv", "--out", str(out), "--store", str(corpus_store)],
                   check=True, capture_output=True)
    try:
        imported = admin_import(out, tmp_path / "home", heap="512m")
    except HarnessUnavailable as e:
        pytest.skip(str(e))
    assert imported == loaded
