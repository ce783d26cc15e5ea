"""A regulator's public register printout of one licensed firm, in sections under heading lines:

    前名稱
    由D1至D2：舊名有限公司（Old Name Limited）
    負責人員
    姓名　　中央編號　　生效日期
    甲　　　XYZ123　　　D
    負責人員（歷史紀錄）
    乙　　　XYZ456　　　D1至D2
    大股東
    某控股有限公司
    主要人員
    董事：甲（行政總裁）、丙
    核心職能主管（T）：丁

The firm is the printout's (the focus). A former name's line is that name's, renamed to the firm on the day the
current name took effect (現名稱生效日期; else the day after the span). A post's heading over rows of names is the
post each row's person holds, from the row's day (a span: from its first day to its last). The 大股東 are holders of the
firm, their shares not told. A label line under the officers' heading is a post; a label with a bracket of its function
("主管（合規）") is a post of its own, titled as written.

Read only in a printout that gives its firm's central number (中央編號), the mark of such a register.
"""

from __future__ import annotations

import datetime as dt
import re

from extract.dates import find_dates
from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.organ_lists import listed_person
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent, spaced_rows
from extract.rules.spaced_tables import entity
from schema import Predicate, Role
from text.normalize import to_simplified

#: the mark of a register printout
_MARK = "中央编号"
#: a section's heading line (Simplified): a post (its history perhaps), or the firm's former names or its holders
_HEADING = re.compile(r"\s*(?P<head>[\u4e00-\u9fff]{2,8}?)\s*(?:[（(](?P<note>[^（()）]{2,12})[）)])?\s*")
_FORMER = ("前名称", "过往名称", "曾用名称")
_HOLDERS = ("大股东", "主要股东")
_OFFICERS = ("主要人员", "高级管理人员", "董事及主要人员")
#: a former name's line: its span, the name, its Latin name in brackets perhaps
_FORMER_LINE = re.compile(r"\s*由?(?P<span>[^：:]{6,30}?)\s*[：:]\s*(?P<name>[^（(：:]{4,40}?)\s*(?:[（(][^（()）]*[）)])?\s*")
#: the day the current name took effect
_CURRENT = re.compile(r"现名称生效日期\s*[：:]\s*(?P<day>[^\n]{6,20})")
#: a label line: the post (a bracket of its function perhaps), the names
_LABEL = re.compile(r"\s*(?P<title>[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{2,12}[）)])?)\s*[：:]\s*(?P<names>\S.*?)\s*")
_POST_HEADS = ("主管", "负责人", "负责人员", "经理", "总监", "主任")
_SEP = re.compile(r"[、，,；;]")
_BRACKET = re.compile(r"\s*[（(][^（()）]*[）)]\s*$")
_NAME_HEADER = ("姓名", "名称", "姓名/名称")


def register_sections(ctx: Context) -> None:
    if _MARK not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    titles = get_lexicon().titles
    rows = {r.start: r for r in spaced_rows(ctx)}
    section, at = None, 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            section = None
            continue
        h = _HEADING.fullmatch(line)
        if h is not None and (h.group("head") in _FORMER + _HOLDERS + _OFFICERS or titles.get(h.group("head")) is not None):
            section = (h.group("head"), ctx.show(start + h.start("head"), start + h.end("head")))
            continue
        if section is None:
            continue
        head, shown = section
        row = Row([], start, start + len(line))
        if head in _FORMER:
            _former(ctx, company, line, row)
        elif head in _HOLDERS:
            _holder(ctx, company, line, row)
        elif head in _OFFICERS:
            _label(ctx, company, line, row, titles)
        elif (r := rows.get(start)) is not None:
            _post_row(ctx, company, r, titles[head], shown)


def _former(ctx: Context, company: str, line: str, row: Row) -> None:
    m = _FORMER_LINE.fullmatch(line)
    if m is None:
        return
    span = [v for _a, _b, v in find_dates(m.group("span")) if v.year and v.month and v.day]
    if len(span) != 2:
        return
    current = _CURRENT.search(ctx.text)
    now = [v for _a, _b, v in find_dates(current.group("day")) if v.year and v.month and v.day] if current else []
    day = now[0].iso() if len(now) == 1 else _next_day(span[1].iso())
    old = entity(ctx, row, ctx.show(row.start + m.start("name"), row.start + m.end("name")), False, True)
    if old is None or old == company or ctx.type_of(old) != "Company":
        return
    ctx.emit(Predicate.RENAMED_TO, old, company, row_sent(ctx, row), "register-former-name", 0.85, date=day)


def _next_day(iso: str) -> str | None:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _holder(ctx: Context, company: str, line: str, row: Row) -> None:
    """A holder's line: one name (its Latin name in brackets perhaps), nothing else."""
    shown = _BRACKET.sub("", ctx.show(row.start, row.end).strip())
    if not shown or "：" in shown or ":" in shown or " " in shown or "\u3000" in shown:
        return
    holder = entity(ctx, row, shown, False, True)
    if holder is None or holder == company or ctx.type_of(holder) != "Company":
        return
    ctx.emit(Predicate.HOLDS_STAKE, holder, company, row_sent(ctx, row), "register-holder", 0.75)


def _label(ctx: Context, company: str, line: str, row: Row, titles: dict[str, Role]) -> None:
    m = _LABEL.fullmatch(line)
    if m is None:
        return
    title = m.group("title")
    role = titles.get(title)
    shown_title = ctx.show(row.start + m.start("title"), row.start + m.end("title"))
    if role is None and re.sub(r"[（(].*", "", title).endswith(_POST_HEADS):
        role = Role.OTHER  # ("主管（T）": a post of its own, titled as written)
    if role is None:
        return
    info = TitleInfo(role, shown_title if role is Role.OTHER else title)
    sent = row_sent(ctx, row)
    names = ctx.show(row.start + m.start("names"), row.start + m.end("names"))
    for name in _SEP.split(names):
        p = listed_person(ctx, row, _BRACKET.sub("", name.strip()))
        if p is not None:
            emit_position(ctx, sent, p, company, info, "register-label", "", None, 0.8)


def _post_row(ctx: Context, company: str, row: Row, role: Role, shown: str) -> None:
    """A row under a post's heading: the person first, a day or a span last."""
    if to_simplified(row.cells[0]) in _NAME_HEADER:
        return
    days = [v for _a, _b, v in find_dates(to_simplified(row.cells[-1])) if v.year and v.month and v.day]
    if not days or len(days) > 2:
        return
    p = listed_person(ctx, row, row.cells[0])
    if p is None:
        return
    info = TitleInfo(role, shown if role is Role.OTHER else to_simplified(shown))
    emit_position(ctx, row_sent(ctx, row), p, company, info, "register-post-row", "range", days[0].iso(), 0.85,
                  end_date=days[1].iso() if len(days) == 2 else None)
