"""A running server answers from the store as it is: an ingest that commits is seen by the next request."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from graph.knowledge_graph import KnowledgeGraph
from service.embedded import EmbeddedBackend
from service.errors import NotFound

from .conftest import _free_port


def _write(path: Path, aid: str, text: str) -> Path:
    path.write_text(json.dumps({"id": aid, "title": "t", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _ingest(src: Path, store: Path) -> None:
    """Ingest `src`, however long a starved machine takes (no time bound: how
    fast is bench/'s to measure); a failed ingest fails the test with its stderr."""
    done = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(src), "--store", str(store)], capture_output=True, text=True)
    assert done.returncode == 0, f"fkg ingest {src.name} exited {done.returncode}: {done.stderr.strip()[-2000:]}"


def _visible(http: httpx.Client, path: str, cap: float = 60.0) -> bool:
    """Whether `path` answers 200 before `cap` seconds pass. How soon is a
    measurement (bench/fresh_bench.py, README), not something a test on a
    shared machine can assert; never is a failure."""
    deadline = time.monotonic() + cap
    while time.monotonic() < deadline:
        if http.get(path).status_code == 200:
            return True
        time.sleep(0.05)
    return False


def test_an_ingest_is_visible_to_a_running_server_without_a_restart(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    _ingest(_write(tmp_path / "a.jsonl", "a1", "宁波银行董事长陆华裕主持了会议。"), store)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            deadline = time.time() + 60
            while time.time() < deadline:
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            assert http.get("/entities/江苏银行").status_code == 404
            before = http.get("/health").json()["facts"]
            _ingest(_write(tmp_path / "b.jsonl", "b1", "江苏银行董事长夏平主持了会议。"), store)
            assert _visible(http, "/entities/江苏银行"), "江苏银行 was never visible to the running server after its ingest committed"
            assert http.get("/health").json()["facts"] > before
            assert {a["name"] for a in http.get("/ask", params={"q": "江苏银行的董事长是谁"}).json()["answers"]} == {"夏平"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_reload_runs_beside_the_requests_not_in_their_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a store loads (held here until the test lets it go), a request
    waits at most RELOAD_WAIT and is answered from the graph as it was; the
    new graph replaces it whole once loaded."""
    store = tmp_path / "s.sqlite"
    _ingest(_write(tmp_path / "a.jsonl", "a1", "宁波银行董事长陆华裕主持了会议。"), store)
    backend = EmbeddedBackend(store)
    old = backend.kg
    gate = threading.Event()
    real = KnowledgeGraph.load
    monkeypatch.setattr(KnowledgeGraph, "load", lambda st: (gate.wait(60), real(st))[1])
    monkeypatch.setattr(EmbeddedBackend, "RELOAD_WAIT", 0.05)
    _ingest(_write(tmp_path / "b.jsonl", "b1", "江苏银行董事长夏平主持了会议。"), store)
    assert backend.refresh() is False and backend.kg is old
    assert backend.find("宁波银行")["name"] == "宁波银行"
    with pytest.raises(NotFound):
        backend.find("江苏银行")
    gate.set()
    loading = backend._loading
    assert loading is not None
    loading.join(60)
    assert backend.kg is not old and backend.find("江苏银行")["name"] == "江苏银行"
    assert backend.refresh() is False  # nothing committed since
