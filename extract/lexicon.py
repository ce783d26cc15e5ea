"""The fintech dictionaries: company names, titles, surnames, exchanges.

Loaded once per process (`get_lexicon`). Names are matched with one regular
expression compiled from a trie, so lookup is a single linear scan whatever
the dictionary's size; the same names are added to jieba so that its
segmentation keeps them whole in the sentences it is asked to analyse.
"""

from __future__ import annotations

import logging
import marshal
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from schema import EXCHANGES, ROLE_LABELS, Role
from text.files import atomic_bytes
from text.normalize import norm_name, to_simplified

log = logging.getLogger(__name__)


@dataclass
class CompanyEntry:
    name: str  # display name
    aliases: list[str]
    weak: set[str] = field(default_factory=set)  # aliases needing context


@dataclass
class Lexicon:
    companies: dict[str, CompanyEntry]  # norm(alias) → entry
    titles: dict[str, Role]  # normalised title → role
    exchanges: dict[str, str]  # normalised Chinese name → code
    surnames: set[str]
    compound_surnames: set[str]
    places: set[str]  # administrative divisions, full and short forms (上海市, 上海)
    company_re: re.Pattern[str]
    title_re: re.Pattern[str]
    exchange_re: re.Pattern[str]
    _compound_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _place_lengths: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    def has_compound_surname(self, text: str) -> bool:
        """Whether a compound surname (歐陽, 司徒 …) occurs in `text`: one scan of the text, not one per surname."""
        if self._compound_re is None:
            self._compound_re = re.compile("|".join(map(re.escape, sorted(self.compound_surnames))) or "(?!)")
        return self._compound_re.search(text) is not None

    def place_lengths(self) -> tuple[int, ...]:
        """The lengths (two or more) places have, longest first: computed once, as the lexicon's places are fixed."""
        if self._place_lengths is None:
            self._place_lengths = tuple(sorted({len(p) for p in self.places if len(p) >= 2}, reverse=True))
        return self._place_lengths

    def company(self, name: str) -> CompanyEntry | None:
        return self.companies.get(norm_name(name))

    def is_surname_start(self, name: str) -> bool:
        return name[:2] in self.compound_surnames or name[:1] in self.surnames

    def place_prefix(self, name: str) -> str:
        """The place name that `name` starts with ("深圳市全新好…" → "深圳市"), or ""."""
        for n in range(min(len(name) - 1, 8), 1, -1):
            if name[:n] in self.places:
                return name[:n]
        return ""


def trie_regex(words: list[str]) -> str:
    """A regex matching any of `words`, longest first, compiled from a trie.

    Python's alternation tries branches in order, so a flat `a|ab` would stop
    at `a`; a trie factors common prefixes and puts longer continuations
    first, which gives longest-match and a much smaller automaton.
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        chars = sorted(ch for ch in node if ch)
        branches = [re.escape(ch) + build(node[ch]) for ch in chars]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + _dispatch(chars, branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


#: how many branches of one trie node are tried one by one; a node with more is split into groups
_GROUP = 64


def _dispatch(chars: list[str], branches: list[str]) -> str:
    """The alternation of a trie node's `branches` (each starting with its letter of `chars`), grouped.

    Python's regex engine tries the branches of an alternation one by one,
    even after the one whose first letter matched has failed further on, so a
    node of n branches costs n tests at every position where a name could
    start: the root of the company dictionary has hundreds. Groups of
    `_GROUP` branches, each behind a lookahead on its first letters, cost a
    set test a group and the branches of one group: the same matches (the
    branches begin with distinct letters, so at most one can match). A set
    test costs more than a branch's letter test, so the groups are large
    (bench/README.md, "The dictionary regex", has the sizes measured).
    """
    if len(branches) <= _GROUP:
        return "|".join(branches)
    groups = []
    for i in range(0, len(branches), _GROUP):
        letters = "".join(re.escape(ch) for ch in chars[i:i + _GROUP])
        groups.append(f"(?=[{letters}])(?:" + "|".join(branches[i:i + _GROUP]) + ")")
    return "|".join(groups)


def _data(name: str) -> str:
    return resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def title_roles() -> dict[str, Role]:
    """The titles of extract/data/titles.tsv (Simplified) → their role, `other` for posts outside the role list
    (党委书记, 首席投资官): what a question about a post may name, read without loading the whole lexicon."""
    return {to_simplified(row[0].strip()): Role(row[1].strip()) for row in _rows(_data("titles.tsv"))}


#: Regular short forms of institution names: a row naming 嘉砚消费金融 also
#: names 嘉砚消金 (the way the press and the regulators' notices shorten them).
_SHORT_FORMS = (("消费金融", "消金"), ("金融租赁", "金租"), ("人寿保险", "人寿"), ("财产保险", "财险"))


def _derived_aliases(name: str) -> list[str]:
    return [name[: -len(long)] + short for long, short in _SHORT_FORMS
            if name.endswith(long) and len(name) - len(long) >= 2]


def load_lexicon(extra_companies: Path | None = None) -> Lexicon:
    companies: dict[str, CompanyEntry] = {}
    texts = [_data("companies.tsv"), _data("institutions.tsv"), _data("listed.tsv")]
    if extra_companies is not None:
        texts.append(extra_companies.read_text(encoding="utf-8"))
    for text in texts:
        for row in _rows(text):
            name = row[0].strip()
            raw_aliases = [a.strip() for a in row[1].split("|")] if len(row) > 1 and row[1].strip() else []
            entry = CompanyEntry(name=name, aliases=[])
            for a in raw_aliases:
                if a.startswith("~"):
                    a = a[1:]
                    entry.weak.add(norm_name(a))
                entry.aliases.append(a)
            for n in [name, *entry.aliases]:
                for d in _derived_aliases(n):
                    if d not in entry.aliases and d != name and norm_name(d) not in companies:
                        entry.aliases.append(d)
            for n in [name, *entry.aliases]:
                key = norm_name(n)
                if key in companies and companies[key].name != name:
                    log.warning("company alias %r is listed for both %s and %s", n, companies[key].name, name)
                    continue
                companies[key] = entry

    titles: dict[str, Role] = {}
    for role, (labels, _en) in ROLE_LABELS.items():
        if role is Role.OTHER:
            continue
        for t in labels:
            titles[to_simplified(t)] = role
    titles.update(title_roles())

    exchanges: dict[str, str] = {}
    for code, info in EXCHANGES.items():
        for zh in info.names_zh:
            exchanges[to_simplified(zh)] = code

    surnames: set[str] = set()
    compound: set[str] = set()
    for ln in _data("surnames.txt").splitlines():
        if ln.startswith("#") or not ln.strip():
            continue
        if " " in ln:
            compound.update(ln.split())
        else:
            surnames.update(ln.strip())

    places: set[str] = set()
    for row in _rows(_data("places.tsv")):
        places.update(p for p in row[1:] if p.strip())

    # Company names are matched on normalised text, in their normalised
    # spelling (case kept: 'LU' the ticker is not 'lu' in a URL).
    company_forms = {to_simplified(n) for e in companies.values() for n in [e.name, *e.aliases]}
    return Lexicon(
        companies=companies,
        titles=titles,
        exchanges=exchanges,
        surnames=surnames,
        compound_surnames=compound,
        places=places,
        company_re=re.compile(trie_regex(sorted(company_forms))),
        title_re=re.compile(trie_regex(sorted(titles))),
        exchange_re=re.compile(trie_regex(sorted(exchanges))),
    )


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    return load_lexicon()


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
        with open(cache, "rb") as f:
            return WordTags(marshal.load(f))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    blocks = _tag_blocks(dict_path)
    try:
        with atomic_bytes(cache) as f:
            marshal.dump(blocks, f)
    except OSError as e:  # a read-only home is not an error: we just do not cache
        log.debug("cannot cache jieba tags at %s: %s", cache, e)
    return WordTags(blocks)


@lru_cache(maxsize=1)
def get_jieba():
    """jieba's default tokenizer with our names added, initialised once."""
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
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
    return jieba


#: the place words jieba cuts wrong: 城关, a county's seat town ("澄川县城关信用社" cut "县城/关", a verb)
_TOWN_WORDS = ("城关",)
#: a party's role jieba glues to the name or verb after it: "要约人X" cut "要约/人X", "要约人为X" cut "要约/人为/X"
_ROLE_WORDS = ("要约人",)


def place_ending(text: str, lo: int, end: int, lex: Lexicon) -> str | None:
    """The longest place of two letters or more that `text[lo:end]` ends with: a look-up per length a place
    has (`Lexicon.place_lengths`), not a scan of the thousands of places (each tried with `endswith`) per name."""
    places = lex.places
    if end < 0:  # (slice semantics from the text's end: the plain scan, as rare as it is)
        return max((pl for pl in places if len(pl) >= 2 and text.endswith(pl, lo, end)), key=len, default=None)
    for n in lex.place_lengths():
        if n <= end - lo and text[end - n:end] in places:
            return text[end - n:end]
    return None
