"""The compiled patterns a later process reads from the cache are the ones `re.compile` builds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from extract import pattern_cache


def test_a_cached_pattern_is_the_compiled_one() -> None:
    for src, flags in [(r"(?P<who>[\u4e00-\u9fff]{2,4})(?:担任|出任)(?P<post>[^，。]+)", 0),
                       (r"(?i)\bco\.?,?\s*ltd\b", 0), (r"^\s*(\d+)[、.]", re.M), ("(?x) a  b # c", 0)]:
        built = pattern_cache.build(src, pattern_cache.compiled_args(src, int(flags)))
        real = re.compile(src, flags)
        assert built == real  # Pattern equality compares the pattern, its flags and its code
        assert (built.groupindex, built.groups, built.flags) == (real.groupindex, real.groups, real.flags)
        assert built.findall("张三担任总经理，co ltd") == real.findall("张三担任总经理，co ltd")


def test_the_second_import_reads_the_cache_and_builds_every_pattern_alike(tmp_path: Path) -> None:
    """Two fresh processes import the extractor under the cache: the first writes it, the
    second builds every pattern from it; each is compared with what `re` compiles itself."""
    check = f"""
import re, sys
from pathlib import Path
from re import _compiler
from extract import pattern_cache
real = _compiler.compile
seen = []
with pattern_cache.cached_compiles(Path({str(tmp_path)!r})):
    inner = _compiler.compile
    def spy(p, flags=0):
        r = inner(p, flags)
        seen.append((p, flags, r))
        return r
    _compiler.compile = spy
    import extract.pipeline
    _compiler.compile = inner
assert _compiler.compile is real
bad = [p for p, f, r in seen if isinstance(p, str) and (r != real(p, f) or r.groupindex != real(p, f).groupindex)]
print(len(seen), len(bad))
"""
    runs = [subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    assert pattern_cache.cache_file(tmp_path).exists()
    for n, bad in runs:
        assert int(n) > 500 and bad == "0"


def test_an_unreadable_or_unwritable_cache_compiles_as_usual(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("not a directory")
    with pattern_cache.cached_compiles(target):  # the cache file would sit under a file: not written
        rx = re.compile(r"[\u4e00-\u9fff]+有限公司(?#pattern_cache test)")
    assert rx.search("某某有限公司").group() == "某某有限公司"
    pattern_cache.cache_file(tmp_path).write_bytes(b"garbage")
    with pattern_cache.cached_compiles(tmp_path):
        rx = re.compile(r"[\u4e00-\u9fff]+银行(?#pattern_cache test 2)")
    assert rx.search("某某银行").group() == "某某银行"



def test_a_damaged_entry_is_compiled_as_usual(tmp_path: Path) -> None:
    import marshal

    src = r"[\u4e00-\u9fff]+保险(?#pattern_cache test 3)"
    good = pattern_cache.compiled_args(src, 0)
    table = {(src, 0): (good[0], b"\xff\xff\xff\xff" * 3, *good[2:])}
    pattern_cache.cache_file(tmp_path).write_bytes(marshal.dumps(table))
    with pattern_cache.cached_compiles(tmp_path):
        rx = re.compile(src)
    assert rx.search("某某保险").group() == "某某保险"
    assert marshal.loads(pattern_cache.cache_file(tmp_path).read_bytes()) == {}  # written again without it


def test_a_second_process_with_another_hash_seed_finds_every_pattern(tmp_path: Path) -> None:
    """What `fkg extract` compiles at start (the extractor's import and the lexicon's load,
    `api.cli.common.prepare_extraction`) is the same strings in every process: a pattern
    built from a set's order (which the hash seed changes) would miss the cache in each
    process, compile again and rewrite the whole file."""
    load = f"""
from pathlib import Path
from extract import pattern_cache
with pattern_cache.cached_compiles(Path({str(tmp_path)!r})):
    import extract.pipeline
    from extract.lexicon import get_lexicon
    get_lexicon()
"""
    path = pattern_cache.cache_file(tmp_path)
    written = []
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", load], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        written.append(path.read_bytes())
    table = pattern_cache._load(path)
    assert len(table) > 500
    assert written[0] == written[1]  # the second process added none and kept every one


def test_the_block_compiles_a_string_once_and_leaves_res_own_cache_alone(tmp_path: Path) -> None:
    """Within the block a pattern string is built once (the same object for `re.compile`
    and `re.search` alike) and `re`'s own cache of 512 is not filled: at an import of
    1,200 patterns it would drop its oldest at every new one, by a scan from its front."""
    before = dict(re._cache)  # type: ignore[attr-defined]
    src = r"[\u4e00-\u9fff]{2}(?:银行|证券)(?#pattern_cache test 3)"
    with pattern_cache.cached_compiles(tmp_path):
        first = re.compile(src)
        assert re.compile(src) is first
        assert re.search(src, "某某银行").group() == "某某银行"
        assert re.compile(src, re.M) is not first and re.compile(src, re.M).flags & re.M
        assert re._cache == before  # type: ignore[attr-defined]
    assert first == re.compile(src)  # (and after the block, `re` compiles as usual)
