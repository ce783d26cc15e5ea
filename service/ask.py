"""Backend in Chinese or English → the entities that answer them, one
sentence and the evidence; no model.

`service.question.parse` says what is asked; one handler per intent asks the
backend's shared questions (`api.queries.Backend`) and returns the answer
entities (the `answers` list: name and aliases, what the QA benchmark
scores), the facts behind them and a sentence in the question's language
that says when the answer holds: now (the latest state the articles
report), on the date asked, or that the post is vacant since someone left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.temporal import Tenure, covers, holding, stakes
from schema import EXCHANGES, ROLE_LABELS, ROLE_SPECIALISES, Predicate, Role
from service.errors import NotFound
from service.question import TITLE_WORDS, Question, UnsupportedQuestion, parse
from service.questions import Backend, FactD
from text.english import SURNAMES, english_keys
from text.names import core_key, name_key, pinyin_display, pinyin_key

__all__ = ["UnsupportedQuestion", "answer"]

Result = tuple[list[dict[str, Any]], list[FactD], str, dict[str, Any]]  # answers, facts, sentence, structured result


def answer(backend: Backend, question: str) -> dict[str, Any]:
    q = parse(question)
    answers, facts, sentence, result = _HANDLERS[q.intent](backend, q)
    conflicts = sorted({c for f in facts for c in (f.get("term") or {}).get("conflicts", [])})
    return {"question": question, "language": q.lang, "intent": q.intent, "entity": q.subject, "as_of": q.as_of, "when": q.when,
            "answers": answers, "answer": sentence, "conflicts": conflicts, "result": result,
            "evidence": [e for f in facts for e in f.get("evidence", [])[:2]]}


# -- entities in answers --------------------------------------------------------
def _entity(b: Backend, eid: str) -> dict[str, Any]:
    """An answer entity: its name and every name it is known by (the
    exchange's names in both languages; a person's pinyin)."""
    e = b._entity(eid) or {"id": eid, "name": eid, "type": "Company", "aliases": []}
    aliases = list(e.get("aliases") or [])
    if e["type"] == "Exchange" and e["name"] in EXCHANGES:
        x = EXCHANGES[e["name"]]
        aliases += [x.name_en, *x.names_zh]
    elif e["type"] == "Person" and (py := pinyin_display(e["name"])):
        aliases.append(py)
    return {"id": eid, "name": e["name"], "aliases": list(dict.fromkeys(a for a in aliases if a != e["name"])), "type": e["type"]}


def _entities(b: Backend, ids: list[str]) -> list[dict[str, Any]]:
    return [_entity(b, i) for i in dict.fromkeys(ids)]


def _zh(q: Question) -> bool:
    return q.lang == "zh"


def _when(q: Question) -> str:
    if q.when == "at":
        return f"截至{q.as_of}，" if _zh(q) else f"As of {q.as_of}, "
    return ""


def _join(q: Question, names: list[str]) -> str:
    return "、".join(names) if _zh(q) else ", ".join(names)


def name_then(b: Backend, company: dict[str, Any], day: str | None) -> str:
    """A company's name on `day` (None: now): the old name of the first
    dated rename after that day, so a fact dated before a rename names the
    company as it then was ("360数科" for a 2021 post at what is 奇富科技
    now); now, the new name of the last."""
    renames = sorted((f for f in b._out(company["id"], [Predicate.RENAMED_TO]) if f["qualifiers"].get("old_name")
                      and f["qualifiers"].get("new_name") and f["qualifiers"].get("date")), key=lambda f: f["qualifiers"]["date"])
    if not renames:
        return str(company["name"])
    if not day:
        return str(renames[-1]["qualifiers"]["new_name"])
    later = [f for f in renames if day[: len(f["qualifiers"]["date"])] < f["qualifiers"]["date"][: len(day)]]
    return str(later[0]["qualifiers"]["old_name"] if later else renames[-1]["qualifiers"]["new_name"])


def _role_label(q: Question) -> str:
    if q.role is None:
        return q.role_word
    zh, en = ROLE_LABELS[q.role]
    return (q.role_word if q.role_word and not q.role_word.isascii() else zh[0]) if _zh(q) else en.lower()


def _role_matches(f: FactD, role: Role | None) -> bool:
    if role is None:
        return True
    qual = f["qualifiers"]
    held = qual.get("role")
    return held == role.value or (held == "other" and qual.get("title") in TITLE_WORDS.get(role, ())) or (
        held in _SPECIALISED and ROLE_SPECIALISES[Role(held)] is role)  # an independent director is a director


_SPECIALISED = {r.value for r in ROLE_SPECIALISES}


# -- people and posts -------------------------------------------------------------
def _find_company(b: Backend, name: str) -> dict[str, Any]:
    return b.find(name, "Company")


def _find_person(b: Backend, name: str, q: Question) -> dict[str, Any]:
    """A person, or, for a romanised name that is not pinyin ("Yong Suk
    Cho"), the one holder of the question's post whose surname that
    romanisation can spell."""
    try:
        return b.find(name, "Person")
    except NotFound:
        if not (q.company and name.isascii()):
            raise
    cid = _find_company(b, q.company)["id"]
    words = {w.lower() for w in name.replace("-", " ").split()}
    surnames = {s for w in words for s in SURNAMES.get(w, ())}
    people = {t.person for t in b.tenures(cid) if _role_matches(t.fact, q.role) and t.fact["subject"]["name"][:1] in surnames}
    if len(people) == 1:
        return b.ref(people.pop())
    raise NotFound(name, [])


def _role_of(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    ts = [t for t in b.tenures(c["id"]) if _role_matches(t.fact, q.role)]
    chosen = ts if q.when == "ever" else holding(ts, q.as_of)
    people = [t.person for t in chosen]
    label, name = _role_label(q), name_then(b, c, q.as_of)
    if not people:
        last = max((t for t in ts if t.ended), key=lambda t: (t.end or "", t.start or ""), default=None)
        if _zh(q):
            msg = f"{_when(q)}没有找到{name}的{label}" + (f"；最近一任是{last.fact['subject']['name']}（至{last.end or '已离任'}）" if last else "") + "。"
        else:
            msg = f"{_when(q)}no {label} of {name} is recorded" + (
                f"; the last was {last.fact['subject']['name']} (until {last.end or 'they left'})" if last else "") + "."
        return [], [last.fact] if last else [], msg, {"company": c, "role": q.role, "terms": []}
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in chosen))
    since = chosen[0].start if len(chosen) == 1 else None
    conflict = any(t.conflicts for t in chosen)
    if _zh(q):
        msg = f"{_when(q)}{name}的{label}是{_join(q, names)}" + (f"（{since}起）" if since else "") + (
            "；另有文章称他人同时担任此职，取最近的一任" if conflict else "") + "。"
    else:
        msg = f"{_when(q)}the {label} of {name} {'was' if q.when == 'at' else 'is'} {_join(q, names)}" + (
            f" (since {since})" if since else "") + (
            "; other articles name someone else at the same time, the most recent is given" if conflict else "") + "."
    return _entities(b, people), [t.fact for t in chosen], msg[0].upper() + msg[1:], {"company": c, "role": q.role,
                                                                                       "terms": [_term(t) for t in chosen]}


def _former_holder(b: Backend, q: Question) -> Result:
    """The holder of a post before the present one (or before the one on
    the date asked): 金融壹账通的前任董事长. About a person ("X的前任董事长"),
    it is X's predecessor in that role."""
    try:
        c = _find_company(b, q.subject)
    except NotFound:
        return _successions("predecessors")(b, q)
    ts = [t for t in b.tenures(c["id"]) if _role_matches(t.fact, q.role)]
    now = holding(ts, q.as_of)
    present = {t.person for t in now}
    since = min((t.start for t in now if t.start), default=None)
    before = [t for t in ts if t.person not in present and t.ended and (since is None or (t.end or t.start or "") <= since)]
    if before and all(t.one_holder for t in before):
        last = max(before, key=lambda t: (t.end or t.start or "", t.start or ""))
        before = [t for t in before if t.person == last.person]
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in before))
    label = _role_label(q)
    if _zh(q):
        msg = f"{c['name']}的前任{label}是{_join(q, names)}" + (f"（至{before[0].end}）" if len(before) == 1 and before[0].end else "") + "。" \
            if names else f"没有找到{c['name']}的前任{label}。"
    else:
        msg = f"The previous {label} of {c['name']} was {_join(q, names)}" + (
            f" (until {before[0].end})" if len(before) == 1 and before[0].end else "") + "." if names else \
            f"No previous {label} of {c['name']} is recorded."
    return _entities(b, [t.person for t in before]), [t.fact for t in before], msg, {"company": c, "terms": [_term(t) for t in before]}


def _term(t: Tenure) -> dict[str, Any]:
    return {"fact": t.fact["id"], "person": t.fact["subject"], "company": t.fact["object"], "role": t.role, "start": t.start,
            "end": t.end, "ended_by": t.ended_by, "conflicts": t.conflicts}


def _executives(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    ts = b.tenures(c["id"])
    chosen = ts if q.when == "ever" else holding(ts, q.as_of)
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in chosen))
    if _zh(q):
        msg = f"{_when(q)}{c['name']}的高管：{_join(q, names)}。" if names else f"没有找到{c['name']}的高管。"
    else:
        msg = f"{_when(q)}executives of {c['name']}: {_join(q, names)}." if names else f"No executives of {c['name']} are recorded."
    return _entities(b, [t.person for t in chosen]), [t.fact for t in chosen], msg[0].upper() + msg[1:], {
        "company": c, "terms": [_term(t) for t in chosen]}


def _positions(b: Backend, q: Question) -> Result:
    p = _find_person(b, q.subject, q)
    mine = b._out(p["id"], [Predicate.HOLDS_POSITION])
    chosen: list[Tenure] = []
    for cid in dict.fromkeys(f["object"]["id"] for f in mine):
        for t in b.tenures(cid):
            if t.person != p["id"]:
                continue
            if q.when == "ever" or (q.when == "now" and not t.ended) or (q.when == "at" and covers(t.start, t.end, q.as_of or "")):
                chosen.append(t)
    parts = []
    for t in chosen:
        qual = t.fact["qualifiers"]
        title = qual.get("title") or (ROLE_LABELS[Role(qual["role"])][0][0] if _zh(q) else ROLE_LABELS[Role(qual["role"])][1].lower())
        then = name_then(b, t.fact["object"], t.end or t.start or q.as_of)
        parts.append(f"{then}{title}" if _zh(q) else f"{title} of {then}")
    if _zh(q):
        msg = f"{_when(q)}{p['name']}{'担任（过）' if q.when == 'ever' else '担任'}：{'；'.join(parts)}。" if parts else f"没有找到{p['name']}的任职信息。"
    else:
        verb = {"ever": "holds or held", "at": "held"}.get(q.when, "holds")
        msg = f"{_when(q)}{p['name']} {verb}: {'; '.join(parts)}." if parts else \
            f"No positions of {p['name']} are recorded."
    return _entities(b, [t.company for t in chosen]), [t.fact for t in chosen], msg[0].upper() + msg[1:], {
        "person": p, "terms": [_term(t) for t in chosen]}


def _successions(direction: str) -> Callable[[Backend, Question], Result]:
    def run(b: Backend, q: Question) -> Result:
        p = _find_person(b, q.subject, q)
        cid = _find_company(b, q.company)["id"] if q.company else None
        stated = [f for f in b.successions(p["id"], direction, None, cid)[direction] if _role_matches(f, q.role)]
        others = [f["subject"]["id"] if direction == "successors" else f["object"]["id"] for f in stated]
        facts: list[FactD] = stated
        if not stated:  # read it from the terms: the next (or previous) holder of the same post
            others, facts = _by_terms(b, p["id"], cid, q.role, direction)
        items = [_succession_item(q, f, direction) for f in stated] or [b.ref(x)["name"] for x in dict.fromkeys(others)]
        word = ("继任者" if direction == "successors" else "前任") if _zh(q) else ("successor" if direction == "successors" else "predecessor")
        sep = "；" if _zh(q) else "; "
        if _zh(q):
            msg = f"{p['name']}的{word}：{sep.join(items)}。" if items else f"没有找到{p['name']}的{word}。"
        else:
            msg = f"{p['name']}'s {word}: {sep.join(items)}." if items else f"No {word} of {p['name']} is recorded."
        return _entities(b, others), facts, msg, {"person": p, direction: facts}
    return run


def _succession_item(q: Question, f: FactD, direction: str) -> str:
    """沈崇锋 (2022-08-17)接任金融壹账通董事长 / 沈崇锋 as chairman of 金融壹账通 (2022-08-17)."""
    qual = f["qualifiers"]
    role = Role(qual.get("role", "other"))
    label = qual.get("title") if role is Role.OTHER and qual.get("title") else (
        q.role_word if q.role is role and q.role_word and not q.role_word.isascii() else ROLE_LABELS[role][0][0]) if _zh(q) else \
        ROLE_LABELS[role][1].lower()
    date = f" ({qual['date']})" if qual.get("date") else ""
    new, old, company = f["subject"]["name"], f["object"]["name"], qual.get("company", "")
    if direction == "successors":
        return f"{new}{date}接任{company}{label}" if _zh(q) else f"{new} as {label} of {company}{date}"
    return f"{old}（{new}{date.strip()}接任其{company}{label}）" if _zh(q) else f"{old}, succeeded by {new} as {label} of {company}{date}"


def _by_terms(b: Backend, pid: str, cid: str | None, role: Role | None, direction: str) -> tuple[list[str], list[FactD]]:
    """The holder of the same post whose term began next after this
    person's (successors) or last before it (predecessors), by dates."""
    mine = [f for f in b._out(pid, [Predicate.HOLDS_POSITION]) if (cid is None or f["object"]["id"] == cid) and _role_matches(f, role)]
    others: list[str] = []
    facts: list[FactD] = []
    for company in dict.fromkeys(f["object"]["id"] for f in mine):
        ts = b.tenures(company)
        for own in [t for t in ts if t.person == pid and _role_matches(t.fact, role)]:
            post = [t for t in ts if t.role == own.role and t.person != pid]
            if direction == "successors":
                mark = own.end or own.start
                later = sorted((t for t in post if t.start and mark and t.start >= mark), key=lambda t: t.start or "")
                pick = later[:1]
            else:
                mark = own.start
                earlier = sorted((t for t in post if mark and ((t.end and t.end <= mark) or (t.start and t.start < mark))),
                                 key=lambda t: (t.end or t.start or ""))
                pick = earlier[-1:]
            for t in pick:
                others.append(t.person)
                facts += [own.fact, t.fact]
    return others, facts


# -- ownership ------------------------------------------------------------------------
def _stakes(b: Backend, cid: str, day: str | None, ever: bool = False) -> tuple[list[Any], list[FactD]]:
    facts = b._in(cid, [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE])
    holdings = [f for f in facts if f["predicate"] == "HOLDS_STAKE" and f["subject"]["id"] != cid]
    sales = [f for f in facts if f["predicate"] == "SOLD_STAKE"]
    if ever:
        return [], holdings + sales
    return stakes(holdings, sales, day), sales


def _holders(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    now, sales = _stakes(b, c["id"], q.as_of, q.when == "ever")
    if q.when == "ever":
        ids = [f["subject"]["id"] if f["predicate"] == "HOLDS_STAKE" else f["qualifiers"].get("buyer_id") or f["subject"]["id"] for f in sales]
        out = _entities(b, [i for i in ids if i])
        return out, sales, _list_sentence(q, c["name"], [e["name"] for e in out], "股东", "holders"), {"company": c}
    out = []
    parts = []
    for s in now:
        e = _entity(b, s.holder)
        for twin in s.same_as:
            t = _entity(b, twin)
            e["aliases"] = list(dict.fromkeys([*e["aliases"], t["name"], *t["aliases"]]))
        out.append(e)
        bought = ""
        if s.via_sale is not None:
            sq = s.via_sale["qualifiers"]
            got = f"{sq['percent']:g}%" if isinstance(sq.get("percent"), int | float) else ""
            when = s.via_sale.get("valid_from") or ""
            bought = (f"，含{when}自{s.via_sale['subject']['name']}受让的{got}" if _zh(q) else
                      f", incl. {got} bought from {s.via_sale['subject']['name']}" + (f" on {when}" if when else ""))
        parts.append(e["name"] + (f" ({s.percent:g}%{bought})" if s.percent is not None else ""))
    facts = [s.via_sale for s in now if s.via_sale] + [f for s in now for f in s.facts]
    return out, facts, _list_sentence(q, c["name"], parts, "股东", "holders"), {
        "company": c, "stakes": [{"holder": s.holder, "percent": s.percent, "since": s.since} for s in now]}


def _list_sentence(q: Question, name: str, parts: list[str], zh: str, en: str) -> str:
    if _zh(q):
        return f"{_when(q)}{name}的{zh}：{_join(q, parts)}。" if parts else f"{_when(q)}没有找到{name}的{zh}。"
    msg = f"{_when(q)}{en} of {name}: {_join(q, parts)}." if parts else f"{_when(q)}no {en} of {name} are recorded."
    return msg[0].upper() + msg[1:]


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
    c = _find_company(b, q.subject)
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
    out = _entities(b, ids)
    return out, facts, _list_sentence(q, c["name"], [e["name"] for e in out], "控制方", "controllers"), {"company": c}


def _subsidiary_facts(facts: list[FactD], as_of: str | None) -> list[FactD]:
    """SUBSIDIARY_OF facts that make a parent (an associate does not), valid on `as_of`."""
    return [f for f in facts if f["qualifiers"].get("kind") != "associate"
            and (as_of is None or covers(f.get("valid_from"), f.get("valid_to"), as_of))]


def _parents(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    subs = _subsidiary_facts(b._out(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    now, _s = _stakes(b, c["id"], q.as_of)
    owners = [s for s in now if b.ref(s.holder)["type"] == "Company"
              and ((s.percent or 0) >= 50 or any(f["qualifiers"].get("controlling") for f in s.facts))]
    ids = [f["object"]["id"] for f in subs] + [s.holder for s in owners]
    facts = subs + [f for s in owners for f in s.facts]
    if len(set(ids)) > 1:  # a parent's own parent is not the parent: keep the nearest
        grand = {f["object"]["id"] for x in set(ids) for f in b._out(x, [Predicate.SUBSIDIARY_OF])}
        ids = [x for x in ids if x not in grand] or ids
    out = _entities(b, ids)
    return out, facts, _list_sentence(q, c["name"], [e["name"] for e in out], "母公司", "parents"), {"company": c}


def _subsidiaries(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    subs = _subsidiary_facts(b._in(c["id"], [Predicate.SUBSIDIARY_OF]), q.as_of)
    held = [f for f in b._out(c["id"], [Predicate.HOLDS_STAKE])
            if (f["qualifiers"].get("percent") or 0) >= 50 or f["qualifiers"].get("controlling")]
    out = _entities(b, [f["subject"]["id"] for f in subs] + [f["object"]["id"] for f in held])
    return out, subs + held, _list_sentence(q, c["name"], [e["name"] for e in out], "子公司", "subsidiaries"), {"company": c}


def _founders(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    facts = b._in(c["id"], [Predicate.FOUNDED])
    out = _entities(b, [f["subject"]["id"] for f in facts])
    return out, facts, _list_sentence(q, c["name"], [e["name"] for e in out], "创始人", "founders"), {"company": c}


def _listed(b: Backend, q: Question) -> Result:
    c = _find_company(b, q.subject)
    facts = [f for f in b._out(c["id"], [Predicate.LISTED_ON]) if q.as_of is None or not f.get("valid_from")
             or f["valid_from"][: len(q.as_of)] <= q.as_of]
    parts = []
    for f in facts:
        qual = f["qualifiers"]
        extra = ", ".join(str(x) for x in (qual.get("ticker"), qual.get("date"), qual.get("method")) if x)
        parts.append(f["object"]["name"] + (f" ({extra})" if extra else ""))
    msg = (f"{c['name']}在{'、'.join(parts)}上市。" if parts else f"没有找到{c['name']}的上市信息。") if _zh(q) else \
        (f"{c['name']} is listed on {', '.join(parts)}." if parts else f"No listing of {c['name']} is recorded.")
    return _entities(b, [f["object"]["id"] for f in facts]), facts, msg, {"company": c, "listings": facts}


def _renames(b: Backend, q: Question, direction: str) -> Result:
    """The names a company had before the one asked about (former_names:
    the renames that lead to it, followed back: 奇富科技 ← 360数科 ← 360金融),
    or after it (new_names). Names are compared by their core key, so "360数科"
    and "360数科有限公司" are one name."""
    c = _find_company(b, q.subject)
    facts = {f["id"]: f for f in b._out(c["id"], [Predicate.RENAMED_TO]) + b._in(c["id"], [Predicate.RENAMED_TO])}
    shown: dict[str, str] = {}
    edges: dict[str, set[str]] = {}  # key → the keys one rename away in `direction`
    for f in facts.values():
        old = f["qualifiers"].get("old_name") or f["subject"]["name"]
        new = f["qualifiers"].get("new_name") or f["object"]["name"]
        ko, kn = core_key(old), core_key(new)
        if ko == kn:
            continue
        for k, n in ((ko, old), (kn, new)):  # the shortest way a name was written ("360数科", not "360数科有限公司")
            shown[k] = min(shown.get(k, n), n, key=lambda x: (len(x), x))
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
    names = [*c.get("aliases", []), c["name"]]
    out = [{"id": None, "name": shown[k], "type": "Company",
            "aliases": [n for n in names if core_key(n) == k and n != shown[k]]} for k in found]
    side = "old_name" if direction == "former" else "new_name"
    used = [f for f in facts.values() if core_key(f["qualifiers"].get(side) or "") in found]
    listed = _join(q, [shown[k] for k in found])
    if direction == "former":
        msg = (f"{q.subject}的前身/曾用名：{listed}。" if found else f"没有找到{q.subject}的曾用名。") if _zh(q) else \
            (f"{q.subject} was formerly called {listed}." if found else f"No former name of {q.subject} is recorded.")
    else:
        msg = (f"{q.subject}后来更名为：{listed}。" if found else f"没有找到{q.subject}的更名记录。") if _zh(q) else \
            (f"{q.subject} was renamed {listed}." if found else f"No later name of {q.subject} is recorded.")
    return out, used, msg, {"company": c}


def _connection(b: Backend, q: Question) -> Result:
    r = b.paths(b.find(q.subject)["id"], b.find(q.other or "")["id"], 4)
    facts = [f for p in r["paths"][:1] for h in p["hops"] for f in h["facts"]]
    a, z = r["from"]["name"], r["to"]["name"]
    if not r["paths"]:
        return [], [], f"没有找到{a}与{z}之间的关联。" if _zh(q) else f"No connection between {a} and {z} is recorded.", r
    chain = r["paths"][0]["entities"]
    names = " → ".join(e["name"] for e in chain)
    return _entities(b, [e["id"] for e in chain[1:-1]]), facts, (
        f"{a}与{z}的关联：{names}。" if _zh(q) else f"{a} is connected to {z} via {names}."), r


_HANDLERS: dict[str, Callable[[Backend, Question], Result]] = {
    "role_of": _role_of, "former_holder": _former_holder, "executives": _executives, "positions": _positions, "successors": _successions("successors"),
    "predecessors": _successions("predecessors"), "holders": _holders, "controller": _controller, "parent": _parents,
    "subsidiaries": _subsidiaries, "founders": _founders, "listed": _listed,
    "former_names": lambda b, q: _renames(b, q, "former"), "new_names": lambda b, q: _renames(b, q, "new"),
    "connection": _connection,
}
