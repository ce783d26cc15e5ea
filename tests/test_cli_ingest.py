"""`fkg ingest` on bad input: one line, exit 1, no store created, an existing store untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def _ingest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", "ingest", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def _article(aid: str, text: str) -> str:
    return json.dumps({"id": aid, "title": "t", "text": text}, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name, content, says", [
    ("missing.jsonl", None, "no such file"),
    ("empty.jsonl", b"", "empty"),
    ("binary.jsonl", bytes(range(256)) * 4, "binary"),
    ("english.jsonl", _article("e1", "Only English words in this one.").encode(), "no Chinese"),
])
@pytest.mark.parametrize("facts", [False, True])
def test_bad_input_is_one_line_exit_1_and_creates_no_store(tmp_path: Path, name: str, content: bytes | None, says: str,
                                                           facts: bool) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    if facts and name == "english.jsonl":
        pytest.skip("a facts file has no articles to read")
    r = _ingest(name, "--store", "new/store.sqlite", *(["--facts"] if facts else []), cwd=tmp_path)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("fkg: error: ")
    assert name in r.stderr and (says.lower() in r.stderr.lower() or facts)
    assert not (tmp_path / "new").exists()


def test_an_article_without_chinese_is_warned_and_skipped_beside_good_ones(tmp_path: Path) -> None:
    (tmp_path / "mixed.jsonl").write_text(_article("e1", "No Chinese here.") + _article("z1", "宁波银行董事长陆华裕主持会议。"),
                                          encoding="utf-8")
    r = _ingest("mixed.jsonl", "--store", "s.sqlite", cwd=tmp_path)
    assert r.returncode == 0 and "warning: mixed.jsonl:1: article e1 has no Chinese text" in r.stderr
    from graph.store import Store

    with Store(tmp_path / "s.sqlite") as db:
        assert [a for (a,) in db.db.execute("SELECT id FROM articles")] == ["z1"]


def test_bad_input_leaves_an_existing_store_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(_article("z1", "宁波银行董事长陆华裕主持会议。"), encoding="utf-8")
    assert _ingest("good.jsonl", "--store", "s.sqlite", cwd=tmp_path).returncode == 0
    before = (tmp_path / "s.sqlite").read_bytes()
    r = _ingest("nope.jsonl", "--store", "s.sqlite", cwd=tmp_path)
    assert r.returncode == 1 and (tmp_path / "s.sqlite").read_bytes() == before


def test_messages_name_the_input_and_line_not_a_row_field(tmp_path: Path) -> None:
    """A row's own `source_file` is provenance; a warning names the file given and the line."""
    row = json.dumps({"id": "e2", "source_file": "000_internal.txt", "title": "t", "text": "English only."})
    (tmp_path / "in.jsonl").write_text(_article("z1", "宁波银行董事长陆华裕主持会议。") + row + "\n"
                                       + '{"id": "b1", "text": "unterminated\n', encoding="utf-8")
    r = _ingest("in.jsonl", "--store", "s.sqlite", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "warning: in.jsonl:2: article e2 has no Chinese text" in r.stderr and "000_internal" not in r.stderr
    assert "in.jsonl:3: not valid JSON (Unterminated string starting at column " in r.stderr and "at at" not in r.stderr


def test_bundled_articles_with_their_body_in_the_title_are_read() -> None:
    """Ten bundled articles carry their Chinese in the title (an empty or boilerplate body): none is refused."""
    from extract.runner import has_chinese, read_articles

    root = Path(__file__).resolve().parent.parent
    items = list(read_articles([str(root / "data" / "corpus" / "articles.jsonl")]))
    assert len(items) == 396 and all(has_chinese(a) and a.text for a in items)
    assert {a.id for a in items if a.text == a.title} >= {"d000-a041", "d003-a106"}


@pytest.mark.parametrize("command", ["stats", "load-neo4j"])
def test_a_command_reading_a_missing_store_says_so_in_one_line_and_creates_none(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "none.sqlite"
    done = subprocess.run([sys.executable, "-m", "api.cli", command, "--store", str(missing)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert done.returncode == 1 and done.stderr.strip() == f"fkg: error: {missing}: no such store (run fkg ingest first)"
    assert not missing.exists()
