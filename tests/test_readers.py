from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.model import Article
from extract.readers import ReadIssue, content_id, iter_inputs

from .conftest import SHARED


def _read(paths: list[str]) -> tuple[list[Article], list[ReadIssue]]:
    items = list(iter_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadIssue)]


def test_jsonl_keeps_ids_and_reports_broken_line(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "x1", "title": "t", "text": "金融壹账通董事长叶望春表示"}, ensure_ascii=False)
                 + "\n{broken\n" + json.dumps({"title": "无id", "text": "正文"}, ensure_ascii=False) + "\n", encoding="utf-8")
    arts, issues = _read([str(p)])
    assert next(a.id for a in arts) == "x1"
    assert arts[1].id == content_id("无id", "正文")
    assert len(issues) == 1 and issues[0].where == f"{p}:2" and "not valid JSON" in issues[0].message


def test_digest_splits_on_blank_lines(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("标题一\n正文一第一行\n正文一第二行\n\n标题二\n正文二\n", encoding="utf-8")
    arts, issues = _read([str(p)])
    assert not issues
    assert [(a.title, a.text) for a in arts] == [("标题一", "正文一第一行\n正文一第二行"), ("标题二", "正文二")]


def test_content_id_is_stable_across_runs(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("标题\n正文\n", encoding="utf-8")
    assert _read([str(p)])[0][0].id == _read([str(p)])[0][0].id


def test_front_matter_post_with_html(tmp_path: Path) -> None:
    p = tmp_path / "p.md"
    p.write_text('---\nlayout: post\ntitle: "标题"\ndate: 2022-03-01 17:05:13 +0800\n---\n<p>第一段&amp;</p><p>第二段</p>', encoding="utf-8")
    [a], _ = _read([str(p)])
    assert (a.title, a.date, a.text) == ("标题", "2022-03-01", "第一段&\n第二段")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "big5"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "金融壹賬通董事長葉望春表示，公司業務穩健。" if encoding == "big5" else "金融壹账通董事长叶望春表示，公司业务稳健。"
    p = tmp_path / "e.txt"
    p.write_bytes((("標題\n" if encoding == "big5" else "标题\n") + text).encode(encoding))
    [a], issues = _read([str(p)])
    assert not issues and a.text == text


def test_empty_binary_and_missing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    _, issues = _read([str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"), str(tmp_path / "nope.txt")])
    msgs = [str(i) for i in issues]
    assert "empty input" in msgs[0]
    assert "binary" in msgs[1]
    assert "no such file" in msgs[2]


def test_undecodable_bytes_are_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\x81\x30" * 10 + b"\xff\xfe\xfd" * 50)
    _, issues = _read([str(p)])
    assert issues and str(p) in str(issues[0])


def test_directory_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("标题\n正文", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "正文"}) + "\n", encoding="utf-8")
    arts, _ = _read([str(tmp_path)])
    assert len(arts) == 2


@pytest.mark.skipif(not (SHARED / "corpus" / "raw").exists(), reason="needs ../shared/corpus/raw")
def test_raw_corpus_reads_like_articles_jsonl() -> None:
    arts, issues = _read([str(SHARED / "corpus" / "raw")])
    assert not issues
    # The digests and posts split into the same number of articles as articles.jsonl (empty ones aside).
    assert 380 <= len(arts) <= 396
