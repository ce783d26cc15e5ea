"""What each derived pass (`graph.ingest.derived`) must read.

An incremental batch: the companies it touched, all their facts. A batch
into an empty store touches everything, yet the rules of `graph.temporal`
change few facts: most positions keep the term they state and most
holdings never meet a sale that ends them. So a fresh store is narrowed
to the facts the rules can change and the facts those rules read, in SQL
and from what the article loop noted of each position
(`graph.ingest.post_notes`); each narrowing below says why what it leaves out
would come out of the rules as it went in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from graph.ingest.batch import Batch
from graph.ingest.post_notes import Posts


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


#: A succession as the term rules read it: (id, subject, object, role, title, company, date).
SUCCESSION = ("id, subject_id, object_id, qualifiers ->> 'role', qualifiers ->> 'title', qualifiers ->> 'company_id', "
              "qualifiers ->> 'date'")
#: Every succession, read in one scan for the reasons (its company, who succeeded whom) and, as `SUCCESSION`, for
#: the rules: the rows a company range needs are then read from this table, not fetched from facts again.
_SUCCESSIONS = (f"INSERT INTO term_succ SELECT rowid, qualifiers ->> 'company_id', subject_id, object_id, {SUCCESSION} "
                "FROM facts NOT INDEXED WHERE predicate = 'SUCCEEDED'")
_SUCCESSION_FIELDS = ("id", "s", "o", "role", "title", "company", "date")

#: The positions of a fresh store the term rules must see, each reason one statement (`fresh_positions`), by rowid,
#: for the companies of one range (`?1` to `?2`: every reason is one company's).
_PICK_POSITIONS = (
    # (a) every position, at its company, of the people of a one-holder post that two people hold: the next holder's
    #     start, two holders at once (the rules compare only different people, so a post one person holds changes
    #     nothing); (b) of a person with two seats of one board: a generic seat ends with the specific ones; (d) of a
    #     person an article says left a post (no date): the rules end it (ended_by left), alone or not. The posts and
    #     people are noted by the article loop; all of a person's positions at the company are read, by the index,
    #     without a qualifier parsed: the whole post (a), the other seats (b), all the rules read for each.
    # CROSS JOIN: the pairs drive, each looked up in an index (the planner scanned all of facts_object instead)
    "SELECT f.rowid FROM term_pairs p CROSS JOIN facts f ON f.subject_id = p.s AND f.predicate = 'HOLDS_POSITION' "
    "AND f.object_id = p.o WHERE p.o BETWEEN ?1 AND ?2",
    # (c) the reports of the two people a succession names, at its company
    "SELECT f.rowid FROM term_succ x JOIN facts f ON f.subject_id IN (x.a, x.b) AND f.predicate = 'HOLDS_POSITION' "
    "AND f.object_id = x.c WHERE x.c BETWEEN ?1 AND ?2",
)
#: Companies whose positions are picked and fetched in one round: the rules of one round run while the next is picked.
COMPANIES_PER_ROUND = 2000


def fresh_positions(db: sqlite3.Connection, settle: Callable[[], Posts], columns: str) -> Iterator[tuple[list[tuple], list[tuple]]]:
    """The positions of a fresh store whose term or contradictions the rules
    can change, and the successions at their companies (in table order: the
    rules apply them in order). Any position's term comes from its own
    dates, its post's other reports when the post has one holder at a time
    (a), the same person's other seats of one board (b) and the successions
    at its company that name its person (c); a position with none of those
    keeps the term it states, and so its stored row, unless an article
    says the person left it (d). Nothing in a fresh store is stored
    otherwise than it states: nothing was derived before, and the writer
    and the recompute store each position's own dates
    (`graph.derive.validity`). Each reason brings in every report the rules read for
    the positions it brings in (a whole post, all of a person's positions at
    a company), so the rules give those positions what they would give them
    among all their company's. The posts `settle` makes (`graph.ingest.post_notes`) may name
    more than (a), (b) and (d) need: a position read for no reason comes
    out of the rules as it is stored. `columns`: the columns each
    position row has; the successions are `SUCCESSION` rows (in table order).

    Every reason is one company's, so the rows come a range of companies at
    a time (with the successions there, perhaps some at a company with no
    row), and a thread picks the next range while the caller runs the rules
    over this one: SQLite runs without the GIL, on the second core. The
    successions are scanned there too while this thread `settle`s the notes
    (which must not read the store: on a fresh one, the notes name only
    entities of the batch, which the batch's merges follow in memory)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_pairs (o TEXT, s TEXT, PRIMARY KEY (o, s)) WITHOUT ROWID")
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS term_succ (r INTEGER PRIMARY KEY, c TEXT, a TEXT, b TEXT, "
               f"{', '.join(_SUCCESSION_FIELDS)})")
    db.execute("CREATE INDEX IF NOT EXISTS temp.term_succ_company ON term_succ (c)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_facts (r INTEGER PRIMARY KEY)")
    picker = ThreadPoolExecutor(1, thread_name_prefix="fkg-term-picks")
    try:
        scanned = picker.submit(db.execute, _SUCCESSIONS)
        try:
            posts = settle()
        finally:
            scanned.result()  # the connection is this thread's again
        pairs = posts.holders | posts.pairs
        db.executemany("INSERT INTO term_pairs VALUES (?, ?)", sorted(pairs))
        companies = sorted({o for o, _s in pairs}
                           | {c for (c,) in db.execute("SELECT DISTINCT c FROM term_succ WHERE c IS NOT NULL")})
        ranges = [(companies[i], companies[min(i + COMPANIES_PER_ROUND, len(companies)) - 1])
                  for i in range(0, len(companies), COMPANIES_PER_ROUND)]

        def pick(lo: str, hi: str) -> tuple[list[tuple], list[tuple]]:
            for sql in _PICK_POSITIONS:
                db.execute(f"INSERT OR IGNORE INTO term_facts {sql}", (lo, hi))
            rows = db.execute(f"SELECT {columns} FROM term_facts t CROSS JOIN facts ON facts.rowid = t.r").fetchall()
            db.execute("DELETE FROM term_facts")
            found = db.execute(f"SELECT {', '.join(_SUCCESSION_FIELDS)} FROM term_succ INDEXED BY term_succ_company "
                               "WHERE c BETWEEN ? AND ? ORDER BY r", (lo, hi)).fetchall()
            return rows, found

        ahead = picker.submit(pick, *ranges[0]) if ranges else None
        for i in range(len(ranges)):
            assert ahead is not None
            done = ahead.result()
            ahead = picker.submit(pick, *ranges[i + 1]) if i + 1 < len(ranges) else None
            yield done
    finally:
        picker.shutdown()  # its last statement ends before the tables are emptied
        for table in ("term_pairs", "term_succ", "term_facts"):
            db.execute(f"DELETE FROM {table}")


def fresh_holding_companies(db: sqlite3.Connection, ended: Iterable[str]) -> list[str]:
    """The companies of a fresh store where a sale can end a holding: a
    seller holds a stake there under the same id (`graph.stake_time.sold_out`
    ends only the seller's holdings, and a company's own shares are no
    holding), or a holding there has an end that must be derived again.
    Everywhere else the holdings keep the open end they are stored with.
    `ended`: the companies (as merges left them) where the article loop read
    a stake report stating an end, the only ones where a holding can have
    one; each is looked up by the index (no scan of every holding)."""
    out = {c for (c,) in db.execute(
        "SELECT s.object_id FROM facts s JOIN facts h ON h.subject_id = s.subject_id AND h.predicate = 'HOLDS_STAKE' "
        "AND h.object_id = s.object_id WHERE s.predicate = 'SOLD_STAKE' AND h.subject_id != h.object_id")}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS hold_ended (o TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        db.executemany("INSERT OR IGNORE INTO hold_ended VALUES (?)", ((c,) for c in sorted(set(ended))))
        out.update(c for (c,) in db.execute(
            "SELECT o FROM hold_ended n WHERE EXISTS (SELECT 1 FROM facts s WHERE s.object_id = n.o AND s.predicate = 'SOLD_STAKE') "
            "AND EXISTS (SELECT 1 FROM facts h WHERE h.object_id = n.o AND h.predicate = 'HOLDS_STAKE' AND h.valid_to IS NOT NULL "
            "AND h.subject_id != h.object_id)"))
    finally:
        db.execute("DELETE FROM hold_ended")
    return sorted(out)
