"""What an operator sees when Neo4j is not there or goes away (make
neo4j-test): one clear line and a non-zero exit, never a traceback; a load
that was interrupted and is run again ends complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.store import Store
from tests.conftest import _free_port, neo4j_counts, wipe_neo4j
from tests.test_neo4j_load import _by_label

pytestmark = pytest.mark.neo4j


def _fkg_env(**over: str) -> dict[str, str]:
    return {**os.environ, "FKG_PROGRESS": "", **over}


def _one_clear_line(stderr: str, *needles: str) -> None:
    errors = [ln for ln in stderr.splitlines() if ln.strip() and not ln.startswith("fkg: loaded")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr and "retrying" not in stderr, stderr
    assert all(n in errors[0] for n in needles), errors[0]


def test_wrong_password(neo4j_cfg, corpus_store: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store), "--password", "not-the-password"],
                       capture_output=True, text=True, timeout=120, env=_fkg_env())
    assert r.returncode != 0
    _one_clear_line(r.stderr, "refused the credentials", neo4j_cfg.uri)
    time.sleep(1)  # the server counts failed logins per user (3 in a row lock it for 5 s): leave it a single one


def test_unreachable_host(neo4j_cfg, corpus_store: Path) -> None:
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store), "--uri", "bolt://127.0.0.1:9"],
                       capture_output=True, text=True, timeout=300, env=_fkg_env())
    assert r.returncode != 0
    _one_clear_line(r.stderr, "unreachable", "bolt://127.0.0.1:9")
    assert time.monotonic() - t0 < 120  # refused at once, not after a retry loop inside a retry loop


def test_serve_on_an_unreachable_neo4j_is_one_line(corpus_store: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "api.cli", "serve", "--backend", "neo4j", "--store", str(corpus_store), "--port", str(_free_port())],
                       capture_output=True, text=True, timeout=300, env=_fkg_env(NEO4J_URI="bolt://127.0.0.1:9"))
    assert r.returncode != 0
    _one_clear_line(r.stderr, "unreachable")


def _start_load(corpus_store: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store), "--batch-size", "5",
                             "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


def _wait_for_progress(proc: subprocess.Popen[str], what: str) -> list[str]:
    assert proc.stderr
    lines = []
    for ln in proc.stderr:
        lines.append(ln)
        if what in ln:
            return lines
    pytest.fail("the load ended before it got that far: " + "".join(lines))


def test_server_stopped_mid_load(neo4j_cfg, corpus_store: Path) -> None:
    """A server of its own (the session's stays up): stopped while the load
    writes relationships. The load ends within the driver's retry time with
    one line, not after a second retry loop around the driver's."""
    from tools.neo4j_harness import HarnessUnavailable, Server

    try:
        server = Server(heap="512m", pagecache="64m").start()
    except HarnessUnavailable as e:
        pytest.skip(str(e))
    try:
        proc = _start_load(corpus_store, _fkg_env(**server.env()))
        seen = _wait_for_progress(proc, "aliases")
        server.stop()
        t0 = time.monotonic()
        _out, err = proc.communicate(timeout=300)
        took = time.monotonic() - t0
    finally:
        server.stop()
    assert proc.returncode != 0
    _one_clear_line("".join(seen) + err, "Neo4j")
    assert took < 120, f"the load took {took:.0f}s to give up"


def test_interrupted_load_rerun_ends_complete(neo4j_cfg, neo4j_driver, corpus_store: Path) -> None:
    wipe_neo4j(neo4j_driver)
    proc = _start_load(corpus_store, _fkg_env())
    _wait_for_progress(proc, "aliases")
    proc.send_signal(signal.SIGKILL)  # mid-way through the relationships
    proc.wait()
    partial = neo4j_counts(neo4j_driver)
    r = subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store)],
                       capture_output=True, text=True, timeout=600, env=_fkg_env())
    assert r.returncode == 0, r.stderr
    complete = neo4j_counts(neo4j_driver)
    assert complete["relationships"] > partial["relationships"]
    labels = _by_label(neo4j_driver)
    with Store(corpus_store) as db:
        want = db.counts()
    assert labels["Fact"] == sum(want["facts"].values()) and labels["-EXTRACTED_FROM-"] == want["provenance"]
    assert labels["Entity"] == sum(want["entities"].values()) and labels["Article"] == want["articles"]
    # and a third load (from complete) changes nothing
    assert subprocess.run([sys.executable, "-m", "api.cli", "load-neo4j", "--store", str(corpus_store)],
                          capture_output=True, text=True, timeout=600, env=_fkg_env()).returncode == 0
    assert neo4j_counts(neo4j_driver) == complete
