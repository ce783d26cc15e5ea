"""One report (an extracted `Fact`) → its entities, its fact id, its rows.

The hot loop of a bulk ingest: a report is checked against its predicate's shape, its mentions
resolved, its fact keyed (predicate, the two entities, the key qualifiers:
`graph.ids.fact_id`), and its row appended for the writer while its values
are still in the CPU cache. A report refused is refused before anything is
resolved or counted.

`report_reader` builds the function the article loop calls once per
report, with what it uses bound as locals: a mention without aliases that
the batch has seen before (nearly all of them) resolves with one dict
lookup here, without a call into the resolver (bench/README.md: why
this loop is Python and not the C it replaced).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extract.model import Fact
from graph.derive import EVENT_TIME, VALID_TIME, holding_since
from graph.ids import dumps, fact_id_from_json
from graph.ingest.resolver import Resolver
from graph.ingest.writer import Writer
from schema import ENTITY_QUALIFIERS, PREDICATES, EntityType, Predicate
from text.names import name_key


@dataclass(frozen=True)
class _Shape:
    """What a predicate's facts are checked and keyed by, with plain strings:
    looked up once per report by its predicate."""

    predicate: Predicate
    name: str
    subject_types: frozenset[str]
    object_types: frozenset[str]
    key_qualifiers: tuple[tuple[str, str], ...]  # (qualifier, its resolved-id twin)
    valid_time: tuple[str | None, str | None]  # the qualifiers giving valid_from and valid_to (`graph.derive.validity`)


_SHAPES = {p.value: _Shape(p, p.value, frozenset(t.value for t in spec.subject_types),
                           frozenset(t.value for t in spec.object_types),
                           tuple((k, f"{k}_id") for k in spec.key_qualifiers), VALID_TIME.get(p, EVENT_TIME))
           for p, spec in PREDICATES.items()}
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_REFERENCES = frozenset(ENTITY_QUALIFIERS)


def _check_strings(fact: Fact) -> None:
    for n in ("article_id", "evidence", "extractor", "rule"):
        if not isinstance(value := getattr(fact, n), str):
            raise TypeError(f"{n} must be a string, not {type(value).__name__}")


def _rounded(conf: Any) -> float:
    """A confidence as a facts file has it (three decimals), so a store built through one is the same."""
    if not math.isfinite(conf):
        raise ValueError(f"confidence must be a finite number, not {conf!r}")
    return round(conf, 3)


#: Entries a memo of encoded JSON (`_memo`) holds at most: values that repeat fill it long before, and a batch of
#: distinct ones does not grow it without bound.
_MEMO_SIZE = 1 << 16


def _memo(memo: dict[tuple[str, type, Any], str], key: tuple[str, type, Any], value: dict[str, Any]) -> str:
    """`value` encoded (`graph.ids.dumps`), kept under `key` (its one item: name, class and value, so 1, 1.0 and
    True stay apart) while the memo has room. Not for a float NaN (never equal to itself) or zero (0.0 and -0.0 are one
    key, two texts)."""
    encoded = dumps(value)
    if len(memo) < _MEMO_SIZE:
        memo[key] = encoded
    return encoded


def report_reader(resolver: Resolver, writer: Writer, known: set[str], recompute: set[str], touched: set[str],
                  fresh: bool, note_post: Callable[[str, str, dict[str, Any]], None],
                  ended_stakes: set[str], renames: set[str], sales: list[tuple[str, str, Any]]) -> Callable[[Fact, str | None], None]:
    """The function that reads one report, given its article's date. `known`
    holds the fact ids the store has or this batch read (a report of one of
    them makes the fact `recompute`d from all its reports); `touched` the
    facts this batch touched (unused when `fresh`: all are); `note_post`
    hears of each position report into a fresh store (`graph.ingest.post_notes`);
    `ended_stakes` gets the company of each stake report into a fresh store
    that states an end (`graph.ingest.scope.fresh_holding_companies`);
    `renames` the company of each rename report into a fresh store
    (`graph.ingest.passes.current_names`), `sales` each sale report's
    (company, seller, percent) (`graph.ingest.passes.fold_same_sales`)."""
    resolve, alive, entities = resolver.resolve, resolver.alive, resolver.entities
    seen = {t: resolver.plain(t) for t in (EntityType.PERSON, EntityType.COMPANY)}  # mentions without aliases, by name
    touched_entities = resolver.touched
    append, refs, touched_since = writer.reports.append, writer.refs, writer.touched_since
    shapes, renamed, position, stake = _SHAPES, Predicate.RENAMED_TO, Predicate.HOLDS_POSITION, Predicate.HOLDS_STAKE
    sold = Predicate.SOLD_STAKE
    plain_keys: dict[tuple[str, type, Any], str] = {}  # (predicate, its key's class and value) → the key's JSON
    one_quals: dict[tuple[str, type, Any], str] = {}  # (qualifier, class, value) → the JSON of qualifiers with that one item
    stake_end = VALID_TIME[stake][1]
    rounded: dict[Any, float] = {}  # confidence → rounded: extractors give a few distinct values

    def add(fact: Fact, article_date: str | None) -> None:
        shape = shapes.get(fact.predicate)
        if shape is None:
            raise ValueError(f"{fact.predicate!r} is not a predicate")
        subj, obj = fact.subject, fact.object
        s_type, o_type = subj.type, obj.type
        if s_type not in shape.subject_types or o_type not in shape.object_types:
            raise ValueError(f"{shape.name} cannot join a {s_type} to a {o_type}")
        aid, evidence, extractor, rule = fact.article_id, fact.evidence, fact.extractor, fact.rule
        if not (aid.__class__ is str and evidence.__class__ is str and extractor.__class__ is str and rule.__class__ is str):
            _check_strings(fact)  # a subclass of str passes; anything else is refused
        raw = fact.confidence
        conf = rounded.get(raw) if raw.__class__ is float else None
        if conf is None:  # a confidence not met before (a handful in a batch), or not a float
            conf = _rounded(raw)
            if raw.__class__ is float:
                rounded[raw] = conf
        start, end = fact.offsets
        if not (_INT64_MIN <= start <= _INT64_MAX and _INT64_MIN <= end <= _INT64_MAX):
            raise ValueError(f"offsets out of range: {start}, {end}")
        pred = shape.predicate
        quals = fact.qualifiers
        named = [q for q in ENTITY_QUALIFIERS if isinstance(quals.get(q), str) and quals[q]] if not _REFERENCES.isdisjoint(quals) else ()
        if named or pred is renamed:
            quals = dict(quals)  # ids and names join them: the record stays as the extractor made it
        if pred is renamed:  # one company with a former name: merge, keep the names on the fact
            quals.setdefault("old_name", subj.name)
            quals.setdefault("new_name", obj.name)
            new = resolve(obj.name, o_type, obj.aliases)
            old = resolve(subj.name, s_type, subj.aliases, "former")
            if old != new:
                resolver.merge(old, new, "renamed")
            s_id = o_id = alive(new)
            if fresh:
                renames.add(s_id)
        else:
            # a mention seen before without aliases (nearly all) is one lookup (a merge drops the memo's entries of
            # the entity it merges away, so a hit is alive): written out for both ends, as this runs twice per report
            hit = plain.get(subj.name) if (plain := seen.get(s_type)) is not None and not subj.aliases else None
            if hit is None:
                s_id = resolve(subj.name, s_type, subj.aliases)
            else:
                s_id = hit[0]
                hit[1][1] += 1
                if not fresh:
                    touched_entities.add(s_id)
            hit = plain.get(obj.name) if (plain := seen.get(o_type)) is not None and not obj.aliases else None
            if hit is None:
                o_id = resolve(obj.name, o_type, obj.aliases)
            else:
                o_id = hit[0]
                hit[1][1] += 1
                if not fresh:
                    touched_entities.add(o_id)
        for q in named:
            quals[f"{q}_id"] = resolve(quals[q], EntityType.COMPANY if q == "company" else resolver.party_type(quals[q]))
        if s_id not in entities or o_id not in entities:  # a later mention merged them
            s_id, o_id = alive(s_id), alive(o_id)
        if pred is position and fresh:
            note_post(o_id, s_id, quals)
        elif pred is stake and fresh and quals.get(stake_end) is not None:  # stored or recomputed, its valid_to is set
            ended_stakes.add(o_id)
        elif pred is sold and fresh:
            sales.append((o_id, s_id, quals.get("percent")))
        kq = shape.key_qualifiers
        if not kq and not named and pred is not renamed:
            key_json = "{}"
        elif len(kq) == 1 and not named and (
                ((c := (v := quals.get(kq[0][1], quals.get(kq[0][0]))).__class__) is str and (pred is not position or v != "other"))
                or (c is float and v == v and v != 0) or c is int):  # one key (a role, a percent) of a few hundred values: each encoded once
            key_json = plain_keys.get((shape.name, c, v)) or _memo(plain_keys, (shape.name, c, v), {kq[0][0]: v})
        else:
            key = {k: quals.get(k_id, quals.get(k)) for k, k_id in kq}
            if pred is position and quals.get("role") == "other":
                key["title"] = quals.get("title")
            elif pred is renamed:
                key = {"old": name_key(quals["old_name"]), "new": name_key(quals["new_name"])}
            for q in named:  # ids resolved before a later merge: follow it
                quals[f"{q}_id"] = eid = alive(quals[f"{q}_id"])
                if q in key:
                    key[q] = eid
            key_json = dumps(key)
        fid = fact_id_from_json(shape.name, s_id, o_id, key_json)
        if quals.__class__ is not dict or len(quals) > 1:
            quals_json = dumps(quals)
        elif not quals:
            quals_json = "{}"
        else:  # one qualifier (a holding's percent, a subsidiary's kind): values repeat, each encoded once
            ((qk, qv),) = quals.items()
            if (qc := qv.__class__) is str or (qc is float and qv == qv and qv != 0) or qc is int:
                quals_json = one_quals.get((qk, qc, qv)) or _memo(one_quals, (qk, qc, qv), quals)
            else:
                quals_json = dumps(quals)
        if fid in known:  # another report of a known fact: derive it again
            append((fid, aid, start, end, evidence, conf, extractor, rule, quals_json))  # first: a refused one changes no set
            recompute.add(fid)
        else:  # stored final as this one report states it; a second report makes it recomputed
            since, until = shape.valid_time
            vf = quals.get(since) if since else holding_since(quals, article_date) if pred is stake else None
            append((fid, aid, start, end, evidence, conf, extractor, rule, quals_json, shape.name, s_id, o_id, key_json, conf,
                    vf, quals.get(until) if until else None, article_date))
            known.add(fid)
        for q in named:
            refs.add((quals[f"{q}_id"], fid))
        if not fresh:
            touched.add(fid)
            touched_since.add(fid)

    return add
