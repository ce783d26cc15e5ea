"""Answers about ownership: a company's holders on a date, its parents,
subsidiaries and founders, who sold or bought its shares; who controls it
is `service.answers.controller`'s."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from graph.stake_time import stake_holds
from graph.temporal import covers
from schema import Predicate
from schema.listing_time import not_after
from service.answers.common import (
    Result,
    entities,
    entity_then,
    find_company,
    first_days,
    full_name_facts,
    is_zh,
    labelled,
    list_sentence,
    name_then,
    when_prefix,
)
from service.answers.controller import controller
from service.errors import NotFound
from service.holdings import holders_of_record, stake_facts, stakes_on
from service.question import Question, normalise
from service.questions import Backend, FactD
from text.names import name_key


def _holders(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    if q.when == "ever":
        holdings, sales = stake_facts(b, c["id"])
        facts = holdings + sales
        ids = [f["subject"]["id"] if f["predicate"] == "HOLDS_STAKE" else f["qualifiers"].get("buyer_id") or f["subject"]["id"] for f in facts]
        out = entities(b, [i for i in ids if i])
        return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "股东", "holders"), {"company": c}
    now = holders_of_record(b, c["id"], q.as_of)  # the API's holders too: `service.holdings`
    major = bool(_MAJOR.search(normalise(q.text)))
    now = _major(now) if major else now
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
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), parts, *(("主要股东", "major holders") if major else ("股东", "holders"))), {
        "company": c, "stakes": [{"holder": s.holder, "percent": s.percent, "since": s.since} for s in now]}


#: a question for the major holders (主要股东, 大股东 — not 第一大/最大股东, the largest —, major shareholders)
_MAJOR = re.compile(r"主要股东|重要股东|(?<![第最一二三四五六七八九十])大股东|\b(?:major|main|principal|key)\s+(?:shareholders|holders|owners)", re.I)
#: the share from which a holder is a major one (5%: the line a bank's 主要股东 and a listed company's disclosures draw)
MAJOR_SHARE = 5.0


def _major(now: list[Any]) -> list[Any]:
    """The major holders among the holders of record: those with a share of
    at least `MAJOR_SHARE`, or with none told but called controlling; a
    holder known by no share beside others known by theirs is no major one
    ("主要股东X推荐的董事Y" tells of Y no stake). All of them when none is."""
    kept = [s for s in now if (s.percent or 0) >= MAJOR_SHARE
            or (s.percent is None and any(f["qualifiers"].get("controlling") for f in s.facts))]
    return kept or now


def _subsidiary_facts(facts: list[FactD], as_of: str | None) -> list[FactD]:
    """SUBSIDIARY_OF facts that make a parent (an associate does not), valid on `as_of`."""
    return [f for f in facts if f["qualifiers"].get("kind") != "associate"
            and (as_of is None or covers(f.get("valid_from"), f.get("valid_to"), as_of))]


def _controlling_owners(b: Backend, cid: str, as_of: str | None) -> list[Any]:
    """The companies that hold a majority of `cid` or are said to control it, on `as_of`."""
    return [s for s in stakes_on(b, cid, as_of) if b.ref(s.holder)["type"] == "Company"
            and ((s.percent or 0) >= 50 or any(f["qualifiers"].get("controlling") for f in s.facts))]


def _parents(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    subs = [f for f in _subsidiary_facts(b._out(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of) if c["id"] not in _sold_off(b, f["object"]["id"], q.as_of)]
    owners = _controlling_owners(b, c["id"], q.as_of)
    stated = {f["object"]["id"] for f in subs} | {s.holder for s in owners if (s.percent or 0) >= 50}
    if stated:  # a parent stated (its subsidiary, a majority): a controller known by no share is one further up
        owners = [s for s in owners if s.holder in stated or s.percent is not None]
    ids = [f["object"]["id"] for f in subs] + [s.holder for s in owners]
    facts = subs + [f for s in owners for f in s.facts]
    if len(set(ids)) > 1:  # a parent's own parent (or the controller that controls it) is not the parent: keep the nearest,
        grand = {f["object"]["id"] for x in set(ids) for f in b._out(x, [Predicate.SUBSIDIARY_OF])}  # and one an article
        grand |= {s.holder for x in set(ids) for s in _controlling_owners(b, x, q.as_of)}  # calls the company's own parent
        told = {f["object"]["id"] for f in subs if f["qualifiers"].get("kind") in ("subsidiary", "wholly_owned")}  # ("X旗下的子公司C")
        ids = [x for x in ids if x not in grand or x in told] or ids
    day = first_days(facts)
    out = [entity_then(b, i, day.get(i) or q.as_of) for i in dict.fromkeys(ids)]
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], day.get(e["id"]) or q.as_of, q) for e in out],
                                     "母公司", "parents"), {"company": c}


#: a question for the subsidiaries a company owns whole (全资子公司, 全资附属公司, wholly-owned subsidiaries)
_WHOLLY = re.compile(r"全资|wholly[\s-]*owned", re.I)


def _subsidiaries(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    subs = _subsidiary_facts(b._in(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    held = [f for f in b._out(c["id"], [Predicate.HOLDS_STAKE])
            if (f["qualifiers"].get("percent") or 0) >= 50 or f["qualifiers"].get("controlling")]
    sold = _sold_off(b, c["id"], q.as_of) | _sold_through_own(b, c["id"], subs, q.as_of)
    held += _vehicles_of(b, c["id"], q.as_of)
    subs, held = [f for f in subs if f["subject"]["id"] not in sold], [f for f in held if f["object"]["id"] not in sold]
    wholly = bool(_WHOLLY.search(normalise(q.text)))
    if wholly:  # "全资子公司有哪些": those it owns whole, not every one it controls
        whole = {f["subject"]["id"] for f in subs if f["qualifiers"].get("kind") == "wholly_owned"}
        whole |= {f["object"]["id"] for f in held if (f["qualifiers"].get("percent") or 0) >= 100}
        subs, held = [f for f in subs if f["subject"]["id"] in whole], [f for f in held if f["object"]["id"] in whole]
    day = first_days(subs + held)
    out = [entity_then(b, i, day.get(i) or q.as_of) for i in dict.fromkeys([f["subject"]["id"] for f in subs] + [f["object"]["id"] for f in held])]
    return out, subs + held, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], day.get(e["id"]) or q.as_of, q) for e in out],
                                           *(("全资子公司", "wholly-owned subsidiaries") if wholly else ("子公司", "subsidiaries"))), {"company": c}


def _vehicles_of(b: Backend, cid: str, day: str | None) -> list[FactD]:
    """"公司通过全资子公司S间接持有X 10%" beside "S持有X 10%": S, the one other holder
    of X with the very share the company holds of X through another, is the
    company's vehicle; its holding of X (with S as the object) stands for it."""
    out = []
    for f in b._out(cid, [Predicate.HOLDS_STAKE]):
        pct = f["qualifiers"].get("percent")
        if not f["qualifiers"].get("indirect") or not isinstance(pct, int | float) or not stake_holds(f, day):
            continue
        same = [g for g in b._in(f["object"]["id"], [Predicate.HOLDS_STAKE]) if g["subject"]["id"] != cid and stake_holds(g, day)
                and not g["qualifiers"].get("indirect") and isinstance(p := g["qualifiers"].get("percent"), int | float) and abs(p - pct) < 0.01]
        if len({g["subject"]["id"] for g in same}) == 1:
            out.append(same[0] | {"object": same[0]["subject"]})
    return out


def _sold_off(b: Backend, cid: str, day: str | None) -> set[str]:
    """The companies `cid` sold its stake in by `day` (None: now) and holds
    none of since: no longer its subsidiaries, whatever was said before the sale."""
    sales = [f for f in b._out(cid, [Predicate.SOLD_STAKE]) if day is None or (f.get("valid_from") and not_after(f["valid_from"], day))]
    return {x for x in {f["object"]["id"] for f in sales} if all(s.holder != cid for s in stakes_on(b, x, day))}


def _sold_through_own(b: Backend, cid: str, subs: list[FactD], day: str | None) -> set[str]:
    """The companies one of `cid`'s own subsidiaries sold its stake in by `day` and that neither it nor `cid` holds
    any of since: "旗下不良资产公司" that the group's subsidiary sold is the group's subsidiary no longer."""
    own = {f["subject"]["id"] for f in subs}
    out: set[str] = set()
    for sub in own:
        for x in _sold_off(b, sub, day):
            if x not in own or x == sub:
                continue
            if all(s.holder not in (cid, sub) for s in stakes_on(b, x, day)):
                out.add(x)
    return out


def _founders(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    facts = b._in(c["id"], [Predicate.FOUNDED]) or full_name_facts(b, c, Predicate.FOUNDED, "object")  # 易汇付: 易汇付科技股份有限公司's
    out = entities(b, [f["subject"]["id"] for f in facts])
    return out, facts, list_sentence(q, c["name"], [e["name"] for e in out], "创始人", "founders"), {"company": c}


def _buyers(b: Backend, q: Question) -> Result:
    """Who bought a stake in the company (from the seller the question
    names, if it names one): the buyers of the stated sales, on or before
    the date asked."""
    c = find_company(b, q.subject)
    seller = b.find(q.other)["id"] if q.other else None
    sales = [f for f in b._in(c["id"], [Predicate.SOLD_STAKE]) if (seller is None or f["subject"]["id"] == seller)
             and (q.as_of is None or not f.get("valid_from") or not_after(f["valid_from"], q.as_of))]
    out: list[dict[str, Any]] = []
    for f in sales:
        qual = f["qualifiers"]
        if qual.get("buyer_id"):
            out.append(entity_then(b, str(qual["buyer_id"]), f.get("valid_from")))
        elif qual.get("buyer"):
            out.append({"id": None, "name": str(qual["buyer"]), "aliases": [], "type": "Company", "name_then": None})
    out = list({e["id"] or e["name"]: e for e in out}.values())
    what = (f"{q.other}所持{c['name']}股权的受让方", f"buyers of {q.other}'s stake in {c['name']}") if q.other else (
        f"{c['name']}股权的受让方", f"buyers of stakes in {c['name']}")
    sentence = (f"{when_prefix(q)}{what[0]}：{'、'.join(e['name'] for e in out)}。" if out else f"{when_prefix(q)}没有找到{what[0]}。") if is_zh(q) else (
        f"{when_prefix(q)}{what[1][0].upper() + what[1][1:]}: {', '.join(e['name'] for e in out)}." if out else f"{when_prefix(q)}No {what[1]} are recorded.")
    return out, sales, sentence, {"company": c, "sales": sales}


def _sellers(b: Backend, q: Question) -> Result:
    """Who sold a stake in the company (to the buyer the question names, if
    it names one, by any of its names or a short one): the sellers of the
    stated sales, on or before the date asked, and the holders whose share
    of record fell from one report to the next (`_cut_stakes`), but for the
    buyers of those sales: a before share dated only by its article looks
    later than the after share dated by the change, and no holder sells
    what it is said to buy."""
    c = find_company(b, q.subject)
    buyer = _buyer_asked(b, q.other) if q.other else None
    sales = [f for f in b._in(c["id"], [Predicate.SOLD_STAKE]) if (q.as_of is None or not f.get("valid_from") or not_after(f["valid_from"], q.as_of))
             and (buyer is None or _sold_to(b, f, *buyer))]
    bought = {str(f["qualifiers"].get("buyer_id")) for f in sales if f["qualifiers"].get("buyer_id")}  # its share rose: "由12%升至60%"
    cut = [f for f in _cut_stakes(b, c["id"], q.as_of) if not q.other and f["subject"]["id"] not in {s["subject"]["id"] for s in sales} | bought]
    out = entities(b, [f["subject"]["id"] for f in sales + cut])
    for f in sales:
        if (day := f.get("valid_from")) and (then := b.ref_then(f["subject"]["id"], day).get("name_then")):
            next(e for e in out if e["id"] == f["subject"]["id"])["name_then"] = then
    to = (f"（售予{q.other}）", f" to {q.other}") if q.other else ("", "")
    what = (f"{c['name']}股权的出让方{to[0]}", f"sellers of stakes in {c['name']}{to[1]}")
    sentence = (f"{when_prefix(q)}{what[0]}：{'、'.join(e['name'] for e in out)}。" if out else f"{when_prefix(q)}没有找到{what[0]}。") if is_zh(q) else (
        f"{when_prefix(q)}{what[1][0].upper() + what[1][1:]}: {', '.join(e['name'] for e in out)}." if out else f"{when_prefix(q)}No {what[1]} are recorded.")
    return out, sales + cut, sentence, {"company": c, "sales": sales, "cut_stakes": cut}


def _cut_stakes(b: Backend, cid: str, day: str | None) -> list[FactD]:
    """With no sale stated, a holder whose share of record fell from one
    dated report to a later one (an annual report's 15.74%, the next year's
    8.06%) sold some of it: the later holding, for each such holder, on or before `day`."""
    dated: dict[str, list[tuple[str, float, FactD]]] = {}
    for f in b._in(cid, [Predicate.HOLDS_STAKE]):
        qual, when = f["qualifiers"], str(f["qualifiers"].get("as_of") or f.get("valid_from") or "")
        if qual.get("indirect") or not isinstance(qual.get("percent"), int | float) or not when or (day is not None and not not_after(when, day)):
            continue
        dated.setdefault(f["subject"]["id"], []).append((when, float(qual["percent"]), f))
    out = []
    for reports in dated.values():
        reports.sort(key=lambda r: r[0])
        if any(a[0] < b_[0] and b_[1] < a[1] - 0.005 for a, b_ in pairwise(reports)):
            out.append(reports[-1][2])
    return out


def _buyer_asked(b: Backend, buyer: str) -> tuple[str | None, str]:
    """The buyer a question names, looked up once for all the sales it is matched against: its entity's id
    (None when no entity goes by that name) and its name key."""
    try:
        found: str | None = b.find(buyer)["id"]
    except NotFound:
        found = None
    return found, name_key(buyer)


def _sold_to(b: Backend, sale: FactD, buyer_id: str | None, key: str) -> bool:
    """The sale's buyer is the one named (`_buyer_asked`): the same entity, or a name of it that holds or is held
    in the one asked ("璟联" for 璟联（北京）科技)."""
    qual = sale["qualifiers"]
    names = {str(qual.get("buyer") or "")}
    if qual.get("buyer_id"):
        e = b._entity(str(qual["buyer_id"])) or {}
        names |= {str(e.get("name") or ""), *map(str, e.get("aliases") or [])}
        if buyer_id is not None and buyer_id == qual["buyer_id"]:
            return True
    return any(n and (key in name_key(n) or name_key(n) in key) for n in names)


def _stake(b: Backend, q: Question) -> Result:
    """What share of the company one holder holds ("A持有X多少股份", "what
    stake does A hold in X"): its stake on the date asked (None: the latest
    reported), with the day it was told; no answer when it holds none."""
    c = find_company(b, q.company or "")
    try:
        holder = b.find(q.subject)
    except NotFound:
        holder = None
    held = next((s for s in stakes_on(b, c["id"], q.as_of) if holder and holder["id"] in (s.holder, *s.same_as)), None)
    if holder is None or held is None:
        who = holder["name"] if holder else q.subject
        sentence = (f"{when_prefix(q)}没有找到{who}持有{c['name']}股份的记录。" if is_zh(q) else
                    f"{when_prefix(q)}No stake of {who} in {c['name']} is recorded.")
        return [], [], sentence, {"company": c, "percent": None, "since": None}
    share = (f"{held.percent:g}%" if held.percent is not None else ("比例未披露" if is_zh(q) else "share not given"))
    told = (f"（{held.since}）" if is_zh(q) else f" (as of {held.since})") if held.since else ""
    sentence = (f"{when_prefix(q)}{holder['name']}持有{name_then(b, c, q.as_of)}：{share}{told}。" if is_zh(q) else
                f"{when_prefix(q)}{holder['name']} holds {share} of {name_then(b, c, q.as_of)}{told}.")
    facts = [held.via_sale] if held.via_sale else list(held.facts)
    return [entity_then(b, held.holder, held.since)], facts, sentence, {"company": c, "percent": held.percent, "since": held.since}


HANDLERS = {"stake": _stake, "buyers": _buyers, "sellers": _sellers, "holders": _holders, "controller": controller, "parent": _parents, "subsidiaries": _subsidiaries, "founders": _founders}
