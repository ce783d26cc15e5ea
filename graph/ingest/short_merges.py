"""One company of a short name and the one full name it abridges.

An article calls a bank "X银行" (or the press's "X银") and another names it
only by its legal name "X商业银行股份有限公司": two entities, and a question
by the short name finds the short one and never the facts of the legal one.
After the legal forms are merged (`passes.merge_legal_forms`), a company
name that abridges exactly one other company's name (`text.abridged`) is
merged into it. Pure Python over the batch's name index, bucketed by the
first character a full name and its short name share, so no pair of
unrelated names is compared.
"""

from __future__ import annotations

from collections import defaultdict

from graph.ingest.batch import Batch
from schema import EntityType
from text.abridged import bank_contraction, same_company_abridged
from text.kinds import ABRIDGED_KINDS
from text.names import core_of_key
from text.places import without_place


def merge_short_names(batch: Batch) -> None:
    """Merge each company known by a short name only into the one company
    whose full name it abridges; none when two fit (the short name is no
    longer one company's) or when the batch touched neither."""
    batch.flush()
    resolver = batch.resolver
    alive, touched = resolver.alive, resolver.touched
    keys = [(k, e) for (k, t), e in resolver.index.items() if t == EntityType.COMPANY]
    shorts = [(k, e) for k, e in keys if _short_form(k)]
    wanted = {_front(k) for k, _e in shorts}  # most graphs have few short names: bucket only what they can abridge
    fronts: dict[str, list[tuple[str, str]]] = defaultdict(list)  # a brand's first two letters (a bank's first one) → full names
    for k, e in keys if wanted else ():
        core = core_of_key(k)  # the index holds name keys already
        if len(core) > 3:
            for c in {core, without_place(core, keep=3)}:
                if c[:2] in wanted:
                    fronts[c[:2]].append((k, e))
                if c[0] in wanted and c.endswith("商业银行"):  # "X银": its brand's first letter only
                    fronts[c[0]].append((k, e))
    for short, eid in shorts:
        src = alive(eid)
        fits = {alive(e) for k, e in fronts.get(_front(short), ()) if k != short and _abridged_by(short, k)} - {src}
        if len(fits) != 1 or not (batch.fresh or (fits | {src}) & touched) or _renamed(batch, src, *fits):
            continue
        if not _related(batch, src, dst := fits.pop()):
            batch.merge_now(src, dst, "one company: a short name and the full name it abridges")


def _renamed(batch: Batch, *ids: str) -> bool:
    """Whether a company has a former name: its names then belong to the renames, which keep the old and
    the new company as the reports tell them ("X集团" renamed "X控股", later "X金融控股集团": the short
    name of the first abridges the last, and one company of them loses the rename between)."""
    marks = ",".join("?" * len(ids))
    return batch.db.execute(f"SELECT 1 FROM surfaces WHERE entity_id IN ({marks}) AND kind = 'former' LIMIT 1", ids).fetchone() is not None


#: facts only two companies can have between them: one holds, sold or is the parent of the other
_BETWEEN_TWO = ("SUBSIDIARY_OF", "HOLDS_STAKE", "SOLD_STAKE")


def _related(batch: Batch, a: str, b: str) -> bool:
    """Whether a report relates the two companies by a fact only two companies can have (a group's short name
    abridges its operating subsidiary's legal name, "X科技" … "杭州X网络科技有限公司", yet the report says they are two)."""
    marks = ",".join("?" * len(_BETWEEN_TWO))
    return batch.db.execute(f"SELECT 1 FROM facts WHERE predicate IN ({marks}) AND ((subject_id = ? AND object_id = ?)"
                            " OR (subject_id = ? AND object_id = ?)) LIMIT 1", (*_BETWEEN_TWO, a, b, b, a)).fetchone() is not None


def _short_form(key: str) -> bool:
    """A name key that may abridge another: ending in a kind, or the press's "X银"."""
    return (2 <= len(key) <= 3 and key.endswith("银")) or (key.endswith(ABRIDGED_KINDS) and len(key) <= 8 and key == core_of_key(key))


def _front(short: str) -> str:
    """The letters a short name shares with the front of the full names it may abridge: a brand's first two, the
    press's "X银" its bank's first one."""
    return short[0] if len(short) <= 3 and short.endswith("银") else short[:2]


def _abridged_by(short: str, full: str) -> bool:
    return same_company_abridged(short, full) or bank_contraction(short, full)
