"""Answers about a company itself and its links: where it is listed, the
names it had before or after a rename, and how two entities connect."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from schema import Predicate
from schema.listing_time import begun, listed_on, not_after, start_on
from service.answers.common import (
    Result,
    entities,
    find_company,
    first_days,
    full_name_facts,
    is_zh,
    join_names,
    labelled,
    name_then,
)
from service.question import Question
from service.questions import Backend, FactD
from text.abridged import shortens
from text.english import english_keys
from text.names import core_key, name_key, pinyin_key

#: a company's legal form at the end of a name as written
_LEGAL_END = re.compile(r"(?:有限公司|有限责任公司|股份公司|银行|合作社|联社|合伙[）)])$")


def _ended(f: dict[str, Any], day: str | None) -> bool:
    """Whether a listing was over (退市, its `end` or `delisted`, or between a delisting and a relisting) by `day`
    (None: by now): `schema.listing_time`, the one reading of a listing's time."""
    return not listed_on(f["qualifiers"], day)


def _listed(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    own = b._out(c["id"], [Predicate.LISTED_ON]) or full_name_facts(b, c, Predicate.LISTED_ON, "subject")  # 信丰金融: 信丰金融集团's
    facts = [f for f in own if q.as_of is None or begun(f["qualifiers"], q.as_of)]
    if q.when != "ever" and (live := [f for f in facts if not _ended(f, q.as_of)]):
        facts = live  # "X现在在哪上市": not where it delisted from (上市过 asks of them all; a company delisted everywhere keeps them)
    parts = []
    for f in facts:
        qual = f["qualifiers"]
        earlier = bool(q.as_of and qual.get("previous_end") and not not_after(str(qual["previous_end"]), q.as_of))  # before its relisting
        start = start_on(qual, q.as_of) if q.as_of else qual.get("date")  # asked of a day before the relisting: the interval's then
        then = name_then(b, c, start) if start else c["name"]
        was = (f"时名{then}" if is_zh(q) else f"then {then}") if then != c["name"] else None  # listed before a rename
        ended = qual.get("end") or qual.get("previous_end")
        gone = ("已退市" if is_zh(q) else "delisted") + (f" {ended}" if ended else "") if _ended(f, q.as_of) else None
        back = (f"{qual['previous_end']}退市后重新上市" if is_zh(q) else f"relisted after a delisting in {qual['previous_end']}") \
            if qual.get("previous_end") and not gone and not earlier else None
        extra = ", ".join(str(x) for x in (qual.get("ticker"), start, qual.get("method"), was, gone, back) if x)
        parts.append(f["object"]["name"] + (f" ({extra})" if extra else ""))
    msg = (f"{c['name']}在{'、'.join(parts)}上市。" if parts else f"没有找到{c['name']}的上市信息。") if is_zh(q) else \
        (f"{c['name']} is listed on {', '.join(parts)}." if parts else f"No listing of {c['name']} is recorded.")
    return entities(b, [f["object"]["id"] for f in facts]), facts, msg, {"company": c, "listings": facts}


def _full_name_renamed(c: dict[str, Any], renames: Callable[[], list[FactD]]) -> dict[str, Any] | None:
    """The one company in a rename whose full name the short name `c` has
    before generic words only (`shortens`: 易汇付 for 易汇付科技股份有限公司),
    when the store keeps the two apart and only the full one was renamed."""
    names = [c["name"], *c.get("aliases", [])]
    found = {e["id"]: e for f in renames() for e in (f["subject"], f["object"])
             if e["id"] != c["id"] and any(shortens(n, e["name"]) for n in names)}
    return next(iter(found.values())) if len(found) == 1 else None


def _chain_on(c: dict[str, Any], facts: dict[str, FactD], direction: str, renames: Callable[[], list[FactD]]) -> dict[str, str]:
    """Follow a rename chain into another node: "A集团更名为A控股集团有限公司" + "A控股再度更名为A金控" when the
    store keeps A控股 (the name the later rename is written with) apart from A控股集团有限公司 (the earlier one's
    new name). Adds to `facts` the renames of the one renamed node a far name of the chain shortens (or is), and
    returns each name key of that node → the key of the far name, so the two ways the name was written are one
    step of the chain."""
    side = "old_name" if direction == "former" else "new_name"
    far_names = {str(f["qualifiers"].get(side) or f["subject" if direction == "former" else "object"]["name"]) for f in facts.values()}
    if not far_names:
        return {}
    others: dict[str, list[FactD]] = {}
    for f in renames():
        if f["id"] not in facts:
            for e in {f["subject"]["id"]: f["subject"], f["object"]["id"]: f["object"]}.values():
                if e["id"] != c["id"]:
                    others.setdefault(e["id"], []).append(f)
    same: dict[str, str] = {}
    for name in sorted(far_names):
        hits = {eid: fs for eid, fs in others.items()
                if any(_one_name(name, n) for g in fs for n in _rename_names(g, eid))}
        if len(hits) != 1:
            continue
        for g in next(iter(hits.values())):
            facts[g["id"]] = g
            near = str(g["qualifiers"].get("new_name" if direction == "former" else "old_name") or "")
            if near and _one_name(name, near) and core_key(near) != core_key(name):
                same[core_key(near)] = core_key(name)
    return same


def _every_rename(b: Backend) -> Callable[[], list[FactD]]:
    """The store's renames, read when first asked for and then kept: a question that looks both for the full
    name renamed and for the rest of a chain reads them once, one that needs neither not at all."""
    kept: list[list[FactD]] = []

    def renames() -> list[FactD]:
        if not kept:
            kept.append(b._all_facts(Predicate.RENAMED_TO, 100000)[1])
        return kept[0]
    return renames


def _one_name(a: str, b: str) -> bool:
    """Whether two names write one company's (one the other cut short before generic words)."""
    return core_key(a) == core_key(b) or shortens(a, b) or shortens(b, a)


def _rename_names(f: FactD, eid: str) -> list[str]:
    """The names a rename gives the node `eid`: its own name, and the rename's old or new name on its side."""
    q = f["qualifiers"]
    return [e["name"] for e in (f["subject"], f["object"]) if e["id"] == eid] + [
        str(q[k]) for k, side in (("old_name", "subject"), ("new_name", "object")) if q.get(k) and f[side]["id"] == eid]


def _renames(b: Backend, q: Question, direction: str) -> Result:
    """The names a company had before the one asked about (former_names:
    the renames that lead to it, followed back: 远澄科技 ← 远澄数科 ← 远澄金融),
    or after it (new_names). Names are compared by their core key, so "远澄数科"
    and "远澄数科有限公司" are one name."""
    c = find_company(b, q.subject)
    facts = {f["id"]: f for f in b._out(c["id"], [Predicate.RENAMED_TO]) + b._in(c["id"], [Predicate.RENAMED_TO])}
    renames = _every_rename(b)
    if not facts and (full := _full_name_renamed(c, renames)):  # 易汇付 asked, the rename stored at 易汇付科技股份有限公司
        c = full
        facts = {f["id"]: f for f in b._out(c["id"], [Predicate.RENAMED_TO]) + b._in(c["id"], [Predicate.RENAMED_TO])}
    same = _chain_on(c, facts, direction, renames)
    shown: dict[str, str] = {}
    edges: dict[str, set[str]] = {}  # key → the keys one rename away in `direction`
    legal: set[str] = set()
    for f in facts.values():
        old = f["qualifiers"].get("old_name") or f["subject"]["name"]
        new = f["qualifiers"].get("new_name") or f["object"]["name"]
        ko, kn = same.get(core_key(old), core_key(old)), same.get(core_key(new), core_key(new))
        if ko == kn:
            continue
        for k, n in ((ko, old), (kn, new)):  # the shortest way a name was written ("远澄数科", not "远澄数科有限公司")
            shown[k] = min(shown.get(k, n), n, key=lambda x: (len(x), x))
            if _LEGAL_END.search(n):
                legal.add(k)  # (written once as a whole legal name: a name the company had, never one cut short)
        src, dst = (kn, ko) if direction == "former" else (ko, kn)
        edges.setdefault(src, set()).add(dst)
    english = english_keys(q.subject)
    keys = [core_key(q.subject), name_key(q.subject), *(core_key(k) for k in english)]
    asked = next((k for k in keys if k in shown), None) or next((k for k in shown if pinyin_key(k) in english), None)
    if asked is None:  # the entity under another name: start from the end of its chain
        ends = {x for v in edges.values() for x in v}
        asked = next((k for k in (core_key(n) for n in [c["name"], *c.get("aliases", [])]) if k in shown and k not in ends), None)
    found: list[str] = []
    frontier = [asked] if asked else []
    while frontier:
        k = frontier.pop()
        for o in sorted(edges.get(k, ())):
            if o not in found and o != asked:
                found.append(o)
                frontier.append(o)
    if direction == "former":  # a name inside the present one is that name cut short ("华曜"), not a name it had (360金融 of 360金融集团 is)
        # (unless written as a legal name: "A股份有限公司" renamed "A集团股份有限公司")
        whole = [k for k in (asked, core_key(c["name"])) if k]
        found = [k for k in found if k in legal or not any(k != o and k in o for o in whole)]
    names = [*c.get("aliases", []), c["name"]]
    out = [{"id": None, "name": shown[k], "type": "Company", "name_then": None,
            "aliases": [n for n in names if core_key(n) == k and n != shown[k]]} for k in found]
    side = "old_name" if direction == "former" else "new_name"
    used = [f for f in facts.values() if core_key(f["qualifiers"].get(side) or "") in found]
    listed = join_names(q, [shown[k] for k in found])
    if direction == "former":
        msg = (f"{q.subject}的前身/曾用名：{listed}。" if found else f"没有找到{q.subject}的曾用名。") if is_zh(q) else \
            (f"{q.subject} was formerly called {listed}." if found else f"No former name of {q.subject} is recorded.")
    else:
        msg = (f"{q.subject}后来更名为：{listed}。" if found else f"没有找到{q.subject}的更名记录。") if is_zh(q) else \
            (f"{q.subject} was renamed {listed}." if found else f"No later name of {q.subject} is recorded.")
    return out, used, msg, {"company": c}


def _connection(b: Backend, q: Question) -> Result:
    r = b.paths(b.find(q.subject)["id"], b.find(q.other or "")["id"], 4)
    facts = [f for p in r["paths"][:1] for h in p["hops"] for f in h["facts"]]
    a, z = r["from"]["name"], r["to"]["name"]
    if not r["paths"]:
        return [], [], f"没有找到{a}与{z}之间的关联。" if is_zh(q) else f"No connection between {a} and {z} is recorded.", r
    chain = r["paths"][0]["entities"]
    day = first_days([f for h in r["paths"][0]["hops"] for f in h["facts"]])
    names = " → ".join(labelled(b, e["id"], day.get(e["id"]), q) if e["type"] == "Company" else e["name"] for e in chain)
    return entities(b, [e["id"] for e in chain[1:-1]]), facts, (
        f"{a}与{z}的关联：{names}。" if is_zh(q) else f"{a} is connected to {z} via {names}."), r


HANDLERS = {
    "listed": _listed, "former_names": lambda b, q: _renames(b, q, "former"), "new_names": lambda b, q: _renames(b, q, "new"),
    "connection": _connection,
}
