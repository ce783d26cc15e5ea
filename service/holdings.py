"""A company's holders of record on a date, the one rule `fkg ask`'s
answers and the HTTP API's `/companies/{id}/holders` share: each holder's
stake (`graph.stake_time.stakes`; none of its own subsidiaries'), less a controller in the end named with no
share above the controlling shareholder (实际控制人 through it,
`graph.control.controllers_above`), who holds through it, not beside it."""

from __future__ import annotations

from typing import Any

from graph.control import controllers_above
from graph.stake_time import Stake, stake_holds, stakes
from graph.temporal import covers
from schema import Predicate
from schema.listing_time import not_after

Backend = Any  # a `service.questions.Backend` (which uses this module: no import back)
FactD = dict[str, Any]


def stake_facts(b: Backend, cid: str) -> tuple[list[FactD], list[FactD]]:
    """The holdings of the company (none of its own shares) and the sales of them."""
    facts = b._in(cid, [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE])
    return ([f for f in facts if f["predicate"] == "HOLDS_STAKE" and f["subject"]["id"] != cid],
            [f for f in facts if f["predicate"] == "SOLD_STAKE"])


def stakes_on(b: Backend, cid: str, day: str | None) -> list[Any]:
    """Every stake in the company on `day` (None: the latest reported), as
    stated, and the stakes a transfer between others left alone (`_bystanders`)."""
    holdings, sales = stake_facts(b, cid)
    subs = _subsidiaries_on(b, cid, day) - _vehicles(holdings)
    holdings = [f for f in holdings if f["subject"]["id"] not in subs]
    now = stakes(holdings, sales, day)
    held = {x for s in now for x in (s.holder, *s.same_as)}
    more = [Stake(f["subject"]["id"], f["qualifiers"].get("percent"), None, [f]) for f in _bystanders(holdings, sales, day) if f["subject"]["id"] not in held]
    return sorted([*now, *more], key=lambda s: (-(s.percent or 0), s.holder))


def _subsidiaries_on(b: Backend, cid: str, day: str | None) -> set[str]:
    """The company's own subsidiaries on `day`: none of them holds its shares
    (a parent's stake in its subsidiary read the wrong way round is no holding)."""
    return {f["subject"]["id"] for f in b._in(cid, [Predicate.SUBSIDIARY_OF]) if f["qualifiers"].get("kind") != "associate"
            and (day is None or covers(f.get("valid_from"), f.get("valid_to"), day))}


def _vehicles(holdings: list[FactD]) -> set[str]:
    """Holders whose share is the very share another holder holds of the
    company indirectly ("A直接持有C 60%，并通过全资子公司S间接持有C 10%"; "S持有C 10%"):
    A's vehicle, a holder of C, though an article's "全资子公司" may have been
    read as S being C's own (`_subsidiaries_on`)."""
    through = {round(float(p), 2) for f in holdings if f["qualifiers"].get("indirect") and isinstance(p := f["qualifiers"].get("percent"), int | float)}
    indirect_holders = {f["subject"]["id"] for f in holdings if f["qualifiers"].get("indirect")}
    return {f["subject"]["id"] for f in holdings if not f["qualifiers"].get("indirect") and f["subject"]["id"] not in indirect_holders
            and isinstance(p := f["qualifiers"].get("percent"), int | float) and round(float(p), 2) in through}


def _bystanders(holdings: list[FactD], sales: list[FactD], day: str | None) -> list[FactD]:
    """Holdings told as they were before a transfer, in the transfer's own
    article, of holders that neither sold nor bought in it ("本次变更前，A持股51%，
    B持股39%，C持股10%"; C's 10% went to A): B's stake is as it was."""
    def told_in(f: FactD) -> set[Any]:
        return {e.get("article_id") for e in f.get("evidence") or []}

    out = []
    for f in holdings:
        q = f["qualifiers"]
        if not q.get("former") or q.get("end") or stake_holds(f, day):
            continue
        told = told_in(f)
        done = [s for s in sales if (day is None or (s.get("valid_from") and not_after(s["valid_from"], day))) and told & told_in(s)]
        if done and all(f["subject"]["id"] not in (s["subject"]["id"], s["qualifiers"].get("buyer_id")) for s in done):
            out.append(f)
    return out


def control_lookup(b: Backend, day: str | None) -> Any:
    """A company's stakes and parents on `day`, as `graph.control` reads them."""
    def lookup(cid: str) -> tuple[list[Any], list[FactD]]:
        parents = [f for f in b._out(cid, [Predicate.SUBSIDIARY_OF]) if day is None or covers(f.get("valid_from"), f.get("valid_to"), day)]
        return stakes_on(b, cid, day), parents
    return lookup


def holders_of_record(b: Backend, cid: str, day: str | None) -> list[Any]:
    """The stakes on `day` of the company's holders of record, and its parents (`_parents_holding`)."""
    now = _sole_owner(stakes_on(b, cid, day))
    above = {s.holder for s in controllers_above(now, control_lookup(b, day)) if s.percent is None}
    return _parents_holding(b, cid, day, [s for s in now if s.holder not in above])


def _sole_owner(now: list[Stake]) -> list[Stake]:
    """A holder of record with the whole company ("P通过其全资持有的T…": P holds
    T 100%) is its only one, as a parent that wholly owns it is
    (`_parents_holding`): another's share told no later is of the stake T holds
    elsewhere, or of a time before, unless it is reported after the whole was."""
    whole = [s for s in now if s.percent is not None and s.percent >= 99.995 and s.since
             and not any(f["qualifiers"].get("indirect") for f in s.facts)]
    if len(whole) != 1:
        return now
    sole = whole[0]
    return [s for s in now if s is sole or (s.since and sole.since and not not_after(s.since, sole.since))]


def _parents_holding(b: Backend, cid: str, day: str | None, now: list[Stake]) -> list[Stake]:
    """A parent holds its subsidiary's shares though no share is told: the
    parent a subsidiary is said to be of, on `day` (told by then), is one of
    its holders, when no stake of its own is told (past, sold or held) and
    the others' shares leave it room for a majority. A parent that wholly
    owns it is the only one (the stakes told beside "C为P的全资子公司" are of
    a time before, or P's own holders), unless another's holding is
    reported after that was told."""
    held = {x for s in now for x in (s.holder, *s.same_as)}
    told_of = {f["subject"]["id"] for f in b._in(cid, [Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE])}  # a stake told, past or sold
    for f in b._out(cid, [Predicate.SUBSIDIARY_OF]):
        kind, told = f["qualifiers"].get("kind"), f.get("valid_from") or f.get("reported_at")
        if kind not in ("wholly_owned", "subsidiary") or not covers(f.get("valid_from"), f.get("valid_to"), day or "9999") or (
                day is not None and (not told or not not_after(told, day))):
            continue
        parent = f["object"]["id"]
        if parent in told_of and parent not in held:
            continue  # its stake is told and is not held now (sold, or past)
        if kind == "wholly_owned":
            if not (told and all(s.since and not_after(s.since, told) for s in now if s.holder != parent)):
                continue  # others reported holding it since: the parent's whole ownership is not the latest state
            now = [s for s in now if s.holder == parent]
        others = sum(s.percent or 0 for s in now if s.holder != parent)
        if parent not in held and (kind == "wholly_owned" or others < 50):
            now = [*now, Stake(parent, 100.0 if kind == "wholly_owned" else None, told, [f])]  # (others with a majority leave it none)
            held.add(parent)
    return now
