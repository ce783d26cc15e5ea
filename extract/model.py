"""Records that cross the extractor's boundary: articles in, facts out.

`Fact` is also what the graph receives: the pipeline's facts go to ingest as
they are, and a facts file (`fkg extract` output, the annotation guide's
format) is read back into the same records by `Fact.from_json`, which
refuses a row it cannot type with a one-line reason.
"""

from __future__ import annotations

import math
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
    source: str = ""  # where the article comes from: its row's `source` (or `source_file`), else the file read
    where: str = field(default="", compare=False)  # the input and line it was read at ("articles.jsonl:12"), for messages


@dataclass(frozen=True)
class EntityRef:
    name: str  # display form, as the article writes it
    type: EntityType
    aliases: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": str(self.type), "aliases": list(self.aliases)}

    @classmethod
    def from_json(cls, row: Any, field_name: str) -> EntityRef:
        if not isinstance(row, dict):
            raise TypeError(f"{field_name} must be an object, not {type(row).__name__}")
        name, type_, aliases = row.get("name"), row.get("type"), row.get("aliases") or ()
        if not isinstance(name, str) or not name:
            raise ValueError(f"{field_name}.name must be a non-empty string, not {name!r}")
        if type_ not in _ENTITY_TYPES:
            raise ValueError(f"{field_name}.type must be one of {', '.join(_ENTITY_TYPES)}, not {type_!r}")
        if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
            raise TypeError(f"{field_name}.aliases must be a list of strings")
        return cls(name, _ENTITY_TYPES[type_], tuple(aliases))


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

    @classmethod
    def from_json(cls, row: Any) -> Fact:
        """A row of a facts file as a record; what it cannot be raises a
        ValueError or TypeError naming the field. Defaults as the guide's
        format allows: no aliases, qualifiers, rule or extractor; confidence
        0.5; offsets [0, 0]."""
        if not isinstance(row, dict):
            raise TypeError(f"a fact must be an object, not {type(row).__name__}")
        predicate = row.get("predicate")
        if predicate not in _PREDICATES:
            raise ValueError(f"{predicate!r} is not a predicate")
        for name in ("article_id", "evidence", "extractor", "rule"):
            value = row.get(name, "") if name != "article_id" else row.get(name)
            if not isinstance(value, str):
                raise TypeError(f"{name} must be a string, not {type(value).__name__}")
        qualifiers = row.get("qualifiers") or {}
        if not isinstance(qualifiers, dict):
            raise TypeError(f"qualifiers must be an object, not {type(qualifiers).__name__}")
        offsets = row.get("offsets") or [0, 0]
        if not (isinstance(offsets, list | tuple) and len(offsets) >= 2
                and all(isinstance(o, int) and not isinstance(o, bool) for o in offsets[:2])):
            raise ValueError(f"offsets must be two integers, not {offsets!r}")
        confidence = row.get("confidence", 0.5)
        if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not _finite(confidence):
            raise ValueError(f"confidence must be a finite number, not {confidence!r}")
        return cls(row["article_id"], EntityRef.from_json(row.get("subject"), "subject"), _PREDICATES[predicate],
                   EntityRef.from_json(row.get("object"), "object"), dict(qualifiers), row.get("evidence", ""),
                   (offsets[0], offsets[1]), float(confidence), row.get("extractor", ""), row.get("rule", ""))


def _finite(number: int | float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:  # an int no float holds
        return False


_ENTITY_TYPES = {t.value: t for t in EntityType}
_PREDICATES = {p.value: p for p in Predicate}
