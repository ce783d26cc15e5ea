"""Outputs are written whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.runner import write_jsonl_atomic
from graph.export import export, select
from graph.knowledge_graph import KnowledgeGraph
from graph.store import Store
from text.files import atomic_bytes, atomic_directory, atomic_text


@pytest.fixture(autouse=True)
def umask_027() -> Iterator[None]:
    """A umask that differs from both the private 077 of `tempfile` and the
    usual 022, so a test passes only if the umask is what decided."""
    old = os.umask(0o027)
    yield
    os.umask(old)


def _mode(p: Path) -> int:
    return p.stat().st_mode & 0o777


def test_a_text_file_gets_the_umask_permissions_and_replaces_the_old(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with atomic_text(out) as f:
        f.write("新\n")
    assert out.read_text(encoding="utf-8") == "新\n"
    assert _mode(out) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]


def test_an_error_while_writing_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    out.write_text("old\n", encoding="utf-8")

    def rows() -> Iterator[dict]:
        yield {"a": 1}
        raise RuntimeError("extractor died")

    with pytest.raises(RuntimeError, match="extractor died"):
        write_jsonl_atomic(rows(), out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]


def test_the_jieba_tag_cache_is_written_whole_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import jieba_words

    monkeypatch.setattr(jieba_words, "_cache_dir", tmp_path / "cache")
    jieba_words.word_tags.cache_clear()
    try:
        tags = jieba_words.word_tags()
        [cache] = (tmp_path / "cache").iterdir()  # the cache, and no temporary file beside it
        assert _mode(cache) == 0o640 and tags["银行"] == "n"
        jieba_words.word_tags.cache_clear()
        assert jieba_words.word_tags() == tags  # now from the cache
    finally:
        jieba_words.word_tags.cache_clear()
    with pytest.raises(ValueError, match="no marshal"), atomic_bytes(cache) as f:
        f.write(b"half")
        raise ValueError("no marshal")
    assert jieba_words.WordTags(jieba_words.marshal.loads(cache.read_bytes())) == tags


def test_extract_output_is_an_ordinary_file(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "pred.jsonl"
    assert write_jsonl_atomic([{"a": "普惠立信"}], out) == 1
    assert _mode(out) == 0o640  # not mkstemp's 0600


def test_a_directory_replaces_the_old_one_or_leaves_it(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    (out / "stale.csv").write_text("x", encoding="utf-8")
    with atomic_directory(out) as d:
        (d / "nodes.csv").write_text("id", encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["nodes.csv"]
    assert _mode(out) == 0o750  # not mkdtemp's 0700
    with pytest.raises(RuntimeError, match="half way"), atomic_directory(out) as d:
        (d / "other.csv").write_text("y", encoding="utf-8")
        raise RuntimeError("half way")
    assert sorted(p.name for p in out.iterdir()) == ["nodes.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["csv"]


def test_a_file_in_the_way_of_a_directory_is_refused_untouched(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not a directory"), atomic_directory(out):
        pass
    assert out.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("fmt", ["graphml", "neo4j-csv"])
def test_exports_are_ordinary_files(tmp_path: Path, corpus_store: Path, fmt: str) -> None:
    with Store(corpus_store) as st:
        kg = KnowledgeGraph.load(st)
        out = tmp_path / f"export.{fmt}"
        export(select(kg, st, None, 1), fmt, out)
    assert _mode(out) == (0o750 if fmt == "neo4j-csv" else 0o640)
    if fmt == "neo4j-csv":
        assert _mode(out / "import.sh") == 0o755


def test_the_tag_cache_directory_comes_from_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FKG_CACHE_DIR, else $XDG_CACHE_HOME/fintech-kg; a command that extracts sets it before reading."""
    from api.cli import common
    from extract import jieba_words
    from service.settings import Settings, StartSettings

    monkeypatch.delenv("FKG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert common.first_settings().jieba_cache_dir() == tmp_path / "xdg" / "fintech-kg"
    assert StartSettings.of(Settings()).jieba_cache_dir() == tmp_path / "xdg" / "fintech-kg"  # the one rule, from pydantic's
    monkeypatch.setenv("FKG_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setattr(jieba_words, "_cache_dir", jieba_words._cache_dir)  # restored after the test
    common.settings.cache_clear()
    try:
        common.prepare_extraction()
    finally:
        common.settings.cache_clear()
    assert jieba_words._cache_dir == tmp_path / "mine"


def test_the_first_settings_are_read_down_from_the_full_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A variable only `Settings` reads (FKG_PORT) sends the first settings through pydantic's; they come back
    as `StartSettings`, with the same cache directory and logging as the plain reading gives."""
    from api.cli import common
    from service.settings import StartSettings

    monkeypatch.setenv("FKG_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("FKG_LOG_LEVEL", "info")
    plain = common.first_settings()
    monkeypatch.setenv("FKG_PORT", "8123")
    common.settings.cache_clear()
    try:
        full = common.first_settings()
    finally:
        common.settings.cache_clear()
    assert type(full) is StartSettings and full == plain
    assert full.jieba_cache_dir() == tmp_path / "mine" and full.log_level == "info"
