"""Splits and partitioned facts directories, without an engine: a split read
alone gives what the single-process reader gives for its lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.factsdir import FactsDirError, PartResult, iter_facts_dir, part_file, write_manifest, write_part
from extract.model import Article
from extract.readers import ReadIssue, iter_inputs
from extract.splits import Piece, SplitError, plan_splits, read_split

from .conftest import CORPUS

ART = {"title": "人事变动", "text": "某某科技首席财务官王小明表示，公司经营稳健。"}


def _items(items) -> list[tuple]:
    """What a run sees of each item: an article's record and where it was read, or an issue."""
    return [(i.where, i.message) if isinstance(i, ReadIssue) else (i, i.where, i.source) for i in items]


def _through_splits(inputs: list[str], split_bytes: int) -> list[tuple]:
    plan = plan_splits(inputs, split_bytes)
    return [(i.where, i.message) for i in plan.issues] + _items(x for s in plan.splits for x in read_split(s))


def _lines(*rows: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)


def test_the_corpus_in_small_splits_reads_as_the_whole_file() -> None:
    plan = plan_splits([str(CORPUS)], 50_000)
    assert len(plan.splits) > 20 and plan.bytes == CORPUS.stat().st_size
    assert [p.first_line for s in plan.splits for p in s.pieces][:2] == [1, plan.splits[1].pieces[0].first_line]
    assert _through_splits([str(CORPUS)], 50_000) == _items(iter_inputs([str(CORPUS)]))


def test_cuts_keep_line_numbers_through_bad_lines_crlf_lone_cr_bom_and_blanks(tmp_path: Path) -> None:
    body = _lines(*({**ART, "id": f"a{i}"} for i in range(6)), "{broken", "", "[1, 2]", {"id": "x", "title": "t"},
                  {"id": "en", "text": "No Chinese."}, *({**ART, "id": f"b{i}"} for i in range(6)))
    body = body.replace("\n", "\r\n", 3)  # Windows line ends for the first three
    body = body.replace('"a4"}\n', '"a4"}\r', 1)  # a lone CR: a line break to the reader
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + body.encode())
    whole = _items(iter_inputs([str(src)]))
    assert whole[6][0].endswith("mixed.jsonl:7") and "not valid JSON" in whole[6][1]
    assert [w for w, _ in whole[7:9]] == [f"{src}:9", f"{src}:10"] and [x[1] for x in whole[9:11]] == [f"{src}:11", f"{src}:12"]
    for size in (1, 90, 200, 1000):
        assert _through_splits([str(src)], size) == whole, size
    assert len(plan_splits([str(src)], 90).splits) > 5


def test_files_a_slice_cannot_read_alone_are_one_piece(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes(_lines(*({**ART, "id": f"g{i}"} for i in range(10))).encode("gb18030"))
    late = tmp_path / "late.jsonl"  # GB18030 whose first 100 KB are ASCII: judged where its Chinese starts
    late.write_bytes((_lines(*({"id": f"e{i}", "text": "English only. " * 40} for i in range(200)))
                      + _lines(*({**ART, "id": f"h{i}"} for i in range(10)))).encode("gb18030"))
    assert late.read_bytes()[:100_000].isascii()
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n" * 100)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(bytes(range(256)) * 8)
    digest = tmp_path / "news.txt"
    digest.write_text("标题一\n" + ART["text"] * 20 + "\n\n标题二\n" + ART["text"] * 20 + "\n", encoding="utf-8")
    inputs = [str(p) for p in (gbk, late, empty, binary, digest)]
    plan = plan_splits(inputs, 100)
    assert all(p.whole for s in plan.splits for p in s.pieces) and len(plan.splits) == 5
    assert _through_splits(inputs, 100) == _items(iter_inputs(inputs))


def test_a_stray_byte_past_the_head_of_a_utf8_file_is_that_line_s_problem(tmp_path: Path) -> None:
    """The one place where a split reads differently: the whole-file reader would decode the whole
    file as GB18030 (mojibake throughout); a split reports the line."""
    src = tmp_path / "stray.jsonl"
    rows = [json.dumps({**ART, "id": f"s{i}"}, ensure_ascii=False).encode() for i in range(3000)]
    rows[2500] = rows[2500].replace("王小明".encode(), b"\xff\xfe")
    src.write_bytes(b"\n".join(rows) + b"\n")
    plan = plan_splits([str(src)], 50_000)
    assert len(plan.splits) > 5 and not any(p.whole for s in plan.splits for p in s.pieces)
    items = [x for s in plan.splits for x in read_split(s)]
    issues = [x for x in items if isinstance(x, ReadIssue)]
    assert [str(i) for i in issues] == [f"{src}:2501: not UTF-8 text (byte 63 of the line) in a UTF-8 file"]
    assert [x.id for x in items if isinstance(x, Article)] == [f"s{i}" for i in range(3000) if i != 2500]


def test_directories_in_reading_order_small_files_grouped_missing_reported(tmp_path: Path) -> None:
    d = tmp_path / "in"
    for name in ("b.jsonl", "a.jsonl", "sub/c.md", "skip.csv"):
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(_lines({**ART, "id": name}) if name.endswith("jsonl") else
                              f"---\ntitle: {name}\n---\n{ART['text']}\n", encoding="utf-8")
    (tmp_path / "emptydir").mkdir()
    inputs = [str(d), str(tmp_path / "nope.jsonl"), str(tmp_path / "emptydir")]
    plan = plan_splits(inputs, 1 << 20)
    assert len(plan.splits) == 1 and [p.name for p in plan.splits[0].pieces] == [str(d / "a.jsonl"), str(d / "b.jsonl"), str(d / "sub/c.md")]
    assert [i.message for i in plan.issues] == ["no such file or directory", "directory holds no .jsonl, .txt, .md or .html files"]
    assert sorted(_through_splits(inputs, 1 << 20), key=str) == sorted(_items(iter_inputs(inputs)), key=str)
    assert [len(s.pieces) for s in plan_splits(inputs, 10).splits] == [1, 1, 1]


def test_names_stay_as_the_user_gave_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("rel.jsonl").write_text(_lines({**ART, "id": "r"}, "{bad"), encoding="utf-8")
    plan = plan_splits(["rel.jsonl"], 1 << 20)
    piece = plan.splits[0].pieces[0]
    assert piece == Piece("rel.jsonl", str(tmp_path / "rel.jsonl")) and piece.whole
    art, issue = read_split(plan.splits[0])
    assert isinstance(art, Article) and art.where == "rel.jsonl:1" and art.source == "rel.jsonl"
    assert str(issue).startswith("rel.jsonl:2: not valid JSON")


def test_stdin_is_refused() -> None:
    with pytest.raises(SplitError, match="standard input"):
        plan_splits(["-"])


def _facts_dir(tmp_path: Path) -> Path:
    rows = [{"article_id": f"a{i}", "n": i} for i in range(5)]
    d = tmp_path / "out"
    d.mkdir()
    write_part(d, 0, rows[:3])
    write_part(d, 1, rows[3:])
    (d / ".part-00001.jsonl.x1y2").write_text("a killed attempt's temporary file")
    write_manifest(d, [PartResult(0, part_file(0), 2, 3), PartResult(1, part_file(1), 1, 2)], {"engine": "test"})
    return d


def test_a_facts_dir_reads_back_in_part_order(tmp_path: Path) -> None:
    d = _facts_dir(tmp_path)
    assert [r["n"] for r in iter_facts_dir(d)] == [0, 1, 2, 3, 4]
    assert sorted(p.name for p in d.iterdir()) == ["_SUCCESS", "part-00000.jsonl", "part-00001.jsonl"]
    manifest = json.loads((d / "_SUCCESS").read_text())
    assert manifest["facts"] == 5 and manifest["articles"] == 3 and manifest["engine"] == "test"


@pytest.mark.parametrize("damage, message", [
    (lambda d: (d / "_SUCCESS").unlink(), "no _SUCCESS manifest"),
    (lambda d: (d / "part-00001.jsonl").unlink(), "part-00001.jsonl: No such file"),
    (lambda d: (d / "part-00000.jsonl").write_text('{"n": 0}\n'), "part-00000.jsonl: 1 facts, the manifest says 3"),
    (lambda d: (d / "part-00001.jsonl").write_text('{"n": 3}\n{oops\n'), "part-00001.jsonl:2: not JSON"),
    (lambda d: (d / "_SUCCESS").write_text("[]"), "not a fkg-facts/partitioned-jsonl/1 manifest"),
])
def test_a_damaged_facts_dir_is_a_one_line_error(tmp_path: Path, damage, message: str) -> None:
    d = _facts_dir(tmp_path)
    damage(d)
    with pytest.raises(FactsDirError, match=message.replace("(", r"\(")):
        list(iter_facts_dir(d))


def test_a_part_no_worker_wrote_here_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FactsDirError, match="filesystem every worker shares"):
        write_manifest(tmp_path, [PartResult(0, part_file(0))], {})
