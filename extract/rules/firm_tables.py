"""A table whose rows are firms, read by what its header's columns say, in any order:

    序号 | 企业全称 | 所在地区 | 法定代表人
    序号 | 原名称 | 新名称 | 核准日期
    机构名称 | 原法定代表人 | 新法定代表人
    機構名稱 | 行政總裁 | 控股股東

A regulator's list of licensees, an exchange's bulletin of members' changes, a registry's digest: one row a firm
(the column headed 名称, 名稱, 全称, or the kind of firm the list is of: 机构, 会员, 持牌人), and the other
columns what the list tells of it:

* a post (the header a title: 法定代表人, 行政總裁, 执行事务合伙人): the cell's person holds it at the row's firm;
* a pair of columns before and after a change (原X | 新X, 变更前X | 变更后X, X（变更前） | X（变更后）): a name
  pair is a rename, a post pair the post passed from one person to the other (extract.rules.change_blocks reads
  the change, as it reads a block's 变更前/变更后 lines), on the day of the row's date column;
* the firm's controllers (主要控權人, 控股股东, 实际控制人): each name in the cell, with its share in brackets
  ("A（持有70%）、B（持有30%）", "C（全资拥有）"), holds that share of the row's firm; a whole one makes it a
  wholly owned subsidiary.

Rows often name people and firms with no word a sentence rule would see (a row has no trigger), so a cell no
sentence introduced is taken from its column (extract.rules.spaced_tables.entity). A table of holders (股东名称)
or of held companies with a share column is the readers' of such tables (stake_tables, company_tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.dates import find_dates, resolve
from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.change_blocks import apply_change
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent, spaced_rows
from extract.rules.spaced_tables import entity
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent
from extract.table_headers import SHARE_COLUMN
from schema import Predicate, Role
from text.normalize import to_simplified

#: the words a header line must hold to be worth reading (a cheap test before any cell is looked at)
_HEADER_WORDS = ("名称", "名稱", "职务", "職務", "代表人", "控權人", "控权人", "总裁", "總裁", "机构", "持牌人", "合伙人", "负责人", "負責人")
#: the side of a change a header cell names, before its item ("原", "新", "变更前") or after it in brackets ("（变更后）")
_SIDE_BEFORE = re.compile(r"^(?P<side>原|新|新任|前任|现任|变更前|变更后|更名前|更名后)(?:的)?")
_SIDE_AFTER = re.compile(r"[（(](?P<side>变更前|变更后|原|新)[）)]$")
_OLD_SIDES = frozenset({"原", "前任", "变更前", "更名前"})
#: a column of firms: its names (会员名称, 持牌人名称, 公司全称), or the kind of firm the list is of
_FIRM_COL = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:名称|全称)|(?:机构|会员|持牌人|持牌机构|公司|企业|单位|被投资公司|被投资企业)")
#: firm columns that are a table of holders or of related parties, another reader's
_NOT_FIRM_COL = re.compile(r"^(?:股东|持有人|投资人|出资人|发起人|关联|产品|基金|项目|证券|股票|债券|业务|许可|资质|分支)")
#: a column of the row's firm's controllers
_CONTROL_COL = re.compile(r"(?:主要)?(?:控权人|控股股东|实际控制人|控制人|大股东)(?:名称|姓名)?")
#: a column of people's names, and a column of posts (in a table of people whose posts changed: 原任职务 | 现任职务)
_PERSON_COL = re.compile(r"(?:人员)?姓名|人员")
_POST_COL = re.compile(r"(?:任)?(?:职务|职位)")
#: a column of the day each row's change took effect
_DATE_COL = re.compile(r"(?:变更|更名|生效|核准|批准|登记)?(?:生效)?(?:日期|时间)")
#: a header cell's word after a post's title that leaves the post as it is ("法定代表人姓名")
_NAME_SUFFIX = re.compile(r"(?:姓名|名字)$")
#: titles a lexicon does not list as posts but a register's column heads with the post's holder
_EXTRA_TITLES = {"执行事务合伙人": Role.OTHER, "负责人": Role.OTHER}
#: one controller in a cell, its share in brackets: "A（持有70%）", "B（全资拥有）", "C（51%）"
_CONTROLLER = re.compile(r"(?P<name>[^、，,；;（()）]{2,40}?)\s*[（(](?P<how>[^（()）]{0,16}?)[）)]")
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*[%％]")
_WHOLE = re.compile(r"全资|100\s*[%％]")
_BAR = re.compile(r"[|｜\t]")
#: a cell's bracket of Latin letters after a firm's name ("C（Q Capital Limited）")
_LATIN_BRACKET = re.compile(r"\s*[（(][A-Za-z0-9 .,&'’\-]+[）)]\s*$")


@dataclass
class _Header:
    """What a header's columns are, by index."""

    width: int
    firm: int | None = None  # the row's firm (the new name's column, in a table of renames)
    names: tuple[int, int] | None = None  # (old name, new name)
    posts: dict[int, TitleInfo] = field(default_factory=dict)
    pairs: list[tuple[str, int, int]] = field(default_factory=list)  # (post's title, old column, new column)
    controllers: list[int] = field(default_factory=list)
    date: int | None = None
    person: int | None = None  # a column of people's names (a table of people whose posts changed)
    moves: tuple[int, int] | None = None  # (post before, post after), in a table of people


def firm_tables(ctx: Context) -> None:
    if not any(w in ctx.text for w in _HEADER_WORDS):
        return
    header: _Header | None = None
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if _BAR.search(line):
            spans = _cell_spans(line, start)
        elif " " in line and (header is not None or any(w in line for w in _HEADER_WORDS)) and (
                found := _spaced_spans(ctx, start)) is not None:
            spans = found  # (a table drawn with spaces: its cells found in the line, as written)
        else:
            header = None
            continue
        if header is not None and len(spans) == header.width:
            _row(ctx, header, Row([ctx.show(a, b) for a, b in spans], start, start + len(line)), spans)  # (as written)
            continue
        header = _header([to_simplified(ctx.text[a:b]) for a, b in spans]) if any(w in line for w in _HEADER_WORDS) else None


def _cell_spans(line: str, start: int) -> list[tuple[int, int]]:
    """Each cell's span in the text, its blanks trimmed, the bars at the line's ends dropped."""
    out, a = [], 0
    for m in [*_BAR.finditer(line), None]:
        b = m.start() if m else len(line)
        lo, hi = a, b
        while lo < hi and line[lo] in " \u3000":
            lo += 1
        while hi > lo and line[hi - 1] in " \u3000":
            hi -= 1
        out.append((start + lo, start + hi))
        a = m.end() if m else a
    if out and out[0][0] == out[0][1] and line.lstrip()[:1] in "|｜":
        out = out[1:]
    if out and out[-1][0] == out[-1][1] and line.rstrip()[-1:] in "|｜":
        out = out[:-1]
    return out


def _spaced_spans(ctx: Context, start: int) -> list[tuple[int, int]] | None:
    """Each cell's span in the text of the row drawn with spaces that starts at `start` (its cells found in order);
    None for a line that is no such row, or one a cell of which is not found."""
    if "firm_tables_spaced" not in ctx.memo:
        ctx.memo["firm_tables_spaced"] = {r.start: r for r in spaced_rows(ctx)}
    rows: dict[int, Row] = ctx.memo["firm_tables_spaced"]
    row = rows.get(start)
    if row is None:
        return None
    out, at = [], row.start
    line = ctx.text[row.start:row.end]
    for cell in row.cells:
        k = line.find(to_simplified(cell), at - row.start)
        if k < 0:
            k = line.find(cell, at - row.start)
        if k < 0:
            return None
        out.append((row.start + k, row.start + k + len(cell)))
        at = row.start + k + len(cell)
    return out


def _side(cell: str) -> tuple[str | None, str]:
    """The side of a change a header cell names and the item left ("原法定代表人" → ("原", "法定代表人"))."""
    if (m := _SIDE_AFTER.search(cell)) is not None:
        return m.group("side"), cell[:m.start()]
    if (m := _SIDE_BEFORE.match(cell)) is not None and len(cell) > m.end():
        return m.group("side"), cell[m.end():]
    return None, cell


def _title(item: str) -> TitleInfo | None:
    item = _NAME_SUFFIX.sub("", item)
    role = get_lexicon().titles.get(item) or _EXTRA_TITLES.get(item)
    return TitleInfo(role, item) if role is not None else None


def _header(cells: list[str]) -> _Header | None:
    """The columns of a header line; None for a line that is no header of a table of firms."""
    head = _Header(len(cells))
    if any(re.search(SHARE_COLUMN, c) for c in cells):
        return None  # (a table of holdings: extract.rules.company_tables, stake_tables, holder_tables)
    old: dict[str, int] = {}
    new: dict[str, int] = {}
    for i, cell in enumerate(cells):
        side, item = _side(cell.strip())
        if _DATE_COL.fullmatch(cell):
            head.date = i
        elif _CONTROL_COL.fullmatch(cell):
            head.controllers.append(i)
        elif _PERSON_COL.fullmatch(cell):
            head.person = i
        elif side is not None and _POST_COL.fullmatch(item):
            (old if side in _OLD_SIDES else new)["职务"] = i
        elif _FIRM_COL.fullmatch(item) and not _NOT_FIRM_COL.match(item):
            if side is None:
                head.firm = i if head.firm is None else head.firm
            else:
                (old if side in _OLD_SIDES else new)["名称"] = i
        elif (info := _title(item)) is not None:
            if side is None:
                head.posts[i] = info
            else:
                (old if side in _OLD_SIDES else new)[info.title] = i
    if "名称" in old and "名称" in new:
        head.names = (old.pop("名称"), new.pop("名称"))
        head.firm = head.names[1]
    if "职务" in old and "职务" in new:
        head.moves = (old.pop("职务"), new.pop("职务"))
    head.pairs = [(title, old[title], new[title]) for title in old if title in new]
    if head.person is not None and head.moves is not None:
        return head
    if head.firm is None or not (head.names or head.posts or head.pairs or head.controllers):
        return None
    return head


def _firm(ctx: Context, row: Row, span: tuple[int, int]) -> str | None:
    """The firm a cell names: one a sentence named there, else the cell read as a legal name."""
    for sent in ctx.sentences:
        if sent.start <= span[0] < sent.end:
            for m in sent.mentions:
                if m.kind == "C" and m.key and span[0] <= m.start < span[1]:
                    return m.key
            break
    name = _LATIN_BRACKET.sub("", ctx.show(*span))
    key = entity(ctx, row, name, False, True) if name else None
    return key if key and ctx.type_of(key) == "Company" else None


def _people(ctx: Context, row: Row, cell: str) -> list[str]:
    """The people a post's cell names (one, or several set apart by 、)."""
    out = []
    for name in re.split(r"[、，,/]", cell):
        key = entity(ctx, row, name.strip(), True, False) if name.strip() else None
        if key and ctx.type_of(key) == "Person":
            out.append(key)
    return out


def _date(ctx: Context, cell: str) -> str | None:
    days = [resolve(v, ctx.ref_year) for _s, _e, v in find_dates(cell)]
    return days[0].iso() if days and days[0] is not None and days[0].month else None


def _row(ctx: Context, head: _Header, row: Row, spans: list[tuple[int, int]]) -> None:
    date = _date(ctx, row.cells[head.date]) if head.date is not None else None
    sent = row_sent(ctx, row)
    if head.person is not None and head.moves is not None:
        _moved(ctx, head, row, sent, date)
        return
    assert head.firm is not None
    if head.names is not None:
        (a, b), (c, d) = spans[head.names[0]], spans[head.names[1]]
        old = _firm(ctx, row, (a, b))
        if old is not None and _firm(ctx, row, (c, d)) is not None:
            apply_change(ctx, old, "名称", ("前", row.start, a, b), ("后", row.start, c, d), "", date, "firm-table")
    firm = _firm(ctx, row, spans[head.firm])
    if firm is None:
        return
    for i, info in head.posts.items():
        for person in _people(ctx, row, row.cells[i]):
            emit_position(ctx, sent, person, firm, info, "firm-table", "", None, 0.8)
    for title, i, j in head.pairs:
        if len(_people(ctx, row, row.cells[i])) == 1 and len(_people(ctx, row, row.cells[j])) == 1:
            (a, b), (c, d) = spans[i], spans[j]
            apply_change(ctx, firm, title, ("前", row.start, a, b), ("后", row.start, c, d), "", date, "firm-table")
    for i in head.controllers:
        _controllers(ctx, row, sent, row.cells[i], firm)


def _moved(ctx: Context, head: _Header, row: Row, sent: Sent, date: str | None) -> None:
    """A person's row in a table of posts before and after ("姓名 | 原任职务 | 现任职务"): the posts in the old cell and
    not the new are left, those in the new and not the old taken, at the company the text is about, on the row's day."""
    assert head.person is not None and head.moves is not None
    people = _people(ctx, row, row.cells[head.person])
    company = ctx.announcer or ctx.focus
    if len(people) != 1 or company is None:
        return
    before, after = (_titles(row.cells[k]) for k in head.moves)
    for info in before.values():
        if info.title not in after:
            emit_position(ctx, sent, people[0], company, info, "firm-table-move", "end", date, 0.75)
    for info in after.values():
        if info.title not in before:
            emit_position(ctx, sent, people[0], company, info, "firm-table-move", "start", date, 0.8)


def _titles(cell: str) -> dict[str, TitleInfo]:
    """The posts a cell of posts names, each whole ("副总裁、财务总监"; a cell with other words gives none)."""
    out = {}
    for part in re.split(r"[、，,/；;]|兼", to_simplified(cell)):
        if (info := _title(part.strip())) is None:
            return {}
        out[info.title] = info
    return out


def _controllers(ctx: Context, row: Row, sent: Sent, cell: str, firm: str) -> None:
    """Each controller a cell names with its share in brackets holds that share of the row's firm."""
    for m in _CONTROLLER.finditer(cell):
        how = to_simplified(m.group("how"))
        whole = _WHOLE.search(how) is not None
        pct = _PERCENT.search(how)
        if not whole and pct is None:
            continue
        holder = entity(ctx, row, m.group("name").strip(), True, True)
        if not holder or holder == firm:
            continue
        emit_stake(ctx, sent, holder, firm, "firm-table", 0.75, 100.0 if whole else float(pct.group(1)))  # type: ignore[union-attr]
        if whole and ctx.type_of(holder) == "Company":
            ctx.emit(Predicate.SUBSIDIARY_OF, firm, holder, sent, "firm-table", 0.75, kind="wholly_owned")
