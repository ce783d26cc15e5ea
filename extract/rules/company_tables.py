"""Readers of the layouts in which a company lists the companies it holds, or its own founding holders.

A report's table of its subsidiaries and investees, one row a line, a share column among the columns:

    公司名称 | 注册资本 | 持股比例 | 主营业务
    松溪资本管理有限公司 | 20,000 | 100% | 股权投资

each row is a holding of the company the report is by (its issuer, else the company in focus); a row held
100% is its wholly owned subsidiary. A column headed by a post ("董事长", "总经理") names who holds it at the row's
company (an annual report's table of its subsidiaries and their heads).

A charter's numbered clauses of its founding holders, each with its contribution's share, after a line that
announces them:

    第八条 股东的名称、出资额及出资比例：
    （一）松溪银行股份有限公司，出资额12,000万元，出资比例40%；

each clause is its holder's share of the company the charter is of.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row
from extract.rules.spaced_tables import entity
from extract.rules.templates import Sent, pattern
from extract.table_cells import line_cells
from extract.table_headers import SHARE_COLUMN
from schema import Predicate
from text.normalize import to_simplified

#: the header of a table of held companies: the first column names them, a later one gives the share held
_HELD_HEADER = pattern(r"\s*(?:序号[|｜])?(?:(?:<C>|子公司|被投资(?:单位|企业|公司)|参股公司|控股公司|企业|单位)?名称|被投资(?:单位|企业|公司))[|｜]"
                       rf"(?:[^|｜]{{0,16}}[|｜]){{0,4}}?(?:直接|合计)?(?:{SHARE_COLUMN}|权益比例)")
#: a row: perhaps a number, the company, some cells, the share (a cell of its own), perhaps more cells
_HELD_ROW = pattern(r"\s*[|｜]?(?:\d{1,2}[|｜])?(?P<held><C>)[|｜](?:[^|｜]{0,20}[|｜]){0,4}?(?P<pct><R>)(?:[|｜].*)?")
#: a numbered clause of a founding holder: "（一）A，出资额M" + a manner + "，出资比例R"
_FOUNDER_ROW = pattern(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)\s*(?P<holder><C>)[，,:：]"
                       r"(?:[^；;。]*?[，,])?\s*(?:出资比例|持股比例|股权比例|占注册资本(?:的)?(?:比例)?)(?:为)?(?P<pct><R>)[；;。]?")
#: a header whose first column names subsidiaries ("子公司名称", "控股子公司名称"): a row held by the majority is one
_SUBSIDIARY_HEADER = re.compile(r"\s*(?:序号\s*[|｜]\s*)?(?:控股|主要|重要)?子公司(?:全称|名称)")
_CLAUSE_HEAD = re.compile(r"(?:股东|出资人|发起人)[^。]{0,30}(?:出资比例|持股比例|股权比例)[^。]{0,10}如下")


def company_tables(ctx: Context) -> None:
    target = ctx.announcer or ctx.focus
    if not target or ctx.type_of(target) != "Company":
        return
    header: int | None = None  # the table header (or clause head) the rows so far follow
    clauses: int | None = None
    posts: dict[int, TitleInfo] = {}  # the header's columns of posts, by index
    as_of: str | None = None  # the day the heading over the table dates its shares at
    width, subsidiaries = 0, False
    for sent in ctx.sentences:
        if ("名称" in sent.tpl or "被投资" in sent.tpl) and _HELD_HEADER.match(sent.tpl):
            header, clauses = sent.i, None
            as_of = _heading_day(ctx, sent)
            posts, width = _post_columns(ctx.text[sent.start:sent.end])
            subsidiaries = _SUBSIDIARY_HEADER.match(ctx.text, sent.start) is not None
            continue
        if "如下" in sent.tpl and _CLAUSE_HEAD.search(sent.tpl):
            header, clauses = None, sent.i
            continue
        if header is not None and _next_line(ctx, sent, header):
            header = sent.i if _held_row(ctx, sent, target, posts, width, subsidiaries, as_of) else None
        elif clauses is not None and _next_line(ctx, sent, clauses):
            clauses = sent.i if _founder_row(ctx, sent, target) else None
        else:
            header = clauses = None


def _next_line(ctx: Context, sent: Sent, prev: int) -> bool:
    """Whether `sent` is the line right after sentence `prev` (a row of the same table, nothing between)."""
    return sent.i == prev + 1 and ctx.adjacent(prev, sent.i)


def _post_columns(line: str) -> tuple[dict[int, TitleInfo], int]:
    """The columns of a header line that are posts ("董事长", "總經理"), each with the post, and the header's width."""
    titles = get_lexicon().titles
    cells = line_cells(line)
    out = {}
    for i, cell in enumerate(cells[1:], 1):
        role = titles.get(to_simplified(cell.strip()))
        if role is not None:
            out[i] = TitleInfo(role, cell.strip())
    return out, len(cells)


def _heading_day(ctx: Context, header: Sent) -> str | None:
    """The day the line right above a table's header dates it at, a heading or a lead that names one day and no
    event ("五、股权投资（D）", "截至D，持有下列股份：", "於D"): the day its shares stand at."""
    if not header.i or not ctx.adjacent(header.i - 1, header.i):
        return None
    above = ctx.sentences[header.i - 1]
    if "\n" in ctx.text[above.start:above.end] or ctx.text.rfind("\n", 0, above.start) != ctx.text.rfind("\n", 0, above.end):
        return None  # (a line of its own)
    dates = above.between(0, len(above.tpl), "D")
    if len(dates) != 1 or any(m.kind in "PT" for m in above.mentions):
        return None
    day = ctx.date_iso(dates[0], above)
    return day if day and len(day) == 10 else None


def _held_row(ctx: Context, sent: Sent, target: str, posts: dict[int, TitleInfo], width: int, subsidiaries: bool = False,
              as_of: str | None = None) -> bool:
    m = _HELD_ROW.fullmatch(sent.tpl)
    if m is None:
        return False
    held = sent.at(m.start("held")).key
    pct = sent.at(m.start("pct")).value
    if held and held != target and posts:
        cells = line_cells(ctx.text[sent.start:sent.end])
        if len(cells) == width:  # (a row cut as its header is: each post's cell is under it)
            row = Row(cells, sent.start, sent.end)
            for i, info in posts.items():
                person = entity(ctx, row, cells[i], True, False)
                if person is not None and ctx.type_of(person) == "Person":
                    emit_position(ctx, sent, person, held, info, "held-company-table", "", None, 0.75)
    if not held or held == target or not pct:
        return True
    ctx.emit(Predicate.HOLDS_STAKE, target, held, sent, "held-company-table", 0.75, percent=pct, as_of=as_of)
    if float(pct) >= 100:
        ctx.emit(Predicate.SUBSIDIARY_OF, held, target, sent, "held-company-table", 0.75, kind="wholly_owned")
    elif subsidiaries and float(pct) > 50:  # (a table its header calls one of subsidiaries: a majority held is one)
        ctx.emit(Predicate.SUBSIDIARY_OF, held, target, sent, "held-company-table", 0.75, kind="subsidiary")
    return True


def _founder_row(ctx: Context, sent: Sent, target: str) -> bool:
    m = _FOUNDER_ROW.fullmatch(sent.tpl)
    if m is None:
        return False
    holder = sent.at(m.start("holder")).key
    pct = sent.at(m.start("pct")).value
    if holder and holder != target and pct:
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "founder-clauses", 0.75, percent=pct)
    return True
