"""A dated sale filed at the name the company had on that day (the GUIDE's "name at the time"): a record that calls the
company by its latest name throughout ("T前身为X…D1更名为Y…D2更名为T。…D，S将所持全部N%股份划转至B") told a transfer of
shares in Y, the name between its renames, not in T. Only a sale dated before a dated rename into the name it was
filed at moves, and only through renames the article states with their dates."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import Predicate

#: the holdings a sale rule emits beside a sale, of the same company on the same day: they move with it
_BESIDE_SALE = ("-transferred-free", "-bought-all", "-held")


def _year_month(day: object) -> str:
    return str(day or "")[:7]


def _base(key: str) -> str:
    """A company's key without the mark a renamed company's names carry ("C:X#X"): one company under either."""
    return key.split("#", 1)[0]


def name_then(renames: list[Candidate], company: str, day: str) -> str:
    """The name `company` went by on `day`: back through each rename into it dated after that day (one earlier name only:
    two different ones leave it where it is)."""
    seen = {_base(company)}
    while True:
        before = {_base(r.subject): r.subject for r in renames if _base(r.object) == _base(company)
                  and _year_month(r.qualifiers.get("date")) > day[:7] and _base(r.subject) not in seen}
        # (not a first name also given as going straight to the last: "T前身为X" beside X→Y→T)
        names = [k for k in before if not any(_base(o.subject) == k and _base(o.object) in before for o in renames)]
        if len(names) != 1:
            return company
        company = before[names[0]]
        seen.add(names[0])


def sales_at_names_then(ctx: Context) -> None:
    """Move each dated sale (and the holdings told with it) to the name of its day."""
    renames = [c for c in ctx.out if c.predicate is Predicate.RENAMED_TO and c.qualifiers.get("date")]
    if not renames:
        return
    for c in ctx.out:
        if c.predicate is not Predicate.SOLD_STAKE or not (day := _year_month(c.qualifiers.get("date"))):
            continue
        then = name_then(renames, c.object, day)
        if then == c.object:
            continue
        now = c.object
        for h in ctx.out:
            if (h.predicate is Predicate.HOLDS_STAKE and h.sent == c.sent and _base(h.object) == _base(now)
                    and h.rule.startswith(c.rule) and h.rule.endswith(_BESIDE_SALE)):
                h.object = then
        c.object = then
