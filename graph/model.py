"""Records of the resolved graph: entities, facts, their provenance.

Facts are the unit of knowledge (one per real-world statement, however many
articles repeat it); provenance records say where each was read. Valid time
(`valid_from`/`valid_to`, None = open) is kept apart from `reported_at` (the
earliest article date): "as of" questions use valid time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from schema import EntityType, Predicate


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
class Entity:
    id: str
    type: EntityType
    name: str
    names: dict[str, str] = field(default_factory=dict)  # surface → kind (name, alias, ticker, former, curated)

    def aliases(self) -> list[str]:
        return [n for n in self.names if n != self.name]


@dataclass(slots=True)
class Fact:
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
    return (valid_from is None or valid_from[: len(day)] <= day) and (
        valid_to is None or day < valid_to or day.startswith(valid_to))


def c_json_encoder(separators: tuple[str, str], sort_keys: bool, default: Callable[[Any], Any]) -> Callable[[Any, int], list[str]] | None:
    """The `json` module's C encoder with these options (`ensure_ascii=False`,
    no circular-reference markers), or None in an interpreter without it.
    `"".join(encoder(value, 0))` is the JSON text."""
    if c_make_encoder is None:
        return None
    item_separator, key_separator = separators
    return c_make_encoder(None, default, encode_basestring, None, key_separator, item_separator, sort_keys, False, True)


def json_encoder(separators: tuple[str, str], sort_keys: bool, default: Callable[[Any], Any]) -> Callable[[Any], str]:
    """`json.JSONEncoder(ensure_ascii=False, …).encode`, with the C encoder
    that `encode` builds afresh on every call built once (and no
    circular-reference markers: we encode plain trees and rows). Ingest
    encodes three values per fact, so this is a third of its JSON time.
    Same output as `json.dumps` with the same options (tested)."""
    encode = c_json_encoder(separators, sort_keys, default)
    if encode is None:  # an interpreter without the C accelerator
        return json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=separators, sort_keys=sort_keys,
                                default=default).encode

    def encode_value(value: Any) -> str:
        return "".join(encode(value, 0))

    return encode_value


KEY_JSON: tuple[tuple[str, str], bool, Callable[[Any], Any]] = ((", ", ": "), True, str)
dumps = json_encoder(*KEY_JSON)
"""Canonical JSON (sorted keys): the form fact ids hash and the store keeps."""


def fact_id(predicate: Predicate | str, subject: str, obj: str, key: dict[str, Any]) -> str:
    """Stable id from the fact's identity (predicate, ends, key qualifiers)."""
    return fact_id_from_json(str(predicate), subject, obj, dumps(key))


def fact_id_from_json(predicate: str, subject: str, obj: str, key_json: str) -> str:
    """`fact_id` for a key already encoded as sorted-key JSON."""
    return "f-" + hashlib.sha1(f"{predicate}\x1f{subject}\x1f{obj}\x1f{key_json}".encode()).hexdigest()[:16]


def entity_id(type_: EntityType | str, key: str) -> str:
    prefix = {"Person": "per", "Company": "org", "Exchange": "exc"}[str(type_)]
    if str(type_) == "Exchange":
        return f"exc-{key.lower()}"
    return f"{prefix}-" + hashlib.sha1(f"{type_}:{key}".encode()).hexdigest()[:12]


def combine_confidence(values: list[float]) -> float:
    """Independent reports: 1 − Π(1 − cᵢ)."""
    p = 1.0
    for v in values:
        p *= 1 - max(0.0, min(1.0, v))
    return round(1 - p, 4)
