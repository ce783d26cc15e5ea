"""Read articles from the formats the corpus arrives in.

Formats: `.jsonl` (one article a line), `.txt` digests (articles separated by
blank lines, first line the title), `.md`/`.html` posts with a front-matter
header, directories (recursive) and `-` for stdin. Every problem is reported
as a `ReadIssue` naming the input (and line) so the caller decides whether to
stop or skip; nothing here prints or exits.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from extract.clean import body_from_title, html_to_text
from extract.decode import DecodeError, decode_bytes
from extract.model import Article

SUPPORTED_SUFFIXES = (".jsonl", ".txt", ".md", ".markdown", ".html", ".htm")

#: Articles larger than this are refused: nothing real is this long, and a
#: runaway input should not stall a batch.
MAX_ARTICLE_CHARS = 20_000_000


@dataclass(frozen=True)
class ReadIssue:
    where: str  # "file" or "file:line"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def content_digest(title: str, text: str) -> str:
    """SHA-1 of an article's content: its id when it has none, and how a re-ingest sees a change."""
    return hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()


def content_id(title: str, text: str) -> str:
    """A stable id for an article that has none: same content, same id."""
    return f"sha1-{content_digest(title, text)[:16]}"


def iter_inputs(paths: list[str]) -> Iterator[Article | ReadIssue]:
    for p in paths:
        if p == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "<stdin>", None)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                yield ReadIssue(p, "directory holds no .jsonl, .txt, .md or .html files")
            for f in files:
                yield from _read_file(f)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield ReadIssue(p, "no such file or directory")


def _read_file(path: Path) -> Iterator[Article | ReadIssue]:
    try:
        data = path.read_bytes()
    except OSError as e:
        yield ReadIssue(str(path), f"cannot read: {e.strerror or e}")
        return
    yield from _read_stream(data, str(path), path.suffix.lower())


def _read_stream(data: bytes, name: str, suffix: str | None) -> Iterator[Article | ReadIssue]:
    if not data.strip():
        yield ReadIssue(name, "empty input")
        return
    try:
        text = decode_bytes(data, name)
    except DecodeError as e:
        yield ReadIssue(name, str(e).removeprefix(f"{name}: "))
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = suffix or _sniff(text)
    if fmt == ".jsonl":
        yield from _read_jsonl(text, name)
    elif fmt in (".md", ".markdown", ".html", ".htm") or text.lstrip().startswith("---"):
        yield from _read_post(text, name)
    else:
        yield from _read_digest(text, name)


def _sniff(text: str) -> str:
    head = text.lstrip()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("---") or head.startswith("<"):
        return ".html"
    return ".txt"


def _checked(article: Article, where: str) -> Article | ReadIssue:
    article = replace(article, where=where)
    body = body_from_title(article.title, article.text)
    if body is not None:  # the body sits in the title (GUIDE v1.2): the title is the text
        article = replace(article, text=body)
    if len(article.text) > MAX_ARTICLE_CHARS:
        return ReadIssue(where, f"article {article.id} is {len(article.text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    return article


def read_jsonl_slice(data: bytes, name: str, first_line: int) -> Iterator[Article | ReadIssue]:
    """The articles of a run of whole lines cut from a UTF-8 JSON Lines file
    (`extract.splits`), reported as `name:line` with the file's own line
    numbers: what reading the whole file gives for those lines. The checks
    that concern the whole file (empty, binary, its encoding) are the
    splitter's, which cuts only files that pass them on their head; a line
    further on that is not UTF-8 is reported as such (a whole-file read
    would decode the whole file in another encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        for n, raw in enumerate(lines, first_line):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield ReadIssue(f"{name}:{n}", f"not UTF-8 text (byte {e.start + 1} of the line) in a UTF-8 file")
                continue
            yield from _read_jsonl(line, name, n)
        return
    yield from _read_jsonl(text.replace("\r\n", "\n").replace("\r", "\n"), name, first_line)


def _read_jsonl(text: str, name: str, first_line: int = 1) -> Iterator[Article | ReadIssue]:
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            # json's messages may end in "at" ("Unterminated string starting at"): the column completes them
            yield ReadIssue(where, f"not valid JSON ({e.msg.removesuffix(' at')} at column {e.colno})")
            continue
        if not isinstance(row, dict):
            yield ReadIssue(where, "expected a JSON object")
            continue
        body = row.get("text")
        if not isinstance(body, str):
            yield ReadIssue(where, "missing a string field 'text'")
            continue
        title = str(row.get("title") or "")
        aid = str(row.get("id") or "") or content_id(title, body)
        yield _checked(
            Article(
                id=aid, title=title, text=body, date=_iso_date(str(row.get("date") or "")),
                url=str(row.get("url") or ""), source=str(row.get("source") or row.get("source_file") or name),
            ),
            where,
        )


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n?", re.S)


def _read_post(text: str, name: str) -> Iterator[Article | ReadIssue]:
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    body = text[m.end():] if m else text
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
    title = meta.get("title", "")
    clean = html_to_text(body)
    if not title:
        t = re.search(r"<title>(.*?)</title>", body, re.S | re.I)
        title = html_to_text(t.group(1)).strip() if t else ""
    if not clean.strip():
        yield ReadIssue(name, "post has no body text")
        return
    yield _checked(
        Article(id=content_id(title, clean), title=title, text=clean, date=_iso_date(meta.get("date", "")),
                url=meta.get("url", ""), source=name),
        name,
    )


def _read_digest(text: str, name: str) -> Iterator[Article | ReadIssue]:
    blocks = re.split(r"\n[ \t\u3000]*\n", text)
    found = False
    for block in blocks:
        block = block.strip("\n")
        if not block.strip():
            continue
        title, _, body = block.partition("\n")
        if not body.strip():
            body, title = title, ""
        found = True
        yield _checked(Article(id=content_id(title.strip(), body), title=title.strip(), text=body, source=name), name)
    if not found:
        yield ReadIssue(name, "no articles found")


_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?")


def _iso_date(value: str) -> str:
    """'2022-03-01 17:05:13 +0800' → '2022-03-01'; unparseable → ''."""
    m = _DATE.search(value)
    if not m:
        return ""
    y, mo, d = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= mo <= 12:
        return ""
    return f"{y}-{mo:02d}-{int(d):02d}" if d and 1 <= int(d) <= 31 else f"{y}-{mo:02d}"
