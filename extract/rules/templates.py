"""The typed template of a sentence, and the patterns rules write over it.

A sentence reaches the rules as a template: each mention is one private-use
letter (`KIND`), the text between stays as written. Rules write `<P>`, `<C>`,
`<T>` … for those letters and compile with `pattern()` (or `gated()`, which
tries a pattern only on a text holding one of its key words). This module
exists apart from `extract.rules.base` (the article's context, which rules emit
into, and where a post's company is found) so that each has room under the
400-line limit; rules import `Sent`, `Candidate`, `pattern` and `gated` from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract.mention_records import KIND, Mention
from schema import Predicate

_PLACEHOLDER = re.compile(r"<([PCXTDKMR])>")
#: a list of company mentions: "A、B和C" (a slot every rule that reads several companies at once writes)
COMPANY_LIST = r"\ue001(?:(?:、|和|及|与|以及)\ue001)*"


def pattern(src: str) -> re.Pattern[str]:
    """Compile a rule pattern; `<P>` etc. stand for one mention of that kind."""
    return re.compile(_PLACEHOLDER.sub(lambda m: KIND[m.group(1)], src))


class Gated:
    """A rule pattern tried only on a text holding one of `words`, which
    every match must contain: `re` has no fixed first letter to look for in
    a pattern that starts with a mention or an alternation, so it would try
    the whole pattern at every letter of every sentence."""

    __slots__ = ("rx", "words")

    def __init__(self, rx: re.Pattern[str], *words: str) -> None:
        self.rx, self.words = rx, words

    # (each tests the words in a loop of its own: any() over a generator costs 2-3× as much, and a shared helper
    # a second Python call, per pattern and sentence, ~150k times over the corpus)
    def finditer(self, text: str, *at: int) -> Any:
        for w in self.words:
            if w in text:
                return self.rx.finditer(text, *at)
        return iter(())

    def search(self, text: str, *at: int) -> re.Match[str] | None:
        for w in self.words:
            if w in text:
                return self.rx.search(text, *at)
        return None

    def match(self, text: str, *at: int) -> re.Match[str] | None:
        for w in self.words:
            if w in text:
                return self.rx.match(text, *at)
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)


def gated(src: str, *words: str) -> Gated:
    """`pattern(src)`, tried only where one of `words` (one of which every match holds) stands."""
    return Gated(pattern(src), *words)


@dataclass
class Sent:
    i: int
    start: int  # offsets in the normalised article text
    end: int
    tpl: str
    index: list[int]
    mentions: list[Mention]
    prev_topic: str | None = None  # the company the sentence before was about
    offsets: list[int] = field(default_factory=list)  # template position → offset in the text

    def at(self, pos: int) -> Mention:
        return self.mentions[self.index[pos]]

    def between(self, a: int, b: int, kind: str | None = None) -> list[Mention]:
        """Mentions whose template position is in [a, b)."""
        out = []
        for p in range(max(0, a), min(b, len(self.tpl))):
            k = self.index[p]
            if k >= 0 and (kind is None or self.mentions[k].kind == kind):
                out.append(self.mentions[k])
        return out

    def pos_of(self, m: Mention) -> int:
        return self.index.index(self.mentions.index(m))


#: (and a Latin spelling in brackets after a name or a title: "P（Kevin Lau）辞职", a title with its English in brackets + "P";
#: the Chinese name in brackets after the Latin one, extract.bilingual_names: "Hans Berger（白汉思）"; a short gloss in
#: brackets between a title and a name: "头取（行长）P")
_HONORIFIC = re.compile(r"(?<=\ue000)(?:先生|女士|博士|教授|同志|（(?:中文名[：:])?\ue000）)|(?<=[\ue000\ue003])(?:（[A-Za-z][A-Za-z .&'-]{0,30}）|\([A-Za-z][A-Za-z .&'-]{0,30}\))|(?<=\ue003)（[^（）\ue000-\ue007]{1,6}）(?=\ue000)")


def squeeze_spaces(tpl: str, index: list[int], offsets: list[int]) -> tuple[str, list[int], list[int]]:
    """Drop what patterns should not have to allow for everywhere: the
    typographic spaces some sources put around figures and Latin words
    ("持有 30% 的股份"; a space between two Latin letters or digits stays) and
    an honorific after a person ("免去张三先生行长职务"). Positions keep
    their offsets into the article."""
    drop = {m.start() + k for m in _HONORIFIC.finditer(tpl) for k in range(m.end() - m.start())}
    if not drop and " " not in tpl and "\u3000" not in tpl:
        return tpl, index, offsets
    keep = [i for i, ch in enumerate(tpl) if i not in drop and not (ch.isspace() and index[i] < 0 and not (
        0 < i < len(tpl) - 1 and tpl[i - 1].isascii() and tpl[i - 1].isalnum() and tpl[i + 1].isascii() and tpl[i + 1].isalnum()))]
    return "".join(tpl[i] for i in keep), [index[i] for i in keep], [offsets[i] for i in keep] + [offsets[-1]]


@dataclass
class Candidate:
    predicate: Predicate
    subject: str  # entity key
    object: str
    qualifiers: dict[str, Any]
    sent: int  # sentence index
    confidence: float
    rule: str
    # Facts stated as former or current without a date; used by inference.
    status: str = ""  # "start", "end", "" (state)
    #: date qualifiers taken from an earlier sentence, not this one's own
    carried: frozenset[str] = frozenset()
