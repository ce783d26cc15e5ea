"""Answers about people and posts: who holds a post (now, on a date,
ever), who held it before, a company's executives, a person's posts, and
successions stated or read from the terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.records import first_report, latest_report
from graph.temporal import ONE_HOLDER, Tenure, covers, holding
from graph.term_end import over_now
from schema import ROLE_LABELS, Predicate, Role
from service.answers.common import (
    Result,
    entities,
    find_company,
    find_person,
    find_post,
    is_zh,
    join_names,
    labelled,
    list_sentence,
    name_then,
    role_label,
    role_matches,
    term,
    when_prefix,
)
from service.answers.first import first_holders
from service.errors import NotFound
from service.question import Question
from service.questions import Backend, FactD
from text.names import name_key


def _longer_name(b: Backend, c: dict[str, Any]) -> dict[str, Any] | None:
    """The one company, named in the same article, whose name is `c`'s with two letters or more before it
    (太平洋華信銀行 for 華信銀行: a story's full name, then its short one, stored apart): found through the
    people the articles give posts at `c`, who hold their other posts of that story there."""
    key = name_key(c["name"])
    if len(key) < 3:
        return None
    articles = {e["article_id"] for f in b._in(c["id"], [Predicate.HOLDS_POSITION]) for e in f.get("evidence") or []}
    found: dict[str, dict[str, Any]] = {}
    for pid in {f["subject"]["id"] for f in b._in(c["id"], [Predicate.HOLDS_POSITION])}:
        for f in b._out(pid, [Predicate.HOLDS_POSITION]):
            o, told = f["object"], {e["article_id"] for e in f.get("evidence") or []}
            other = name_key(o["name"])
            if o["id"] != c["id"] and told & articles and len(other) >= len(key) + 2 and other.endswith(key):
                found[o["id"]] = o
    return next(iter(found.values())) if len(found) == 1 else None


def _role_of(b: Backend, q: Question) -> Result:
    c, q = find_post(b, q)
    ts = [t for t in b.tenures(c["id"]) if role_matches(t.fact, q.role, q.role_word)]
    if not ts and (longer := _longer_name(b, c)) is not None:  # the post is stored at the story's full name
        c = b.find_company(longer["id"])
        ts = [t for t in b.tenures(c["id"]) if role_matches(t.fact, q.role, q.role_word)]
    chosen = ts if q.when == "ever" else first_holders(b, ts) if q.when == "first" else holding(ts, q.as_of)
    people = [t.person for t in chosen]
    label, name = role_label(q), name_then(b, c, q.as_of)
    if not people:
        last = max((t for t in ts if t.ended), key=lambda t: (t.end or "", t.start or ""), default=None)
        if is_zh(q):
            msg = f"{when_prefix(q)}没有找到{name}的{label}" + (f"；最近一任是{last.fact['subject']['name']}（至{last.end or '已离任'}）" if last else "") + "。"
        else:
            msg = f"{when_prefix(q)}no {label} of {name} is recorded" + (
                f"; the last was {last.fact['subject']['name']} (until {last.end or 'they left'})" if last else "") + "."
        return [], [last.fact] if last else [], msg, {"company": c, "role": q.role, "terms": []}
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in chosen))
    since = chosen[0].start if len(chosen) == 1 else None
    conflict = any(t.conflicts for t in chosen)
    if is_zh(q):
        msg = f"{when_prefix(q)}{name}的{label}是{join_names(q, names)}" + (f"（{since}起）" if since else "") + (
            "；另有文章称他人同时担任此职，取最近的一任" if conflict else "") + "。"
    else:
        msg = f"{when_prefix(q)}the {label} of {name} {'was' if q.when == 'at' else 'is'} {join_names(q, names)}" + (
            f" (since {since})" if since else "") + (
            "; other articles name someone else at the same time, the most recent is given" if conflict else "") + "."
    return entities(b, people), [t.fact for t in chosen], msg[0].upper() + msg[1:], {"company": c, "role": q.role,
                                                                                       "terms": [term(t) for t in chosen]}


def _former_holder(b: Backend, q: Question) -> Result:
    """The holder of a post before the present one (or before the one on
    the date asked): 金融壹账通的前任董事长. About a person ("X的前任董事长"),
    it is X's predecessor in that role."""
    try:
        c, q = find_post(b, q)
    except NotFound:
        return _successions("predecessors")(b, q)
    ts = [t for t in b.tenures(c["id"]) if role_matches(t.fact, q.role, q.role_word)]
    now = holding(ts, q.as_of)
    present = {t.person for t in now}
    since = min((t.start for t in now if t.start), default=None)
    before = [t for t in ts if t.person not in present and t.ended and (since is None or (t.end or t.start or "") <= since)]
    if before and all(t.one_holder for t in before):
        last = max(before, key=lambda t: (t.end or t.start or "", t.start or ""))
        before = [t for t in before if t.person == last.person]
    if not before and len(present) == 1 and _seat(now[0]):  # no term ended: the one reported before the present one's (`_by_reports`)
        before = _by_reports([t for t in ts if t.person not in present and _seat(t) == _seat(now[0])], now[0], "predecessors")
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in before))
    label = role_label(q)
    if is_zh(q):
        msg = f"{c['name']}的前任{label}是{join_names(q, names)}" + (f"（至{before[0].end}）" if len(before) == 1 and before[0].end else "") + "。" \
            if names else f"没有找到{c['name']}的前任{label}。"
    else:
        msg = f"The previous {label} of {c['name']} was {join_names(q, names)}" + (
            f" (until {before[0].end})" if len(before) == 1 and before[0].end else "") + "." if names else \
            f"No previous {label} of {c['name']} is recorded."
    return entities(b, [t.person for t in before]), [t.fact for t in before], msg, {"company": c, "terms": [term(t) for t in before]}


def _executives(b: Backend, q: Question) -> Result:
    c = find_company(b, q.subject)
    ts = b.tenures(c["id"])
    chosen = ts if q.when == "ever" else holding(ts, q.as_of)
    names = list(dict.fromkeys(t.fact["subject"]["name"] for t in chosen))
    msg = list_sentence(q, labelled(b, c["id"], q.as_of, q), names, "高管", "executives")
    return entities(b, [t.person for t in chosen]), [t.fact for t in chosen], msg, {"company": c, "terms": [term(t) for t in chosen]}


def _positions(b: Backend, q: Question) -> Result:
    p = find_person(b, q.subject, q)
    mine = b._out(p["id"], [Predicate.HOLDS_POSITION])
    at = find_company(b, q.company)["id"] if q.company else None  # "P在C担任什么职务": the posts at C only
    chosen: list[Tenure] = []
    for cid in dict.fromkeys(f["object"]["id"] for f in mine if at is None or f["object"]["id"] == at):
        for t in (ts := b.tenures(cid)):
            if t.person != p["id"] or (q.role is not None and not role_matches(t.fact, q.role, q.role_word)):
                continue  # "P是哪家公司的董事长": only the posts in that role
            if q.when == "ever" or (q.when == "now" and not over_now(t, ts)) or (q.when == "at" and covers(t.start, t.end, q.as_of or "")):
                chosen.append(t)
    parts = []
    for t in chosen:
        qual = t.fact["qualifiers"]
        title = qual.get("title") or (ROLE_LABELS[Role(qual["role"])][0][0] if is_zh(q) else ROLE_LABELS[Role(qual["role"])][1].lower())
        then = labelled(b, t.company, q.as_of or t.end or t.start or t.fact.get("reported_at"), q)  # the name when the post was held
        parts.append(f"{then}{title}" if is_zh(q) else f"{title} of {then}")
    if is_zh(q):
        msg = f"{when_prefix(q)}{p['name']}{'担任（过）' if q.when == 'ever' else '担任'}：{'；'.join(parts)}。" if parts else f"没有找到{p['name']}的任职信息。"
    else:
        verb = {"ever": "holds or held", "at": "held"}.get(q.when, "holds")
        msg = f"{when_prefix(q)}{p['name']} {verb}: {'; '.join(parts)}." if parts else \
            f"No positions of {p['name']} are recorded."
    return entities(b, [t.company for t in chosen]), [t.fact for t in chosen], msg[0].upper() + msg[1:], {
        "person": p, "terms": [term(t) for t in chosen]}


def _successions(direction: str) -> Callable[[Backend, Question], Result]:
    def run(b: Backend, q: Question) -> Result:
        p = find_person(b, q.subject, q)
        cid = None
        if q.company:
            c, q = find_post(b, q, q.company)
            cid = c["id"]
        stated = [f for f in b.successions(p["id"], direction, None, cid)[direction] if role_matches(f, q.role, q.role_word)]
        others = [f["subject"]["id"] if direction == "successors" else f["object"]["id"] for f in stated]
        facts: list[FactD] = stated
        if not stated:  # read it from the terms: the next (or previous) holder of the same post
            others, facts = _by_terms(b, p["id"], cid, q.role, direction, q.role_word)
        items = [_succession_item(b, q, f, direction) for f in stated] or [b.ref(x)["name"] for x in dict.fromkeys(others)]
        word = ("继任者" if direction == "successors" else "前任") if is_zh(q) else ("successor" if direction == "successors" else "predecessor")
        sep = "；" if is_zh(q) else "; "
        if is_zh(q):
            msg = f"{p['name']}的{word}：{sep.join(items)}。" if items else f"没有找到{p['name']}的{word}。"
        else:
            msg = f"{p['name']}'s {word}: {sep.join(items)}." if items else f"No {word} of {p['name']} is recorded."
        return entities(b, others), facts, msg, {"person": p, direction: facts}
    return run


def _succession_item(b: Backend, q: Question, f: FactD, direction: str) -> str:
    """沈崇锋 (2022-08-17)接任金融壹账通董事长 / 沈崇锋 as chairman of 金融壹账通 (2022-08-17)."""
    qual = f["qualifiers"]
    role = Role(qual.get("role", "other"))
    label = qual.get("title") if role is Role.OTHER and qual.get("title") else (
        q.role_word if q.role is role and q.role_word and not q.role_word.isascii() else ROLE_LABELS[role][0][0]) if is_zh(q) else \
        ROLE_LABELS[role][1].lower()
    date = f" ({qual['date']})" if qual.get("date") else ""
    new, old, company = f["subject"]["name"], f["object"]["name"], qual.get("company", "")
    if qual.get("company_id"):  # the company as it is called now, and as it was then when a rename came later
        company = labelled(b, str(qual["company_id"]), qual.get("date") or f.get("valid_from") or f.get("reported_at"), q)
    if direction == "successors":
        return f"{new}{date}接任{company}{label}" if is_zh(q) else f"{new} as {label} of {company}{date}"
    return f"{old}（{new}{date.strip()}接任其{company}{label}）" if is_zh(q) else f"{old}, succeeded by {new} as {label} of {company}{date}"


def _by_terms(b: Backend, pid: str, cid: str | None, role: Role | None, direction: str, title: str = "") -> tuple[list[str], list[FactD]]:
    """The holder of the same post whose term began next after this
    person's (successors) or last before it (predecessors), by dates."""
    mine = [f for f in b._out(pid, [Predicate.HOLDS_POSITION]) if (cid is None or f["object"]["id"] == cid) and role_matches(f, role, title)]
    others: list[str] = []
    facts: list[FactD] = []
    for company in dict.fromkeys(f["object"]["id"] for f in mine):
        ts = b.tenures(company)
        for own in [t for t in ts if t.person == pid and role_matches(t.fact, role, title)]:
            seat = _seat(own)
            post = [t for t in ts if t.role == own.role and t.person != pid and _seat(t) == seat]
            if direction == "successors":
                mark = own.end or own.start
                later = sorted((t for t in post if t.start and mark and t.start >= mark), key=lambda t: t.start or "")
                pick = later[:1]
            else:
                mark = own.start
                earlier = sorted((t for t in post if mark and ((t.end and t.end <= mark) or (t.start and t.start < mark))),
                                 key=lambda t: (t.end or t.start or ""))
                pick = earlier[-1:]
            if not pick and seat:
                pick = _by_conflict(post, own, direction) or _handover(post, own, direction) or _by_reports(post, own, direction)
            for t in pick:
                others.append(t.person)
                facts += [own.fact, t.fact]
    return others, facts


def _seat(t: Tenure) -> str:
    """The one-holder post a term is in ("" for a post of many): its role's,
    or its title's among the holders of a role of many (监事长 among the supervisors)."""
    title = f"other:{t.fact['qualifiers'].get('title') or ''}"
    return t.role if t.one_holder else title if title in ONE_HOLDER else ""


def _by_conflict(post: list[Tenure], own: Tenure, direction: str) -> list[Tenure]:
    """Two terms open at once in a one-holder post, one dated and one not:
    the one the articles date is the holder now (`graph.temporal.holding`),
    so the other's holder is the one it followed — the predecessor of a
    dated term, the successor of an undated one."""
    kept = holding([*post, own], None)
    if direction == "predecessors":
        lost = {x for k in kept if k is own for x in k.conflicts}
        return [t for t in post if t.fact["id"] in lost and not t.dated] if own.dated else []
    return [k for k in kept if own.fact["id"] in k.conflicts and k.dated] if not own.dated else []


def _handover(post: list[Tenure], own: Tenure, direction: str) -> list[Tenure]:
    """A one-holder post that changed hands on dates that do not order the
    two terms (the next holder elected before the last one's approval ran
    out, a departure with no date): the successor of an ended term is the
    holder now, unless that term began before this one; the predecessor of
    a term still held is the one holder whose term ended, unless it began
    after this one."""
    if direction == "successors":
        return [t for t in holding(post, None) if own.ended and not t.ended and not (own.start and t.start and t.start <= own.start)]
    gone = [t for t in post if t.ended and not own.ended and not (own.start and t.start and t.start >= own.start)]
    last = max((t.end or t.start or "" for t in gone), default="")
    gone = [t for t in gone if (t.end or t.start or "") == last]
    return gone if len({t.person for t in gone}) == 1 else []



def _by_reports(post: list[Tenure], own: Tenure, direction: str) -> list[Tenure]:
    """Two open terms of a one-holder post, neither with a date of office,
    told in articles of different days ("董事长甲" in a 2023 article, "董事长乙"
    in a 2024 one, neither told again after the other): the post changed
    hands between them, as `graph.temporal.holding` reads it on a day between;
    the successor is the holder first reported next, the predecessor the one
    last reported before."""
    if own.ended or own.start:
        return []
    open_ = [t for t in post if not t.ended and not t.start]
    if direction == "successors":
        after = [t for t in open_ if first_report(t.fact) > latest_report(own.fact)]
        first = min((first_report(t.fact) for t in after), default="")
        pick = [t for t in after if first_report(t.fact) == first]
    else:
        before = [t for t in open_ if latest_report(t.fact) < first_report(own.fact)]
        last = max((latest_report(t.fact) for t in before), default="")
        pick = [t for t in before if latest_report(t.fact) == last]
    return pick if len({t.person for t in pick}) == 1 else []


def _holder_successions(direction: str) -> Callable[[Backend, Question], Result]:
    """"C的T的前任/继任者是谁", "who preceded X's CEO": the predecessor or
    successor of whoever holds the post (now, or on the date asked) — the
    holder is found as `_role_of` finds one, then each holder's stated
    successions in that post, else the terms' order (`_by_terms`). With none,
    the predecessor is the post's holder before the present one (`_former_holder`).
    A name that is no company ("韩定远董事长的前任") is a person's."""
    def run(b: Backend, q: Question) -> Result:
        asked = q
        try:
            c, q = find_post(b, q)
        except NotFound:
            return _successions(direction)(b, asked)
        holders = holding([t for t in b.tenures(c["id"]) if role_matches(t.fact, q.role, q.role_word)], q.as_of)
        mine = {t.person for t in holders}
        others: list[str] = []
        facts: list[FactD] = []
        for t in holders:
            stated = [f for f in b.successions(t.person, direction, None, c["id"])[direction] if role_matches(f, q.role, q.role_word)]
            if stated:
                others += [f["subject"]["id"] if direction == "successors" else f["object"]["id"] for f in stated]
                facts += stated
            else:
                found, why = _by_terms(b, t.person, c["id"], q.role, direction, q.role_word)
                others, facts = others + found, facts + why
        others = [x for x in dict.fromkeys(others) if x not in mine]
        if not others and direction == "predecessors":
            return _former_holder(b, asked)
        label, name = role_label(q), name_then(b, c, q.as_of)
        names = [b.ref(x)["name"] for x in others]
        held = join_names(q, [t.fact["subject"]["name"] for t in holders])
        if is_zh(q):
            word = "继任者" if direction == "successors" else "前任"
            msg = f"{when_prefix(q)}{name}的{label}" + (f"{held}的{word}是{join_names(q, names)}。" if names else f"没有可查的{word}。")
        else:
            word = "successor" if direction == "successors" else "predecessor"
            msg = f"{when_prefix(q)}the {word} of the {label} of {name}" + (f" ({held}): {join_names(q, names)}." if names else " is not recorded.")
        return entities(b, others), facts, msg[0].upper() + msg[1:], {"company": c, "holders": [term(t) for t in holders], direction: facts}
    return run


HANDLERS: dict[str, Callable[[Backend, Question], Result]] = {
    "role_of": _role_of, "former_holder": _former_holder, "executives": _executives, "positions": _positions,
    "successors": _successions("successors"), "predecessors": _successions("predecessors"),
    "holder_successors": _holder_successions("successors"), "holder_predecessors": _holder_successions("predecessors"),
}
