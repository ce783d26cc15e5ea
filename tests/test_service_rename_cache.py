"""A company's renames are read once per question (any backend) and once
per loaded graph (the embedded backend), and a store changed under a
running backend is still seen: the reload brings a new graph and with it
an empty cache. On a store built from facts written for these tests."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from extract.model import Article, Fact
from graph.ingest import ArticleFacts, ingest
from graph.store import Store
from service.embedded import EmbeddedBackend
from service.questions import Backend


def _rename(aid: str, old: str, new: str, date: str) -> ArticleFacts:
    row: dict[str, Any] = {"article_id": aid, "subject": {"name": old, "type": "Company"}, "predicate": "RENAMED_TO",
                           "object": {"name": new, "type": "Company"}, "qualifiers": {"old_name": old, "new_name": new, "date": date},
                           "evidence": f"{old}更名为{new}"}
    return ArticleFacts(Article(aid, "更名", "", date), aid, [Fact.from_json(row)])


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    with Store(path) as st:
        ingest(st, [_rename("r-1", "北辰金融", "北辰数科", "2020-08-01")])
    return path


def _counting(b: EmbeddedBackend) -> list[str]:
    calls: list[str] = []
    read = b._out

    def out(eid: str, preds: Any = None) -> Any:
        calls.append(eid)
        return read(eid, preds)
    b._out = out  # type: ignore[method-assign]
    return calls


def test_renames_are_read_once_per_loaded_graph_and_again_after_a_reload(store: Path) -> None:
    b = EmbeddedBackend(store)
    cid = b.find("北辰数科")["id"]
    calls = _counting(b)
    assert b.name_on(cid, "2019") == "北辰金融" and b.name_on(cid, "2021") == b.ref(cid)["name"]
    assert b.ref_then(cid, "2019")["name_then"] == "北辰金融"
    assert len(calls) == 1
    with Store(store) as st:  # another process renames it again
        ingest(st, [_rename("r-2", "北辰数科", "北辰科技", "2023-03-01")])
    deadline = time.monotonic() + 10
    while not b.refresh() and time.monotonic() < deadline:
        time.sleep(0.05)
    cid = b.find("北辰科技")["id"]
    assert b.name_on(cid, "2021") == "北辰数科" and len(calls) == 2


def test_a_backend_without_a_store_version_keeps_renames_for_one_request_only(store: Path) -> None:
    class Live(EmbeddedBackend):  # the base class's rule, as the Neo4j backend has it
        _renames_cache = Backend._renames_cache

    b = Live(store)
    cid = b.find("北辰数科")["id"]
    calls = _counting(b)
    b.renames(cid)
    b.renames(cid)
    assert len(calls) == 2
    with b.one_request():
        b.renames(cid)
        with b.one_request():
            b.ref_then(cid, "2019")
        b.with_names_then([])
        b.renames(cid)
    assert len(calls) == 3
