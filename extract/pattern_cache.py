"""The compiled form of the extractor's regular expressions, kept across processes.

Importing `extract.pipeline` compiles some 800 patterns, a large share of a
short `fkg extract`'s CPU (bench/README.md), because `re`'s compiler is
Python (a class holding the CJK range alone is a loop over every code point
of it to build its bitmap, and a third of the patterns hold one). What the compiler makes of a
pattern depends only on the pattern, its flags and the Python build, so, as
Python keeps a module's bytecode in a .pyc file, the first process writes
each pattern's code to the cache directory and the next ones hand it
straight to `_sre.compile`, the call `re.compile` itself ends with: the same
pattern object (tests/test_pattern_cache.py compares every one with a fresh
compile). Only the import is covered: patterns built from an article's text
are compiled as usual.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import logging
import marshal
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from text.files import atomic_bytes

log = logging.getLogger(__name__)

#: what the compiled code depends on besides the pattern: the interpreter and its regex engine
STAMP = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"

#: (pattern, flags) -> (flags, code as packed unsigned ints, groups, group index, index group)
Table = dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]]


#: the flags `re` compiles its own way (debug output, the deprecated template flag): left to it
_DEBUG = int(re.DEBUG)
_NOT_CACHED = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))  # (no TEMPLATE after Python 3.12)


def cache_file(cache_dir: Path) -> Path:
    return cache_dir / f"patterns-{STAMP}.marshal"


def compiled_args(pattern: str, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What `re._compiler.compile` passes to `_sre.compile` for a pattern, packed for marshal."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def build(pattern: str, args: tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _load(path: Path) -> Table:
    try:
        with open(path, "rb") as f:
            table = marshal.loads(f.read())  # (a whole read: `marshal.load` on a file reads it object by object)
        return table if isinstance(table, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


@contextmanager
def cached_compiles(cache_dir: Path) -> Iterator[None]:
    """While the block runs (an import), a pattern string is compiled from
    the cache when it is there; afterwards the cache is rewritten with the
    patterns the block compiled if any was missing or damaged (so stale ones go)."""
    path = cache_file(cache_dir)
    table = _load(path)
    used: Table = {}
    damaged: list[tuple[str, int]] = []
    real = _compiler.compile
    real_top = re._compile  # type: ignore[attr-defined]
    seen: dict[tuple[str, int], re.Pattern[str]] = {}

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or int(flags) & _DEBUG:
            return real(p, flags)
        key = (p, int(flags))
        args = table.get(key)
        if args is None:
            args = compiled_args(p, key[1])
        try:
            built = build(p, args)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry, or an `_sre` that takes other arguments: as `re` does
            damaged.append(key)  # the cache is written again without it
            return real(p, flags)
        used[key] = args
        return built

    def top(p: Any, flags: int = 0) -> Any:
        """`re._compile` (what `re.compile`, `re.search` … call) for a pattern string: once per
        string and flags in the block, as `re`'s cache would, but without its costs at an
        import of 1,200 patterns: two tests of an enum flag per pattern (Python code), and,
        its 512 places full, the oldest dropped by iterating the dict from its front, over
        the slots of all those dropped before (a quadratic scan)."""
        if type(p) is not str or int(flags) & _NOT_CACHED:
            return real_top(p, flags)
        key = (p, int(flags))
        if (got := seen.get(key)) is None:
            got = seen[key] = _compiler.compile(p, key[1])
        return got

    _compiler.compile = compile
    re._compile = top  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _compiler.compile = real
        re._compile = real_top  # type: ignore[attr-defined]
    if damaged or used.keys() - table.keys():
        try:
            with atomic_bytes(path) as f:
                marshal.dump(used, f)
        except OSError as e:  # a read-only cache is not an error: the next process compiles again
            log.debug("cannot cache patterns at %s: %s", path, e)
