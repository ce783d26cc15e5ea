"""What the articles that tell of holdings say of each other: a holding told
in a sale's own article, an article's dated holding beside its undated one,
undated holdings told beside a change, and a change table's unchanged rows
(`graph.stake_time.stakes` reads them).
"""

from __future__ import annotations

from typing import Any

from schema.listing_time import not_after

FactD = dict[str, Any]


def told_before_change(holdings: list[FactD], sales: list[FactD], day: str) -> set[str]:
    """Ids of the holdings an article tells with no date of their own (no
    as_of, not past) beside a change it dates after `day` (another holding
    as of then, a sale on then): "截至1月5日皖通持股6.9%…淮南建投持股15.3%"
    in a January article, asked of December. A holder the change left alone
    held its stake before it too; the article's date is not its start. Not
    so in an article that tells the holdings before the change ("增资前，
    A持股51%…"): its undated ones are those after it."""
    changes: dict[Any, str] = {}
    for f in [*holdings, *sales]:
        q = f["qualifiers"]
        when = f.get("valid_from") if f["predicate"] == "SOLD_STAKE" else (None if q.get("former") else q.get("as_of"))
        for e in f.get("evidence") or [] if when else []:
            changes[e.get("article_id")] = min(str(when), changes.get(e.get("article_id"), "9999"))
    for f in holdings:  # an article that tells the holdings before the change tells its undated ones after it
        if f["qualifiers"].get("former"):
            for e in f.get("evidence") or []:
                changes.pop(e.get("article_id"), None)
    later_own = _own_later_shares(holdings, day)
    out = set()
    for f in holdings:
        q = f["qualifiers"]
        if q.get("as_of") or q.get("former") or q.get("end"):
            continue
        arts = [e.get("article_id") for e in f.get("evidence") or []]
        if any((c := changes.get(a)) and not not_after(c, day) for a in arts) or (_percent(f) is not None and any(
                later_own.get((a, f["subject"]["id"]), set()) - {_percent(f), None} for a in arts)):
            out.add(f["id"])
    return out | _left_alone(holdings, sales, day)


def _left_alone(holdings: list[FactD], sales: list[FactD], day: str) -> set[str]:
    """Ids of the holdings a sale's article dates on the sale's own day, after
    `day`, of a holder that neither sold nor bought in that article's sales
    ("过户后B持股升至11%，A仍持9%"): a transfer between others
    leaves A's share as it was, so A held it before the sale too. A control
    told that day ("C成为实际控制人") is the change's, not a share left alone."""
    by_article: dict[Any, list[FactD]] = {}
    for s in sales:
        for e in s.get("evidence") or []:
            by_article.setdefault(e.get("article_id"), []).append(s)
    out = set()
    for f in holdings:
        q = f["qualifiers"]
        if not q.get("as_of") or q.get("former") or q.get("end") or q.get("controlling") or _percent(f) is None or not_after(str(q["as_of"]), day):
            continue  # a share, not the control the change gave ("成为实际控制人" that day)
        for e in f.get("evidence") or []:
            done = by_article.get(e.get("article_id"), [])
            parties = {x for s in done for x in (s["subject"]["id"], s["qualifiers"].get("buyer_id"))}
            if f["subject"]["id"] not in parties and any(s.get("valid_from") == q["as_of"] for s in done):
                out.add(f["id"])
    return out


def _own_later_shares(holdings: list[FactD], day: str) -> dict[tuple[Any, str], set[float | None]]:
    """(article, holder) → the shares the article gives that holder as of a
    date after `day`: a history ("2019年开业时A持股30%…2022年8月A转让10%，持股降至20%")
    whose undated share of the same holder, another figure, is the one
    before its dated change, whatever else the article dates before `day`
    (a holding with no figure, "P为实际控制人", is no such share)."""
    out: dict[tuple[Any, str], set[float | None]] = {}
    for f in holdings:
        q = f["qualifiers"]
        if q.get("as_of") and not q.get("former") and not not_after(str(q["as_of"]), day):
            for e in f.get("evidence") or []:
                out.setdefault((e.get("article_id"), f["subject"]["id"]), set()).add(_percent(f))
    return out


def unchanged_rows(holdings: list[FactD], sales: list[FactD]) -> list[FactD]:
    """The holdings, each told both as past and as of a change's day by a holder
    that sold none of the company held through it, read as held before and
    since: a change table's row with the same share before and after
    ("变更前 51% | 变更后 51%") is one fact marked both. The stake's start
    is not told (no valid_from), and it is not over."""
    sellers = {s["subject"]["id"] for s in sales}
    return [f | {"qualifiers": {k: v for k, v in f["qualifiers"].items() if k not in ("former", "as_of")},
                 "valid_from": None, "reported_at": None}
            if f["qualifiers"].get("former") and f["qualifiers"].get("as_of") and not f["qualifiers"].get("end")
            and f["subject"]["id"] not in sellers else f for f in holdings]


def told_with(stake: Any, sale: FactD) -> bool:
    """The holding has no date of its own and was read in the sale's
    article: the article tells the holding the sale changed ("沐川信托持有
    27.5%…已转让给沐川金控"), whatever the article's date."""
    if any(f["qualifiers"].get("as_of") for f in stake.facts):
        return False
    told = [(at, sold) for at, sold in _told_beside(stake, sale) if sold is not None]
    # told after a sale of a share it does not match ("…受让A所持的部分股份。…更名后，A持股19%"): the state the
    # sale left; the very share sold, told anywhere ("之前，…A 34.9%"), is the stake it took
    after = _percent(sale) is None or _percent(sale) != stake.percent
    return bool(told) and not (after and any(at > sold for at, sold in told))


def told_after_sale(stake: Any, sale: FactD) -> bool:
    """The seller's holding is told only after the sale, in its article, with a share other than the one
    sold ("A向B出售40%股权…交易完成后，A仍持有15%"): what the sale left A, not a holding it takes from."""
    pct = _percent(sale)
    if stake.percent is None or pct is None or abs(stake.percent - pct) <= 0.01:
        return False
    told = _told_beside(stake, sale)
    return bool(told) and all(sold is not None and at > sold >= 0 for at, sold in told)


def the_share_bought(stake: Any, sale: FactD) -> bool:
    """The buyer's holding is the very share the sale passed, told only in the
    sale's own article ("转让完成后B将持有C 20%"): the state after the sale,
    whatever date the article gives it, not a share the bought one adds to."""
    pct, told = _percent(sale), _told_beside(stake, sale)
    return pct is not None and stake.percent is not None and abs(stake.percent - pct) < 0.01 and bool(told) and all(
        sold is not None for _, sold in told)


def _told_beside(stake: Any, sale: FactD) -> list[tuple[int, int | None]]:
    """Each sentence that tells the holding, as where it starts in its article and where the sale is told in
    that article (None: the sale is not told there): whether a holding is told in the sale's article, and
    before or after it, is what `told_with`, `told_after_sale` and `the_share_bought` ask."""
    sold_at = {e.get("article_id"): _at(e) for e in sale.get("evidence") or []}
    return [(_at(e), sold_at.get(e.get("article_id"))) for f in stake.facts for e in f.get("evidence") or []]


def _percent(f: FactD) -> float | None:
    p = f["qualifiers"].get("percent")
    return float(p) if isinstance(p, int | float) else None


def _at(evidence: dict[str, Any]) -> int:
    """Where an evidence sentence starts in its article (-1 when not known)."""
    offsets = evidence.get("offsets")
    return offsets[0] if offsets else -1


def dated_in_same_article(old: Any, f: FactD) -> bool:
    """`old` has a stated as_of, `f` has none, and they were read in one article."""
    if f["qualifiers"].get("as_of") or not any(g["qualifiers"].get("as_of") for g in old.facts):
        return False
    arts = {e.get("article_id") for g in old.facts for e in g.get("evidence") or []}
    return any(e.get("article_id") in arts for e in f.get("evidence") or [])
