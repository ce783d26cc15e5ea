"""What every rule sees: the article's sentences as typed templates.

A rule is a function `(ctx) -> None` that reads `ctx.sentences` and calls
`ctx.emit`. Patterns are written with `<P>`, `<C>`, `<T>` … placeholders and
compiled with `pattern()`, which swaps in the private-use characters the
templates use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract.dates import DateValue, resolve
from extract.mentions import KIND, Inventory, Mention
from schema import Predicate

_PLACEHOLDER = re.compile(r"<([PCXTDKMR])>")


def pattern(src: str) -> re.Pattern[str]:
    """Compile a rule pattern; `<P>` etc. stand for one mention of that kind."""
    return re.compile(_PLACEHOLDER.sub(lambda m: KIND[m.group(1)], src))


def kinds(*ks: str) -> str:
    """A character class matching any of the given mention kinds."""
    return "[" + "".join(KIND[k] for k in ks) + "]"


@dataclass
class Sent:
    i: int
    start: int  # offsets in the normalised article text
    end: int
    tpl: str
    index: list[int]
    mentions: list[Mention]
    prev_topic: str | None = None  # the company the sentence before was about

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


@dataclass
class Context:
    inv: Inventory
    text: str  # normalised article text
    sentences: list[Sent]
    focus: str | None  # key of the company in focus
    ref_year: int | None
    out: list[Candidate] = field(default_factory=list)
    last_year_by_sent: list[int | None] = field(default_factory=list)

    def emit(self, pred: Predicate, subj: str | None, obj: str | None, sent: Sent, rule: str,
             confidence: float = 0.8, status: str = "", **quals: Any) -> Candidate | None:
        if not subj or not obj or subj == obj:
            return None
        q = {k: v for k, v in quals.items() if v is not None and v != ""}
        c = Candidate(pred, subj, obj, q, sent.i, confidence, rule, status)
        self.out.append(c)
        return c

    #: per analysed sentence: the last day-precise date written in the
    #: sentences just before it (the announcement an event belongs to).
    carried_dates: list[str | None] = field(default_factory=list)

    def date_iso(self, m: Mention | None, sent: Sent, events_only: bool = False) -> str | None:
        if m is None or not isinstance(m.value, DateValue):
            return None
        if events_only and m.value.period:
            return None
        last = self.last_year_by_sent[sent.i] if sent.i < len(self.last_year_by_sent) else None
        v = resolve(m.value, self.ref_year, last)
        return v.iso() if v else None

    def carried_date(self, sent: Sent) -> str | None:
        return self.carried_dates[sent.i] if sent.i < len(self.carried_dates) else None

    def type_of(self, key: str) -> str:
        if key.startswith("X:"):
            return "Exchange"
        ent = self.inv.entities.get(key)
        return ent.type if ent else ""

    def last_person(self, sent: Sent, before: int) -> str | None:
        """The person most recently mentioned before template position `before`,
        in this sentence or the two before it (for 他/其/曾任 … clauses)."""
        for m in reversed(sent.between(0, before, "P")):
            return m.key
        for j in range(sent.i - 1, max(-1, sent.i - 3), -1):
            prev = self.sentences[j]
            ps = [m for m in prev.mentions if m.kind == "P"]
            if ps:
                return ps[0].key if _is_topic(prev, ps[0]) else ps[-1].key
        return None

    def last_company(self, sent: Sent) -> str | None:
        """The first company named in this sentence or the one before: the
        sentence topic that 旗下/其 clauses refer back to."""
        for j in (sent.i, sent.i - 1):
            if j >= 0:
                cs = [m for m in self.sentences[j].mentions if m.kind == "C"]
                if cs:
                    return cs[0].key
        return self.focus

    def nearest_company(self, sent: Sent, before: int) -> str | None:
        """The company a title or clause without its own company belongs to.

        The closest company earlier in the same clause (not one the person
        comes from: 来自平安系的…), else the company the sentence is about,
        else the one the previous sentence was about, else the article's.
        """
        clause = max(sent.tpl.rfind(c, 0, before) for c in "，；：,") + 1
        for m in reversed(sent.between(clause, before, "C")):
            p = sent.pos_of(m)
            if re.search(r"(?:来自|出身|源自|毕业于|离开)$", sent.tpl[max(0, p - 3):p]) or sent.tpl[p + 1:p + 2] == "系":
                continue
            if re.fullmatch(r"(?:为|是)", sent.tpl[p + 1:before]):
                break
            return m.key
        return topic_of(sent) or sent.prev_topic or self.focus


def topic_of(sent: Sent) -> str | None:
    """The company a sentence is about: its first company, when that comes
    at the head of the sentence (after a date at most) and is not a modifier
    (平安集团旗下的…, 来自…的)."""
    for m in sent.mentions:
        if m.kind != "C":
            continue
        p = sent.pos_of(m)
        head = sent.tpl[:p]
        if len(re.sub(r"[\ue004，、：“”\s]|据悉|此外|同时|其中|目前|日前|近日|另外|而|但|此前|随后|截至|今年以来", "", head)) > 4:
            return None
        if re.match(r"(?:的)?旗下|系", sent.tpl[p + 1:p + 4]):
            return None
        return m.key
    return None


def _is_topic(sent: Sent, m: Mention) -> bool:
    return sent.pos_of(m) <= 3
