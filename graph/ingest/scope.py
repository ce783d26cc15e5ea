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


def touched_companies(batch: Batch, predicates: Iterable[str], via_company_id: bool = False) -> list[str]:
    """The companies whose facts of `predicates` this batch touched (not
    for a fresh store: that is all of them). A succession names its company
    in a qualifier."""
    preds = ", ".join(f"'{p}'" for p in predicates)
    column = "CASE WHEN g.predicate = 'SUCCEEDED' THEN g.qualifiers ->> 'company_id' ELSE g.object_id END" if via_company_id \
        else "g.object_id"
    return sorted({c for (c,) in batch.db.execute(
        f"SELECT DISTINCT {column} FROM touched t JOIN facts g ON g.id = t.id WHERE g.predicate IN ({preds})") if c})


#: A position's or a succession's `graph.temporal.role_key` in SQL: its role, or "other:" and its title.
_ROLE_KEY = "coalesce(nullif(nullif(qualifiers ->> 'role', ''), 'other'), 'other:' || coalesce(qualifiers ->> 'title', ''))"
_ONE_HOLDER = ", ".join(f"'{r}'" for r in sorted(ONE_HOLDER))
#: The roles of one board seat, generic and specific: a generic report ends when the person's specific ones do.
_SEATS = ", ".join(sorted({f"'{r.value}'" for pair in ROLE_SPECIALISES.items() for r in pair}))
#: A position stored otherwise than it states: something derived before, or dates other than its own.
_STALE = ("(contradicts != '[]' OR instr(qualifiers, '\"ended_by\"') > 0 OR valid_from IS NOT qualifiers ->> 'start' "
          "OR valid_to IS NOT qualifiers ->> 'end')")
_POSITIONS = "FROM facts NOT INDEXED WHERE predicate = 'HOLDS_POSITION'"  # one scan in table order, not a walk of an index

#: The positions of a fresh store the term rules must see, each reason one statement (`fresh_positions`).
_PICK_POSITIONS = (
    # (a) the reports of a one-holder post with more than one: the next holder's start, two holders at once
    f"SELECT id FROM (SELECT id, count(*) OVER (PARTITION BY object_id, rk) AS n FROM ("
    f"SELECT id, object_id, {_ROLE_KEY} AS rk {_POSITIONS}) WHERE rk IN ({_ONE_HOLDER})) WHERE n > 1",
    # (b) a person's reports of two seats of one board: a generic seat ends with the specific ones
    f"SELECT id FROM (SELECT id, count(*) OVER (PARTITION BY object_id, subject_id) AS n {_POSITIONS} "
    f"AND qualifiers ->> 'role' IN ({_SEATS})) WHERE n > 1",
    # (c) the reports of the two people a succession names, at its company
    "SELECT f.id FROM (SELECT qualifiers ->> 'company_id' AS c, subject_id AS a, object_id AS b FROM facts NOT INDEXED "
    "WHERE predicate = 'SUCCEEDED') x JOIN facts f ON f.subject_id IN (x.a, x.b) AND f.predicate = 'HOLDS_POSITION' "
    "AND f.object_id = x.c",
    # (d) stored otherwise than stated, where the rules look at all: a company with two positions or a succession
    f"SELECT id {_POSITIONS} AND {_STALE} AND (object_id IN (SELECT object_id FROM facts WHERE predicate = 'HOLDS_POSITION' "
    "GROUP BY object_id HAVING count(*) > 1) OR object_id IN (SELECT qualifiers ->> 'company_id' FROM facts "
    "WHERE predicate = 'SUCCEEDED'))",
    # (e) a position an article says the person left (no date): the rules end it (ended_by left), alone or not
    f"SELECT id {_POSITIONS} AND qualifiers ->> 'left' IS NOT NULL",
)


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
    company's. `columns` and `succession`: the columns each row has."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_facts (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS term_companies (id TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        for sql in _PICK_POSITIONS:
            db.execute(f"INSERT OR IGNORE INTO term_facts {sql}")
        rows = db.execute(f"SELECT {columns} FROM term_facts t CROSS JOIN facts ON facts.id = t.id").fetchall()
        db.executemany("INSERT OR IGNORE INTO term_companies VALUES (?)", ((r[2],) for r in rows))
        found = db.execute(f"SELECT {succession} FROM facts NOT INDEXED WHERE predicate = 'SUCCEEDED' "
                           "AND qualifiers ->> 'company_id' IN term_companies ORDER BY rowid").fetchall()
    finally:
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
