"""Candidates → facts: one fact per article per identity, best qualifiers.

An article often states a fact twice (the lede and the body); the guide
counts it once. Candidates with the same identity (predicate, subject,
object and key qualifiers) are merged: dates keep the most precise value
that agrees with the others, other qualifiers the first value seen, and the
confidence rises with each independent statement.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lexicon import get_lexicon
from extract.model import Article, EntityRef, Fact
from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import DATE_QUALIFIERS, PREDICATES, ROLE_SPECIALISES, EntityType, Predicate, Role
from schema.listing_time import merge_listing
from text.kinds import generic_company_word, generic_person_alias
from text.names import is_generic_org_name, name_key
from text.normalize import Normalized


def _identity(c: Candidate) -> tuple[Any, ...]:
    spec = PREDICATES[c.predicate]
    keys = tuple(c.qualifiers.get(k) for k in spec.key_qualifiers)
    title = c.qualifiers.get("title") if c.qualifiers.get("role") == "other" else None
    return (c.predicate, c.subject, c.object, keys, title)


def _better_date(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    if b.startswith(a) and len(b) > len(a):
        return b
    return a


def _merge_into(dst: dict[str, Any], src: dict[str, Any], skip: frozenset[str] = frozenset()) -> None:
    for k, v in src.items():
        if k in skip:
            continue
        if k in DATE_QUALIFIERS:
            dst[k] = _better_date(dst.get(k), v)
        else:
            dst.setdefault(k, v)


def _prune_general_roles(groups: dict[tuple[Any, ...], list[Candidate]]) -> None:
    """Drop 董事 where the same article names the person 执行董事 (etc.) of
    the same company, carrying its dates over to the specific role."""
    specific = {
        (c.subject, c.object, c.qualifiers.get("role")): key
        for key, cs in groups.items() for c in cs[:1] if c.predicate is Predicate.HOLDS_POSITION
    }
    for key, cs in list(groups.items()):
        c = cs[0]
        if c.predicate is not Predicate.HOLDS_POSITION or c.qualifiers.get("role") != Role.DIRECTOR:
            continue
        for spec_role, general in ROLE_SPECIALISES.items():
            if general is not Role.DIRECTOR:
                continue
            target = specific.get((c.subject, c.object, str(spec_role)))
            if target is not None:
                for other in cs:
                    for d in ("start", "end"):
                        if d in other.qualifiers:
                            for t in groups[target]:
                                t.qualifiers.setdefault(d, other.qualifiers[d])
                del groups[key]
                break


def _entity_ref(ctx: Context, key: str) -> EntityRef:
    if key.startswith("X:"):
        return EntityRef(key[2:], EntityType.EXCHANGE)
    ent = ctx.inv.entities[key]
    # the name the article uses most (first used on a tie), as the guide asks
    name = max(ent.aliases, key=lambda a: (ent.aliases[a], -list(ent.aliases).index(a))) if ent.aliases else ent.name
    aliases = [a for a in dict.fromkeys([ent.name, *ent.aliases, *ent.tickers]) if a != name]
    entry = get_lexicon().company(ent.name) if ent.from_dictionary else None
    if entry is not None:
        aliases += [a for a in [entry.name, *entry.aliases] if a != name and a not in aliases]
    return EntityRef(name, EntityType(ent.type), tuple(a for a in aliases if not _generic(a, ent.type)))


def _generic(alias: str, type_: str) -> bool:
    """An alias that names no firm or person in particular ("本公司", "发行人", "信托", "王总"): the article
    meant this entity by it, but a reader of the output (and the graph, `text.kinds`) would take it for a
    name. A place and a kind ("九江国投") stays: within its article it is the firm's short name."""
    if type_ == "Company":
        return generic_company_word(name_key(alias)) or is_generic_org_name(alias)
    return type_ == "Person" and generic_person_alias(name_key(alias))


def _vague(c: Candidate, stated: set[tuple[Predicate, str, str]]) -> bool:
    """A holding without a figure, or a sale without buyer or figure, adds
    nothing where the article states the same holder's share (the same
    seller's sale) of the same company in full; a stated control stays."""
    if c.predicate is Predicate.HOLDS_STAKE:
        return "percent" not in c.qualifiers and not c.qualifiers.get("controlling") and (c.predicate, c.subject, c.object) in stated
    if c.predicate is Predicate.SOLD_STAKE and "percent" not in c.qualifiers:
        # (a sale to a buyer without its figure is the same sale where the article gives that buyer's with its figure)
        return (c.predicate, c.subject, c.object) in stated if "buyer" not in c.qualifiers else (
            c.predicate, c.subject, c.object + "→" + str(c.qualifiers["buyer"])) in stated
    return False


def _stated_in_full(cs: list[Candidate]) -> set[tuple[Predicate, str, str]]:
    return {(c.predicate, c.subject, c.object) for c in cs
            if (c.predicate is Predicate.HOLDS_STAKE and "percent" in c.qualifiers)
            or (c.predicate is Predicate.SOLD_STAKE and ("buyer" in c.qualifiers or "percent" in c.qualifiers))} | {
        (c.predicate, c.subject, c.object + "→" + str(c.qualifiers["buyer"])) for c in cs
        if c.predicate is Predicate.SOLD_STAKE and "buyer" in c.qualifiers and "percent" in c.qualifiers}


def _stated_figure(c: Candidate) -> bool:
    """A holding with a figure that is the holder's share as the sentence tells it (not the "由p1" of a change)."""
    return c.predicate is Predicate.HOLDS_STAKE and "percent" in c.qualifiers and not c.rule.endswith("-before")


#: a sentence telling control through a channel and a direct holding apart ("其通过A间接控制公司" + "，并直接持有公司" + a figure)
#: (a control with no figure of its own: "间接控制C 21%的股份" is a figure, into which the control goes)
_INDIRECT_AND_DIRECT = re.compile("间接控制\ue001?[，,；。].*直接持有|直接持有.*间接控制\ue001?(?:[，,；。]|$)")


#: a control said in passing, the rank between the company and its holder ("…获委任为C控股股东A的董事"): the
#: sentence right after that gives A's figure tells the same holding
_APPOSED_RANK = re.compile("\ue001(?:的)?(?:控股股东|第一大股东|最大股东)\ue001")


#: a sentence that only ranks a holder the sentence before gave a figure ("A持有x%，B持有y%。" + "A为C控股股东。"): one holding
_RANK_AFTER_FIGURES = re.compile("\ue001(?:为|系|是)\ue001?(?:的)?(?:控股股东|第一大股东)[。；]?$")


#: a sentence after a table of shares before and after a change, telling who the change made the controller
#: ("变更后，A成为C控股股东"): the same holding as the table's figure after the change
_AFTER_CHANGE_HEAD = re.compile("(?:本次)?(?:股权)?(?:变更|变动|转让|交易)(?:完成)?后[，,]")


def _fold_control(cs: list[Candidate], tpls: list[str] | None = None) -> list[Candidate]:
    """"C的控股股东为A" + "，持股比例为" + a figure: one holding, controlling and with its
    figure, not a second one without the figure. A stated control without a
    figure goes into the holder's current figure for the same company stated
    in the same sentence (or, for a control said in passing, in the next); a control
    stated in a sentence of its own stays a fact of its own (the annotators count it so). A former control goes into
    a former figure (a share said of before the change: "A此前持C 35%股份，系C控股股东"), a current one
    into a current figure."""
    figures: dict[tuple[str, str, bool], list[Candidate]] = {}
    for c in cs:
        if _stated_figure(c):
            figures.setdefault((c.subject, c.object, bool(c.qualifiers.get("former"))), []).append(c)
    out = []
    for c in cs:
        if c.predicate is Predicate.HOLDS_STAKE and "percent" not in c.qualifiers and c.qualifiers.get("controlling") is True:
            into = [f for f in figures.get((c.subject, c.object, bool(c.qualifiers.get("former"))), [])
                    if f.sent == c.sent or c.rule in ("controls-channel", "holder-label")  # (a channel's control, a form's label: its figure anywhere)
                    or (f.sent == c.sent + 1 and tpls is not None and _APPOSED_RANK.search(tpls[c.sent]))
                    or (f.sent == c.sent - 1 and tpls is not None and _RANK_AFTER_FIGURES.match(tpls[c.sent]))
                    or (f.rule == "spaced-after" and 0 < c.sent - f.sent <= 8 and tpls is not None and _AFTER_CHANGE_HEAD.match(tpls[c.sent]))]
            if into and tpls is not None and c.rule != "controls-channel" and _INDIRECT_AND_DIRECT.search(tpls[c.sent]):
                into = []  # an indirect control and a direct figure: two facts, as told
            if into:
                for f in into:
                    for k, v in c.qualifiers.items():
                        f.qualifiers.setdefault(k, v)
                continue
        out.append(c)
    return out


def merge_candidates(ctx: Context, article: Article, norm: Normalized) -> list[Fact]:
    groups: dict[tuple[Any, ...], list[Candidate]] = {}
    stated = _stated_in_full(ctx.out)
    for c in _fold_control(ctx.out, [sent.tpl for sent in ctx.sentences]):
        if _vague(c, stated):
            continue
        groups.setdefault(_identity(c), []).append(c)
    _prune_general_roles(groups)
    facts: list[Fact] = []
    refs: dict[str, EntityRef] = {}
    by_name = {e.name: k for k, e in ctx.inv.entities.items()}
    for cs in groups.values():
        first = max(cs, key=lambda c: c.confidence)
        quals: dict[str, Any] = {}
        ranked = sorted(cs, key=lambda c: -c.confidence)
        for c in ranked:  # dates the sentences state themselves first …
            _merge_into(quals, c.qualifiers, skip=c.carried)
        for c in ranked:  # … then dates carried from the announcement before, where they add precision
            for k in c.carried:
                v = c.qualifiers.get(k)
                if v and (k not in quals or (v.startswith(quals[k]) and len(v) > len(quals[k]))):
                    quals[k] = v
        if first.predicate is Predicate.LISTED_ON and (relisted := merge_listing(quals, [(article.date or None, c.qualifiers) for c in cs])
                                                       ).get("previous_end"):
            quals = relisted  # listed, delisted, listed again, all in this article: the edge as it is now, the interval before kept
        for name in ("buyer", "company"):  # a key, or the entity's own name (the successions give it): the name the article uses most
            if (key := quals.get(name)) is not None and (key := key if key in ctx.inv.entities else by_name.get(key)):
                quals[name] = _entity_ref(ctx, key).name
        sent = ctx.sentences[first.sent]
        start, end = norm.orig_span(sent.start, sent.end)
        conf = 1 - (1 - first.confidence) * 0.7 ** (len({c.sent for c in cs}) - 1)
        subj = refs.setdefault(first.subject, _entity_ref(ctx, first.subject))
        obj = refs.setdefault(first.object, _entity_ref(ctx, first.object))
        facts.append(Fact(
            article_id=article.id, subject=subj, predicate=first.predicate, object=obj, qualifiers=quals,
            evidence=article.text[start:end], offsets=(start, end), confidence=conf, rule=first.rule,
        ))
    facts.sort(key=_reading_order)
    return facts


def _reading_order(f: Fact) -> tuple[Any, ...]:
    """Where the fact is told, then its predicate and its two ends: an order that is the same on every run (the rules'
    candidates may come in the order of a set of strings, which differs between runs). Facts of one triple told in one
    sentence keep the rules' order (the stable sort), which readers of the first such fact rely on."""
    return (f.offsets, str(f.predicate), f.subject.name, str(f.subject.type), f.object.name, str(f.object.type))
