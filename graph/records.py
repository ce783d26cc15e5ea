"""Records of the resolved graph: entities, facts, their provenance.

A `ResolvedEntity` is what resolution made of many mentions (extract's
`EntityRef`s) and a `MergedFact` what many reports (extract's `Fact`s) of
one real-world statement became: the unit of knowledge, however many
articles repeat it; `Provenance` records say where each was read. Valid
time (`valid_from`/`valid_to`, None = open) is kept apart from `reported_at`
(the earliest article date): "as of" questions use valid time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from schema import EntityType, Predicate
from schema.listing_time import not_after


@dataclass
class Provenance:
    article_id: str
    evidence: str
    start: int
    end: int
    confidence: float
    extractor: str
    rule: str = ""
    title: str = ""
    date: str = ""  # the article's publication date, when known

    def as_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "date": self.date or None, "evidence": self.evidence,
                "offsets": [self.start, self.end], "confidence": round(self.confidence, 3), "extractor": self.extractor}


@dataclass
class ResolvedEntity:
    id: str
    type: EntityType
    name: str
    names: dict[str, str] = field(default_factory=dict)  # surface → kind (name, alias, ticker, former, curated)

    def aliases(self) -> list[str]:
        return [n for n in self.names if n != self.name]


@dataclass(slots=True)
class MergedFact:
    id: str
    predicate: Predicate
    subject: str  # entity id
    object: str  # entity id
    raw_qualifiers: dict[str, Any] | str  # a dict, or the store's JSON until first read
    confidence: float = 0.0
    valid_from: str | None = None
    valid_to: str | None = None
    reported_at: str | None = None
    provenance: list[Provenance] = field(default_factory=list)
    contradicts: list[str] = field(default_factory=list)  # ids of facts this one conflicts with

    @property
    def qualifiers(self) -> dict[str, Any]:
        """Decoded on first access: a million facts load without a million
        JSON parses, and most are never looked at."""
        q = self.raw_qualifiers
        if isinstance(q, str):
            q = self.raw_qualifiers = json.loads(q)
        return q

    def valid_at(self, day: str) -> bool:
        return valid_at(self.valid_from, self.valid_to, day)



def valid_at(valid_from: str | None, valid_to: str | None, day: str) -> bool:
    """Whether [valid_from, valid_to) contains `day` (ISO dates of any
    precision; None is unbounded; a coarse bound covers its whole year or
    month, so a term ending "2022" still holds on 2022-06-30)."""
    return (valid_from is None or not_after(valid_from, day)) and (
        valid_to is None or day < valid_to or day.startswith(valid_to))


def first_report(f: dict[str, Any]) -> str:
    """The date of the earliest dated article that reports the fact ("" if none is dated)."""
    return min((d for e in f.get("evidence") or [] if (d := e.get("date"))), default="") or (f.get("reported_at") or "")


def latest_report(f: dict[str, Any]) -> str:
    """The date of the latest article that reports the fact ("" if none is dated)."""
    return max((e.get("date") or "" for e in f.get("evidence") or []), default="") or (f.get("reported_at") or "")
