"""fkg as a user installs it: `pip install .` and run from another directory.

The bundled data (the curated alias table, the sample corpus) is package
data: the installed copy finds it, wherever it is installed (it used to be
looked up beside the source tree, which an installed wheel does not have).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This checkout installed, without its dependencies (the test's own
    environment has them), into a directory of its own."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(ROOT)],
                   check=True, capture_output=True, timeout=900)
    return target


def _run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(installed), "FKG_STORE": "", "FKG_ALIASES": ""}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_installed_copy_finds_its_alias_table(installed: Path, tmp_path: Path) -> None:
    r = _run(installed, tmp_path, "-c", "import api, graph.ingest as g, service.settings as s; print(api.__file__); "
             "print(len(g.load_curated(s.bundled('aliases.tsv'))))")
    assert r.returncode == 0, r.stderr
    where, entries = r.stdout.split()
    assert Path(where).is_relative_to(installed), "the test must run the installed copy, not the checkout"
    assert int(entries) > 10


def test_the_installed_demo_finds_its_corpus(installed: Path, tmp_path: Path) -> None:
    r = _run(installed, tmp_path, "-m", "api.cli", "demo", "--no-serve", "--store", str(tmp_path / "demo.sqlite"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Holders of 普惠立信: 普惠管理" in r.stdout and "沈崇锋" in r.stdout
    with sqlite3.connect(tmp_path / "demo.sqlite") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 396
    assert not (tmp_path / "data").exists()


def test_the_installed_copy_carries_its_pages(installed: Path, tmp_path: Path) -> None:
    """The explorer's and the HTML export's static files are package data: an installed copy writes a full page."""
    r = _run(installed, tmp_path, "-c", "import api.explorer, graph.export.html as h; from importlib import resources; "
             "print(api.explorer.__file__); print(resources.files('api.explorer').joinpath('static/explorer.js').is_file()); "
             "print(len(h._static('page.js')), len(h._static('page.html')), len(h._static('page.css')))")
    assert r.returncode == 0, r.stderr[-2000:]
    where, found, *sizes = r.stdout.split()
    assert Path(where).is_relative_to(installed) and found == "True" and all(int(n) > 500 for n in sizes), r.stdout
