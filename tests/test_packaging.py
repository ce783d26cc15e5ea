"""fkg as a user installs it: `pip install .` into a fresh venv, run from another directory.

The bundled data (the curated alias table, the sample corpus) is package
data: the installed copy finds it, wherever it is installed (it used to be
looked up beside the source tree, which an installed wheel does not have).
The venv is new and holds only what pip installs from this checkout; the
dependencies, which the test's own environment already has, are seen
through a path file (installing them again would take minutes and the
network), and a separate test checks that each one the code imports is
declared.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
import sysconfig
from importlib.metadata import packages_distributions, requires
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with this checkout `pip install`ed into it (not editable)."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, capture_output=True, timeout=300)
    site = Path(subprocess.run([str(root / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The dependencies from this environment, after the venv's own packages on the path (no .pth file of
    # this environment runs there: the editable install of the checkout is not seen).
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([str(root / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check",
                    str(ROOT)], check=True, capture_output=True, timeout=900)
    return root


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FKG_", "PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_installed_copy_finds_its_alias_table(venv: Path, tmp_path: Path) -> None:
    r = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c",
             "import api, graph.ingest as g, service.settings as s; print(api.__file__); "
             "print(len(g.load_curated(s.bundled('aliases.tsv'))))")
    assert r.returncode == 0, r.stderr
    where, entries = r.stdout.split()
    assert Path(where).is_relative_to(venv), "the test must run the installed copy, not the checkout"
    assert int(entries) > 10


def test_the_installed_demo_finds_its_corpus(venv: Path, tmp_path: Path) -> None:
    r = _run(venv, tmp_path, str(venv / "bin" / "fkg"), "demo", "--no-serve", "--store", str(tmp_path / "demo.sqlite"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Holders of 普惠立信: 普惠管理" in r.stdout and "沈崇锋" in r.stdout
    with sqlite3.connect(tmp_path / "demo.sqlite") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 396
    assert not (tmp_path / "data").exists()


def test_the_installed_copy_carries_its_pages(venv: Path, tmp_path: Path) -> None:
    """The explorer's and the HTML export's static files are package data: an installed copy writes a full page."""
    r = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c",
             "import api.explorer, graph.export.html as h; from importlib import resources; "
             "print(api.explorer.__file__); print(resources.files('api.explorer').joinpath('static/explorer.js').is_file()); "
             "print(len(h._static('page.js')), len(h._static('page.html')), len(h._static('page.css')))")
    assert r.returncode == 0, r.stderr[-2000:]
    where, found, *sizes = r.stdout.split()
    assert Path(where).is_relative_to(venv) and found == "True" and all(int(n) > 500 for n in sizes), r.stdout


def _third_party_imports() -> dict[str, str]:
    """Each top-level module the installed packages import that is neither ours nor the standard library → a file that imports it."""
    ours = {"schema", "text", "extract", "graph", "service", "api", "fkg_data"}
    found: dict[str, str] = {}
    for layer in ours - {"fkg_data"}:
        for path in (ROOT / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
                for name in names:
                    top = name.split(".")[0]
                    if top not in ours and top not in sys.stdlib_module_names:
                        found.setdefault(top, str(path.relative_to(ROOT)))
    return found


#: Distributions a declared one requires and documents as part of its own API.
VIA = {"starlette": "fastapi"}


def test_every_imported_distribution_is_declared() -> None:
    """`pip install .` brings what the code imports: each third-party module
    belongs to a distribution the package requires (extras included)."""
    declared = {r.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].split("~")[0].strip().lower()
                for r in requires("fintech-kg") or []}
    declared |= {d for d, via in VIA.items() if via in declared}
    owners = packages_distributions()
    missing = sorted(f"{module} ({', '.join(owners.get(module, ['?']))}), imported by {where}"
                     for module, where in _third_party_imports().items()
                     if not {d.lower() for d in owners.get(module, [])} & declared)
    assert not missing, "imported but not a declared dependency:\n" + "\n".join(missing)
