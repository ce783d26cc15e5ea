"""A fund report's table of its fund managers (基金经理简介), the employer being the fund itself:

    姓名 | 职务 | 任职日期 | 离任日期 | …
    P | 本基金基金经理兼公司T | D1 | - | …
    Q | 本基金的基金经理 | D2 | D3 | …

A post of the 职务 cell written "本基金的T" is T at the fund the report is of (named on its first line or in
its title, "X证券投资基金"), from the 任职日期 cell to the 离任日期 cell (a dash: still held); one written
"公司T" is T at the fund's manager, the company the report's head names (基金管理人：C). The columns are found by
what their header cells say; the résumé column is left to the prose rules."""

from __future__ import annotations

import bisect
import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from extract.titles import find_titles, title_info
from schema import Role
from text.normalize import norm_name

#: the header's columns: names, posts, the day the fund's post was taken and the day it was left
_NAME = re.compile(r"(?:基金经理)?姓名")
_POST = re.compile(r"(?:现任)?职务")
_SINCE = re.compile(r".*任职日期.*")
_UNTIL = re.compile(r".*离任日期.*")
#: a fund's name on a line of its own near the head, or at the head of the title ("X证券投资基金D年度报告")
_FUND = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,40}?(?:证券投资基金|投资基金|基金)(?:[（(][A-Z]{1,3}[类類]?[）)])?(?:联接基金)?")
_FUND_LINE = re.compile(r"[ \t\u3000]*(" + _FUND.pattern + r")[ \t\u3000]*$", re.M)
#: a post of the fund ("本基金的T", "本基金T") and one of its manager ("公司T")
_OF_FUND = re.compile(r"本基金(?:的)?(.+)")
_OF_MANAGER = re.compile(r"(?:本公司|公司|基金管理人)(?:的)?(.+)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日")
#: a department's head the lexicon has no title for ("X部总监", "X部负责人")
_DEPT_HEAD = re.compile(r"[\u4e00-\u9fff]{2,10}部(?:总监|负责人)")
_FUND_MANAGER = TitleInfo(Role.OTHER, "基金经理")


def fund_manager_tables(ctx: Context) -> None:
    if "本基金" not in ctx.text or "任职日期" not in ctx.text or "|" not in ctx.text:
        return
    pos = 0
    text = ctx.text
    while (at := text.find("任职日期", pos)) >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        pos = end
        header = [c.strip() for c in text[start:end].split("|")]
        cols = _columns(header)
        if cols is None:
            continue
        fund = _fund(ctx)
        row_start = end + 1
        while row_start < len(text):
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            cells = text[row_start:row_end].split("|")
            if len(cells) < len(header) - 1:
                break
            _row(ctx, row_start, [c.strip() for c in cells], cols, fund)
            row_start = row_end + 1
        pos = row_start


def _columns(header: list[str]) -> tuple[int, int, int, int | None] | None:
    names = [i for i, c in enumerate(header) if _NAME.fullmatch(c)]
    posts = [i for i, c in enumerate(header) if _POST.fullmatch(c)]
    since = [i for i, c in enumerate(header) if _SINCE.fullmatch(c)]
    until = [i for i, c in enumerate(header) if _UNTIL.fullmatch(c)]
    if len(names) != 1 or len(posts) != 1 or len(since) != 1:
        return None
    return names[0], posts[0], since[0], until[0] if len(until) == 1 else None


def _fund(ctx: Context) -> str | None:
    """The fund the report is of: its name on a line of its own near the head (else at the head of the title's
    normalised text, which the pipeline does not keep: the head of the text is read instead)."""
    m = _FUND_LINE.search(ctx.text, 0, 300)
    if m is None:
        return None
    name = m.group(1)
    if name.endswith("管理有限公司"):
        return None
    key = ctx.inv.surface.get(norm_name(name))
    if key is None:
        key = "C:" + name
        ctx.inv.add(key, ctx.show(m.start(1), m.end(1)), "Company", norm_name(name), ctx.show(m.start(1), m.end(1)), m.start(1))
    return key


def _row(ctx: Context, at: int, cells: list[str], cols: tuple[int, int, int, int | None], fund: str | None) -> None:
    name_col, post_col, since_col, until_col = cols
    if max(name_col, post_col, since_col) >= len(cells):
        return
    person = ctx.inv.surface.get(norm_name(cells[name_col]))
    sent = _sentence_at(ctx, at)
    if person is None or not person.startswith("P:") or sent is None:
        return
    since = _day(cells[since_col])
    until = _day(cells[until_col]) if until_col is not None and until_col < len(cells) else None
    manager = ctx.announcer or ctx.focus
    lex = get_lexicon()
    for item in re.split(r"[、，,/]|兼", cells[post_col]):
        item = item.strip()
        if (f := _OF_FUND.fullmatch(item)) and fund is not None and "基金经理" in f.group(1):
            emit_position(ctx, sent, person, fund, _FUND_MANAGER, "fund-manager-table", "range", since, 0.8, until)
        elif (m := _OF_MANAGER.fullmatch(item)) and manager is not None and (info := _title(m.group(1), lex)) is not None:
            emit_position(ctx, sent, person, manager, info, "fund-manager-table-company", "", None, 0.75)


def _title(words: str, lex: object) -> TitleInfo | None:
    """The title the words are, when they are one title and nothing else."""
    spans = find_titles(words, lex)  # type: ignore[arg-type]
    if spans and spans[-1][1] == len(words):
        info = title_info(words, *spans[-1], lex, 0)[0]  # type: ignore[arg-type]  # (a department's before it: its part)
        return info if info.title == words else None
    return TitleInfo(Role.OTHER, words) if _DEPT_HEAD.fullmatch(words) else None


def _day(cell: str) -> str | None:
    m = _DAY.fullmatch(cell.strip())
    if m is None:
        return None
    d = re.findall(r"\d+", m.group(0))
    return f"{int(d[0]):04d}-{int(d[1]):02d}-{int(d[2]):02d}"


def _sentence_at(ctx: Context, pos: int) -> Sent | None:
    """The last sentence starting at or before the offset."""
    starts = ctx.memo.setdefault("sentence_starts", [s.start for s in ctx.sentences])
    k = bisect.bisect_right(starts, pos) - 1
    return ctx.sentences[k] if k >= 0 else None
