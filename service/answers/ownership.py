"""Answers about ownership: a company's holders on a date, who controls
it (directly or in the end), its parents, subsidiaries and founders."""

from __future__ import annotations

from typing import Any

from graph.control import direct_controllers, ultimate_controllers
from graph.temporal import covers, stakes
from schema import Predicate
from service.answers.common import Result, entities, entity_then, find_company, is_zh, labelled, list_sentence, name_then
from service.question import Question
from service.questions import Backend, FactD
from service.renames import fact_day


def _stakes(b: Backend, cid: str, day: str | None, ever: bool = False) -> tuple[list[Any], list[FactD]]:
    facts = b._in(cid, [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE])
    holdings = [f for f in facts if f["predicate"] == "HOLDS_STAKE" and f["subject"]["id"] != cid]
    sales = [f for f in facts if f["predicate"] == "SOLD_STAKE"]
    if ever:
        return [], holdings + sales
    return stakes(holdings, sales, day), sales


def _holders(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    now, sales = _stakes(b, c["id"], q.as_of, q.when == "ever")
    if q.when == "ever":
        ids = [f["subject"]["id"] if f["predicate"] == "HOLDS_STAKE" else f["qualifiers"].get("buyer_id") or f["subject"]["id"] for f in sales]
        out = entities(b, [i for i in ids if i])
        return out, sales, list_sentence(q, c["name"], [e["name"] for e in out], "股东", "holders"), {"company": c}
    out = []
    parts = []
    for s in now:
        e = entity_then(b, s.holder, s.since)
        for twin in s.same_as:
            t = entity_then(b, twin, s.since)
            e["aliases"] = list(dict.fromkeys([*e["aliases"], t["name"], *t["aliases"]]))
        out.append(e)
        bought = ""
        if s.via_sale is not None:
            sq = s.via_sale["qualifiers"]
            got = f"{sq['percent']:g}%" if isinstance(sq.get("percent"), int | float) else ""
            when = s.via_sale.get("valid_from") or ""
            bought = (f"，含{when}自{s.via_sale['subject']['name']}受让的{got}" if is_zh(q) else
                      f", incl. {got} bought from {s.via_sale['subject']['name']}" + (f" on {when}" if when else ""))
        parts.append(labelled(b, s.holder, s.since, q) + (f" ({s.percent:g}%{bought})" if s.percent is not None else ""))
    facts = [s.via_sale for s in now if s.via_sale] + [f for s in now for f in s.facts]
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), parts, "股东", "holders"), {
        "company": c, "stakes": [{"holder": s.holder, "percent": s.percent, "since": s.since} for s in now]}


_ULTIMATE = ("实际控制人", "实控人", "最终控制人", "actual", "ultimate", "de facto", "beneficial", "real")


def _control_lookup(b: Backend, day: str | None) -> Any:
    """A company's stakes and parents on `day`, as `graph.control` reads them."""
    def lookup(cid: str) -> tuple[list[Any], list[FactD]]:
        now, _sales = _stakes(b, cid, day)
        parents = [f for f in b._out(cid, [Predicate.SUBSIDIARY_OF])
                   if day is None or covers(f.get("valid_from"), f.get("valid_to"), day)]
        return now, parents
    return lookup


def _controller(b: Backend, q: Question) -> Result:
    """Who controls the company directly (控股股东), or in the end when the
    question says so (实际控制人): `graph.control`."""
    c = find_company(b, q.subject)
    lookup = _control_lookup(b, q.as_of)
    if any(w in q.text.lower() for w in _ULTIMATE):  # follow control up to its end
        ids, facts = ultimate_controllers(c["id"], lookup, lambda x: b.ref(x)["type"] == "Company")
    else:
        ids, facts = direct_controllers(*lookup(c["id"]))
    out = [entity_then(b, i, q.as_of) for i in dict.fromkeys(ids)]
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], q.as_of, q) for e in out], "控制方",
                                     "controllers"), {"company": c}


def _subsidiary_facts(facts: list[FactD], as_of: str | None) -> list[FactD]:
    """SUBSIDIARY_OF facts that make a parent (an associate does not), valid on `as_of`."""
    return [f for f in facts if f["qualifiers"].get("kind") != "associate"
            and (as_of is None or covers(f.get("valid_from"), f.get("valid_to"), as_of))]


def _parents(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    subs = _subsidiary_facts(b._out(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    now, _s = _stakes(b, c["id"], q.as_of)
    owners = [s for s in now if b.ref(s.holder)["type"] == "Company"
              and ((s.percent or 0) >= 50 or any(f["qualifiers"].get("controlling") for f in s.facts))]
    ids = [f["object"]["id"] for f in subs] + [s.holder for s in owners]
    facts = subs + [f for s in owners for f in s.facts]
    if len(set(ids)) > 1:  # a parent's own parent is not the parent: keep the nearest
        grand = {f["object"]["id"] for x in set(ids) for f in b._out(x, [Predicate.SUBSIDIARY_OF])}
        ids = [x for x in ids if x not in grand] or ids
    day = _days(facts)
    out = [entity_then(b, i, day.get(i) or q.as_of) for i in dict.fromkeys(ids)]
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], day.get(e["id"]) or q.as_of, q) for e in out],
                                     "母公司", "parents"), {"company": c}


def _subsidiaries(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    subs = _subsidiary_facts(b._in(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    held = [f for f in b._out(c["id"], [Predicate.HOLDS_STAKE])
            if (f["qualifiers"].get("percent") or 0) >= 50 or f["qualifiers"].get("controlling")]
    day = _days(subs + held)
    out = [entity_then(b, i, day.get(i) or q.as_of) for i in dict.fromkeys([f["subject"]["id"] for f in subs] + [f["object"]["id"] for f in held])]
    return out, subs + held, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], day.get(e["id"]) or q.as_of, q) for e in out],
                                           "子公司", "subsidiaries"), {"company": c}


def _days(facts: list[FactD]) -> dict[str, str]:
    """Each entity a fact names → the date of the first fact naming it (the name it had then)."""
    out: dict[str, str] = {}
    for f in facts:
        if (d := fact_day(f)) is not None:
            for side in ("subject", "object"):
                out.setdefault(f[side]["id"], d)
    return out


def _founders(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    facts = b._in(c["id"], [Predicate.FOUNDED])
    out = entities(b, [f["subject"]["id"] for f in facts])
    return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "创始人", "founders"), {"company": c}


HANDLERS = {"holders": _holders, "controller": _controller, "parent": _parents, "subsidiaries": _subsidiaries, "founders": _founders}
