"""A post whose sentence names no company ("其独立董事职务由P接任") takes the
company the rules inferred (the one the text spoke of last). When the same
person holds the same role at one company a layout (a roster's row) states,
the inferred one yields to it: one seat, not a second one at whatever
company was named in between."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import Predicate

#: the rules that read a post off a layout: the company is the table's or the list's, the document's own
_LAYOUT_RULES = frozenset({"table-roster", "heading-list", "label-record", "change-form"})


def _stated(c: Candidate) -> bool:
    """Whether a layout gives the candidate's company (a roster's row, a list under a heading, a form): a seat of
    the document's own company, held now or over a stated tenure (a sentence naming a company may be of a
    second seat of the same role elsewhere, and is not taken for it)."""
    return c.rule in _LAYOUT_RULES and not c.qualifiers.get("left")


def rehome_inferred(ctx: Context) -> None:
    posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role")]
    stated: dict[tuple[str, str], set[str]] = {}
    for c in posts:
        if _stated(c):
            stated.setdefault((c.subject, c.qualifiers["role"]), set()).add(c.object)
    moves: dict[tuple[int, str, str], str] = {}  # (sentence, role, inferred company) → the stated one
    for c in posts:
        where = stated.get((c.subject, c.qualifiers["role"]), set())
        if len(where) == 1 and c.object not in where and not any(m.kind == "C" for m in ctx.sentences[c.sent].mentions):
            moves[(c.sent, c.qualifiers["role"], c.object)] = c.object = next(iter(where))
    for c in posts:  # "其独立董事职务由B接任": the one who takes the seat takes it at the same company
        if (to := moves.get((c.sent, c.qualifiers["role"], c.object))) is not None:
            c.object = to
    if moves:
        ctx.reindex()
