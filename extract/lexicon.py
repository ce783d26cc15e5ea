"""The fintech dictionaries: company names, titles, surnames, exchanges.

Loaded once per process (`get_lexicon`). Names are matched with one regular
expression compiled from a trie (`trie_regex`), so lookup is a single linear
scan whatever the dictionary's size; the same names are added to jieba
(`jieba_words.get_jieba`) so that its segmentation keeps them whole in the
sentences it is asked to analyse.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.trie_regex import trie_regex
from schema import EXCHANGES, ROLE_LABELS, Role
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
