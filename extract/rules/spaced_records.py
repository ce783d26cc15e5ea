"""A company-registry page's change records drawn with spaces (extract.rules.spaced_cells), one row a change:

    序号　变更日期　变更项目　变更前　变更后
    1　D　法定代表人变更　A　B
    2　D　董事备案　A【董事长】；B【董事】　B【董事长】；C【董事】
    3　D　投资人变更　A 45%；E 30%　A 45%；F 30%

The page is about one company (the one in focus), and the columns, not a verb, say who left and who came:
a 法定代表人 row ends A's role as legal representative on D and starts B's (B succeeded A); a row of officers
starts on D each post a name holds after and not before, ends the posts of a name gone from the roster, and
where a one-holder post (董事长, 总经理) passes from one name to another, the second succeeded the first; a row of
holders leaves each share held before and not after a former holding.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, day_of, following, row_sent, spaced_rows
from extract.rules.spaced_tables import entity
from schema import SINGLE_HOLDER_ROLES, Predicate, Role
from text.normalize import to_simplified

_LEGAL_REP = "法定代表人"
#: an entry of a roster cell: a name and its post in brackets ("A【董事长】", "A（执行董事兼总经理）")
_POST_ENTRY = re.compile(r"\s*(?P<name>[^【\[（(；;]{2,40}?)\s*[【\[（(](?P<posts>[^】\]）)]{1,30})[】\]）)]\s*")
#: an entry of a holders cell: a name and its share ("A 45%")
_SHARE_ENTRY = re.compile(r"\s*(?P<name>[^；;]{2,60}?)\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s*")
_ENTRY_SEP = re.compile(r"[；;]")
_POST_SEP = re.compile(r"[,，、/]|兼")
_HOLDERS_ITEM = re.compile(r"投资人|股东|出资|股权")
_OFFICERS_ITEM = re.compile(r"董事|监事|经理|高级管理人员|主要人员|负责人")


def spaced_records(ctx: Context) -> None:
    if "变更前" not in ctx.text or "变更后" not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    rows = spaced_rows(ctx)
    for k, head in enumerate(rows):
        cols = {c: i for i, c in enumerate(head.cells)}
        before, after = cols.get("变更前"), cols.get("变更后")
        item = cols.get("变更项目", cols.get("变更事项"))
        day = cols.get("变更日期", cols.get("日期"))
        if before is None or after is None or item is None or day is None:
            continue
        for row in following(rows, k, ctx):
            if len(row.cells) != len(head.cells):
                break
            _change(ctx, row, company, row.cells[item], row.cells[before], row.cells[after], day_of(row.cells[day]))


def _change(ctx: Context, row: Row, company: str, item: str, before: str, after: str, date: str | None) -> None:
    if item.startswith(_LEGAL_REP):
        old, new = entity(ctx, row, before, True, False), entity(ctx, row, after, True, False)
        if old and new and old != new and ctx.type_of(old) == ctx.type_of(new) == "Person":
            info = TitleInfo(Role.OTHER, _LEGAL_REP)
            sent = row_sent(ctx, row)
            emit_position(ctx, sent, old, company, info, "spaced-record", "end", date, 0.8)
            emit_position(ctx, sent, new, company, info, "spaced-record", "start", date, 0.8)
            _succeeded(ctx, row, new, old, company, Role.OTHER, _LEGAL_REP, date)
    elif _HOLDERS_ITEM.search(item) and "%" in before:
        _holders(ctx, row, company, before, after)
    elif _OFFICERS_ITEM.search(item):
        _officers(ctx, row, company, before, after, date)


def _roster(ctx: Context, row: Row, cell: str) -> dict[str, dict[Role, str]]:
    """person → {role: title} of a roster cell's entries."""
    titles = get_lexicon().titles
    out: dict[str, dict[Role, str]] = {}
    for entry in _ENTRY_SEP.split(cell):
        m = _POST_ENTRY.fullmatch(entry)
        if m is None:
            continue
        person = entity(ctx, row, m.group("name"), True, False)
        if person is None or ctx.type_of(person) != "Person":
            continue
        for title in _POST_SEP.split(m.group("posts")):
            role = titles.get(to_simplified(title.strip()))
            if role is not None:
                out.setdefault(person, {})[role] = title.strip()
    return out


def _officers(ctx: Context, row: Row, company: str, before: str, after: str, date: str | None) -> None:
    old, new = _roster(ctx, row, before), _roster(ctx, row, after)
    if not old or not new:
        return
    sent = row_sent(ctx, row)
    for person, posts in new.items():
        for role, title in posts.items():
            if role not in old.get(person, {}):
                emit_position(ctx, sent, person, company, TitleInfo(role, title), "spaced-record", "start", date, 0.8)
    for person, posts in old.items():
        if person not in new:  # (a name still on the roster under another post has not left)
            for role, title in posts.items():
                emit_position(ctx, sent, person, company, TitleInfo(role, title), "spaced-record", "end", date, 0.8)
    for role in sorted(SINGLE_HOLDER_ROLES):  # (in one order on every run: a set's order differs between runs)
        left = [p for p, posts in old.items() if role in posts and role not in new.get(p, {})]
        came = [p for p, posts in new.items() if role in posts and role not in old.get(p, {})]
        if len(left) == 1 and len(came) == 1:
            _succeeded(ctx, row, came[0], left[0], company, role, "", date)


def _succeeded(ctx: Context, row: Row, new: str, old: str, company: str, role: Role, title: str, date: str | None) -> None:
    ent = ctx.inv.entities.get(company)
    ctx.emit(Predicate.SUCCEEDED, new, old, row_sent(ctx, row), "spaced-record", 0.75,
             company=ent.name if ent else None, date=date, role=str(role), title=title or None)


def _holders(ctx: Context, row: Row, company: str, before: str, after: str) -> None:
    """Each share held before the change and not after it: a former holding."""
    def shares(cell: str) -> dict[str, float]:
        out = {}
        for entry in _ENTRY_SEP.split(cell):
            m = _SHARE_ENTRY.fullmatch(entry)
            if m and (key := entity(ctx, row, m.group("name"), True, True)) and key != company:
                out[key] = float(m.group("pct"))
        return out
    old, new = shares(before), shares(after)
    for holder, pct in old.items():
        if new.get(holder) != pct:
            ctx.emit(Predicate.HOLDS_STAKE, holder, company, row_sent(ctx, row), "spaced-record", 0.75,
                     percent=pct, former=True)
