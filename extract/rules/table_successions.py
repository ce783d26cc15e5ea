"""Successions a table of changes implies ("姓名 | 担任的职务 | 变动类型 | 日期"):
one row says a person left a one-holder post (离任) and another that a second
person was appointed to that post at the same company (聘任, 选举). When the
table holds exactly one of each for the post, the one appointed succeeded the
one who left: the layout pairs them, no sentence has to say 接替."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import SINGLE_HOLDER_ROLES, Predicate

#: the header words of a table of changes of directors and officers
_CHANGE_HEADERS = ("变动类型", "变动情形", "变更类型", "变动原因")


#: a cell of the change-type column: leaving a post, or taking one
_LEAVES = frozenset({"离任", "辞任", "辞职", "退休", "卸任", "免职", "离职", "任期届满", "届满离任"})
_TAKES = frozenset({"聘任", "选举", "任命", "新任", "当选", "增补", "选任", "委任"})


def _change(ctx: Context, c: Candidate) -> str:
    """"left", "took" or "" by the row's change-type cell (a cell holding only that word)."""
    cells = {cell.strip() for cell in ctx.sentences[c.sent].tpl.split("|")}
    return "left" if cells & _LEAVES else "took" if cells & _TAKES else ""


def table_successions(ctx: Context) -> None:
    if not any(h in ctx.text for h in _CHANGE_HEADERS):
        return
    rows = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.rule == "table-roster"
            and c.qualifiers.get("role") in SINGLE_HOLDER_ROLES]
    done = {(c.subject, c.qualifiers.get("role")) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    posts: dict[tuple[str, str, str], tuple[list[Candidate], list[Candidate]]] = {}
    for c in rows:
        key = (c.object, str(c.qualifiers.get("role")), str(c.qualifiers.get("title", "")))
        left, joined = posts.setdefault(key, ([], []))
        change = _change(ctx, c)
        if change == "left":
            left.append(c)
        elif change == "took":
            joined.append(c)
    for (company, role, title), (left, joined) in posts.items():
        olds, news = {c.subject for c in left}, {c.subject for c in joined}
        if len(olds) != 1 or len(news) != 1 or olds == news:
            continue
        new, old = joined[0], left[0]
        if (new.subject, role) in done:
            continue
        ent = ctx.inv.entities.get(company)
        ctx.emit(Predicate.SUCCEEDED, new.subject, old.subject, ctx.sentences[new.sent], "table-succession", 0.7,
                 company=ent.name if ent else None, date=new.qualifiers.get("start"), role=role, title=title or None)
