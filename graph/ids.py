"""Ids and canonical JSON: what makes two reports one fact, and one name one entity.

A fact's id hashes its predicate, its two entities' ids and its key
qualifiers as canonical JSON (sorted keys); an entity's id hashes its type
and first name key. Both are stable across runs and machines, so the same
articles build the same ids in any order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from schema import EntityType, Predicate


def _canonical_encoder() -> Callable[[Any], str]:
    """`json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)`
    with the C encoder built once, not on every call (ingest encodes two
    values per report); the same text (tested)."""
    if c_make_encoder is None:  # an interpreter without the C accelerator
        return json.JSONEncoder(ensure_ascii=False, check_circular=False, sort_keys=True, default=str).encode
    encode = c_make_encoder(None, str, encode_basestring, None, ": ", ", ", True, False, True)

    def encode_value(value: Any) -> str:
        return "".join(encode(value, 0))

    return encode_value


dumps = _canonical_encoder()
"""Canonical JSON (sorted keys): the form fact ids hash and the store keeps."""


def fact_id(predicate: Predicate | str, subject: str, obj: str, key: dict[str, Any]) -> str:
    """Stable id from the fact's identity (predicate, ends, key qualifiers)."""
    return fact_id_from_json(str(predicate), subject, obj, dumps(key))


def fact_id_from_json(predicate: str, subject: str, obj: str, key_json: str) -> str:
    """`fact_id` for a key already encoded as sorted-key JSON."""
    return "f-" + hashlib.sha1(f"{predicate}\x1f{subject}\x1f{obj}\x1f{key_json}".encode()).hexdigest()[:16]


_ID_PREFIX = {"Person": "per-", "Company": "org-"}


def entity_id(type_: EntityType | str, key: str) -> str:
    t = str(type_)
    if t == "Exchange":
        return f"exc-{key.lower()}"
    return _ID_PREFIX[t] + hashlib.sha1(f"{t}:{key}".encode()).hexdigest()[:12]
