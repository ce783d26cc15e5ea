"""The explorer (`/explore`) and the docs pages in a real browser: tests/browser/explorer.test.mjs drives
Debian's Chromium with playwright-core (pinned in tests/browser/package-lock.json, no browser download)
against a real `fkg serve` on a free port. It searches 普惠立信, reads its holders with their percentages,
moves the date before and after the 2022-11-24 stake sale and sees the edge change, clicks the sale's edge
and reads its evidence sentence, expands a node, uses the timeline, exports PNG and GraphML, and opens
/docs and /redoc with every request off the server refused. tests/browser/export.test.mjs opens the pages `fkg export
--format html` writes (the whole graph: the largest hubs with readable names, a legend, a view that fills the
canvas; centred on 普惠立信: the sold stake former, the holder current, the sale an event). Screenshots: out/browser/
(CI artifacts)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BROWSER = ROOT / "tests" / "browser"
SHOTS = ROOT / "out" / "browser"
CHROMIUM = os.environ.get("FKG_CHROMIUM", "/usr/bin/chromium")


def _ready() -> str | None:
    """Why the browser test cannot run here, or None (installing playwright-core from the lock if npm can)."""
    if not shutil.which("node"):
        return "needs node (Debian's nodejs) to drive the browser"
    if not os.access(CHROMIUM, os.X_OK):
        return f"needs Debian's chromium at {CHROMIUM} (.ci/run installs it with apt)"
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        if not shutil.which("npm"):
            return "needs playwright-core: npm ci --prefix tests/browser (no npm here)"
        r = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=BROWSER, capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            return f"npm ci in tests/browser failed: {r.stderr.strip()[-300:]}"
    return None


def run_in_chromium(script: str, shots: Path, timeout: int, **env: str) -> str:
    """Runs one tests/browser script (skipping when the browser cannot run here), screenshots into `shots`;
    its output, after asserting that it exited 0 with no failed step."""
    reason = _ready()
    if reason:
        pytest.skip(reason)
    shots.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **env, "FKG_SHOTS": str(shots), "FKG_CHROMIUM": CHROMIUM}
    r = subprocess.run(["node", str(BROWSER / script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, r.stdout[-8000:] + r.stderr[-3000:]
    assert " 0 failed" in r.stdout, r.stdout[-8000:]
    return r.stdout


def test_explorer_and_docs_in_chromium(server: str) -> None:
    run_in_chromium("explorer.test.mjs", SHOTS, 900, FKG_BASE=server)
    assert (SHOTS / "explorer-2022-12-after-sale.png").stat().st_size > 10_000


def test_exported_pages_in_chromium(corpus_store: Path, tmp_path: Path) -> None:
    if reason := _ready():
        pytest.skip(reason)
    for name, centre in (("whole.html", []), ("centre.html", ["--center", "普惠立信"])):
        subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "html", "--out", str(tmp_path / name),
                        "--store", str(corpus_store), *centre], check=True, capture_output=True, timeout=300)
    run_in_chromium("export.test.mjs", SHOTS, 600, FKG_EXPORTS=str(tmp_path))
    assert (SHOTS / "export-whole-hubs.png").stat().st_size > 10_000
