"""A company's holders of record on a date, the one rule `fkg ask`'s
answers and the HTTP API's `/companies/{id}/holders` share: each holder's
stake (`graph.temporal.stakes`), less a controller in the end named with no
share above the controlling shareholder (实际控制人 through it,
`graph.control.controllers_above`), who holds through it, not beside it."""

from __future__ import annotations

from typing import Any

from graph.control import controllers_above
from graph.temporal import covers, stakes
from schema import Predicate

Backend = Any  # a `service.questions.Backend` (which uses this module: no import back)
FactD = dict[str, Any]


def stake_facts(b: Backend, cid: str) -> tuple[list[FactD], list[FactD]]:
    """The holdings of the company (none of its own shares) and the sales of them."""
    facts = b._in(cid, [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE])
    return ([f for f in facts if f["predicate"] == "HOLDS_STAKE" and f["subject"]["id"] != cid],
            [f for f in facts if f["predicate"] == "SOLD_STAKE"])


def stakes_on(b: Backend, cid: str, day: str | None) -> list[Any]:
    """Every stake in the company on `day` (None: the latest reported), as stated."""
    holdings, sales = stake_facts(b, cid)
    return stakes(holdings, sales, day)


def control_lookup(b: Backend, day: str | None) -> Any:
    """A company's stakes and parents on `day`, as `graph.control` reads them."""
    def lookup(cid: str) -> tuple[list[Any], list[FactD]]:
        parents = [f for f in b._out(cid, [Predicate.SUBSIDIARY_OF]) if day is None or covers(f.get("valid_from"), f.get("valid_to"), day)]
        return stakes_on(b, cid, day), parents
    return lookup


def holders_of_record(b: Backend, cid: str, day: str | None) -> list[Any]:
    """The stakes on `day` of the company's holders of record."""
    now = stakes_on(b, cid, day)
    above = {s.holder for s in controllers_above(now, control_lookup(b, day)) if s.percent is None}
    return [s for s in now if s.holder not in above]
