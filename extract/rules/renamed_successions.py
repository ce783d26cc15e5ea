"""Successions across a rename: one person left a post at a company under its
old name and another took the same post at it under its new one
("原C1总经理A转任公司首席风险官，B出任C2总经理" after "C1更名为C2"), or
接替 names the one replaced with his post at another name of the company
("B出任C2行长，接替原C1行长A" where the banks merged into C2). The
successions of one company's name are found with the positions
(`successions`); this step runs after the renames are read
(`corporate`)."""

from __future__ import annotations

from extract.rules.base import Candidate, Context, pattern
from extract.rules.position_chains import CHAIN
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


def successions_across_renames(ctx: Context) -> None:
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
