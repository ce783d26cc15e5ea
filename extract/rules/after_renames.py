"""After a rename, the company is one entity under its new name.

"2019年，公司名称由东岳金融控股有限公司变更为北林科技股份有限公司。…周明远实益拥有公司23.6%的股份": a later
sentence that calls the company 公司 (or names no company at all) speaks of it under the new name, even
when the old name was the last one written; a later sentence that writes the old name itself keeps it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from extract.rules.base import Context
from extract.rules.templates import Candidate, Sent
from schema import Predicate

_T = TypeVar("_T")

#: the facts whose object is the company a sentence speaks of
_OF_THE_COMPANY = (Predicate.HOLDS_POSITION, Predicate.HOLDS_STAKE)


#: the words of a sentence that tells a rename as it happens ("…整体变更为股份有限公司" + "，并更名为B")
_RENAMING = ("更名", "改名", "名称变更", "变更名称")


def _renamed_at(ctx: Context, rename: Candidate) -> tuple[int, str]:
    """The sentence and date of a rename. "发行人前身为A" names the former name without saying when it changed:
    a later sentence that tells the renaming to the new name (a date, "A整体变更为股份有限公司" + "，并更名为B") is
    when it happened (and dates the rename, when it had no date); the facts told between are of the former name."""
    date = rename.qualifiers.get("date") or ""
    if date or rename.rule != "original-name":
        return rename.sent, date
    new = rename.object.split("#")[0]
    for sent in ctx.sentences[rename.sent + 1:]:
        if any(w in sent.tpl for w in _RENAMING) and any(m.key == new and not m.focus for m in sent.mentions):
            dates = [ctx.date_iso(d, sent) for d in sent.between(0, len(sent.tpl), "D")]
            when = next((d for d in dates if d), None) or ctx.carried_date(sent) or ""
            if when:
                rename.qualifiers["date"] = when
            return sent.i, when
    return rename.sent, date


def facts_of_renamed(ctx: Context, predicates: tuple[Predicate, ...], renamed: dict[str, _T]) -> Iterator[tuple[Candidate, Sent, _T]]:
    """Each fact of these predicates whose object is a company of `renamed` (its key → what the caller knows of its
    rename), with its sentence. (Shared with `extract.rules.before_renames`, which moves facts the other way.)"""
    for c in ctx.out:
        if c.predicate in predicates and c.object in renamed:
            yield c, ctx.sentences[c.sent], renamed[c.object]


def own_day(ctx: Context, sent: Sent) -> str | None:
    """The first date a sentence writes itself (not one carried from the sentences before), as ISO."""
    return next((d for d in (ctx.date_iso(m, sent) for m in sent.between(0, len(sent.tpl), "D")) if d), None)


def renamed_objects(ctx: Context) -> None:
    # (a rename relates entities of the names as written, "C:X#X"; the facts name the company's own entity, "C:X")
    new_of = {c.subject.split("#")[0]: (c.object.split("#")[0], *_renamed_at(ctx, c))
              for c in ctx.out if c.predicate == Predicate.RENAMED_TO}
    if not new_of:
        return
    for c, sent, (new, at, renamed_on) in facts_of_renamed(ctx, _OF_THE_COMPANY, new_of):
        if (c.sent <= at or c.qualifiers.get("end") or c.qualifiers.get("left") or c.status == "end" or new == c.subject
                or new not in ctx.inv.entities):
            continue  # told before the rename, or a post left (perhaps before it)
        told = c.qualifiers.get("start") or c.qualifiers.get("as_of") or own_day(ctx, sent) or ctx.carried_date(sent) or ""
        if renamed_on and told and told[:len(renamed_on)] < renamed_on[:len(told)]:
            continue  # "…自4月1日起更名为B。3月4日，…总经理由P转任": a post taken before the new name
        if renamed_on and ctx.published and renamed_on[:len(ctx.published)] > ctx.published[:len(renamed_on)] and not (
                told and told[:len(renamed_on)] >= renamed_on[:len(told)]):
            continue  # a notice of a new name from a day after its own: what it tells of the firm now is of the name it has now
        if any(m.key == c.object and not m.focus for m in sent.mentions):
            continue  # the sentence writes the old name itself
        c.object = new
