"""Readers of tables drawn with spaces (extract.rules.spaced_cells), by what their header's columns are:

* holders and their shares ("序号　股东名称　持股比例　认缴出资额"): each row a holding of the company the page
  or post is about;
* holders and their shares at several reporting dates ("股东简称" + a column for each reporting date, a post's top-ten
  table, "--" where a holder was not in it): each share a holding as of the last date it stood at;
* companies held ("被投资企业名称　状态　持股比例"): the page's company holds each;
* people and their posts ("序号　姓名　职务", "董事,总经理" in one cell): each a post at the page's company, or at
  the filing's party the heading above names ("信息披露义务人的董事及主要负责人情况": that party's officers);
* under a heading line "实际控制人", the controller's line ("X" + a gap + "直接持股比例：" + a figure): X controls the company.

A registry page's change records ("变更日期　变更项目　变更前　变更后") are read by extract.rules.spaced_records.
The column a cell is in says what it names (a holder, a person), so a name no sentence introduced is taken
from its cell.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.persons import plausible_person
from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import ABSENT, Row, following, header_col, period_end, row_sent, share, spaced_rows
from extract.rules.spaced_phases import changed_company, phase_columns
from extract.rules.stake_tables import named_table_owner
from schema import Predicate
from text.normalize import norm_name, to_simplified

#: the header words that make a line worth reading as a header (a cheap test before the column patterns)
_HEADER_WORDS = re.compile(r"股东|投资人|出资人|姓名|被投资|实际控制人")
#: the column of holders
_HOLDER_COL = re.compile(r"(?:股东|投资人|出资人|发起人)(?:[（(](?:发起人|出资人)[）)])?(?:名称|简称|姓名|名单)?")
#: the column of shares ("期末持股比例": a periodic report's share at the period's end)
#: (a Hong Kong prospectus's "持股百分比", "概约持股百分比")
_SHARE_COL = re.compile(r"(?:(?:本|报告)?期末|年末)?(?:持股|出资|股权|持有|认缴出资)?比例(?:[（(]%[）)])?|持股比?例?|占比(?:[（(]%[）)])?"
                        r"|(?:概约)?(?:持股|股权)?百分比(?:[（(]%[）)])?")
#: the columns of the shares before and after a change ("变动前比例", "增持后持股比例", "变更后出资比例")
_BEFORE_COL = re.compile(r"(?:本次)?(?:权益)?(?:变动|变更|转让|交易|增持|减持|发行|转股)前(?:的)?(?:持股|出资|股权)?(?:比例|占比)(?:[（(]%[）)])?")
_AFTER_COL = re.compile(r"(?:本次)?(?:权益)?(?:变动|变更|转让|交易|增持|减持|发行|转股)后(?:的)?(?:持股|出资|股权)?(?:比例|占比)(?:[（(]%[）)])?")
#: a note under such a table that dates the shares after the change: 注, its first words naming the shares after, a day after 截至
_AFTER_NOTE = re.compile(r"\s*[注註][：:].{0,12}?后")
#: a note's mark after a holder's name: "（附注1）", "(註2)"
_NOTE_MARK = re.compile(r"\s*[（(](?:附[注註]|[注註])\s*\d{1,2}[）)]\s*$")
#: the column of companies the page's company holds
_HELD_COL = re.compile(r"(?:被投资|对外投资|投资)(?:企业|单位|公司)(?:名称)?")
#: the columns of a roster: a name, a post
_NAME_COL = re.compile(r"(?:人员)?姓名")
_POST_COL = re.compile(r"职务|职位|担任职务|任职")
#: the cells of a post cell ("董事,总经理", "执行董事兼总经理")
_POST_SEP = re.compile(r"[,，、/;；]|兼")
#: the controller's line under the heading: its share held directly
_DIRECT = re.compile(r"(?<!间接)持股比例[：:]\s*(\d{1,3}(?:\.\d+)?)\s*%")
#: a cell that can be a company's name: letters, brackets, a dot (the column says it names a holder)
_NAME_CELL = re.compile(r"[\u4e00-\u9fffA-Za-z（）()·&][\u4e00-\u9fffA-Za-z0-9（）()·& ]{3,40}")
#: a row that sums or lumps holders, not one of them
_NOT_A_HOLDER = re.compile(r"合计|小计|总计|其他|其它|全体|前十|社会公众|流通股")
#: a heading over a roster that says whose officers it lists: a party of a filing (the buyer, an acting party: "二、一致行动人的主要负责人")
_PARTY_HEAD = re.compile(r"(收购人|信息披露义务人|一致行动人|受让方|转让方|控股股东)(?:的)?(?:董事|主要负责人|主要管理人员)")
#: a heading of officers that names no party ("（三）主要管理人员", "二、董事、监事及高级管理人员"), and a filing's chapter,
#: perhaps about a party ("第二节　收购人基本情况")
_OFFICERS_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])?\s*(?:董事|监事|主要负责人|主要管理人员|高级管理人员)")
_CHAPTER = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十\d]{1,3}[节章][ \t\u3000]*(?:(?P<party>收购人|信息披露义务人|一致行动人|受让方|转让方)(?:的)?(?:介绍|基本情况|情况)[ \t\u3000]*$)?", re.M)
#: a numbered section about a party, where the filing has no chapters: "一、受让方基本情况"
_PARTY_SECTION = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[ \t\u3000]*"
                            r"(?P<party>收购人|信息披露义务人|一致行动人|受让方|转让方)(?:的)?(?:介绍|基本情况|情况)[ \t\u3000]*$", re.M)
_CONTROLLER_HEAD = re.compile(r"\s*(?:疑似)?实际控制人(?:\s*\d{0,2})?\s*")


def spaced_tables(ctx: Context) -> None:
    if not _HEADER_WORDS.search(ctx.text):
        return
    target = ctx.focus or ctx.announcer
    if not target or ctx.type_of(target) != "Company":
        return
    rows = spaced_rows(ctx)
    for k, head in enumerate(rows):
        cells = head.cells
        if not _HEADER_WORDS.search(to_simplified("".join(cells))):
            continue
        holder = header_col(cells, _HOLDER_COL)
        if holder is not None:
            pct = header_col(cells, _SHARE_COL)
            before, after = header_col(cells, _BEFORE_COL), header_col(cells, _AFTER_COL)
            if before is None and after is None and (phased := phase_columns(cells, _SHARE_COL)) is not None:
                before, after = phased  # ("增资前出资额　持股比例　增资后出资额　持股比例": each share of the phase before it)
                changed = changed_company(ctx, head)
                if changed and changed != target and _holds_a_row(ctx, rows, k, holder, target):
                    _changed_rows(ctx, rows, k, holder, (before, after), changed)
                    continue  # (the notice's company is a holder: the table is of the company whose capital changed)
                pct = None
            if pct is not None:
                _holder_rows(ctx, rows, k, holder, pct, _owner_above(ctx, head) or target)
            elif before is not None and after is not None:
                _changed_rows(ctx, rows, k, holder, (before, after), target)
            else:
                _period_rows(ctx, rows, k, holder, target)
            continue
        held, pct = header_col(cells, _HELD_COL), header_col(cells, _SHARE_COL)
        if held is not None and pct is not None:
            _held_rows(ctx, rows, k, held, pct, target)
            continue
        name, post = header_col(cells, _NAME_COL), header_col(cells, _POST_COL)
        if name is not None and post is not None:
            _roster_rows(ctx, rows, k, name, post, _party_of_heading(ctx, head) or target)
    if "实际控制人" in ctx.text:
        _controller(ctx, target)



def entity(ctx: Context, row: Row, name: str, person_ok: bool, company_ok: bool) -> str | None:
    """The entity a cell names: the one the article knows by that name, else one the cell's column makes it
    (a person's name in a column of names or holders, a company's in a column of holders or held companies)."""
    name = name.strip()
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key
    pos = ctx.text.find(name, row.start, row.end)
    pos = pos if pos >= 0 else row.start
    simple = to_simplified(name)  # (a Traditional cell's name is judged, and keyed, as the article's people are: in Simplified)
    if person_ok and plausible_person(simple, get_lexicon(), strong=True, cued=True, bounded=True):
        ctx.inv.add("P:" + simple, simple, "Person", norm_name(name), name, pos)
        return "P:" + simple
    if company_ok and _NAME_CELL.fullmatch(name) and not _NOT_A_HOLDER.search(name):
        ctx.inv.add("C:" + name, name, "Company", norm_name(name), name, pos)
        return "C:" + name
    return None


def _owner_above(ctx: Context, head: Row) -> str | None:
    """The company whose holders the line above a table's header says the table lists (not the author of the report)."""
    sent = row_sent(ctx, head)
    return named_table_owner(ctx, sent.i) if sent.i < len(ctx.sentences) and ctx.sentences[sent.i] is sent else None


def _holder_rows(ctx: Context, rows: list[Row], k: int, holder: int, pct: int, target: str) -> None:
    width = len(rows[k].cells)
    for row in following(rows, k, ctx):
        if len(row.cells) != width:
            return
        value = share(row.cells[pct])
        name = _NOTE_MARK.sub("", row.cells[holder])  # "X（附注1）": the holder, a note under the table on it
        key = entity(ctx, row, name, True, True) if value else None
        if key and key != target:
            ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "spaced-holders", 0.8, percent=value)


def _changed_rows(ctx: Context, rows: list[Row], k: int, holder: int, cols: tuple[int, int], target: str) -> None:
    """A table of the shares before and after a change: the share before is a former holding, the one after the
    holding now, dated by a note under the table that says on what day the shares after are counted."""
    width = len(rows[k].cells)
    found: list[tuple[str, Row, float | None, float | None]] = []
    end = rows[k].end
    for row in following(rows, k, ctx):
        if len(row.cells) != width:
            break
        end = row.end  # (the table's last line, a sum's row too)
        key = entity(ctx, row, _NOTE_MARK.sub("", row.cells[holder]), True, True)
        if key and key != target:
            found.append((key, row, share(row.cells[cols[0]]), share(row.cells[cols[1]])))
    if not found:
        return
    note = ctx.text[end + 1:ctx.text.find("\n", end + 1) if "\n" in ctx.text[end + 1:] else len(ctx.text)]
    day = as_of(ctx, end + 1, end + 1 + len(note)) if _AFTER_NOTE.match(note) else None
    for key, row, before, after in found:
        if before and before != after:  # (a share the change left as it was is held still, not a former one)
            ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "spaced-before", 0.75, percent=before, former=True)
        if after:
            ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "spaced-after", 0.8, percent=after, as_of=day)


def _period_rows(ctx: Context, rows: list[Row], k: int, holder: int, target: str) -> None:
    """A table of shares at several dates: each distinct share of a holder, as of the last date it stood at."""
    head = rows[k]
    dates = {i: d for i, c in enumerate(head.cells) if i != holder and (d := period_end(c))}
    if len(dates) < 2 or not _in_percent(ctx, head):
        return
    for row in following(rows, k, ctx):
        if len(row.cells) != len(head.cells):
            return
        values = {i: share(row.cells[i]) for i in dates}
        if any(v is None and row.cells[i] not in ABSENT for i, v in values.items()):
            return  # (not a share: the table ends)
        key = entity(ctx, row, row.cells[holder], False, True)
        if not key or key == target:
            continue
        last: dict[float, str] = {}
        for i, v in values.items():
            if v is not None and (v not in last or dates[i] > last[v]):
                last[v] = dates[i]
        for v, day in last.items():
            ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "spaced-holders-by-date", 0.75,
                     percent=v, as_of=day)


def _in_percent(ctx: Context, head: Row) -> bool:
    """Whether a table's figures are shares in percent: its header says so, or the two lines above it."""
    a = ctx.text.rfind("\n", 0, max(0, head.start - 1))  # (the line break before the line above)
    above = ctx.text[max(0, ctx.text.rfind("\n", 0, max(0, a))):head.end]
    return "%" in above or "比例" in above


def _holds_a_row(ctx: Context, rows: list[Row], k: int, holder: int, target: str) -> bool:
    """Whether `target` is one of the holders the table's rows name."""
    width = len(rows[k].cells)
    return any(len(r.cells) == width and ctx.inv.surface.get(norm_name(r.cells[holder].strip())) == target for r in following(rows, k, ctx))


def _held_rows(ctx: Context, rows: list[Row], k: int, held: int, pct: int, target: str) -> None:
    width = len(rows[k].cells)
    for row in following(rows, k, ctx):
        if len(row.cells) != width:
            return
        value = share(row.cells[pct])
        key = entity(ctx, row, row.cells[held], False, True) if value else None
        if key and key != target and ctx.type_of(key) == "Company":
            ctx.emit(Predicate.HOLDS_STAKE, target, key, row_sent(ctx, row), "spaced-held", 0.8, percent=value)


def _party_of_heading(ctx: Context, head: Row) -> str | None:
    """The party whose officers a roster lists when the line above its header names one (a buyer's or an acting
    party's 董事 or 主要负责人): a takeover filing lists the buyer's officers, not the listed company's; the party is the company its field names
    ("收购人名称：X", "收购人：X"). A heading of officers that names no party ("（三）主要管理人员") takes the party of
    the chapter it stands in ("第二节　收购人基本情况")."""
    above = ctx.text[ctx.text.rfind("\n", 0, max(0, head.start - 1)) + 1:head.start]
    m = _PARTY_HEAD.search(above)
    if m is not None:
        return _party_company(ctx, m.group(1))
    if not _OFFICERS_HEAD.search(above):
        return None
    chapter = None
    for found in _CHAPTER.finditer(ctx.text, 0, head.start):
        chapter = found  # (the last chapter heading before the table)
    if chapter is None:
        for found in _PARTY_SECTION.finditer(ctx.text, 0, head.start):
            chapter = found
    return _party_company(ctx, chapter.group("party")) if chapter is not None and chapter.group("party") else None


def _party_company(ctx: Context, party: str) -> str | None:
    field = re.search(party + r"(?:名称)?[：:]\s*([^\n，。；,;]{4,60})", ctx.text)
    if field is None:
        return None
    name = norm_name(field.group(1))
    # (the longest company name the article knows inside the field's: its recogniser may have cut a place off the front)
    known = max((s for s, k in ctx.inv.surface.items() if len(s) >= 4 and s in name and k.startswith("C:")), key=len, default=None)
    key = ctx.inv.surface[known] if known else None
    return key if key is not None and ctx.type_of(key) == "Company" else None


def _roster_rows(ctx: Context, rows: list[Row], k: int, name: int, post: int, target: str) -> None:
    width = len(rows[k].cells)
    titles = get_lexicon().titles
    for row in following(rows, k, ctx):
        if len(row.cells) != width:
            return
        person = entity(ctx, row, row.cells[name], True, False)
        if person is None or ctx.type_of(person) != "Person":
            continue
        for title in _POST_SEP.split(row.cells[post]):
            role = titles.get(to_simplified(title.strip()))
            if role is not None:
                emit_position(ctx, row_sent(ctx, row), person, target, TitleInfo(role, title.strip()), "spaced-roster", "", None, 0.8)


def _controller(ctx: Context, target: str) -> None:
    """Under a heading line "实际控制人", the next line's first cell is who controls the company."""
    at = 0
    lines = ctx.text.split("\n")
    for n, line in enumerate(lines):
        at += len(line) + 1  # (the start of the next line)
        if not _CONTROLLER_HEAD.fullmatch(line) or n + 1 >= len(lines):
            continue
        row = next((r for r in spaced_rows(ctx) if r.start == at), None)
        if row is None:
            continue
        key = entity(ctx, row, row.cells[0], True, True)
        if key and key != target:
            m = _DIRECT.search(ctx.text, row.start, row.end)
            ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "spaced-controller", 0.8,
                     percent=float(m.group(1)) if m else None, controlling=True)
