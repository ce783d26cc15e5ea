"""What every answer handler shares: the answer entities with the names
they are known by, the companies and people a question names, and the
words of an answer sentence in the question's language."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graph.temporal import Tenure
from schema import EXCHANGES, ROLE_LABELS, ROLE_SPECIALISES, Predicate, Role
from service.branches import english_branch, same_branch_post
from service.errors import NotFound
from service.question import ROLE_WORDS, TITLE_WORDS, Question
from service.questions import Backend, FactD
from service.renames import fact_day
from service.resolution import EXACT
from service.short_forms import short_forms
from text.abridged import shortens
from text.english import SURNAMES
from text.names import name_key, pinyin_display

Result = tuple[list[dict[str, Any]], list[FactD], str, dict[str, Any]]  # answers, facts, sentence, structured result


def entity(b: Backend, eid: str) -> dict[str, Any]:
    """An answer entity: its name and every name it is known by (the
    exchange's names in both languages; a person's pinyin; a company's short forms)."""
    e = b._entity(eid) or {"id": eid, "name": eid, "type": "Company", "aliases": []}
    aliases = list(e.get("aliases") or [])
    if e["type"] == "Exchange" and e["name"] in EXCHANGES:
        x = EXCHANGES[e["name"]]
        aliases += [x.name_en, *x.names_zh]
    elif e["type"] == "Person" and (py := pinyin_display(e["name"])):
        aliases.append(py)
    elif e["type"] == "Company":  # as the press shortens a registered name (`service.short_forms`)
        aliases += short_forms(e["name"])
    return {"id": eid, "name": e["name"], "aliases": list(dict.fromkeys(a for a in aliases if a != e["name"])), "type": e["type"],
            "name_then": None}  # `entity_then` says it where a rename came after the date the answer is about


def entities(b: Backend, ids: list[str]) -> list[dict[str, Any]]:
    return [entity(b, i) for i in dict.fromkeys(ids)]


def is_zh(q: Question) -> bool:
    return q.lang == "zh"


def when_prefix(q: Question) -> str:
    if q.when == "at":
        return f"截至{q.as_of}，" if is_zh(q) else f"As of {q.as_of}, "
    return ""


def join_names(q: Question, names: list[str]) -> str:
    return "、".join(names) if is_zh(q) else ", ".join(names)


def name_then(b: Backend, company: dict[str, Any], day: str | None) -> str:
    """A company's name on `day` (None: now): the old name of the first
    dated rename after that day, so a fact dated before a rename names the
    company as it then was ("远澄数科" for a 2021 post at what is 远澄科技
    now); now, the name it has (`service.renames`)."""
    return b.name_on(str(company["id"]), day)


def labelled(b: Backend, eid: str, day: str | None, q: Question, name: str | None = None) -> str:
    """A company's name as an answer says it: the name it has now, and the
    one it had on `day` when a later rename changed it ("远澄科技（时名远澄数科）")."""
    name = name or str(b.ref(eid)["name"])
    then = b.ref_then(eid, day).get("name_then")
    if not then:
        return name
    return f"{name}（时名{then}）" if is_zh(q) else f"{name} (then {then})"


def entity_then(b: Backend, eid: str, day: str | None) -> dict[str, Any]:
    """An answer entity with `name_then` when a later rename changed its name on `day`."""
    then = b.ref_then(eid, day).get("name_then")
    return entity(b, eid) | ({"name_then": then} if then else {})


def first_days(facts: list[FactD]) -> dict[str, str]:
    """Each entity the facts name → the date of the first dated fact naming
    it: the day whose name an answer gives beside the name it has now."""
    out: dict[str, str] = {}
    for f in facts:
        if (d := fact_day(f)) is not None:
            for side in ("subject", "object"):
                out.setdefault(f[side]["id"], d)
    return out


def role_label(q: Question) -> str:
    if q.role is None:
        return q.role_word
    if q.role is Role.OTHER:
        return q.role_word
    zh, en = ROLE_LABELS[q.role]
    return (q.role_word if q.role_word and not q.role_word.isascii() else zh[0]) if is_zh(q) else en.lower()


_SPECIALISED = {r.value for r in ROLE_SPECIALISES}
#: a rank a role's own words may carry (the extractor keeps such a title beside the role)
_RANKED = re.compile(r"高级|资深|常务|执行副")


#: Titles a post of the role may be stored under as role other (a Hong Kong company's 公司秘书 is what a question's
#: "company secretary" asks, whether the extractor read it as the board secretary or kept the title)
_ALSO_TITLED: dict[Role, tuple[str, ...]] = {Role.BOARD_SECRETARY: ("公司秘书", "联席公司秘书")}


def role_matches(f: FactD, role: Role | None, title: str = "") -> bool:
    """The position is the post asked about: the role (a specific kind of
    director is a director), or, for a post outside the role list (role
    other), the same title ("党委书记")."""
    if role is None:
        return True
    qual = f["qualifiers"]
    held = qual.get("role")
    had = str(qual.get("title") or "")
    if role is Role.OTHER:  # (a post of the role list whose title says more: "技术副总裁", a vice president's)
        return bool(title) and (held == "other" or bool(had)) and (name_key(had) == name_key(title) or same_branch_post(title, had, ROLE_WORDS))
    if _RANKED.match(title) and held == role.value:  # "高级副总裁": the vice presidents of that rank
        return name_key(had) == name_key(title)
    if title in TITLE_WORDS.get(role, ()) and held == role.value:  # "监事长": the one chief among the supervisors
        return had in TITLE_WORDS[role]
    return held == role.value or (held == "other" and qual.get("title") in (*TITLE_WORDS.get(role, ()), *_ALSO_TITLED.get(role, ()))) or (
        held in _SPECIALISED and ROLE_SPECIALISES[Role(held)] is role)  # an independent director is a director


def find_company(b: Backend, name: str) -> dict[str, Any]:
    return b.find(name, "Company")


def full_name_facts(b: Backend, c: dict[str, Any], pred: Predicate, side: str) -> list[FactD]:
    """The `pred` facts of the one company whose full name `c`'s name is
    short for (`shortens`: 易汇付 for 易汇付科技股份有限公司, 信丰金融 for
    信丰金融集团), with the company as their `side` ("subject", "object"),
    when the store keeps the two apart: the facts a company asked about by
    its short name has none of under it. None when two companies fit."""
    names = [c["name"], *c.get("aliases", [])]
    found: dict[str, list[FactD]] = {}
    for f in b._all_facts(pred, 100000)[1]:
        e = f[side]
        if e["id"] != c["id"] and any(shortens(n, e["name"]) for n in names):
            found.setdefault(e["id"], []).append(f)
    return next(iter(found.values())) if len(found) == 1 else []


#: How the name of a unit of a company ends (a department, a branch, a region), when no 的 sets it off from the company's name.
_UNIT_END = re.compile(r"(?:部|(?<!公)司|局|处|室|研究所|研究院|中心|分行|支行|分公司|业务|事业群|条线|板块|区|华南|华北|华东|华中|西南|西北|东北|全球|海外|国际)$")
#: …unless it goes on with the company's own name ("有限公司", "集团").
_NAME_GOES_ON = re.compile(r"(?:有限|股份|有公司|集团|控股|公司)")


def find_post(b: Backend, q: Question, name: str | None = None) -> tuple[dict[str, Any], Question]:
    """The company a question about a post names (`name`, default its
    subject), and the question with the post as the company's facts carry
    it. A name not found may be a company and a unit of it the question
    parser could not tell apart ("X的东区副总经理", "X的零售银行业务总监"):
    then the company is the name before the last 的 (or, with no 的, the
    longest head that is exactly a company's name) and the rest belongs to
    the post's title (role other, as the extractor stores "东区副总经理")."""
    name = q.subject if name is None else name
    try:
        found: dict[str, Any] | None = find_company(b, name)
    except NotFound:
        found = None
    word = q.role_word if q.role_word and not q.role_word.isascii() else (
        ROLE_LABELS[q.role][0][0] if q.role is not None and q.role is not Role.OTHER else "")  # "deputy general manager": 副总经理
    if (found is not None and found.get("score", 1.0) >= EXACT) or not word:
        return found or find_company(b, name), q  # not found: raises NotFound with its suggestions
    if (branch := english_branch(name)) is not None:  # "the Hunan branch of X": X, and the branch in the post's title
        return find_company(b, branch[0]), replace(q, role=Role.OTHER, role_word=branch[1] + word)
    if "的" in name:  # the company is what stands before it, found as any company name is
        head, _, unit = name.rpartition("的")
        try:
            return find_company(b, head), replace(q, role=Role.OTHER, role_word=unit + word)
        except NotFound:
            pass
    for i in range(len(name) - 2, 1, -1) if "的" not in name else ():  # a name found only by its likeness ("X东区" for X)
        head, unit = name[:i], name[i:]
        if not _UNIT_END.search(unit) or _NAME_GOES_ON.match(unit):
            continue
        hits = b.exact_matches(head, "Company", 4)
        if hits:
            return hits[0], replace(q, role=Role.OTHER, role_word=unit + word)
    if found is None:
        return find_company(b, name), q  # raises NotFound with its suggestions
    return found, q


def find_person(b: Backend, name: str, q: Question) -> dict[str, Any]:
    """A person, or, for a romanised name that is not pinyin ("Yong Suk
    Cho"), the one holder of the question's post whose surname that
    romanisation can spell."""
    try:
        return b.find(name, "Person")
    except NotFound:
        if not (q.company and name.isascii()):
            raise
    cid = find_company(b, q.company)["id"]
    words = {w.lower() for w in name.replace("-", " ").split()}
    surnames = {s for w in words for s in SURNAMES.get(w, ())}
    people = {t.person for t in b.tenures(cid) if role_matches(t.fact, q.role, q.role_word) and t.fact["subject"]["name"][:1] in surnames}
    if len(people) == 1:
        return b.ref(people.pop())
    raise NotFound(name, [])


def term(t: Tenure) -> dict[str, Any]:
    return {"fact": t.fact["id"], "person": t.fact["subject"], "company": t.fact["object"], "role": t.role, "start": t.start,
            "end": t.end, "ended_by": t.ended_by, "conflicts": t.conflicts}


def list_sentence(q: Question, name: str, parts: list[str], zh: str, en: str) -> str:
    if is_zh(q):
        return f"{when_prefix(q)}{name}的{zh}：{join_names(q, parts)}。" if parts else f"{when_prefix(q)}没有找到{name}的{zh}。"
    msg = f"{when_prefix(q)}{en} of {name}: {join_names(q, parts)}." if parts else f"{when_prefix(q)}no {en} of {name} are recorded."
    return msg[0].upper() + msg[1:]
