"""Answers about ownership: a company's holders on a date, who controls
it (directly or in the end), its parents, subsidiaries and founders."""

from __future__ import annotations

from typing import Any

from schema import Predicate
from service.answers.common import Result, entities, entity, find_company, is_zh, list_sentence
from service.question import Question
from service.questions import Backend, FactD
from service.temporal import covers, stakes


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
        e = entity(b, s.holder)
        for twin in s.same_as:
            t = entity(b, twin)
            e["aliases"] = list(dict.fromkeys([*e["aliases"], t["name"], *t["aliases"]]))
        out.append(e)
        bought = ""
        if s.via_sale is not None:
            sq = s.via_sale["qualifiers"]
            got = f"{sq['percent']:g}%" if isinstance(sq.get("percent"), int | float) else ""
            when = s.via_sale.get("valid_from") or ""
            bought = (f"，含{when}自{s.via_sale['subject']['name']}受让的{got}" if is_zh(q) else
                      f", incl. {got} bought from {s.via_sale['subject']['name']}" + (f" on {when}" if when else ""))
        parts.append(e["name"] + (f" ({s.percent:g}%{bought})" if s.percent is not None else ""))
    facts = [s.via_sale for s in now if s.via_sale] + [f for s in now for f in s.facts]
    return out, facts, list_sentence(q, c["name"], parts, "股东", "holders"), {
        "company": c, "stakes": [{"holder": s.holder, "percent": s.percent, "since": s.since} for s in now]}


_ULTIMATE = ("实际控制人", "实控人", "最终控制人", "actual", "ultimate", "de facto", "beneficial", "real")


def _direct_controllers(b: Backend, cid: str, day: str | None) -> tuple[list[str], list[FactD]]:
    """Who controls a company directly: a holder the articles call
    controlling; else one with a majority; else the largest holder with more
    than 30%; else a parent that owns it (wholly owned, subsidiary)."""
    now, _sales = _stakes(b, cid, day)
    stated = [s for s in now if any(f["qualifiers"].get("controlling") for f in s.facts)]
    chosen = stated or [s for s in now if (s.percent or 0) >= 50]
    if not chosen and now and (now[0].percent or 0) > 30 and (len(now) == 1 or (now[1].percent or 0) < (now[0].percent or 0)):
        chosen = now[:1]
    if chosen:
        return [s.holder for s in chosen], [f for s in chosen for f in s.facts]
    parents = [f for f in b._out(cid, [Predicate.SUBSIDIARY_OF]) if f["qualifiers"].get("kind") in ("wholly_owned", "subsidiary")
               and (day is None or covers(f.get("valid_from"), f.get("valid_to"), day))]
    return [f["object"]["id"] for f in parents], parents


def _controller(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    ids, facts = _direct_controllers(b, c["id"], q.as_of)
    if any(w in q.text.lower() for w in _ULTIMATE):  # follow control up to its end
        seen = {c["id"]}
        frontier = ids
        while frontier:
            nxt, top = [], []
            for x in frontier:
                seen.add(x)
                up, more = _direct_controllers(b, x, q.as_of) if b.ref(x)["type"] == "Company" else ([], [])
                up = [u for u in up if u not in seen]
                (nxt if up else top).extend(up or [x])
                facts += more if up else []
            if not nxt:
                ids = list(dict.fromkeys(top))
                break
            frontier = list(dict.fromkeys(nxt))
    out = entities(b, ids)
    return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "控制方", "controllers"), {"company": c}


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
    out = entities(b, ids)
    return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "母公司", "parents"), {"company": c}


def _subsidiaries(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    subs = _subsidiary_facts(b._in(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    held = [f for f in b._out(c["id"], [Predicate.HOLDS_STAKE])
            if (f["qualifiers"].get("percent") or 0) >= 50 or f["qualifiers"].get("controlling")]
    out = entities(b, [f["subject"]["id"] for f in subs] + [f["object"]["id"] for f in held])
    return out, subs + held, list_sentence(q, c["name"], [e["name"] for e in out], "子公司", "subsidiaries"), {"company": c}


def _founders(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    facts = b._in(c["id"], [Predicate.FOUNDED])
    out = entities(b, [f["subject"]["id"] for f in facts])
    return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "创始人", "founders"), {"company": c}


HANDLERS = {"holders": _holders, "controller": _controller, "parent": _parents, "subsidiaries": _subsidiaries, "founders": _founders}
