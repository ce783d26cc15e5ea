from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus ingested into a fresh embedded store (once per run)."""
    import subprocess
    import sys

    store = tmp_path_factory.mktemp("store") / "corpus.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(CORPUS), "--store", str(store)],
                   check=True, capture_output=True, timeout=600)
    return store


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """`fkg serve` on loopback with these options, until the block ends: its base URL."""
    import subprocess
    import sys
    import time

    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port), *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            if proc.poll() is not None:
                raise RuntimeError(f"server died: {proc.stderr.read().decode() if proc.stderr else ''}")
        else:
            raise RuntimeError("server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="session")
def server(corpus_store: Path) -> Iterator[str]:
    """`fkg serve` on loopback: the real server, the real HTTP stack."""
    with serving(corpus_store) as base:
        yield base
