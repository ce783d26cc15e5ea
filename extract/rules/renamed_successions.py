"""Successions across a rename: one person left a post at a company under its
old name and another took the same post at it under its new one
("原C1总经理A转任公司首席风险官，B出任C2总经理" after "C1更名为C2"), or
接替 names the one replaced with his post at another name of the company
("B出任C2行长，接替原C1行长A" where the banks merged into C2). The
successions of one company's name are found with the positions
(`successions`); this step runs after the renames are read
(`corporate`)."""

from __future__ import annotations

import re

from extract.chronicle import opens_on_date_column
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN
from extract.rules.templates import Candidate, Sent, pattern
from schema import Predicate

# "接替原北林银行行长A": the one replaced, named with his post at the company's other name
_REPLACES_FORMER = pattern(rf"(?:接替|接任)(?:原|前)?(?:{CHAIN})(?P<pred><P>)")


def _renamed_as_one(ctx: Context) -> dict[str, str]:
    """Each company the article renames → one key for all its names."""
    root: dict[str, str] = {}

    def find(k: str) -> str:
        while root.get(k, k) != k:
            k = root[k]
        return k

    for c in ctx.out:
        if c.predicate is Predicate.RENAMED_TO:  # (a rename's names are keyed "company key#name as written")
            old, new = find(c.subject.split("#")[0]), find(c.object.split("#")[0])
            if old != new:
                root[old] = new
    return {k: find(k) for k in root}


def _replaced_here(ctx: Context) -> set[tuple[int, str]]:
    """(sentence, person) for each one a sentence says was replaced (接替原C T A)."""
    out: set[tuple[int, str]] = set()
    for sent in ctx.sentences:
        if "接替" not in sent.tpl and "接任" not in sent.tpl:
            continue
        for m in _REPLACES_FORMER.finditer(sent.tpl):
            if (key := sent.at(m.start("pred")).key) is not None:
                out.add((sent.i, key))
    return out


#: a word that refers to the company without naming it (该行, 公司): the name it goes by is the sentence's time's
_REFERS = re.compile(r"(?:该|本|其|我)?(?:行|公司|集团|所|社)|公司|发行人")


def _full_stops(ctx: Context, a: int, b: int) -> int:
    """How many sentence ends (。！？ or a line's end) lie from sentence a's start to sentence b's."""
    span = ctx.text[ctx.sentences[a].start:ctx.sentences[b].start]
    return sum(span.count(c) for c in "。！？\n")


def _taken_under_new_name(ctx: Context) -> None:
    """A post taken in the sentence that renames a company, or in the next
    ("C1发生工商变更，企业名称变更为C2，同时法定代表人由A变更为B。主要人员方面，B新任执行董事"),
    is taken at the new name: the rename is done; so is a post the next sentence says is held
    (主要人员方面，新增监事Q). The posts left stay at the old one."""
    for r in [c for c in ctx.out if c.predicate is Predicate.RENAMED_TO]:
        old, new = r.subject.split("#")[0], r.object.split("#")[0]
        if old == new or ctx.type_of(new) != "Company":
            continue
        moved = set()
        for c in ctx.out:
            if c.predicate is not Predicate.HOLDS_POSITION or c.object != old or "left" in c.qualifiers or c.rule == "title-name-former":
                continue
            if c.sent < r.sent or _full_stops(ctx, r.sent, c.sent) > 1 or (c.status == "" and _full_stops(ctx, r.sent, c.sent) == 0):
                continue
            if c.sent > r.sent and any(m.key == old and not _REFERS.fullmatch(m.text) for m in ctx.sentences[c.sent].mentions):
                continue  # "…更名为C2。C1董事长A退任，由B接任董事长": the sentence itself names the company by its old name
            if c.status in ("start", ""):
                c.object = new
                moved.add((c.subject, c.qualifiers.get("role"), c.qualifiers.get("title")))
        old_name, new_ent = ctx.inv.entities.get(old), ctx.inv.entities.get(new)
        for c in ctx.out:  # the successions to those posts: at the new name too
            if (c.predicate is Predicate.SUCCEEDED and old_name and new_ent and c.qualifiers.get("company") == old_name.name
                    and (c.subject, c.qualifiers.get("role"), c.qualifiers.get("title")) in moved):
                c.qualifiers["company"] = new_ent.name


def _held_before_rename(ctx: Context) -> None:
    """A chronicle's dated line before the rename that gives a post at the company's new name though it names no
    company ("2001年6月　不再兼任行长，行长一职由B接任；…2008年9月　C1更名为C2": the text's own company, its later
    name standing in): the post dated before the rename was at the old name, the name of its time."""
    for r in [c for c in ctx.out if c.predicate is Predicate.RENAMED_TO and c.qualifiers.get("date")]:
        old, new = r.subject.split("#")[0], r.object.split("#")[0]
        when, old_ent, new_ent = str(r.qualifiers["date"]), ctx.inv.entities.get(old), ctx.inv.entities.get(new)
        if old == new or old_ent is None or new_ent is None or old_ent.type != "Company":
            continue
        for c in ctx.out:
            if c.sent >= r.sent or any(m.key == new and not m.focus for m in ctx.sentences[c.sent].mentions):
                continue
            if not opens_on_date_column(ctx.text, ctx.sentences[c.sent].start):
                continue  # (a story's a year + "加盟集团" + "，一直出任" + a post: a post held on, under the name it has now)
            if c.predicate is Predicate.HOLDS_POSITION and c.object == new:
                dated = c.qualifiers.get("start") or c.qualifiers.get("end")
                if dated and str(dated)[:len(when)] < when:
                    c.object = old
            elif (c.predicate is Predicate.SUCCEEDED and c.qualifiers.get("company") == new_ent.name
                  and (dated := c.qualifiers.get("date")) and str(dated)[:len(when)] < when):
                c.qualifiers["company"] = old_ent.name


def successions_across_renames(ctx: Context) -> None:
    _held_before_rename(ctx)
    _taken_under_new_name(ctx)
    one = _renamed_as_one(ctx)
    replaced = _replaced_here(ctx)
    if not one and not replaced:
        return
    posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.status in ("start", "end")]
    ends = [c for c in posts if c.status == "end"]
    done = {(c.subject, c.object, c.qualifiers.get("role")) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}

    def same_company(s: Candidate, e: Candidate) -> bool:
        return one.get(s.object, s.object) == one.get(e.object, e.object) or (s.sent, e.subject) in replaced

    for s in (c for c in posts if c.status == "start"):
        role, title = s.qualifiers.get("role"), s.qualifiers.get("title")
        for e in ends:
            if (e.subject == s.subject or e.object == s.object or abs(e.sent - s.sent) > 1
                    or (e.qualifiers.get("role"), e.qualifiers.get("title")) != (role, title)
                    or (s.subject, e.subject, role) in done or not same_company(s, e)):
                continue
            done.add((s.subject, e.subject, role))
            ent = ctx.inv.entities.get(s.object)
            ctx.emit(Predicate.SUCCEEDED, s.subject, e.subject, ctx.sentences[max(s.sent, e.sent)], "renamed-succession", 0.75,
                     company=ent.name if ent else None, date=s.qualifiers.get("start") or e.qualifiers.get("end"),
                     role=role, title=title)


#: "更名为C2", "变更为C2": the new name a rename gives
_NEW_NAME = re.compile(r"(?:更名为|改名为|名称变更为|更名成|改名成)[“「]?(\ue001)")


def renamed_company(ctx: Context, sent: Sent, pos: int) -> str | None:
    """The company "更名后公司" at template position `pos` (its 公司) stands for: the new name
    of the last rename the text has told by then, not the company the sentence names before it."""
    if sent.tpl[max(0, pos - 4):pos] not in ("更名后的", "改名后的") and sent.tpl[max(0, pos - 3):pos] not in ("更名后", "改名后"):
        return None
    if sent.at(pos).text != "公司":
        return None
    for s in (sent, *reversed(ctx.sentences[:sent.i])):
        hits = list(_NEW_NAME.finditer(s.tpl, 0, pos if s is sent else len(s.tpl)))
        if hits:
            return s.at(hits[-1].start(1)).key
    return None
