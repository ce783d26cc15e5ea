"""What every rule sees: the article's context over its sentences.

A rule is a function `(ctx) -> None` that reads `ctx.sentences` (typed
templates, `extract.rules.templates`) and calls `ctx.emit`; `Context` also
answers what rules keep asking: a date's day, the person or company a clause
without its own refers back to. Patterns are written with `<P>`, `<C>`, `<T>`
… placeholders and compiled with `pattern()` (`extract.rules.templates`,
with `Sent`, `Candidate` and `gated`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.dates import DateValue, find_dates, resolve
from extract.mention_records import Inventory, Mention
from extract.proper_parts import name_has_proper_part
from extract.rules import paragraph_company as para
from extract.rules.post_company import nearest_company
from extract.rules.templates import Candidate, Sent
from schema import Predicate
from text.names import is_regulator
from text.normalize import norm_name

#: the start of a numbered item ("2. ", "二、", "（三）", "【C】"): in a digest, another company's news
_ITEM_MARK = r"(?:\d{1,2}\s*[.．、]\s*(?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|【[^】]{1,30}】)"
ITEM_HEAD = re.compile(rf"\s*{_ITEM_MARK}(?:【[^】]{{1,30}}】)?")



@dataclass
class Context:
    inv: Inventory
    text: str  # normalised article text
    sentences: list[Sent]
    focus: str | None  # key of the company in focus
    ref_year: int | None
    out: list[Candidate] = field(default_factory=list)
    show: Callable[[int, int], str] = lambda a, b: ""  # normalised span → original text
    memo: dict[str, Any] = field(default_factory=dict)  # per-article caches for rules
    _by_subject: dict[str, list[Candidate]] = field(default_factory=dict)
    published: str = ""  # the article's date, ISO, when known (本月, 截至公告)
    announcer: str | None = None  # the company 本公司 stands for (extract.announcer)
    last_year_by_sent: list[int | None] = field(default_factory=list)
    next_year_from_by_sent: list[int | None] = field(default_factory=list)  # the year 次年/翌年 counts from
    last_month_by_sent: list[tuple[int, int] | None] = field(default_factory=list)
    days_by_sent: list[dict[int, DateValue]] = field(default_factory=list)

    def emit(self, pred: Predicate, subj: str | None, obj: str | None, sent: Sent, rule: str,
             confidence: float = 0.8, status: str = "", carried: frozenset[str] = frozenset(), **quals: Any) -> Candidate | None:
        if not subj or not obj or subj == obj:
            return None
        q = {k: v for k, v in quals.items() if v is not None and v != ""}
        c = Candidate(pred, subj, obj, q, sent.i, confidence, rule, status, carried)
        self.out.append(c)
        self._by_subject.setdefault(subj, []).append(c)
        return c

    def drop(self, gone: Callable[[Candidate], bool]) -> bool:
        """Remove the candidates `gone` holds true of, and rebuild the by-subject index (a later rule asking
        by_subject must not meet a removed fact); whether any was removed."""
        kept = [c for c in self.out if not gone(c)]
        removed = len(kept) != len(self.out)
        self.out[:] = kept
        self.reindex()
        return removed

    def reindex(self) -> None:
        """Rebuild the by-subject index after a rule removed candidates."""
        self._by_subject = {}
        for c in self.out:
            self._by_subject.setdefault(c.subject, []).append(c)

    def by_subject(self, key: str) -> list[Candidate]:
        """Candidates emitted so far with this subject."""
        return self._by_subject.get(key, [])

    def adjacent(self, a: int, b: int) -> bool:
        """Whether analysed sentences a … b follow one another with nothing but white space between (the rows of
        one table, a sentence and the next of its paragraph); a line of prose left unanalysed between breaks them."""
        return all(not self.text[self.sentences[k].end:self.sentences[k + 1].start].strip() for k in range(a, b))

    def next_adjacent(self, sent: Sent) -> Sent | None:
        """The analysed sentence right after `sent`, when nothing but white space stands between them."""
        return self.sentences[sent.i + 1] if sent.i + 1 < len(self.sentences) and self.adjacent(sent.i, sent.i + 1) else None

    #: per analysed sentence: the last day-precise date written in the
    #: sentences just before it (the announcement an event belongs to).
    carried_dates: list[str | None] = field(default_factory=list)

    def date_iso(self, m: Mention | None, sent: Sent, events_only: bool = False) -> str | None:
        if m is None or not isinstance(m.value, DateValue):
            return None
        if events_only and m.value.period:
            return None
        last, last_month, days = self._told_by(sent)
        if m.value.relative in ("次年", "翌年") and sent.i < len(self.next_year_from_by_sent):
            last = self.next_year_from_by_sent[sent.i]
        # "直到2021年才有变化：当年，…": a year named earlier in the same sentence comes first
        same: DateValue | None = None  # a date written with its year earlier in this sentence
        for d in reversed([d for d in sent.mentions if d.kind == "D" and d.start < m.start]):
            if isinstance(d.value, DateValue) and d.value.year:
                last, same = d.value.year, d.value
                if d.value.month:
                    last_month = (d.value.year, d.value.month)
                break
        value = m.value
        if (same is not None and same.month and value.year is None and value.month and not value.relative
                and value.month >= same.month):  # "2025年11月，…已于11月28日办妥": that year, not the article's
            value = DateValue(same.year, value.month, value.day, period=value.period)
        if value.year is None and value.month and not value.relative and last and re.search(
                r"随后|此后|之后|其后|后于|同年", sent.tpl[:sent.pos_of(m)]):
            value = DateValue(last, value.month, value.day, period=value.period)  # "…2024年3月出任…。随后在9月担任…"
        v = resolve(value, self.ref_year, last, last_month, days, self.published)
        return v.iso() if v else None

    def written_iso(self, lo: int, hi: int, sent: Sent) -> str | None:
        """The date written in text[lo:hi], read as `sent` reads dates: the first of `sent`'s date mentions there that
        resolves, else the stretch parsed and resolved against `sent` (rules that match raw text reach dates no mention
        covers, in sentences no rule analysed)."""
        for m in sent.mentions:
            if m.kind == "D" and lo <= m.start < hi and (iso := self.date_iso(m, sent)):
                return iso
        found = find_dates(self.text[lo:hi])
        full = self.resolve_in(found[0][2], sent) if found else None
        return full.iso() if full is not None else None

    def resolve_in(self, value: DateValue, sent: Sent) -> DateValue | None:
        """A date read from the text (not one of the sentence's mentions) as far as `sent` lets it be known: its year,
        month and day from what the text has named by then, 本月 from the day of publication."""
        return resolve(value, self.ref_year, *self._told_by(sent), self.published)

    def _told_by(self, sent: Sent) -> tuple[int | None, tuple[int, int] | None, dict[int, DateValue] | None]:
        """What the text has named by `sent`: the last year, the last month, the days named in full."""
        i = sent.i
        return (self.last_year_by_sent[i] if i < len(self.last_year_by_sent) else None,
                self.last_month_by_sent[i] if i < len(self.last_month_by_sent) else None,
                self.days_by_sent[i] if i < len(self.days_by_sent) else None)

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
        if (unread := self._person_in_gap(sent)) is not None:
            return unread
        for j in range(sent.i - 1, max(-1, sent.i - 3 - para.pronoun_run(self.sentences, sent.i)), -1):  # (他 … 他 …: further back)
            prev = self.sentences[j]
            ps = [m for m in prev.mentions if m.kind == "P"]
            if ps:
                return ps[0].key if _is_topic(prev, ps[0]) else ps[-1].key
            if (unread := self._person_in_gap(prev)) is not None:
                return unread  # (a clause after "他任…；" goes back to whom that 他 was)
        # a résumé's paragraph whose sentences after its head name no one ("P先生，1972年出生。…；…；2016年加入公司，
        # 任副总裁"): the person its head names, however many sentences back in the paragraph
        # (or lines after a heading line of the name and its posts: "01 P　董事长\n1969年出生。\n…任C总经理。")
        j, start, crossed = sent.i - 1, sent.start, False
        while j >= 0 and sent.i - j <= 8:
            prev = self.sentences[j]
            crossed = crossed or "\n" in self.text[prev.end:start]
            ps = [m for m in prev.mentions if m.kind == "P"]
            if ps:
                heads = _HEADING_LINE.match(prev.tpl) or (not crossed and _is_topic(prev, ps[0]))
                return ps[0].key if sent.i - j > 2 and heads and len(ps) == 1 else None
            j, start = j - 1, prev.start
        return None

    def _person_in_gap(self, sent: Sent) -> str | None:
        """The person named last in the text of this paragraph that no analysed sentence holds, right before
        `sent` ("1983年，20岁的P从柜员做起。1996年至2004年，他任…": the sentence naming P has no rule's trigger, so
        no analysed sentence before it names P; 他 is P, not someone the paragraph before named)."""
        a = self.text.rfind("\n", 0, sent.start) + 1
        if sent.i > 0:
            a = max(a, self.sentences[sent.i - 1].end)
        gap = self.text[a:sent.start]
        if len(gap) < 2 or not gap.strip():
            return None
        best, at = None, -1
        for key, ent in self.inv.entities.items():
            if ent.type != "Person":
                continue
            for form in ent.aliases:
                k = gap.rfind(form) if len(form) >= 2 else -1
                if k > at:
                    best, at = key, k
        return best

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
        """The company a title or clause without its own company belongs to (`post_company.nearest_company`)."""
        return nearest_company(self, sent, before)

    def listed(self, key: str) -> bool:
        """Whether the article gives the company a ticker ("南岭数科（688321.SH）"): an issuer, with a board secretary."""
        ent = self.inv.entities.get(key)
        if ent is None:
            return False
        memo = self.memo.setdefault("listed", {})
        if key not in memo:
            memo[key] = any(re.search(re.escape(a) + _TICKER_AFTER, self.text) for a in ent.aliases if a in self.text)
        return bool(memo[key])

    def is_regulator(self, key: str) -> bool:
        """Whether the entity is a regulator (国家金融监督管理总局, 证监会, 香港金管局): it approves and punishes."""
        ent = self.inv.entities.get(key)
        return ent is not None and ent.type == "Company" and is_regulator(ent.name)

    def new_company(self, sent: Sent, a: int, b: int) -> str | None:
        """An entity for a name found by a rule's context alone (a list
        item after 投资了, say): template positions [a, b) of plain text."""
        if b <= a or any(k >= 0 for k in sent.index[a:b]):
            return None
        start, end = sent.offsets[a], sent.offsets[b]
        name = self.text[start:end].strip()
        if not looks_like_name(name):
            return None
        key = self.inv.surface.get(norm_name(name))
        if key is None:
            key = "C:" + name
            self.inv.add(key, self.show(start, end), "Company", norm_name(name), self.show(start, end), start)
        return key


#: a ticker in brackets after a company's name: "（688321.SH）", "（00700）"
_TICKER_AFTER = r"[（(]\s*(?:[A-Z]{2,6}[:：]\s*)?\d{4,6}(?:\.[A-Z]{2})?\s*[）)]"


#: a résumé's heading line: a number perhaps, the name, then only its posts
_HEADING_LINE = re.compile(r"\s*(?:\d{1,2}[.．、]?)?\s*\ue000[：:\s]*\ue003(?:[、兼及]\ue003)*\s*$")


def _is_topic(sent: Sent, m: Mention) -> bool:
    return sent.pos_of(m) <= 3




def looks_like_name(name: str) -> bool:
    """Whether free text from a list slot can be a company's name: short,
    no clause punctuation or function words, and not made only of common
    words ("价值", "业务表现") — a name has a rare or proper-noun part."""
    if not (2 <= len(name) <= 12) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
        return False
    if re.search(r"[，。；：、！？“”\s]|的|了|以|更|得|着|过|将|把|被|让|使", name):
        return False
    return name_has_proper_part(name)
