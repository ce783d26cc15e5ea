"""The change records of a company-registry page, one row a change:

    序号 | 变更日期 | 变更项目 | 变更前 | 变更后
    1 | D | 法定代表人变更 | A | B
    2 | D | 董事、监事、经理 | A（董事长）；B（经理） | C（董事长）；B（经理）

An association's record writes each change on a line of its own, the columns labelled:

    D｜实际控制人｜变更前：A｜变更后：B
    D｜高管人员｜变更前：A（总经理、执行董事）｜变更后：C（总经理）、B（执行董事）

(an 实际控制人 row: A controlled the company until D, B from D).

The page is about one company (the one in focus). A 法定代表人 row ends A's
role as legal representative on D and starts B's; a row of officers whose
one-holder post (执行董事, 总经理) passes from one name before to another
after says the second succeeded the first on D. The columns, not a verb,
say who left and who came."""

from __future__ import annotations

import re

from extract.dates import find_dates, resolve
from extract.mention_records import Mention, TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.stake_emit import emit_stake
from schema import Predicate, Role

_LEGAL_REP = "法定代表人"


def _cells(text: str, start: int) -> list[tuple[int, int]]:
    """The text spans of a row's cells: (date, item, before, after) for a row of five columns (its number first)
    or of four whose last two are labelled "变更前：", "变更后：" (the label left out of the cell)."""
    out, at = [], start
    for cell in re.split(r"[|｜]", text):
        out.append((at, at + len(cell)))
        at += len(cell) + 1
    if len(out) == 5:
        return out[1:]
    if len(out) == 4 and (before := _LABEL_BEFORE.match(text, out[2][0] - start)) and (after := _LABEL_AFTER.match(text, out[3][0] - start)):
        return [out[0], out[1], (start + before.end(), out[2][1]), (start + after.end(), out[3][1])]
    return []


_LABEL_BEFORE = re.compile(r"\s*变更前\s*[：:]")
_LABEL_AFTER = re.compile(r"\s*变更后\s*[：:]")
_CONTROLLER = re.compile(r"实际控制人|实控人")


def _posts_in(mentions: list[Mention], a: int, b: int) -> dict[str, str]:
    """role → person for the posts a cell gives in brackets after names ("B（执行董事兼总经理）"),
    only those one name holds in the cell (a small firm's 执行董事 is one person)."""
    held: dict[str, set[str]] = {}
    person = None
    for m in mentions:
        if not a <= m.start < b:
            continue
        if m.kind == "P":
            person = m.key
        elif m.kind == "T" and person and isinstance(m.value, TitleInfo) and m.value.role is not Role.OTHER:
            held.setdefault(str(m.value.role), set()).add(person)
    return {role: next(iter(ps)) for role, ps in held.items() if len(ps) == 1}


def record_changes(ctx: Context) -> None:
    if "变更前" not in ctx.text or "变更后" not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if company is None:
        return
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        cells = _cells(line, start)
        if not cells:
            continue  # a row of the five columns (a cell's own "；" splits it into several sentences), or of four labelled
        sents = [s for s in ctx.sentences if start <= s.start < at]
        if not sents:
            continue
        sent = sents[0]
        mentions = [m for s in sents for m in s.mentions]
        days = [resolve(v, ctx.ref_year) for _s, _e, v in find_dates(ctx.text[cells[0][0]:cells[0][1]])]
        date = days[0].iso() if days and days[0] is not None and days[0].day else None
        item = ctx.text[cells[1][0]:cells[1][1]].strip()
        if item.startswith(_LEGAL_REP):
            before = [m.key for m in mentions if m.kind == "P" and cells[2][0] <= m.start < cells[2][1]]
            after = [m.key for m in mentions if m.kind == "P" and cells[3][0] <= m.start < cells[3][1]]
            if len(before) == 1 and len(after) == 1 and before != after:
                info = TitleInfo(Role.OTHER, _LEGAL_REP)
                emit_position(ctx, sent, before[0], company, info, "record-change", "end", date, 0.8)
                emit_position(ctx, sent, after[0], company, info, "record-change", "start", date, 0.8)
            continue
        if _CONTROLLER.match(item):
            before = [m.key for m in mentions if m.kind == "P" and cells[2][0] <= m.start < cells[2][1]]
            after = [m.key for m in mentions if m.kind == "P" and cells[3][0] <= m.start < cells[3][1]]
            if len(before) == 1 and len(after) == 1 and before != after:
                emit_stake(ctx, sent, after[0], company, "record-controller", 0.75, controlling=True)
                first = len(ctx.out)
                emit_stake(ctx, sent, before[0], company, "record-controller", 0.75, controlling=True)
                for c in ctx.out[first:]:
                    c.qualifiers["former"] = True  # the controller before the change
            continue
        old, new = _posts_in(mentions, *cells[2]), _posts_in(mentions, *cells[3])
        ent = ctx.inv.entities.get(company)
        for role, person in new.items():
            if old.get(role) and old[role] != person:
                ctx.emit(Predicate.SUCCEEDED, person, old[role], sent, "record-change", 0.75,
                         company=ent.name if ent else None, date=date, role=role)
