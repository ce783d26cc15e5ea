"""A company's annual report to the enterprise credit registry, its sections printed as tables whose cells a
pipe sets apart, one row a line:

    股东｜认缴出资额（万元）｜…
    A｜800｜…
    …企业名称｜…
    C｜…
    股东｜变更前股权比例｜变更后股权比例｜股权变更日期
    B｜x%｜0%｜D
    A｜0%｜x%｜D

The report is the filing company's own (its name field, else the company the page is about). A holder row gives a
subscribed capital and no percent: each holder holds a stake of unstated size, standing at the report's year. An
investment row names a company the filer has a stake in. A change row gives a holder's share before and after a
day: a share rising from nothing is a holding from that day, one falling to nothing a holding ended (the share it
had) and, with one holder rising by the same share on the same day, a sale to it. Rows name companies no sentence
introduced (a row has no trigger word), so the cells are read from the line (`spaced_tables.entity`).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.spaced_cells import Row, day_of, header_col, row_sent
from extract.rules.spaced_tables import entity
from schema import Predicate

#: the report's own title line: "…年度报告（Y年度）", "Y年度报告"
_YEAR = re.compile(r"年度报告\s*[（(]\s*((?:19|20)\d\d)\s*年度|((?:19|20)\d\d)\s*年度?\s*(?:企业)?(?:年度)?报告")
#: the filer's name field
_FILER = re.compile(r"(?:企业|公司)名称\s*[：:]\s*([^\s|]{4,40})")
#: the header cells of the sections read
_HOLDER_HEAD = re.compile(r"(?:股东|发起人|出资人)(?:名称)?")
_CAPITAL_HEAD = re.compile(r"认缴出资额.*")
_INVESTED_HEAD = re.compile(r".*(?:投资设立企业|购买股权企业).*名称")
_BEFORE_HEAD = re.compile(r"变更前(?:股权|持股)?比例")
_AFTER_HEAD = re.compile(r"变更后(?:股权|持股)?比例")
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%")

Change = tuple[str, float, float, str | None, Row]  # holder, share before, share after, day, row


def registry_reports(ctx: Context) -> None:
    if "|" not in ctx.text or "出资" not in ctx.text or "年度报告" not in ctx.text:
        return
    year = _YEAR.search(ctx.text[:600])
    filer_field = _FILER.search(ctx.text)
    target = (ctx.inv.surface.get(filer_field.group(1)) if filer_field else None) or ctx.announcer or ctx.focus
    if year is None or target is None or ctx.type_of(target) != "Company":
        return
    as_of = year.group(1) or year.group(2)
    rows = _pipe_rows(ctx)
    changes: list[Change] = []
    for k, head in enumerate(rows):
        cells = head.cells
        before, after = header_col(cells, _BEFORE_HEAD), header_col(cells, _AFTER_HEAD)
        holder = header_col(cells, _HOLDER_HEAD)
        if holder is not None and before is not None and after is not None:
            changes += _changes(ctx, rows, k, holder, before, after)
    changed = {c[0] for c in changes}
    for holder, was, now, day, row in changes:
        if now > 0 and was == 0:
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, row_sent(ctx, row), "registry-report-change", 0.8, percent=now, as_of=day)
        elif was > 0 and now == 0:
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, row_sent(ctx, row), "registry-report-change", 0.75, percent=was)
            buyers = [c[0] for c in changes if c[1] == 0 and c[2] == was and c[3] == day]
            if len(buyers) == 1:
                ctx.emit(Predicate.SOLD_STAKE, holder, target, row_sent(ctx, row), "registry-report-sale", 0.75,
                         buyer=buyers[0], percent=was, date=day)
    for k, head in enumerate(rows):
        cells = head.cells
        holder, capital, invested = header_col(cells, _HOLDER_HEAD), header_col(cells, _CAPITAL_HEAD), header_col(cells, _INVESTED_HEAD)
        if holder is not None and capital is not None:  # a holder of unstated share (one whose share changed has it)
            for row in _body(ctx, rows, k):
                key = entity(ctx, row, row.cells[holder], True, True)
                if key and key != target and key not in changed:
                    ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "registry-report-holder", 0.75, as_of=as_of)
        elif invested is not None:
            for row in _body(ctx, rows, k):
                key = entity(ctx, row, row.cells[invested], False, True)
                if key and key != target:
                    ctx.emit(Predicate.HOLDS_STAKE, target, key, row_sent(ctx, row), "registry-report-investment", 0.75, as_of=as_of)


def _changes(ctx: Context, rows: list[Row], k: int, holder: int, before: int, after: int) -> list[Change]:
    out = []
    for row in _body(ctx, rows, k):
        was, now = _PERCENT.fullmatch(row.cells[before].strip()), _PERCENT.fullmatch(row.cells[after].strip())
        key = entity(ctx, row, row.cells[holder], True, True) if was and now else None
        if key and was and now:
            out.append((key, float(was.group(1)), float(now.group(1)), day_of(" ".join(row.cells)), row))
    return out


def _body(ctx: Context, rows: list[Row], k: int) -> list[Row]:
    """The rows right under header `k`, as wide as it, each on the next line."""
    out, prev = [], rows[k]
    for row in rows[k + 1:]:
        if len(row.cells) != len(rows[k].cells) or ctx.text[prev.end:row.start].strip():
            break
        out.append(row)
        prev = row
    return out


def _pipe_rows(ctx: Context) -> list[Row]:
    """Every line of the article with two cells or more set apart by pipes."""
    rows, at = [], 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if "|" in line:
            rows.append(Row([c.strip() for c in line.strip().split("|")], start, start + len(line)))
    return rows
