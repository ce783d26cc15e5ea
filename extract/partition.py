"""One task of a distributed run: a split's articles → its part file.

The engine-independent work, run on a worker: read the split
(`extract.splits.read_split`), extract it with the single-process runner
(`extract.runner.iter_facts`, the same pipeline and the same rules for bad
input), write the part whole. Nothing here knows which engine called it.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import socket
import time
from functools import cache
from pathlib import Path

from extract.factsdir import PartResult, part_file, write_part
from extract.jieba_words import get_jieba, word_tags
from extract.lexicon import get_lexicon
from extract.runner import ExtractFailed, RunStats, iter_facts
from extract.splits import Split, read_split


def load_dictionaries() -> None:
    """Load what every article needs — our dictionaries, jieba with our
    names, its word tags — once in this process (each loader caches it):
    engines call this when a worker starts, so no task pays for it."""
    get_lexicon()
    get_jieba()
    word_tags()


@cache
def extractor_fingerprint() -> str:
    """A digest of the extractor's code and dictionaries (every file of the
    `extract` package and of `text`, which normalises names): two processes
    with the same one write the same facts for the same article."""
    digest = hashlib.sha1()
    for package in ("extract", "text"):
        root = Path(importlib.import_module(package).__file__ or "").parent
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt")):
            digest.update(f"{package}/{path.relative_to(root).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def dictionary_loads() -> int:
    """How many times this process has loaded the dictionaries (the lexicon
    cache's misses): one on a worker that did its job right."""
    return get_lexicon.cache_info().misses


def extract_split(split: Split, directory: str, on_error: str = "skip") -> PartResult:
    """Extract `split` into `directory`'s part file for it. Problems are
    returned, one line each (`file:line: …`); with on_error="fail" the first
    one stops the task and no part is written."""
    started = time.perf_counter()
    stats = RunStats()
    issues: list[str] = []
    result = PartResult(split.index, part_file(split.index), worker=f"{socket.gethostname()}:{os.getpid()}")
    rows = iter_facts(read_split(split), workers=1, on_error=on_error, on_issue=issues.append, stats=stats)
    try:
        write_part(Path(directory), split.index, rows)
    except ExtractFailed as e:
        result.failed = str(e)
    result.articles, result.facts, result.chars, result.issues = stats.articles, stats.facts, stats.chars, issues
    result.seconds = time.perf_counter() - started
    return result
