"""What each derived pass (`graph.ingest.derived`) must read.

An incremental batch: the companies it touched, all their facts. A batch
into an empty store touches everything, yet the rules of `graph.temporal`
change few facts: most positions keep the term they state and most
holdings never meet a sale that ends them. So a fresh store is narrowed in
SQL, with no fact parsed in Python, to the facts the rules can change and
the facts those rules read; each narrowing below says why what it leaves
out would come out of the rules as it went in.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from graph.ingest.batch import Batch
from graph.temporal import ONE_HOLDER
from schema import ROLE_SPECIALISES


def touched_companies_sql(predicates: Iterable[str], via_company_id: bool = False) -> str:
    """A subquery of the companies whose facts of `predicates` this batch
    touched (not for a fresh store: that is all of them). A succession
    names its company in a qualifier."""
    preds = ", ".join(f"'{p}'" for p in predicates)
    column = "CASE WHEN g.predicate = 'SUCCEEDED' THEN g.qualifiers ->> 'company_id' ELSE g.object_id END" if via_company_id \
        else "g.object_id"
    return f"(SELECT {column} FROM touched t JOIN facts g ON g.id = t.id WHERE g.predicate IN ({preds}))"


def touched_companies(batch: Batch, predicates: Iterable[str], via_company_id: bool = False) -> list[str]:
    """`touched_companies_sql`'s companies, sorted."""
    sql = touched_companies_sql(predicates, via_company_id)
    return sorted({c for (c,) in batch.db.execute(f"SELECT DISTINCT * FROM {sql}") if c})


#: A position's or a succession's `graph.temporal.role_key` in SQL: its role, or "other:" and its title.
_ROLE_KEY = "coalesce(nullif(nullif(qualifiers ->> 'role', ''), 'other'), 'other:' || coalesce(qualifiers ->> 'title', ''))"
#: A position stored otherwise than it states: something derived before, or dates other than its own.
_STALE = ("(contradicts != '[]' OR instr(qualifiers, '\"ended_by\"') > 0 OR valid_from IS NOT qualifiers ->> 'start' "
          "OR valid_to IS NOT qualifiers ->> 'end')")
#: Every position as the reasons of `fresh_positions` ask about it, read in one scan (each qualifier parsed there and
#: nowhere else): where it is, whose, its role key, stored otherwise than stated, said to be left.
_POSITIONS = (f"SELECT rowid, object_id, subject_id, {_ROLE_KEY}, {_STALE}, qualifiers ->> 'left' IS NOT NULL "
              "FROM facts NOT INDEXED WHERE predicate = 'HOLDS_POSITION'")
#: The roles of one board seat, generic and specific (a seat's role is never '' or 'other': its role key is its role).
_SEATS = frozenset(r.value for pair in ROLE_SPECIALISES.items() for r in pair)


def fresh_positions(db: sqlite3.Connection, columns: str, succession: str) -> tuple[list[tuple], list[tuple]]:
    """The positions of a fresh store whose term or contradictions the rules
    can change, and the successions at their companies (in table order: the
    rules apply them in order). Any position's term comes from its own
    dates, its post's other reports when the post has one holder at a time
    (a), the same person's other seats of one board (b) and the successions
    at its company that name its person (c); a position with none of those
    keeps the term it states, and so its stored row, unless that row says
    otherwise (d) or an article says the person left it (e). Each reason brings in every report the rules read for
    the positions it brings in (a whole post, both seats), so the rules
    give those positions what they would give them among all their
    company's. `columns`: the columns of each position (in table order);
    `succession`: a succession's, its company sixth.

    The reasons are decided in Python over one scan of the positions and
    one of the successions, which costs less than grouping them in SQLite's
    temporary tables did (bench/README.md); only the positions picked are
    then read whole, by rowid."""
    successions = db.execute(f"SELECT rowid, {succession} FROM facts NOT INDEXED WHERE predicate = 'SUCCEEDED'").fetchall()
    named = {(x[6], p) for x in successions if x[6] is not None for p in (x[2], x[3])}  # (company, person) a succession names
    at_succession = {x[6] for x in successions}
    picked: list[int] = []
    posts: dict[tuple[str, str], list] = {}  # a one-holder post → [its one holder, None once two hold it; its rowids…]
    seats: dict[tuple[str, str], list[int]] = defaultdict(list)  # a person's seats of one board → their rowids
    stale: list[tuple[int, str]] = []
    per_company: dict[str, int] = defaultdict(int)
    for r, o, s, rk, changed, gone in db.execute(_POSITIONS):  # rowids kept, not rows: the memory of 450k positions
        per_company[o] += 1
        if gone or (o, s) in named:  # (e) said to be left: the rules end it; (c) a person a succession at o names
            picked.append(r)
        if rk in ONE_HOLDER:
            post = posts.get((o, rk))
            if post is None:
                posts[(o, rk)] = [s, r]
            else:
                if post[0] != s:
                    post[0] = None
                post.append(r)
        if rk in _SEATS:
            seats[(o, s)].append(r)
        if changed:
            stale.append((r, o))
    for post in posts.values():  # (a) a one-holder post two people hold
        if post[0] is None:
            picked += post[1:]
    picked += (r for rs in seats.values() if len(rs) > 1 for r in rs)  # (b) a person's two seats of one board
    picked += (r for r, o in stale if per_company[o] > 1 or o in at_succession)  # (d) where the rules look at all
    del posts, seats
    picked = sorted(set(picked))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_facts (r INTEGER PRIMARY KEY)")
    try:
        db.executemany("INSERT INTO term_facts VALUES (?)", ((r,) for r in picked))
        rows = db.execute(f"SELECT {columns} FROM term_facts t CROSS JOIN facts ON facts.rowid = t.r").fetchall()
    finally:
        db.execute("DELETE FROM term_facts")
    companies = {r[2] for r in rows}
    return rows, [x[1:] for x in successions if x[6] in companies]


def fresh_holding_companies(db: sqlite3.Connection) -> list[str]:
    """The companies of a fresh store where a sale can end a holding: a
    seller holds a stake there under the same id (`graph.temporal.sold_out`
    ends only the seller's holdings, and a company's own shares are no
    holding), or a holding there has an end that must be derived again.
    Everywhere else the holdings keep the open end they are stored with."""
    return sorted(c for (c,) in db.execute(
        "SELECT s.object_id FROM facts s JOIN facts h ON h.subject_id = s.subject_id AND h.predicate = 'HOLDS_STAKE' "
        "AND h.object_id = s.object_id WHERE s.predicate = 'SOLD_STAKE' AND h.subject_id != h.object_id "
        "UNION SELECT object_id FROM facts WHERE predicate = 'HOLDS_STAKE' AND valid_to IS NOT NULL AND subject_id != object_id "
        "AND object_id IN (SELECT object_id FROM facts WHERE predicate = 'SOLD_STAKE')"))
