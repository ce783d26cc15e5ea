"""Tables whose columns name a unit and say, in words, how it stands to the filing's own company.

A prospectus lists its officers' posts at other units, one post a line, the officer's name and home post left
blank on his second and third lines, and a last column saying what each unit is to the issuer:

    姓名　　本公司职务　　兼职单位　　兼职职务　　关系
    P　　　 董事长　　　　A　　　　　 董事　　　　控股股东
    　　　　　　　　　　　B　　　　　 监事　　　　全资子公司
    　　　　　　　　　　　C　　　　　 董事　　　　参股公司（持股N%）

An audit report's notes list its parent with the parent's share, its associates with theirs, and its other related
parties with a relation cell (the ultimate controller, or a company 同受…控制). Each row says its person's posts (at the filing's
company and at the unit), and the relation cell what the unit is: a wholly owned or controlling subsidiary, a
company the filing's company holds a share of, its controlling holder or ultimate controller, or (同受…控制) one
more company of that controller. A row summing others (合计) is no unit. The columns are found by what their
header cells say, in any order and in either script (extract.table_columns cuts the rows under them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import ABSENT, Row, row_sent
from extract.rules.spaced_tables import entity
from extract.table_columns import Layout, header_layout, row_cells
from extract.titles import DEPT_RE as _DEPT
from schema import Predicate, Role, SubsidiaryKind
from text.normalize import norm_name, to_simplified

#: words one of the header cells has (a cheap test before the column patterns)
_HEADER_WORDS = ("兼职", "兼職", "关系", "關係", "母公司")
#: the column of people
_NAME = re.compile(r"(?:人员|董事|高管|董监高)?姓名|名字")
#: the column of the units where the posts are held (兼职单位, 任职单位名称, 其他单位)
_UNIT = re.compile(r"(?:其他|兼职|任职|兼任)(?:单位|企业|机构|公司)(?:名称)?|在其他单位")
#: a column of posts ("在发行人任职", "本公司职务", "兼职职务", "担任职务")
_POST = re.compile(r"(?:在)?(?:发行人|本公司|公司|本行|上市公司|本集团|兼职单位|该单位|其他单位)?(?:的)?(?:兼任|兼职|担任的?)?(?:任职|职务|职位)(?:情况)?")
#: the column of parties: related parties, the parent, associates and joint ventures
_PARTY = re.compile(r"(?:其他)?(?:关联方|关联企业|关联法人|合营或联营企业|合营企业|联营企业|母公司)(?:名称|姓名)?")
#: the column of relations, and of shares
_RELATION = re.compile(r".{0,16}关系")
_SHARE = re.compile(r".{0,16}(?:持股比例|股权比例|出资比例)(?:[（(].{1,6}[）)])?")
#: how a post cell parts its posts
_POST_SEP = re.compile(r"[,，、/;；]|兼")
#: posts outside the title lexicon that a column of posts holds (a professor, a firm's partners)
_OTHER_POST = re.compile(r"(?:副)?教授|(?:高级|副|特聘)?研究员|讲师|(?:执行事务|普通|高级)?合伙人|院长|所长")
#: a relation cell: the relation alone, perhaps after the filing's company and before a bracket ("发行人" + "全资子公司",
#: "参股公司（持股N%）"); a cell naming another company as the unit's holder is extract.rules.related_parties's
_OWN = r"(?:发行人|公司|本公司|本行|本集团|上市公司)?(?:的)?"
_BRACKET = r"(?:[（(][^（）()]{1,16}[）)])?"
_WHOLLY = re.compile(_OWN + r"全资(?:控股)?(?:子公司|附属(?:公司|企业)?)" + _BRACKET)
_CONTROLLED = re.compile(_OWN + r"(?:控股)?(?:子公司|附属公司)" + _BRACKET)
_HELD = re.compile(_OWN + r"(?P<kind>参股|联营|合营)(?:子)?(?:公司|企业)" + _BRACKET)
_CONTROLLER = re.compile(_OWN + r"(?:控股股东|实际控制人|最终控制方|最终控制人)")
_FELLOW = re.compile(r"同受.{0,8}控制(?:的(?:企业|公司))?|受同一.{0,8}控制(?:的(?:企业|公司))?")
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%")
#: a row that sums or lumps others
_SUM = re.compile(r"合计|小计|总计|合計|小計|總計")


@dataclass
class _Columns:
    name: int | None
    home: int | None  # posts at the filing's company
    unit: int
    post: int | None  # posts at the unit
    relation: int | None
    share: int | None
    parent: bool  # the unit column lists the filing company's parent


def relation_tables(ctx: Context) -> None:
    if not any(w in ctx.text for w in _HEADER_WORDS):
        return
    target = ctx.focus or ctx.announcer
    if not target or ctx.type_of(target) != "Company":
        return
    lines, at = ctx.text.split("\n"), 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        cols = layout = None
        if any(w in line for w in _HEADER_WORDS):
            layout = header_layout(_written(ctx, starts[k], line))
            cols = _columns(layout) if layout else None
        if cols is None or layout is None:
            k += 1
            continue
        k = _read_rows(ctx, lines, starts, k, layout, cols, target)


def _written(ctx: Context, start: int, line: str) -> str:
    """The line as the article writes it (its full-width spaces kept), the normalised one failing that."""
    shown = ctx.show(start, start + len(line))
    return shown if len(shown) == len(line) else line


def _columns(layout: Layout) -> _Columns | None:
    heads = [to_simplified(h) for h in layout.heads]
    unit = next((i for i, h in enumerate(heads) if _UNIT.fullmatch(h)), None)
    if unit is not None:
        name = next((i for i, h in enumerate(heads) if _NAME.fullmatch(h)), None)
        post = next((i for i, h in enumerate(heads) if i > unit and _POST.fullmatch(h)), None)
        home = next((i for i, h in enumerate(heads) if i < unit and _POST.fullmatch(h)), None)
        if name is None or post is None:
            return None
    else:
        unit = next((i for i, h in enumerate(heads) if _PARTY.fullmatch(h)), None)
        if unit is None or unit > 1:
            return None
        name = home = post = None
    relation = next((i for i, h in enumerate(heads) if i > unit and _RELATION.fullmatch(h)), None)
    share = next((i for i, h in enumerate(heads) if i > unit and _SHARE.fullmatch(h)), None)
    if relation is None and share is None and post is None:
        return None
    return _Columns(name, home, unit, post, relation, share, heads[unit].startswith("母公司"))


def _read_rows(ctx: Context, lines: list[str], starts: list[int], k: int, layout: Layout, cols: _Columns, target: str) -> int:
    """Read the rows under header line k; the index of the line after the table."""
    carried: list[str] = [""] * len(layout.heads)
    controller: str | None = None
    k += 1
    while k < len(lines) and lines[k].strip():
        cells = row_cells(layout, _written(ctx, starts[k], lines[k]))
        if cells is None or sum(1 for c in cells if c) < 2:
            break
        fresh = bool(cols.name is not None and cells[cols.name])
        for j in (cols.name, cols.home, cols.unit):
            if j is not None and j <= cols.unit:
                cells[j] = cells[j] or carried[j]
        carried = cells
        row = Row(cells, starts[k], starts[k] + len(lines[k]))
        controller = _row(ctx, row, cols, target, fresh, controller)
        k += 1
    return k


def _row(ctx: Context, row: Row, cols: _Columns, target: str, fresh: bool, controller: str | None) -> str | None:
    """One row's facts; the controller a later row's 同受…控制 speaks of."""
    cells = row.cells
    unit_cell = cells[cols.unit]
    if not unit_cell or unit_cell in ABSENT or _SUM.search(unit_cell):
        return controller
    sent = row_sent(ctx, row)
    person = None
    if cols.name is not None:
        person = entity(ctx, row, cells[cols.name].replace(" ", ""), True, False)
        if person is None or ctx.type_of(person) != "Person":
            return controller
        if fresh and cols.home is not None:
            for info in _posts(cells[cols.home]):
                emit_position(ctx, sent, person, target, info, "relation-table", "", None, 0.8)
    unit = ctx.inv.surface.get(norm_name(unit_cell)) or entity(ctx, row, unit_cell, cols.name is None, True)
    if unit is None or unit == target:
        return controller
    if person is not None and cols.post is not None:
        for info in _posts(cells[cols.post]):
            emit_position(ctx, sent, person, unit, info, "relation-table", "", None, 0.8)
    rel = to_simplified(cells[cols.relation]) if cols.relation is not None else ""
    pct_cell = cells[cols.share] if cols.share is not None else rel
    pct = float(m.group(1)) if (m := _PERCENT.search(pct_cell)) and 0 < float(m.group(1)) <= 100 else None
    if cols.parent:
        ctx.emit(Predicate.HOLDS_STAKE, unit, target, sent, "relation-table", 0.8, percent=pct, controlling=True)
        ctx.emit(Predicate.SUBSIDIARY_OF, target, unit, sent, "relation-table", 0.8, kind=SubsidiaryKind.SUBSIDIARY)
        return unit
    if _WHOLLY.fullmatch(rel):
        ctx.emit(Predicate.SUBSIDIARY_OF, unit, target, sent, "relation-table", 0.8, kind=SubsidiaryKind.WHOLLY_OWNED)
    elif _CONTROLLED.fullmatch(rel):
        ctx.emit(Predicate.SUBSIDIARY_OF, unit, target, sent, "relation-table", 0.8, kind=SubsidiaryKind.SUBSIDIARY)
    elif (held := _HELD.fullmatch(rel)) is not None:
        if pct is not None:
            ctx.emit(Predicate.HOLDS_STAKE, target, unit, sent, "relation-table", 0.8, percent=pct)
        if held.group("kind") == "联营":
            ctx.emit(Predicate.SUBSIDIARY_OF, unit, target, sent, "relation-table", 0.75, kind=SubsidiaryKind.ASSOCIATE)
    elif _CONTROLLER.fullmatch(rel):
        if not _has_stake(ctx, unit, target):
            ctx.emit(Predicate.HOLDS_STAKE, unit, target, sent, "relation-table", 0.8, controlling=True)
        return unit
    elif _FELLOW.fullmatch(rel) and controller is not None:
        ctx.emit(Predicate.HOLDS_STAKE, controller, unit, sent, "relation-table", 0.75, controlling=True)
    return controller


def _has_stake(ctx: Context, holder: str, held: str) -> bool:
    """Whether a holding of the pair was read already (a table's bare 控股股东 repeats the prose's share)."""
    return any(c.predicate is Predicate.HOLDS_STAKE and c.subject == holder and c.object == held for c in ctx.out)


def _posts(cell: str) -> list[TitleInfo]:
    """The posts a post cell names: titles of the lexicon, a department's title, a professor's or partner's."""
    titles = get_lexicon().titles
    out = []
    for piece in _POST_SEP.split(to_simplified(cell.replace(" ", ""))):
        if not piece or piece in ABSENT:
            continue
        role = titles.get(piece)
        if role is not None:
            out.append(TitleInfo(role, piece))
            continue
        head = next((piece[:i] for i in range(1, len(piece) - 1) if piece[i:] in titles and _DEPT.fullmatch(piece[:i])), None)
        if head is not None or _OTHER_POST.fullmatch(piece):
            out.append(TitleInfo(Role.OTHER, piece))
    return out
