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
_ONE_HOLDER = ", ".join(f"'{r}'" for r in sorted(ONE_HOLDER))
#: The roles of one board seat, generic and specific: a generic report ends when the person's specific ones do.
_SEATS = ", ".join(sorted({f"'{r.value}'" for pair in ROLE_SPECIALISES.items() for r in pair}))
#: The positions any reason below can pick, read in one scan (each qualifier parsed there and nowhere else), with
#: what the reasons ask of them: a one-holder post, a board seat, said to be left. The key "left"
#: is looked for as text before the JSON is parsed: most positions do not have it. LIMIT -1 keeps SQLite from
#: flattening the scan into the INSERT, which evaluated the role key again for each use of it (bench/README.md).
_CANDIDATES = (  # a seat's role is never '' or 'other', so its role key is its role
    f"INSERT INTO term_pos SELECT rowid, object_id, subject_id, rk, rk IN ({_ONE_HOLDER}), rk IN ({_SEATS}), gone "
    f"FROM (SELECT rowid, object_id, subject_id, {_ROLE_KEY} AS rk, instr(qualifiers, '\"left\"') > 0 AND "
    "qualifiers ->> 'left' IS NOT NULL AS gone FROM facts NOT INDEXED WHERE predicate = 'HOLDS_POSITION' LIMIT -1) "
    f"WHERE rk IN ({_ONE_HOLDER}, {_SEATS}) OR gone")
#: Every succession (its company, who succeeded whom), read in one scan for the reasons and the rules.
_SUCCESSIONS = ("INSERT INTO term_succ SELECT rowid, qualifiers ->> 'company_id', subject_id, object_id FROM facts NOT INDEXED "
                "WHERE predicate = 'SUCCEEDED'")

#: The positions of a fresh store the term rules must see, each reason one statement (`fresh_positions`), by rowid.
_PICK_POSITIONS = (
    # (a) the reports of a one-holder post that two people hold: the next holder's start, two holders at once (the
    #     rules compare only different people, so a post one person holds changes nothing)
    "SELECT r FROM term_pos WHERE one AND (o, rk) IN (SELECT o, rk FROM term_pos WHERE one GROUP BY o, rk "
    "HAVING min(s) != max(s))",
    # (b) a person's reports of two seats of one board: a generic seat ends with the specific ones
    "SELECT r FROM term_pos WHERE seat AND (o, s) IN (SELECT o, s FROM term_pos WHERE seat GROUP BY o, s HAVING count(*) > 1)",
    # (c) the reports of the two people a succession names, at its company
    "SELECT f.rowid FROM term_succ x JOIN facts f ON f.subject_id IN (x.a, x.b) AND f.predicate = 'HOLDS_POSITION' "
    "AND f.object_id = x.c",
    # (d) a position an article says the person left (no date): the rules end it (ended_by left), alone or not
    "SELECT r FROM term_pos WHERE gone",
)


def fresh_positions(db: sqlite3.Connection, columns: str, succession: str) -> tuple[list[tuple], list[tuple]]:
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
    the positions it brings in (a whole post, both seats), so the rules
    give those positions what they would give them among all their
    company's. `columns` and `succession`: the columns each row has (the
    positions in table order)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_pos (r INTEGER PRIMARY KEY, o TEXT, s TEXT, rk TEXT, one INT, seat INT, "
               "gone INT)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_succ (r INTEGER PRIMARY KEY, c TEXT, a TEXT, b TEXT)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_facts (r INTEGER PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_companies (id TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        db.execute(_CANDIDATES)
        db.execute(_SUCCESSIONS)
        for sql in _PICK_POSITIONS:
            db.execute(f"INSERT OR IGNORE INTO term_facts {sql}")
        db.execute("DELETE FROM term_pos")  # its memory, before the rows are read
        rows = db.execute(f"SELECT {columns} FROM term_facts t CROSS JOIN facts ON facts.rowid = t.r").fetchall()
        db.executemany("INSERT OR IGNORE INTO term_companies VALUES (?)", ((r[2],) for r in rows))
        found = db.execute(f"SELECT {succession} FROM term_succ x CROSS JOIN facts ON facts.rowid = x.r "
                           "WHERE x.c IN term_companies ORDER BY x.r").fetchall()
    finally:
        db.execute("DELETE FROM term_pos")
        db.execute("DELETE FROM term_succ")
        db.execute("DELETE FROM term_facts")
        db.execute("DELETE FROM term_companies")
    return rows, found


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
