"""The inputs of a distributed run cut into splits: the unit of work an engine schedules.

A split is a run of whole lines of one JSON Lines file, or a group of small
files read whole; the splits, in order, cover the inputs in the order a
single-process run reads them, so their outputs concatenated are that run's
output. Lines are cut only after a newline, and each split carries the line
number it starts at, so a bad article is reported as `file:line` exactly as
the single-process reader reports it.

Planning reads every input once, sequentially, to find the cut points and
count lines (a scan at disk speed, against extraction's fraction of a MB/s
per core). Only what a slice can read alone is cut: a `.jsonl` file that is
neither empty nor binary and whose head is UTF-8. Any other file (a digest, a post, a file
in another encoding, a broken one) is one piece read by the ordinary reader,
which reports its problems in its own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.decode import looks_binary
from extract.readers import SUPPORTED_SUFFIXES, ReadIssue, iter_inputs, read_jsonl_slice

#: A split's size when the caller does not say: big enough that scheduling
#: is noise (a split takes some seconds to extract, a task costs the
#: scheduler about a millisecond), small enough that the last task leaves
#: the other workers idle only briefly and that a dead worker loses little.
DEFAULT_SPLIT_BYTES = 4 << 20

_HEAD = 1 << 16  # what the reader looks at to call a file binary


class SplitError(ValueError):
    """An input a distributed run cannot take (stdin): a one-line message."""


@dataclass(frozen=True)
class Piece:
    """Part of one input: `name` as the user gave it (for messages), `path`
    absolute (for workers), and either bytes [start, end) starting at line
    `first_line` of a UTF-8 JSON Lines file, or the whole file (`end` < 0)."""

    name: str
    path: str
    start: int = 0
    end: int = -1
    first_line: int = 1

    @property
    def whole(self) -> bool:
        return self.end < 0


@dataclass(frozen=True)
class Split:
    index: int
    pieces: tuple[Piece, ...]
    size: int  # bytes, for scheduling and progress

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


@dataclass
class Plan:
    splits: list[Split] = field(default_factory=list)
    issues: list[ReadIssue] = field(default_factory=list)  # inputs that do not exist, empty directories
    bytes: int = 0


def plan_splits(inputs: list[str], split_bytes: int = DEFAULT_SPLIT_BYTES) -> Plan:
    """Cut `inputs` (files and directories, as `fkg extract` takes them) into
    splits of about `split_bytes`. Missing inputs are issues, in input order
    (a run reports them as the single-process run would)."""
    plan = Plan()
    group: list[Piece] = []
    group_size = 0

    def close_group() -> None:
        nonlocal group, group_size
        if group:
            plan.splits.append(Split(len(plan.splits), tuple(group), group_size))
            group, group_size = [], 0

    for name, path in _files(inputs, plan.issues):
        size = path.stat().st_size
        plan.bytes += size
        if path.suffix.lower() == ".jsonl" and size > split_bytes and _splittable(path):
            close_group()
            for piece, piece_size in _jsonl_pieces(name, path, split_bytes):
                plan.splits.append(Split(len(plan.splits), (piece,), piece_size))
            continue
        if group_size and group_size + size > split_bytes:
            close_group()
        group.append(Piece(name, str(path.resolve())))
        group_size += size
    close_group()
    return plan


def read_split(split: Split) -> Iterator:
    """The articles (and read issues) of a split, in input order."""
    for piece in split.pieces:
        if piece.whole:
            yield from _renamed(iter_inputs([piece.path]), piece)
            continue
        with open(piece.path, "rb") as f:
            f.seek(piece.start)
            data = f.read(piece.end - piece.start)
        yield from read_jsonl_slice(data, piece.name, piece.first_line)


def _renamed(items: Iterator, piece: Piece) -> Iterator:
    """Items read from the absolute path, named as the user named the file
    (the single-process run's messages and `source` fields)."""
    from dataclasses import replace

    from extract.model import Article

    for item in items:
        if isinstance(item, ReadIssue):
            yield ReadIssue(item.where.replace(piece.path, piece.name, 1), item.message)
        elif isinstance(item, Article):
            where = item.where.replace(piece.path, piece.name, 1)
            source = piece.name if item.source == piece.path else item.source
            yield replace(item, where=where, source=source)
        else:
            yield item


def _files(inputs: list[str], issues: list[ReadIssue]) -> Iterator[tuple[str, Path]]:
    """(name, path) of each file, in the order `extract.readers.iter_inputs` reads them."""
    for p in inputs:
        if p == "-":
            raise SplitError("-: standard input cannot be spread over workers; write it to a file first")
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                issues.append(ReadIssue(p, "directory holds no .jsonl, .txt, .md or .html files"))
            for f in files:
                yield str(f), f
        elif path.is_file():
            yield p, path
        else:
            issues.append(ReadIssue(p, "no such file or directory"))


def _splittable(path: Path) -> bool:
    """Whether slices of the file read as the whole file does: not empty,
    not binary, and UTF-8 (the reader's checks on the whole), judged on the
    head and on the first 64 KB from the first byte outside ASCII — a
    GB18030 or Big5 file is not UTF-8 there. Reading the whole file to be
    sure would cost the client a UTF-8 decode of every input; a stray byte
    further on is reported by its task as a line that is not UTF-8."""
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD)
            if not head.strip() or looks_binary(head.removeprefix(b"\xef\xbb\xbf")):
                return False
            block, at = head, 0
            while block and (m := _HIGH.search(block)) is None:
                at += len(block)
                block = f.read(1 << 24)
            if not block:
                return True  # ASCII throughout
            f.seek(at + m.start())  # after ASCII, a character's first byte
            window = f.read(_HEAD)
    except OSError:
        return False
    try:
        window.decode("utf-8")
    except UnicodeDecodeError as e:  # only a character cut at the window's end is allowed
        return e.reason == "unexpected end of data" and e.end == len(window)
    return True


_HIGH = re.compile(rb"[\x80-\xff]")


def _jsonl_pieces(name: str, path: Path, split_bytes: int) -> Iterator[tuple[Piece, int]]:
    """Byte ranges of about `split_bytes` ending after a newline, with the
    number of the line each starts at (a lone CR counts as a line break, as
    the reader reads it)."""
    absolute = str(path.resolve())
    size = path.stat().st_size
    line = 1
    start = 0
    with open(path, "rb") as f:
        while start < size:
            f.seek(start)
            data = f.read(split_bytes)
            while not data.endswith(b"\n") and start + len(data) < size:
                more = f.read(1 << 16)
                cut = more.find(b"\n")
                data += more if cut < 0 else more[:cut + 1]
            end = start + len(data)
            yield Piece(name, absolute, start, end, line), end - start
            line += data.count(b"\n") + (data.count(b"\r") - data.count(b"\r\n") if b"\r" in data else 0)
            start = end
