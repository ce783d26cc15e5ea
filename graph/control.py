"""Who controls a company, directly and in the end (实际控制人), on a date.

Pure functions over the stakes `graph.stake_time.stakes` gives for a date.
A partnership is run by its general partner (执行事务合伙人, 普通合伙人),
whatever the partners' shares, so a general partner comes before anything
else; then a holder the articles call controlling (控股股东/实际控制人);
then one with a majority; then the largest holder above 30 % when no one
else holds as much; then a parent that owns it (wholly owned, subsidiary).
Control is followed up the chain for the controller in the end, each step
keeping the facts it rests on, so the answer cites every link ("G is the
general partner of P", "P is X's controlling shareholder").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from graph.algorithms import CONTROL_THRESHOLD, DIRECT_CONTROL_THRESHOLD
from graph.stake_time import Stake

FactD = dict[str, Any]
#: A company's id → (its stakes on the day asked, the SUBSIDIARY_OF facts naming its parents then)
Lookup = Callable[[str], tuple[list[Stake], list[FactD]]]


def direct_controllers(now: list[Stake], parents: list[FactD], lookup: Lookup | None = None) -> tuple[list[str], list[FactD]]:
    """The holders that control a company directly, and the facts that say so."""
    ids, facts, _above = _control(now, parents, lookup)
    return ids, facts


def _control(now: list[Stake], parents: list[FactD], lookup: Lookup | None) -> tuple[list[str], list[FactD], list[Stake]]:
    """The direct controllers, their facts, and the stated controllers that
    stand above them (`_above`): control in the end, stated of the company."""
    chosen = [s for s in now if any(f["qualifiers"].get("general_partner") for f in s.facts)]
    # a partnership's general partner runs it; a controller stated beside it with no share of its own
    # ("执行事务合伙人为A，实际控制人为自然人P") is the one in the end
    above: list[Stake] = [s for s in _stated(now) if s not in chosen and s.percent is None] if chosen else []
    if not chosen:
        chosen, above = _above(_stated(now), lookup, now)
    chosen = chosen or [s for s in now if (s.percent or 0) >= CONTROL_THRESHOLD]
    if not chosen and now and (now[0].percent or 0) > DIRECT_CONTROL_THRESHOLD and (
            len(now) == 1 or (now[1].percent or 0) < (now[0].percent or 0)):
        chosen = now[:1]
    if chosen:
        return [s.holder for s in chosen], [f for s in chosen for f in s.facts], above
    owning = [f for f in parents if f["qualifiers"].get("kind") in ("wholly_owned", "subsidiary")]
    return [f["object"]["id"] for f in owning], owning, []


def controllers_above(now: list[Stake], lookup: Lookup | None) -> list[Stake]:
    """The stakes of the company's controllers in the end that stand above
    its direct controllers (`_above`), as its stakes on a date give them."""
    return _above(_stated(now), lookup, now)[1]


def _stated(now: list[Stake]) -> list[Stake]:
    """The stakes the articles call controlling, after the stated changes."""
    return _after_changes([s for s in now if any(f["qualifiers"].get("controlling") for f in s.facts)])


def _told(s: Stake) -> str:
    """When the articles told of the stake: its latest article's date (an
    as_of a few days before its article names the state, not the telling)."""
    return max([str(f.get("reported_at") or "") for f in s.facts] + [s.since or ""])


def _above(stated: list[Stake], lookup: Lookup | None, now: list[Stake]) -> tuple[list[Stake], list[Stake]]:
    """Stated controllers of one company split into the direct ones and
    those that control it through them: a stated controller that itself
    controls another holder ("A持有C 30%，为控股股东；P持有A 75%，为C实际控制人";
    A is then the controlling shareholder, said so or not), and, beside a
    controller whose share is stated or a holder of more than half, one stated with no share at all,
    told no later ("锡城国投持股18.4%成为控股股东，市国资委成为实际控制人":
    a 实际控制人 is named without a share; "B持有C 55%…P为C实际控制人":
    B is the controlling shareholder, P controls through it)."""
    ids = {s.holder for s in stated}
    up: set[str] = set()
    through: set[str] = set()  # the holders a stated controller controls
    own = {s.holder: s.percent for s in stated}
    for s in (stated if len(stated) > 1 else []) + [h for h in now if h.holder not in ids] if lookup is not None and stated else ():
        for u in lookup(s.holder)[0]:
            if u.holder in ids - {s.holder} and ((u.percent or 0) >= CONTROL_THRESHOLD or any(f["qualifiers"].get("controlling") for f in u.facts)) and (
                    s.holder in ids or (own.get(u.holder) is not None and (s.percent or 0) > (own[u.holder] or 0))):  # through a holder of more than its own share
                up.add(u.holder)
                through.add(s.holder)
    others = [m for m in now if m.holder not in ids and ((m.percent or 0) >= CONTROL_THRESHOLD or m.holder in through)]
    shared = [s for s in [*stated, *others] if s.percent is not None and s.holder not in up]
    last_shared = max((_told(s) for s in shared), default=None)
    up |= {s.holder for s in stated if s.percent is None and last_shared is not None and _told(s) <= last_shared}
    direct = [s for s in stated if s.holder not in up]
    if not direct:
        return (others, [s for s in stated if s.holder in up]) if others and up else (stated, [])
    return direct, [s for s in stated if s.holder in up]


def _after_changes(stated: list[Stake]) -> list[Stake]:
    """Stated control, less what a later stated change replaced: after
    "C的实际控制人变更为B" (told on D), a controller another article told
    before D (or with no date) no longer controls C; one the same article
    tells, with its share as of a day before, still does."""
    changed = [s for s in stated if any(f["qualifiers"].get("changed") for f in s.facts)]
    if not changed:
        return stated
    last = max(_told(s) for s in changed)
    return [s for s in stated if _told(s) >= last and (s in changed or not _replaced_in_article(s, changed))]


#: a change of control and the word for the rank it changes ("实际控制人变更为B", "控股股东由A变更为B")
_CHANGE = re.compile(r"(实际控制人|实控人|控股股东)(?:由[^，。；]{0,30}?)?(?:变更为|变为|变成)")


def _rank(word: str) -> str:
    return "direct" if word == "控股股东" else "ultimate"


def _replaced_in_article(s: Stake, changed: list[Stake]) -> bool:
    """A controller named with no share, by the word of the rank a change
    states, before the change in the same article ("发行人实际控制人为A。
    …实际控制人变更为B"): the article tells the state the change ended, so
    A controls no longer. One told with its share, or by another rank's
    word ("控股股东为X" beside "实际控制人变更为B"), stands."""
    if s.percent is not None:
        return False
    at: dict[tuple[str, str], int] = {}  # (article, rank) → where its first change sentence starts
    for f in (f for c in changed for f in c.facts if f["qualifiers"].get("changed")):
        for ev in f.get("evidence", []):
            if (m := _CHANGE.search(ev.get("evidence", ""))) and (ev.get("offsets") or [0, 0])[1]:
                key = (str(ev.get("article_id")), _rank(m.group(1)))
                at[key] = min(at.get(key, ev["offsets"][0]), ev["offsets"][0])
    told = [ev for f in s.facts for ev in f.get("evidence", [])]
    for ev in told:
        words = re.findall(r"实际控制人|实控人|控股股东", ev.get("evidence", ""))
        ranks = {_rank(w) for w in words}
        start = at.get((str(ev.get("article_id")), next(iter(ranks)))) if len(ranks) == 1 else None
        if start is None or not (ev.get("offsets") or [0, 0])[1] or ev["offsets"][0] >= start:
            return False
    return bool(told)


def ultimate_controllers(company: str, lookup: Lookup, is_company: Callable[[str], bool]) -> tuple[list[str], list[FactD]]:
    """Control followed up from `company` until it ends: at a person, or at
    a company no one controls. A company's stated controller in the end
    (`_above`) is where its control goes on from, the latest stated of
    them when several were. The facts are every link's, in order."""
    ids, facts = _step(lookup(company), lookup)
    seen = {company}
    top: list[str] = []  # where control ends, on every branch
    joined: list[tuple[str, list[str], list[FactD]]] = []  # a branch that reaches a controller another branch found
    frontier = ids
    while frontier:
        nxt: list[str] = []
        for x in frontier:
            seen.add(x)
            found, more = _step(lookup(x), lookup) if is_company(x) else ([], [])
            up = [u for u in found if u not in seen]
            (nxt if up else top).extend(up or ([] if found and x not in found else [x]))
            if found and not up and x not in found:
                joined.append((x, found, more))
            facts += more if up else []
        frontier = list(dict.fromkeys(nxt))
    for x, found, more in joined:  # it ends where that one does ("A通过B控制C，又直接持股": A, not B's partner on the way)
        if set(found) & set(top):
            facts += more
        else:  # a loop of control: it ends here
            top.append(x)
    return list(dict.fromkeys(top)), facts


def _step(state: tuple[list[Stake], list[FactD]], lookup: Lookup) -> tuple[list[str], list[FactD]]:
    """One step of control upwards: the controllers in the end a company's
    articles state above its direct ones (the latest stated), else the direct ones."""
    ids, facts, above = _control(*state, lookup)
    if not above:
        return ids, facts
    last = max(s.since or "" for s in above)
    latest = [s for s in above if (s.since or "") == last]
    return [s.holder for s in latest], facts + [f for s in latest for f in s.facts]
