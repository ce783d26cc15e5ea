"""Before a rename, the company went by its former name.

A firm's history or letter calls itself 公司/本公司 throughout, and so the extractor files every holding
and sale of it under the name it has now. "设立时名称为A，由B出资…（占R）" and "2012年，C将其持有的公司
20%股权转让给B" happened while the company was A: a reader who asks who held A, or whom C sold its share
of A to, finds those facts under A. So a stake or a sale whose object is the renamed company, told of it
by such a word (not by its new name written), and dated before the rename (or on its month, when told
before the rename itself: "D1，…转让给B。同月更名为X") moves to the former name. A holding told
after the rename with no date of its own or of its sentence, or told as now ("目前X持有我公司70%股权"), stays
with the name the firm has now; so does a clause that names no company ("第二大股东B持股20%").
(`extract.rules.after_renames` moves the other way: a fact told after a rename under the new name.)
"""

from __future__ import annotations

import re

from extract.rules.after_renames import facts_of_renamed, own_day
from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import Predicate

#: a sentence that tells the state now, whatever day the sentences before it named
_NOW = re.compile(r"目前|现时|当前|如今|现在|截至本(?:函|公告|报告|通知)")

#: the facts whose object is a company as it was at a time
_DATED_OF_THE_COMPANY = (Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE)


def former_name_objects(ctx: Context) -> None:
    renames = [(c.subject.split("#")[0], c.object.split("#")[0], _told_at(ctx, c), c.qualifiers.get("date") or "")
               for c in ctx.out if c.predicate == Predicate.RENAMED_TO]
    former = {new: (old, on, at) for old, new, at, on in renames if on and old in ctx.inv.entities and old != new}
    if not former:
        return
    for c, sent, (old, on, at) in facts_of_renamed(ctx, _DATED_OF_THE_COMPANY, former):
        if not any(m.key == c.object and m.focus for m in sent.mentions) or any(m.key == c.object and not m.focus for m in sent.mentions):
            continue  # not told of by 公司/我公司 (or its new name written): a holder list's clause, the name now
        if _NOW.search(ctx.text, max(ctx.text.rfind("。", 0, sent.start), ctx.text.rfind("\n", 0, sent.start)) + 1, sent.end):
            continue  # "目前X持有我公司70%股权；Y持有20%": the holdings now (the clauses after it too), under the name now
        told = c.qualifiers.get("date") or c.qualifiers.get("as_of") or own_day(ctx, sent) or (
            ctx.carried_date(sent) if c.sent < at else None) or ""  # (a history's heading dates the lines under it)
        if not told:
            continue
        early, late = told[:len(on)], on[:len(told)]
        if early < late or (early == late and c.sent < at):
            c.object = old


#: the word that gives the name a company was founded under, in the founding's sentence
_FIRST_NAME = re.compile(r"[，,](?:其|公司|本公司)?(?:原名|原称|原名称)(?:为|是)?")


#: the rules that read a founder's title naming its company ("C创始人P", "P为C创办人"), not the founding told
_TITLE_RULES = ("founder-title", "founder-is", "as-founder")


def former_name_founders(ctx: Context) -> None:
    """A sentence that tells a founding and the first name together ("C由P于D创立，原名A，D2更名为现名", "C由P创办，
    公司原名「A」…更名为C") files the founding at the name the company had then, A (the name when the sentence speaks of
    the founding). A founding told in a sentence of its own about the company as it is now ("公司由P于D创立", after a
    sentence on the rename) keeps the name now; so does one dated after the rename (a second company under the name)."""
    renames = [c for c in ctx.out if c.predicate == Predicate.RENAMED_TO]
    if not renames or not any(c.predicate == Predicate.FOUNDED for c in ctx.out):
        return
    for c in ctx.out:
        if c.predicate != Predicate.FOUNDED or c.rule in _TITLE_RULES:
            continue  # ("由C2创始人P…发起成立，原名A": P's title names the company it is of)
        if not _FIRST_NAME.search(ctx.sentences[c.sent].tpl):
            continue  # "C由P创立，前身为A": the sentence tells C's founding and what C was before, under C's name
        told = [r for r in renames if r.sent == c.sent and r.subject.split("#")[0] in ctx.inv.entities
                and r.subject.split("#")[0] not in (c.subject, c.object)]
        if len(told) != 1:
            continue
        old, on = told[0].subject.split("#")[0], told[0].qualifiers.get("date") or ""
        founded = c.qualifiers.get("date") or ""
        if founded and on and founded[:len(on)] > on[:len(founded)]:
            continue  # founded after the rename: the new name's own founding
        c.object = old


#: the words of a sentence that tells a rename as it happens ("同月更名为X")
_RENAMING = ("更名", "改名", "名称变更", "变更名称", "名称由")


def _told_at(ctx: Context, rename: Candidate) -> int:
    """The sentence that tells the renaming: a first name's ("设立时名称为A") is told where a later sentence
    renames the company to the new name it writes ("D，更名为“X”"), else the rename's own."""
    if rename.rule != "original-name":
        return rename.sent
    new = rename.object.split("#")[0]
    return next((s.i for s in ctx.sentences[rename.sent + 1:] if any(w in s.tpl for w in _RENAMING)
                 and any(m.key == new and not m.focus for m in s.mentions)), rename.sent)
