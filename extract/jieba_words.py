"""jieba for the extraction: imported without `pkg_resources`, its dictionary
words' part-of-speech tags read lazily (and cached), and its tokenizer with
our names, titles and a few words it cuts wrong added."""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.lexicon import get_lexicon
from text.files import atomic_bytes
from text.normalize import to_simplified

log = logging.getLogger(__name__)

_cache_dir = Path.home() / ".cache" / "fintech-kg"


def set_cache_dir(path: Path) -> None:
    """Where `word_tags` caches jieba's tags: the CLI sets it from the
    settings (FKG_CACHE_DIR) before any article is read."""
    global _cache_dir
    _cache_dir = path


class WordTags:
    """jieba's part-of-speech tag for each dictionary word, looked up lazily.

    An article needs a few thousand look-ups among 349k words, so the table
    is kept as one block of text per first character (a line a word: the
    word, a tab, its tag) and a word is found in its block by one backward
    search, without splitting the block into a dict (loading the whole table
    as one dict was most of every start-up: bench/README.md). The last line of a word
    wins, as it would in a dict.
    """

    def __init__(self, blocks: dict[str, str]) -> None:
        self._blocks = blocks

    def get(self, word: str) -> str | None:
        block = self._blocks.get(word[:1])
        if not block:
            return None
        key = f"\n{word}\t"  # a line holds one tab and no newline: a word with either matches no line
        i = block.rfind(key)
        if i >= 0:
            i += len(key)
        elif block.startswith(key[1:]):
            i = len(key) - 1
        else:
            return None
        j = block.find("\n", i)
        return block[i:] if j < 0 else block[i:j]

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordTags) and self._blocks == other._blocks

    __hash__ = None  # type: ignore[assignment]


def _tag_blocks(dict_path: Path) -> dict[str, str]:
    lines: dict[str, list[str]] = {}
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                lines.setdefault(parts[0][0], []).append(f"{parts[0]}\t{parts[2]}")
    return {ch: "\n".join(rows) for ch, rows in lines.items()}


def import_jieba() -> Any:
    """jieba, imported without `pkg_resources`: its `_compat` imports setuptools'
    resource API (a fifth of the extraction's imports: bench/README.md) only
    to open jieba's own data files, and opens the same
    files by path when that import fails, as a `None` in `sys.modules` makes it."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    return jieba


@lru_cache(maxsize=1)
def word_tags() -> WordTags:
    """jieba's part-of-speech tags for its dictionary words.

    Read from jieba's dict.txt rather than through `jieba.posseg`, whose
    import also loads its HMM tables (a second of start-up we do not use);
    cached with marshal, as jieba caches its own prefix dictionary.
    """
    jieba = import_jieba()
    dict_path = Path(jieba.__file__).with_name("dict.txt")
    stamp = f"{dict_path.stat().st_size}-{int(dict_path.stat().st_mtime)}"
    cache = _cache_dir / f"jieba-tag-blocks-{stamp}.marshal"
    try:
        return WordTags(marshal.loads(cache.read_bytes()))  # (not `marshal.load(f)`: see `load_prefix_dict`)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    blocks = _tag_blocks(dict_path)
    try:
        with atomic_bytes(cache) as f:
            marshal.dump(blocks, f)
    except OSError as e:  # a read-only home is not an error: we just do not cache
        log.debug("cannot cache jieba tags at %s: %s", cache, e)
    return WordTags(blocks)


def load_prefix_dict(tokenizer: Any) -> bool:
    """Give jieba's default tokenizer its prefix dictionary from jieba's own
    cache file, as `Tokenizer.initialize` would, but read whole first: jieba
    unmarshals it from the open file, and `marshal.load` on a file reads it
    piece by piece through Python's I/O layer, a call per one of its 498k
    keys (0.60 s of CPU against 0.20 s for `marshal.loads` of the same bytes:
    a seventh of a whole `fkg extract`, bench/README.md). The same file, the
    same test of it (the default dictionary, no cache file of the caller's);
    False, leaving jieba to `initialize` (which builds and writes the cache),
    when there is no such file or it does not read back as jieba wrote it."""
    if tokenizer.initialized or tokenizer.dictionary is not None or tokenizer.cache_file:
        return False
    path = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    try:
        with open(path, "rb") as f:
            freq, total = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    with tokenizer.lock:
        tokenizer.FREQ, tokenizer.total = freq, total
        tokenizer.initialized = True
    return True


@lru_cache(maxsize=1)
def get_jieba():
    """jieba's default tokenizer with our names added, initialised once."""
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    if not load_prefix_dict(jieba.dt):
        jieba.initialize()
    lex = get_lexicon()
    seen: set[str] = set()
    for entry in lex.companies.values():
        for n in [entry.name, *entry.aliases]:
            s = to_simplified(n)
            if s not in seen and len(s) > 1 and not s.isascii():
                jieba.add_word(s, 2000, "nt")
                seen.add(s)
    for t in lex.titles:
        if not t.isascii():
            jieba.add_word(t, 3000, "nnt")
    for name in lex.exchanges:
        jieba.add_word(name, 2000, "nt")
    for place in _TOWN_WORDS:
        jieba.add_word(place, 2000, "ns")
    for role in _ROLE_WORDS:
        jieba.add_word(role, 3000, "n")
    for word in _TRADE_NOUNS:
        jieba.add_word(word, 2000, "n")
    for verb in _POST_VERBS:
        jieba.add_word(verb, 2000, "v")
    return jieba


#: the place words jieba cuts wrong: 城关, a county's seat town ("澄川县城关信用社" cut "县城/关", a verb)
_TOWN_WORDS = ("城关",)
#: a party's role jieba glues to the name or verb after it: "要约人X" cut "要约/人X", "要约人为X" cut "要约/人为/X";
#: a placing's placee and a subscriber ("承配人X", "认购人X")
_ROLE_WORDS = ("要约人", "承配人", "认购人")
#: a trade's nouns jieba cuts at a numeral: 企业年金 (an enterprise annuity) cut "企业/年/金", its 年 ending the
#: walk back over a trustee's name ("A企业年金服务公司" read "金服务公司")
_TRADE_NOUNS = ("企业年金", "职业年金")
#: verbs of posting someone jieba cuts into letters: Taiwan's 派任 ("被派任C副总经理" cut "派/任", the walk back over
#: the company's name then taking "派任" as its first letters)
_POST_VERBS = ("派任",)
