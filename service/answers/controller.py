"""Who controls a company: directly (控股股东), in the end (实际控制人), or
holds the most (第一大股东) — the answer to a controller question, apart
from the other ownership answers (`service.answers.ownership`) because the
ranks of control need their own reading of the articles' words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from graph.control import direct_controllers, ultimate_controllers
from graph.stake_time import stake_holds
from schema import Predicate
from schema.listing_time import not_after
from service.answers.common import (
    Result,
    entity_then,
    find_company,
    is_zh,
    labelled,
    list_sentence,
    name_then,
    when_prefix,
)
from service.answers.controllers_end import can_control_in_the_end
from service.answers.ranked import rank_asked, rank_words, ranked_holders
from service.answers.told import holder_names, stake_sentences, told
from service.holdings import control_lookup
from service.question import Question, normalise
from service.questions import Backend, FactD

#: how a sentence calls a holder the controlling shareholder, and the controller in the end
_CONTROLLING_HOLDER = re.compile("控股股东|controlling shareholder", re.I)
_IN_THE_END = re.compile("实际控制|实控")
_A_HOLDER = re.compile("控股股东|大股东")
_ULTIMATE = ("实际控制", "实控人", "最终控制", "actual", "ultimate", "de facto", "beneficial", "real")


def controller(b: Backend, q: Question) -> Result:
    """Who controls the company directly (控股股东), or in the end when the
    question says so (实际控制人): `graph.control`; no one when an article
    says so after the control it found was stated (`_said_none`)."""
    c = find_company(b, q.subject)
    lookup = control_lookup(b, q.as_of)
    text = normalise(q.text).lower()  # Simplified: "實際控制人" asks what "实际控制人" does
    if rank := rank_asked(text):  # "第二大股东": a rank below the first, by share (`service.answers.ranked`)
        ids, facts = ranked_holders(b, lookup(c["id"])[0], rank)
        out = [entity_then(b, i, q.as_of) for i in dict.fromkeys(ids)]
        return out, facts, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], q.as_of, q) for e in out],
                                         *rank_words(rank)), {"company": c, "rank": rank}
    ultimate = any(w in text for w in _ULTIMATE)
    largest = not ultimate and bool(_LARGEST.search(text))
    if ultimate:  # follow control up to its end: a person or a public body, never a company no one is known to control
        ids, facts = ultimate_controllers(c["id"], lookup, lambda x: b.ref(x)["type"] == "Company")
        ids = [i for i in ids if can_control_in_the_end(b.ref(i))]
        facts = facts if ids else []
        if not ids:  # control ends in a company no one is known to hold: a holder its own sentence calls the controller
            ids, facts = _told_ultimate(b, lookup(c["id"])[0])
    else:
        now, parents = lookup(c["id"])
        ids, facts = _holding_below_the_end(b, now, parents, lookup, *direct_controllers(now, parents, lookup))
    ids, facts = _one_block(b, c["id"], q.as_of, ids, facts, ultimate)
    if largest and not ultimate:  # a controller in the end named with no share holds none of record: not the largest
        told = {s.holder: s for s in now}
        names = _party_names(b, told)
        ids = [i for i in ids if i not in told or not _in_the_end_only(told[i], names)]
        facts = facts if ids else []
    elif not ultimate and len(ids) > 1 and (named := _called_controlling_holder(b, facts, c["id"])) and set(ids) - named:
        # "控股股东": the holder an article calls so, before those it calls (joint) controllers in the end
        ids = [i for i in ids if i in named]
        facts = [f for f in facts if f["subject"]["id"] in named or f["object"]["id"] != c["id"]]
    none = _said_none(b, c, ultimate, q.as_of)
    said_none = none is not None and none[0] >= max((_stated(f) for f in facts), default="")
    if largest and (not ids or said_none):  # "第一大股东", "largest shareholder" with no one in control: the biggest stake
        ids, facts = _largest(now) if any(s.percent is not None for s in now) else _told_largest(b, now)
        said_none = said_none and not ids  # no controller is no answer to who holds the most
    if none is not None and said_none:
        day, said = none
        ev = said["evidence"][0]
        word = ("实际控制人", "actual controller") if ultimate else ("控股股东", "controlling shareholder")
        sentence = (f"{when_prefix(q)}{name_then(b, c, q.as_of)}没有{word[0]}（{day}的报道）。" if is_zh(q) else
                    f"{when_prefix(q)}{name_then(b, c, q.as_of)} has no {word[1]} (reported on {day}).")
        return [], [said], sentence, {"company": c, "no_controller": {"since": day, "article_id": ev["article_id"]}}
    out = [entity_then(b, i, q.as_of) for i in dict.fromkeys(ids)]
    return out, facts, list_sentence(q, name_then(b, c, q.as_of), [labelled(b, e["id"], q.as_of, q) for e in out], "控制方",
                                     "controllers"), {"company": c}


def _holding_below_the_end(b: Backend, now: list[Any], parents: list[FactD], lookup: Any, ids: list[str],
                           facts: list[FactD]) -> tuple[list[str], list[FactD]]:
    """Controllers named only as the one in the end (`_in_the_end_only`: "P为实际控制人", no share)
    control through a holder, not beside it: when they are all the controllers found and a holder
    of record qualifies without them (`graph.control`'s ranks: a majority, the largest above 30 %
    with no one near, a parent), that holder is the controlling shareholder. A share that rose
    after the article called its holder controlling is told without the word; the rank stays."""
    told = {s.holder: s for s in now}
    if not ids or any(i not in told for i in ids):
        return ids, facts
    names = _party_names(b, told)
    if not all(_in_the_end_only(told[i], names) for i in ids):
        return ids, facts
    below, why = direct_controllers([s for s in now if s.holder not in ids], parents, lookup)
    return (below, why) if below else (ids, facts)


def _one_block(b: Backend, cid: str, day: str | None, ids: list[str], facts: list[FactD], ultimate: bool) -> tuple[list[str], list[FactD]]:
    """Controllers of which one holds through the other ("A直接持有C 38%，并通过
    B间接控制6%"; "A通过B间接控制21%，另直接持有3%"): A's indirect stake is
    B's own, the two are one block of control. The controlling shareholder
    is whichever holds the larger share itself; the controller in the end is A."""
    held = [f for f in b._in(cid, [Predicate.HOLDS_STAKE]) if f["subject"]["id"] in ids and stake_holds(f, day)]
    own: dict[str, list[float]] = {}
    for f in held:
        if not f["qualifiers"].get("indirect") and isinstance(f["qualifiers"].get("percent"), int | float):
            own.setdefault(f["subject"]["id"], []).append(float(f["qualifiers"]["percent"]))
    dropped = set()
    for f in held:
        a, pct = f["subject"]["id"], f["qualifiers"].get("percent")
        if not f["qualifiers"].get("indirect") or not isinstance(pct, int | float):
            continue
        for h in ids:
            if h != a and any(abs(x - pct) < 0.01 for x in own.get(h, [])):
                dropped.add(h if ultimate or max(own.get(a, [0.0])) > max(own[h]) else a)
    if not dropped or dropped >= set(ids):
        return ids, facts
    return [i for i in ids if i not in dropped], [f for f in facts if not (f["subject"]["id"] in dropped and f["object"]["id"] == cid)]


def _called_controlling_holder(b: Backend, facts: list[FactD], cid: str) -> set[str]:
    """The holders of the company whose control an article states by calling them its controlling shareholder
    in their own part of the sentence ("控股股东变更为A，实际控制人变更为B" calls A so, not B)."""
    names = _party_names(b, {f["subject"]["id"] for f in facts})
    return {f["subject"]["id"] for f in facts if f["object"]["id"] == cid and f["qualifiers"].get("controlling")
            and any(_CONTROLLING_HOLDER.search(c) for ev in f.get("evidence", [])
                    for c in _own_part(ev.get("evidence", ""), f["subject"]["id"], names))}


def _in_the_end_only(s: Any, names: dict[str, list[str]]) -> bool:
    """A stake with no share whose sentences call its holder the controller
    in the end (实际控制人) and never a shareholder (控股股东, 大股东), read in
    the holder's own part of each sentence: one sentence often states both
    ranks, each of its own party."""
    told = [c for f in s.facts for ev in f.get("evidence", []) for c in _own_part(ev["evidence"], s.holder, names)]
    return s.percent is None and bool(told) and all(_IN_THE_END.search(t) and not _A_HOLDER.search(t) for t in told)


_CLAUSE_END = re.compile(r"[，,；;。！？!?]")


def _party_names(b: Backend, parties: Iterable[str]) -> dict[str, list[str]]:
    """Each party's names as its sentences may write them, Simplified (`_own_part` compares them with a sentence)."""
    return {p: [normalise(n) for n in holder_names(b, p)] for p in parties}


def _own_part(sentence: str, holder: str, names: dict[str, list[str]]) -> list[str]:
    """The stretches of a sentence (Simplified) told of `holder`: from each clause that names it through the
    clauses after it that name no other party of `names` ("A持有公司31%股份，为控股股东；B为实际控制人": A's
    part holds 控股股东, B's does not). The whole sentence when it names the holder by no name the store has."""
    text = normalise(sentence)
    own = names.get(holder, [])
    other = [n for p, ns in names.items() if p != holder for n in ns if n and not any(n in o for o in own)]
    parts: list[str] = []
    extending = False  # the clause before belongs to the holder's part
    for clause in _CLAUSE_END.split(text):
        if any(k and k in clause for k in own):
            parts.append(clause)
            extending = True
        elif extending and not any(n in clause for n in other):
            parts[-1] += "，" + clause
        else:
            extending = False
    return parts or [text]


_LARGEST = re.compile(r"第一大股东|最大股东|大股东|持股(?:比例)?最(?:高|多|大)|largest|biggest|major\s+shareholder", re.I)


def _largest(now: list[Any]) -> tuple[list[str], list[FactD]]:
    """The holders of the largest stated share (all of them on a tie). A
    parent's figure for a stake it holds through another holder is that
    holder's stake, not a second one: only stakes held directly compete."""
    direct = [s for s in now if not all(f["qualifiers"].get("indirect") for f in s.facts)]
    sized = [s for s in direct if s.percent is not None]
    top = max((s.percent for s in sized), default=None)
    chosen = [s for s in sized if s.percent == top]
    return [s.holder for s in chosen], [f for s in chosen for f in s.facts]


#: a sentence that calls a holder the largest: "B成为C第一大股东", "C的第一大股东变更为B" ("不再是…第一大股东" does not)
_TOLD_LARGEST = told(after=r"(?:(?!不再|不是|并非|不为|之外)[^，。；,;]){0,16}?(?:第一大股东|最大股东)",
                     before="(?:第一大股东|最大股东)(?:已|则|仍)?(?:为|是|系|变更为|变为)?")


def _told_largest(b: Backend, now: list[Any]) -> tuple[list[str], list[FactD]]:
    """With no share stated, the holders a sentence behind their stake calls the largest."""
    chosen = [s for s in now if _TOLD_LARGEST.says_any(stake_sentences(s), holder_names(b, s.holder))]
    return [s.holder for s in chosen], [f for s in chosen for f in s.facts]


#: a holder called the controller in the end by the sentence of its own stake ("C的实控人是P，P另持有C 5%股份";
#: "P女士系公司实际控制人"), not a former one (原实际控制人)
_TOLD_ULTIMATE = told(after=r"(?:先生|女士)?(?:仍然?)?(?:为|是|系|成为)(?:公司|其)?的?(?:实际控制人|实控人)",
                      before=r"(?<![原前])(?:实际控制人|实控人)(?:仍然?)?(?:为|是|系|变更为)(?:公司)?(?:董事长|总经理|创始人|董事)?"
                             r"|^\s*(?:标的企业|标的公司)?(?:实际控制人|实控人)[：:]\s*")
#: a form's label line ("实际控制人：X（…上市公司）"), the one place a company is named the controller in the end
_LABELLED_ULTIMATE = told(before=r"^\s*(?:标的企业|标的公司)?(?:实际控制人|实控人)[：:]\s*")


def _told_ultimate(b: Backend, now: list[Any]) -> tuple[list[str], list[FactD]]:
    """The holders of record (people or public bodies: `can_control_in_the_end`) whose stake's own sentence
    names them the controller in the end, when following control up found none; a company only where a notice's
    label line names it so (a property exchange's label of the offered company's controller, naming a listed group)."""
    chosen = [s for s in now if (_TOLD_ULTIMATE if can_control_in_the_end(b.ref(s.holder)) else _LABELLED_ULTIMATE)
              .says_any(stake_sentences(s), holder_names(b, s.holder))]
    return [s.holder for s in chosen], [f for s in chosen for f in s.facts]


#: an article's word that a company has no controller: of any kind (实际控制人), or no controlling shareholder
#: (the words end a clause or a list of such words: "不存在控股股东及其关联方占用资金的情形", "不存在实际控制人变更" say nothing of it)
_NONE_END = r"(?=[，。；、,;）)\s]|$|(?:的)?状态|(?:和|及|与|、)(?:无|没有)?(?:实际控制人|实控人|控股股东)(?![及其]))"
_NONE_ULTIMATE = re.compile(r"(?:无|没有|不存在)(?:控股股东(?:和|、|及|与|，|,)?(?:无|没有)?)?(?:实际控制人|实控人)" + _NONE_END)
_NONE_DIRECT = re.compile(r"(?:无|没有|不存在)控股股东" + _NONE_END)


def _said_none(b: Backend, c: dict[str, Any], ultimate: bool, day: str | None) -> tuple[str, FactD] | None:
    """The latest sentence (by its article's date, on or before `day`) that
    says the company has no controller, as the evidence of a stake in it
    ("C实控人已由A变更为无实际控制人", "第一大股东B持股18%，C无实际控制人"):
    its date and the fact with that sentence as its only evidence. The
    sentence must speak of the company: its name stands nearer before the
    words than the other party's, unless the other is the controller it
    changed from."""
    rx = _NONE_ULTIMATE if ultimate else _NONE_DIRECT
    names = [n for n in {c["name"], *c.get("aliases", [])} if n]
    best: tuple[str, FactD] | None = None
    for f in b._in(c["id"], [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE]):
        for ev in f.get("evidence", []):
            when = ev.get("date") or f.get("reported_at") or ""
            m = rx.search(ev["evidence"])
            if m is None or (day is not None and (not when or not not_after(when, day))):
                continue
            before = ev["evidence"][:m.start()]
            own = max((before.rfind(n) for n in names), default=-1)
            other = before.rfind(f["subject"]["name"])
            if own < 0 or (other > own and not re.search(r"变更为|变为|变成", before[other:])):
                continue  # "A持有C 30%股份，A无实际控制人": A's, not C's ("C的实控人由A变更为无": C's)
            if best is None or when > best[0]:
                best = (when, f | {"evidence": [ev]})
    return best


def _stated(f: FactD) -> str:
    """When a fact behind a controller was stated: its as_of, else its article's date."""
    return str(f["qualifiers"].get("as_of") or f.get("valid_from") or f.get("reported_at") or "")
