"""Holdings over time (fact dicts, as the backends return them): each holder's
stake at a date or now, from the holdings reported and the stated sales, and
who sold out. Pure functions, like the terms of office in `graph.temporal`;
ingest keeps what they derive, the questions run them again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.derive import holding_since
from graph.stake_reports import dated_in_same_article as _dated_in_same_article
from graph.stake_reports import the_share_bought, told_after_sale, told_before_change, unchanged_rows
from graph.stake_reports import told_with as _told_with
from graph.temporal import FactD, covers
from schema.listing_time import not_after


@dataclass
class Stake:
    """A holder's stake in one company as the articles report it at a time."""

    holder: str
    percent: float | None
    since: str | None  # as_of, or the earliest article date
    facts: list[FactD]
    via_sale: FactD | None = None  # bought in a stated sale, no holding reported since
    same_as: list[str] = field(default_factory=list)  # holder ids folded into this one (one stake, two names)


def _percent(f: FactD) -> float | None:
    p = f["qualifiers"].get("percent")
    return float(p) if isinstance(p, int | float) else None


def _since(f: FactD) -> str | None:
    """When the holding is known to hold from: its as_of, else its article's
    date, except for a holding told as past (former, or ended), which held
    before the article's date, from a date it does not give."""
    return holding_since(f["qualifiers"], f.get("valid_from") or f.get("reported_at"))


def _over_by(f: FactD, day: str | None) -> bool:
    """The holding is over on `day` (None: now): told as past, or ended by then."""
    q = f["qualifiers"]
    if day is None:
        return bool(q.get("former") or q.get("end"))
    end = q.get("end") or (f.get("reported_at") if q.get("former") else None)  # past by the article that tells it
    return bool(end) and not covers(None, str(end), day)


def stake_holds(f: FactD, day: str | None) -> bool:
    """A holding fact holds on `day` (None: now): reported by then (its
    as_of or article date; a holding told as past has no known start) and not
    told as past or ended by then. What `stakes` reads, for one fact: a
    former stake stored without an end is over by its article's date, and
    held before it."""
    since = _since(f)
    if day is not None and since is not None and not not_after(since, day):
        return False
    return not _over_by(f, day)


def _before(date: str | None, day: str | None) -> bool:
    """An event on `date` had happened by `day` (None: now). At a coarser
    `day` only a date strictly before it counts: a sale of 2022-11-24 has not
    happened "as of 2022-11"."""
    if day is None:
        return True
    if date is None:
        return False
    n = min(len(date), len(day))
    return date[:n] < day[:n]


def stakes(holdings: Iterable[FactD], sales: Iterable[FactD], day: str | None) -> list[Stake]:
    """Each holder's stake on `day` (None: now): the latest holding reported
    by then, less what a stated sale took away since, plus what a buyer
    bought and no later report gives. Two holders reported with the same
    share where the shares add up to more than the whole are one holding
    under two names (a parent and its vehicle, a brand and its legal name)
    and are folded, before the sales apply to either name. A stake as of the
    sale's own day smaller than the share sold is what the sale left; on a
    day before a change an article tells, its undated holdings held already
    (`graph.stake_reports.told_before_change`)."""
    sales = list(sales)
    holdings = unchanged_rows(list(holdings), sales)
    early = told_before_change(holdings, sales, day) if day else set()
    latest: dict[str, Stake] = {}
    for f in sorted(holdings, key=lambda f: (_since(f) or "", f.get("confidence") or 0.0)):
        if not stake_holds(f, day) and f["id"] not in early:
            continue  # reported after the day, or told as past (a restructuring's before, a control that ended)
        since = _since(f)
        holder = f["subject"]["id"]
        old = latest.get(holder)
        later = old is None or (since or "") > (old.since or "") or (since == old.since and old.percent is None and _percent(f) is not None)
        if old is not None and since == old.since and _gained_control(old, f):
            later = True  # "此前持股15%…现持股30%，为控股股东", both undated: the share that gives control is the after
        if old is not None and since == old.since and not f["qualifiers"].get("indirect") and _percent(f) is not None and all(
                x["qualifiers"].get("indirect") for x in old.facts):
            later = True  # "直接持有60%，并通过S间接持有10%": its own share is the direct one (S holds the 10%)
        if later and old is not None and _dated_in_same_article(old, f):
            later = False  # an article's dated holding (as_of) beats its undated one ("之前…") whatever the article's date
        elif not later and old is not None and since == old.since and _percent(f) is not None and all(
                _dated_in_same_article(Stake(holder, None, since, [f]), g) for g in old.facts):
            later = True  # …and so it does as of the article's own day, whichever of the two was read first
        if later:  # a report of the same day without a share tells of the same stake ("P为控股股东" beside "P持股18%")
            same_day = old.facts if old is not None and since == old.since and old.percent is None else []
            latest[holder] = Stake(holder, _percent(f), since, [*same_day, f])
        elif since == old.since and _percent(f) in (old.percent, None):
            old.facts.append(f)
    by_id = _fold_twins(latest, {frozenset((x["subject"]["id"], x["qualifiers"].get("buyer_id"))) for x in sales})
    for s in sorted((s for s in sales if _before(s.get("valid_from"), day)), key=lambda s: (s.get("valid_from") or "", s["subject"]["id"])):
        date, q = s.get("valid_from"), s["qualifiers"]
        pct = _percent(s)
        seller = by_id.get(s["subject"]["id"])
        left = seller is not None and ((seller.since == date and pct is not None and (seller.percent or 0) + 0.01 < pct)
                                       or told_after_sale(seller, s))
        if seller is not None and not left and (date is None or seller.since is None or seller.since <= date or _told_with(seller, s)):
            if pct is None or seller.percent is None or seller.percent - pct <= 0.01:
                for x in [seller.holder, *seller.same_as]:
                    by_id.pop(x, None)
            else:
                seller.percent = round(seller.percent - pct, 4)
        buyer = q.get("buyer_id")
        if buyer:
            have = by_id.get(buyer)
            if have is None:
                by_id[buyer] = Stake(buyer, pct, date, [], via_sale=s)
            elif date and have.percent is not None and pct is not None and (
                    ((have.since is None or have.since < date) and not the_share_bought(have, s)) or _bought_beside(have, s)):
                have.percent, have.via_sale = round(have.percent + pct, 4), s
    unique = {id(s): s for s in by_id.values()}.values()
    return sorted(unique, key=lambda s: (-(s.percent or 0), s.holder))


def _bought_beside(have: Stake, sale: FactD) -> bool:
    """`have` is only what the buyer bought that day from another seller ("向A支付N购买其所持60%股权，向B支付M
    购买其所持20%股权"): the two purchases add up, whichever the store returns first."""
    return (have.via_sale is not None and not have.facts and have.since == sale.get("valid_from")
            and have.via_sale["subject"]["id"] != sale["subject"]["id"])


def _gained_control(old: Stake, f: FactD) -> bool:
    """`f` gives the holder a larger share than `old`'s of the same day and calls it controlling, `old` does not."""
    pct = _percent(f)
    return (pct is not None and old.percent is not None and pct > old.percent and bool(f["qualifiers"].get("controlling"))
            and not any(x["qualifiers"].get("controlling") for x in old.facts))


def _confidence(s: Stake) -> float:
    return max((f.get("confidence") or 0.0 for f in s.facts), default=0.0)


def _fold_twins(latest: dict[str, Stake], traded: set[frozenset[Any]]) -> dict[str, Stake]:
    """holder id → its stake, twins folded into the better reported one. A
    seller and the buyer of a sale between them (`traded`) are never twins:
    the same share is the one that passed from one to the other."""
    ranked = sorted(latest.values(), key=lambda s: (-(s.percent or 0), -_confidence(s), s.holder))
    total = sum(s.percent or 0 for s in ranked)
    by_id: dict[str, Stake] = {}
    kept: list[Stake] = []
    for s in ranked:
        twin = next((k for k in kept if s.percent is not None and k.percent is not None and abs(k.percent - s.percent) < 0.01
                     and frozenset((k.holder, s.holder)) not in traded), None)
        if twin is not None and total > 100.5:
            twin.same_as.append(s.holder)
            twin.facts += s.facts
            total -= s.percent or 0
            by_id[s.holder] = twin
        else:
            kept.append(s)
            by_id[s.holder] = s
    return by_id


def sold_out(holdings: Iterable[FactD], sales: Iterable[FactD]) -> dict[str, str]:
    """Holding fact id → the date of the completed sale that ended it: the
    seller's whole stake went, and no later report gives the seller a stake
    again. Facts reported after the sale are not ended by it."""
    holdings, sales = list(holdings), list(sales)
    now = stakes(holdings, sales, None)
    remaining = {s.holder for s in now} | {x for s in now for x in s.same_as}
    out: dict[str, str] = {}
    for sale in sorted(sales, key=lambda s: s.get("valid_from") or ""):
        date, seller = sale.get("valid_from"), sale["subject"]["id"]
        if not date or seller in remaining:
            continue
        for f in holdings:
            since = _since(f)
            if f["subject"]["id"] == seller and (since is None or since <= date) and f["id"] not in out:
                out[f["id"]] = date
    return out
