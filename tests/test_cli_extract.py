"""`fkg extract` and `fkg eval` as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GOLD_DEV

FKG = [sys.executable, "-m", "api.cli"]
GOOD = {"id": "g1", "title": "金融壹账通人事变动", "text": "金融壹账通首席财务官罗永涛表示，公司经营稳健。"}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FKG, *args], input=stdin.decode() if stdin else None, capture_output=True, text=True, timeout=600)


def _jsonl(path: Path, *rows: dict | str) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("fkg ")


def test_extract_writes_the_guide_format(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    r = run("extract", str(_jsonl(tmp_path / "a.jsonl", GOOD)), "--out", str(out))
    assert r.returncode == 0, r.stderr
    [fact] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert fact["article_id"] == "g1" and fact["predicate"] == "HOLDS_POSITION"
    assert fact["subject"] == {"name": "罗永涛", "type": "Person", "aliases": []}
    assert fact["qualifiers"]["role"] == "cfo" and fact["evidence"] and fact["offsets"]


def test_broken_line_skip_reports_file_and_line_and_keeps_the_rest(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "a.jsonl", GOOD, "{not json", {**GOOD, "id": "g2"})
    out = tmp_path / "facts.jsonl"
    r = run("extract", str(src), "--out", str(out), "--on-error", "skip")
    assert r.returncode == 0
    assert f"{src}:2: not valid JSON" in r.stderr and "Traceback" not in r.stderr
    assert {json.loads(x)["article_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"g1", "g2"}


def test_broken_line_fail_stops_and_writes_nothing(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "a.jsonl", GOOD, "{not json")
    out = tmp_path / "facts.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    r = run("extract", str(src), "--out", str(out), "--on-error", "fail")
    assert r.returncode == 1 and f"{src}:2" in r.stderr and "Traceback" not in r.stderr
    assert out.read_text(encoding="utf-8") == "previous run\n"  # atomic: the old output is intact


@pytest.mark.parametrize("content, message", [
    (b"", "empty input"),
    (bytes(range(256)) * 8, "binary"),
])
def test_bad_files_are_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = run("extract", str(bad), str(_jsonl(tmp_path / "a.jsonl", GOOD)))
    assert r.returncode == 0 and message in r.stderr and "Traceback" not in r.stderr
    assert json.loads(r.stdout.splitlines()[0])["article_id"] == "g1"


def test_article_without_chinese_is_skipped_with_a_warning(tmp_path: Path) -> None:
    r = run("extract", str(_jsonl(tmp_path / "a.jsonl", {"id": "en", "text": "No Chinese at all."}, GOOD)))
    assert r.returncode == 0 and "no Chinese text" in r.stderr and "g1" in r.stdout


def test_stdin(tmp_path: Path) -> None:
    r = run("extract", "-", stdin=(json.dumps(GOOD, ensure_ascii=False) + "\n").encode())
    assert r.returncode == 0 and json.loads(r.stdout.splitlines()[0])["article_id"] == "g1"


def test_workers_give_the_same_output(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "a.jsonl", *({**GOOD, "id": f"g{i}"} for i in range(20)))
    one, two = run("extract", str(src)), run("extract", str(src), "--workers", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout


def test_ten_megabyte_article_completes(tmp_path: Path) -> None:
    big = {"id": "big", "text": ("金融壹账通首席财务官罗永涛表示，公司经营稳健。" + "市场平稳，" * 40 + "\n") * 40_000}
    assert len(big["text"].encode()) > 10_000_000
    r = run("extract", str(_jsonl(tmp_path / "big.jsonl", big, GOOD)))
    assert r.returncode == 0, r.stderr[-500:]
    assert {json.loads(x)["article_id"] for x in r.stdout.splitlines()} == {"big", "g1"}


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("extract").returncode == 2
    assert run("extract", str(_jsonl(tmp_path / "a.jsonl", GOOD)), "--on-error", "maybe").returncode == 2


def test_missing_input_exits_1(tmp_path: Path) -> None:
    r = run("extract", str(tmp_path / "nope.jsonl"))
    assert r.returncode == 1 and "no such file" in r.stderr


@pytest.mark.skipif(not GOLD_DEV.exists(), reason="needs ../shared/gold/dev")
def test_eval_prints_the_table() -> None:
    r = run("eval", "--gold", str(GOLD_DEV / "facts_a.jsonl"), "--gold", str(GOLD_DEV / "facts_b.jsonl"),
            "--entities", str(GOLD_DEV / "entities_a.jsonl"), "--entities", str(GOLD_DEV / "entities_b.jsonl"))
    assert r.returncode == 0, r.stderr
    assert "HOLDS_POSITION" in r.stdout and "micro" in r.stdout and "date accuracy" in r.stdout


#: invented: a registry page whose change record passes two one-holder posts in one row (two successions with
#: one evidence), and a news item with two posts given in one sentence
_ORDER_ARTICLES = (
    {"id": "o1", "title": "嘉兴澄湖智联科技有限公司 - 企业工商信息",
     "text": "嘉兴澄湖智联科技有限公司\n成立日期：2018-03-12　注册资本：2000万元　法定代表人：柯予安\n\n"
             "主要人员　3\n序号　姓名　职务\n1　柯予安　董事长\n2　闵若川　董事,总经理\n3　辛晓棠　监事\n\n"
             "变更记录　2\n序号　变更日期　变更项目　变更前　变更后\n"
             "1　2023-06-18　董事、监事、经理备案　滕望舒【董事长】；滕望舒【总经理】；辛晓棠【监事】　"
             "柯予安【董事长】；闵若川【董事】；闵若川【总经理】；辛晓棠【监事】\n"
             "2　2023-06-18　法定代表人变更　滕望舒　柯予安\n"},
    {"id": "o2", "title": "北川数融人事变动",
     "text": "据悉，北川数融科技有限公司董事会聘任严知秋为公司总裁、聂南星为首席财务官，原总裁邵一鸣因个人原因辞职。"},
)


def test_extract_writes_the_same_lines_in_the_same_order_on_every_run(tmp_path: Path) -> None:
    """A run's order of strings in a set (PYTHONHASHSEED) does not reach the output: the same file every time;
    with the articles given in another order, each article's facts are the same lines in the same order."""
    import os

    def lines(src: Path, seed: int) -> list[str]:
        out = tmp_path / f"facts-{src.stem}-{seed}.jsonl"
        r = subprocess.run([*FKG, "extract", str(src), "--out", str(out)], capture_output=True, text=True, timeout=600,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)})
        assert r.returncode == 0, r.stderr
        return out.read_text(encoding="utf-8").splitlines()

    forward = lines(_jsonl(tmp_path / "forward.jsonl", *_ORDER_ARTICLES), 0)
    assert sum(json.loads(x)["predicate"] == "SUCCEEDED" and json.loads(x)["article_id"] == "o1" for x in forward) >= 2
    assert lines(tmp_path / "forward.jsonl", 1) == forward == lines(tmp_path / "forward.jsonl", 3)
    backward = lines(_jsonl(tmp_path / "backward.jsonl", *reversed(_ORDER_ARTICLES)), 1)
    by_article = {a["id"]: [x for x in forward if json.loads(x)["article_id"] == a["id"]] for a in _ORDER_ARTICLES}
    assert backward == by_article["o2"] + by_article["o1"]
