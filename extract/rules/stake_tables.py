"""Shareholder tables written as text, one row a line:

    本公司股东情况（截至2023年末），具体如下：
    序号　股东名称　持股比例
    1　松溪商贸有限公司　62.50%
    2 | 望岳实业集团有限公司 | 37.50%

Each row is its holder's share of the company the lines before the header
name (本公司, the company whose 股东 they list), as of the date they give
("截至D"); with none named, of the company the article is about.

A table of the shares before and after a change ("股东名称 | 变更前持股比例 | 变更后持股比例") gives each
holder's former share and its share now.

Numbered rows of a list of shareholders, each a clause, after a line that says what a bracket holds:

    主要股东如下（括号内为年初持股）：
    （一）松溪控股有限公司，持股33.6%（29.9%），为控股股东；

the share now, as of the end of the year the report covers, and last year's in the bracket, as of the
end of the year before (told only when it differs).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.holder_slots import SHAREHOLDER_CUE
from extract.rules.templates import Sent, pattern
from extract.table_headers import HOLDING_HEADER
from schema import Predicate

#: a row: its number, the holder, perhaps a count of shares, the share ("1" + a holder + a share, no space between, "|2|望岳集团|8000万股|19%|"),
#: perhaps no number and a status after the share ("望岳集团有限公司|21.40%|质押"); an annual report's rows put the
#: holder's nature before the share and the change in the year after it ("望岳集团有限公司|国有法人|24.05%|减少0.60个百分点")
_ROW = pattern(r"[|｜]?(?:\d{1,2}[、.．]?[|｜]?)?(?P<holder>[\ue000\ue001])[|｜]?(?:[\u4e00-\u9fff]{0,6}法人[|｜])?(?:[\d.,，万亿]+股?[|｜]?)?(?P<pct><R>)"
               r"(?:[|｜][\u4e00-\u9fff]{1,4}|[|｜](?:增加|减少|增持|减持)[\d.,]+(?:个百分点|%|股))?[|｜]?")


#: a row with a share before and after a change: "北林集团 | 30.00% | 25.00%", "北林集团 | 1.2亿 | 30% | 1亿 | 25%"
_TWO_ROW = pattern(r"[|｜]?(?:\d{1,2}[、.．]?[|｜]?)?(?P<holder>[\ue000\ue001])[|｜]?(?:[\d.,，万亿]+股?[|｜]?)?(?P<pct><R>)[|｜]?"
                   r"(?:[\d.,，万亿]+股?[|｜]?)?(?P<after><R>)[|｜]?")
#: a header whose columns are the shares before and after the change ("股东名称 | 变更前持股比例 | 变更后持股比例")
_BEFORE_AFTER = re.compile(r"前[^|｜]{0,10}[|｜](?:[^|｜]*[|｜])*?[^|｜]*后")


def table_holdings(ctx: Context, sent: Sent) -> None:
    m = _ROW.fullmatch(sent.tpl)
    if m is None:
        _changed_rows(ctx, sent)
        return
    j = _above_rows(ctx, sent, _a_row)
    if j < 0 or not HOLDING_HEADER.search(ctx.sentences[j].tpl) or not ctx.adjacent(j, sent.i):
        return
    target, as_of = table_owner(ctx, j)
    holder = sent.at(m.start("holder")).key
    if not _a_holding(ctx, holder, target):
        return
    phase = _phase(ctx, j)
    if phase == "前":  # the table under a heading "一、变更前": the holdings the change ended or altered
        if _kept(ctx, sent, holder, sent.at(m.start("pct")).value):
            return  # (the same share in the table after: a holding the change left as it was)
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-table-before", 0.75,
                 percent=sent.at(m.start("pct")).value, former=True)
        return
    if phase == "后":  # "二、变更后": the holdings now, from the day the change was completed
        as_of = as_of or _change_done(ctx, j)
    ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-table", 0.8,
             percent=sent.at(m.start("pct")).value, as_of=as_of)


#: a heading line over a table of the holdings before or after a change ("一、变更前", "增资后股权结构：")
_PHASE = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*(?:本次)?"
                    r"(?:股权)?(?:变更|变动|转让|增资|减资|重组|交易|收购|划转|股权转让)(?P<phase>[前后])(?:的)?(?:股权结构|股东情况|持股情况)?(?:如下)?\s*[：:]?\s*")
#: a row whose holder's name was misread ("南岭<C>|4,800|<R>": a name the recogniser cut): still a row of the table
_LOOSE_ROW = re.compile(r"[|｜]?(?:\d{1,2}[、.．]?[|｜])?[^|｜]{0,12}\ue001[^|｜]{0,12}[|｜](?:[^|｜]{0,16}[|｜]){0,3}\ue007[|｜]?")


def _a_row(tpl: str) -> bool:
    return bool(_ROW.fullmatch(tpl) or _LOOSE_ROW.fullmatch(tpl))


def _kept(ctx: Context, sent: Sent, holder: str, pct: object) -> bool:
    """Whether the table after the change, the next one down (only rows, headers and their headings between),
    gives the holder the same share."""
    k = sent.i + 1
    while k < len(ctx.sentences) and (ctx.adjacent(k - 1, k) or _phase(ctx, k)):
        tpl = ctx.sentences[k].tpl
        m = _ROW.fullmatch(tpl)
        if m is None and not HOLDING_HEADER.search(tpl) and not _a_row(tpl):
            return False
        if m is not None and ctx.sentences[k].at(m.start("holder")).key == holder and ctx.sentences[k].at(m.start("pct")).value == pct:
            return True
        k += 1
    return False


def _phase(ctx: Context, header: int) -> str | None:
    """前 or 后, when the line right above a table's header is a heading that says it shows the holdings before
    or after a change (a line the rules do not analyse: read from the text)."""
    start = ctx.sentences[header].start
    line_start = ctx.text.rfind("\n", 0, max(0, start - 1)) + 1
    m = _PHASE.fullmatch(ctx.text, line_start, start)
    return m.group("phase") if m else None


def _changed_rows(ctx: Context, sent: Sent) -> None:
    """A row of a table of the shares before and after a change: the share before is a former holding, the one after
    the holding now (from the change's date, when the line above the table gives one)."""
    m = _TWO_ROW.fullmatch(sent.tpl)
    if m is None:
        return
    j = _above_rows(ctx, sent, _TWO_ROW.fullmatch)
    if j < 0 or not HOLDING_HEADER.search(ctx.sentences[j].tpl) or not _BEFORE_AFTER.search(ctx.sentences[j].tpl) or not ctx.adjacent(j, sent.i):
        return
    target, as_of = table_owner(ctx, j)
    as_of = as_of or _change_done(ctx, j)
    holder = sent.at(m.start("holder")).key
    if not _a_holding(ctx, holder, target):
        return
    before, after = sent.at(m.start("pct")).value, sent.at(m.start("after")).value
    if before:  # (0% before: a new holder, which held nothing)
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-table-before", 0.75, percent=before, former=True)
    if after:
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-table-after", 0.8, percent=after, as_of=as_of)


#: a numbered row: "（一）A，持股" + a figure + "（" + last year's + "），为控股股东", "2. A，持股" + a figure + "（新进）"
_ITEM_ROW = pattern(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)\s*(?P<holder>[\ue000\ue001])[，,]\s*"
                    r"持股(?:比例)?(?:为)?(?P<pct><R>)(?:[（(](?:(?P<prev><R>)|[^（()）]{0,8})[）)])?(?P<rest>[，,][^；;。]*)?[；;。]?")
_ITEM_START = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)")
#: the line that says a row's bracket is last year's figure
_PREV_NOTE = re.compile(r"括号内[^。；]{0,4}(?:上年|上一年|去年)")
_REPORT_YEAR = re.compile(r"(20\d\d)年(?:年度报告|年报|末)")


def item_holdings(ctx: Context, sent: Sent) -> None:
    m = _ITEM_ROW.fullmatch(sent.tpl)
    if m is None:
        return
    j = _above_rows(ctx, sent, _ITEM_START.match)  # (a row whose name was misread still counts as one)
    head = ctx.sentences[j] if j >= 0 else None
    # ("C的股权结构如下：" + the rows: C's holders, whichever company the text is about)
    owner = next((x.key for x in head.mentions if x.kind == "C" and x.key and SHAREHOLDER_CUE.match(head.tpl, head.pos_of(x) + 1)), None) if head else None
    target = owner or ctx.announcer or ctx.focus
    if head is None or "股东" not in head.tpl or not ctx.adjacent(j, sent.i) or not _a_holding(ctx, sent.at(m.start("holder")).key, target):
        return
    holder = sent.at(m.start("holder")).key
    dates = head.between(0, len(head.tpl), "D")  # "截至" + a year's end + "，前五名股东如下": the rows' date; else the report's year's end
    year = re.match(r"\d{4}", ctx.date_iso(dates[-1], head) or "") if dates else _REPORT_YEAR.search(ctx.text)
    as_of = ctx.date_iso(dates[-1], head) if dates else f"{year.group(1)}-12-31" if year else None
    ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-items", 0.8, percent=sent.at(m.start("pct")).value,
             as_of=as_of, controlling=True if "控股股东" in (m.group("rest") or "") else None)
    if m.group("prev") and _PREV_NOTE.search(ctx.text, head.start, head.end):
        prev = sent.at(m.start("prev")).value
        if prev != sent.at(m.start("pct")).value:  # last year's share, where it was another
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "shareholder-items", 0.75, percent=prev,
                     as_of=f"{int(year.group(0)[:4]) - 1}-12-31" if year else None)


#: a sentence telling a change was completed ("已于D完成股份变更登记", "D办理完毕过户手续")
_DONE = re.compile(r"\ue004[^。；]{0,12}(?:完成|办理完毕)")


def _change_done(ctx: Context, header: int) -> str | None:
    """The date the change a before/after table shows took effect, from the last sentence above the table telling
    it was completed (the line above the header is a heading with no date)."""
    for k in range(header - 1, max(-1, header - 8), -1):
        s = ctx.sentences[k]
        done = _DONE.search(s.tpl) if "完成" in s.tpl or "完毕" in s.tpl else None
        if done:
            return ctx.date_iso(s.at(done.start()), s)
    return None


def _above_rows(ctx: Context, sent: Sent, is_row: Callable[[str], object]) -> int:
    """The analysed sentence before the run of rows that ends with `sent` (-1 if none)."""
    j = sent.i - 1
    while j >= 0 and is_row(ctx.sentences[j].tpl):
        j -= 1
    return j


def _a_holding(ctx: Context, holder: str | None, target: str | None) -> bool:
    return bool(target and holder and holder != target and ctx.type_of(target) == "Company")


def table_owner(ctx: Context, header: int) -> tuple[str | None, str | None]:
    """The company a table's rows are of and their date, from the line before its header (extract.rules.holder_tables
    reads its tables' owner the same way)."""
    if header > 0 and ctx.adjacent(header - 1, header):
        before = ctx.sentences[header - 1]
        day = as_of(ctx, before.start, before.end, cut=False)
        return named_table_owner(ctx, header) or ctx.announcer or ctx.focus, day
    return ctx.announcer or ctx.focus, None


def named_table_owner(ctx: Context, header: int) -> str | None:
    """The company whose 股东 the line right before a table's header names ("截至D，C的股东如下："), if any:
    a sponsor's or a lawyer's report on an issuer lists the issuer's holders, not its author's."""
    if header <= 0 or not ctx.adjacent(header - 1, header):
        return None
    before = ctx.sentences[header - 1]
    named = [x for x in before.between(0, len(before.tpl), "C") if SHAREHOLDER_CUE.match(before.tpl, before.pos_of(x) + 1)
             or re.match(r"(?:共有|现有)?(?:股东|[\d一二三四五六七八九十]+(?:家|名)股东)", before.tpl[before.pos_of(x) + 1:])]
    return named[-1].key if named else None
