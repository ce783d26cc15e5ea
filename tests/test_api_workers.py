"""`fkg serve --workers N`: N processes, each with the graph loaded, share the port."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from .conftest import serving


def test_two_workers_answer_the_same_port(corpus_store: Path) -> None:
    with serving(corpus_store, "--workers", "2") as base:
        time.sleep(2)  # the second worker up too

        def ask(_i: int) -> tuple[int, int]:
            r = httpx.get(base + "/companies/普惠立信/holders", timeout=30)
            return r.status_code, httpx.get(base + "/health", timeout=30).json()["worker"]

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(ask, range(200)))
    assert {status for status, _w in answers} == {200}
    assert len({worker for _s, worker in answers}) == 2
