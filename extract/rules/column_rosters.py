"""A table of people read by the columns its header names, whatever their order and whatever else it holds:

    序号 | 姓名 | 国籍 | 职务 | 获授数量（万股） | 占授予总量比例
    1 | 祁远帆 | 中国 | 董事、副总经理 | 12.00 | 4.00%

    姓名 | 职务 | 性别 | 年龄 | 任职日期 | 简要履历
    祁远帆 | 董事长 | 男 | 52 | 2022年6月 | …

A grantee list, a board's table in an annual report, a roster of officers: the header names a column of
names (姓名), one of posts (职务, 职位, 现任职务) and perhaps one of the dates each post was taken (选任日期,
任职日期, 聘任时间 …) or of terms (任期). Each row gives its person the posts of its post cell, at the company
the table is of (the one the text speaks of); the date column's day comes after, from extract.rules.column_dates,
which finds that column by extract.table_dates's one definition of it. (extract.rules.rosters reads
rows whose name, posts and dates stand side by side; a header says where they stand in any order.)
"""

from __future__ import annotations

import bisect
import re

from extract.lexicon import get_lexicon
from extract.rules.base import Context
from extract.rules.position_chains import chain_items
from extract.rules.position_emit import emit_position
from extract.rules.rosters import lead_company
from extract.rules.templates import Sent
from extract.table_cells import line_cells, template_cells
from extract.titles import find_titles, title_info
from text.normalize import norm_name, to_simplified

#: the header cell of a column of people's names
_NAME = re.compile(r"(?:激励对象|人员|高管|董事|监事|成员|候选人)?姓名|名字")
#: the header cell of a column of posts
_POST = re.compile(r"(?:现任|担任|公司|本公司)?(?:职务|职位|职称)(?:名称)?|任职(?:情况)?")
#: the header cell of a column of each person's post at another unit, "C" + a title ("现职", "兼职单位及职务", "目前兼任"):
#: a board roster's last column (a society's board, each member with a post at some firm)
_ELSEWHERE = re.compile(r"现职|现任其他职务|其他任职|兼职(?:单位)?(?:及|和)?(?:职务|情况)?|目前兼任(?:职务)?|本职(?:工作)?")
#: a cell of posts elsewhere: the unit, then its titles
_UNIT_POSTS = re.compile(r"\s*\ue001\s*(?:的)?\ue003(?:\s*[、兼及和/]\s*\ue003)*\s*")
#: a post cell: titles only, joined by 、 or 兼
_POSTS = re.compile(r"\s*\ue003(?:\s*[、兼及和/]\s*\ue003)*\s*")
#: how many lines up from a row its header may be
_MAX_ROWS = 60


def column_rosters(ctx: Context) -> None:
    if "姓名" not in ctx.text and "名字" not in ctx.text:
        return
    for sent in ctx.sentences:
        if ("|" in sent.tpl or "｜" in sent.tpl) and "\ue000" in sent.tpl and "\ue003" in sent.tpl:
            _row(ctx, sent)
    if "|" in ctx.text:
        _post_columns(ctx)


#: a row of names under a header whose columns are posts, the row's label first: "姓名 | P1 | P2" under
#: " | 董事会秘书 | 证券事务代表" (an annual report's contacts); the cells under each post are its holder's
_NAME_ROW = re.compile(r"^[ \t\u3000]*姓名[ \t\u3000]*\|", re.M)
#: a name cell the recogniser may not know: a person's name alone
_PERSON_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _post_columns(ctx: Context) -> None:
    """Each name under a post's column holds that post at the company the text is of."""
    text, lex = ctx.text, get_lexicon()
    company = ctx.announcer or ctx.focus
    for m in _NAME_ROW.finditer(text) if company else ():
        above_end = m.start() - 1
        above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)]
        end = text.find("\n", m.start())
        heads = [c.strip() for c in above.split("|")]
        cells = [c.strip() for c in text[m.start():len(text) if end < 0 else end].split("|")]
        if len(heads) != len(cells) or len(cells) < 2 or heads[0]:
            continue
        sent = _sentence_at(ctx, m.start())
        for head, cell, at in zip(heads[1:], cells[1:], _cell_starts(text, m.start(), len(cells))[1:], strict=True):
            spans = find_titles(head, lex)
            if sent is None or spans != [(0, len(head))] or not cell:
                continue
            person = _person(ctx, cell, at)
            if person is not None:
                emit_position(ctx, sent, person, company, title_info(head, 0, len(head), lex, 0)[0], "post-column", "", None, 0.8)


def _cell_starts(text: str, start: int, n: int) -> list[int]:
    """Where each of a line's first n cells starts, past its spaces."""
    out, pos = [], start
    for _ in range(n):
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        out.append(pos)
        bar = text.find("|", pos)
        pos = bar + 1 if bar >= 0 else len(text)
    return out


def _person(ctx: Context, cell: str, at: int) -> str | None:
    """The person a cell names: one the text knows, else a new one when the cell is a name alone."""
    key = ctx.inv.surface.get(norm_name(cell))
    if key is not None:
        return key if key.startswith("P:") else None
    if not _PERSON_CELL.fullmatch(cell) or ctx.text[at:at + len(cell)] != cell:
        return None
    ctx.inv.add("P:" + cell, ctx.show(at, at + len(cell)), "Person", norm_name(cell), ctx.show(at, at + len(cell)), at)
    return "P:" + cell


def _sentence_at(ctx: Context, pos: int) -> Sent | None:
    """The last sentence starting at or before the offset (a row naming no one the recogniser knew is no sentence)."""
    starts = ctx.memo.setdefault("sentence_starts", [s.start for s in ctx.sentences])
    k = bisect.bisect_right(starts, pos) - 1
    return ctx.sentences[k] if k >= 0 else None


def _header(ctx: Context, sent: Sent) -> tuple[int, int, int, int | None] | None:
    """(name column, post column, width, column of posts elsewhere) of the header over the row that `sent` is: the
    nearest line up, past rows with as many cells, whose cells name a column of names and one of posts."""
    memo = ctx.memo.setdefault("column-roster-headers", {})
    text, end = ctx.text, ctx.text.rfind("\n", 0, sent.start)
    width = len(line_cells(text[end + 1:text.find("\n", sent.start) if "\n" in text[sent.start:] else len(text)]))
    for _ in range(_MAX_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if start in memo:
            return memo[start]
        line = text[start:end]
        end = start - 1
        if "|" not in line and "｜" not in line:
            return None
        cells = [to_simplified(c.strip()) for c in line_cells(line)]
        if len(cells) != width:
            return None
        names = [i for i, c in enumerate(cells) if _NAME.fullmatch(c)]
        posts = [i for i, c in enumerate(cells) if _POST.fullmatch(c)]
        if names or posts:
            elsewhere = [i for i, c in enumerate(cells) if _ELSEWHERE.fullmatch(c)]
            found = (names[0], posts[0], width, elsewhere[0] if len(elsewhere) == 1 else None) if len(names) == 1 and len(posts) == 1 else None
            memo[start] = found
            return found
    return None


def _row(ctx: Context, sent: Sent) -> None:
    cells = template_cells(sent.tpl)
    header = _header(ctx, sent)
    if header is None or len(cells) != header[2]:
        return
    name_col, post_col, _width, elsewhere = header
    people = sent.between(*cells[name_col], "P")
    a, b = cells[post_col]
    if len(people) != 1 or not _POSTS.fullmatch(sent.tpl, a, b):
        return
    # (the company the line over the header opens with, else the one the text speaks of)
    company = lead_company(ctx, sent) or ctx.nearest_company(sent, a + (len(sent.tpl[a:b]) - len(sent.tpl[a:b].lstrip())))
    for comp, info in chain_items(sent, a, b, company):
        emit_position(ctx, sent, people[0].key, comp, info, "column-roster", "", None, 0.8)  # dated by column_dates
    if elsewhere is not None and _UNIT_POSTS.fullmatch(sent.tpl, *cells[elsewhere]):
        for comp, info in chain_items(sent, *cells[elsewhere], None):  # "C副董事长": a post at C
            emit_position(ctx, sent, people[0].key, comp, info, "column-roster-elsewhere", "", None, 0.75)
