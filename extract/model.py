"""Records that cross the extractor's boundary: articles in, facts out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schema import EntityType, Predicate

EXTRACTOR_VERSION = "fkg-rules/0.1.0"


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    date: str = ""  # ISO date of publication when known
    url: str = ""
    source: str = ""  # file the article was read from


@dataclass(frozen=True)
class EntityRef:
    name: str  # display form, as the article writes it
    type: EntityType
    aliases: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": str(self.type), "aliases": list(self.aliases)}


@dataclass
class Fact:
    article_id: str
    subject: EntityRef
    predicate: Predicate
    object: EntityRef
    qualifiers: dict[str, Any]
    evidence: str
    offsets: tuple[int, int]  # [start, end) of the evidence in the article text
    confidence: float
    extractor: str = EXTRACTOR_VERSION
    rule: str = ""  # which rule produced it; for debugging and confidence
    extra_evidence: list[tuple[str, tuple[int, int]]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "subject": self.subject.as_json(),
            "predicate": str(self.predicate),
            "object": self.object.as_json(),
            "qualifiers": self.qualifiers,
            "evidence": self.evidence,
            "offsets": list(self.offsets),
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
            "rule": self.rule,
        }
