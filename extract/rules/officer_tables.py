"""A Taiwan annual report's tables of directors and officers, drawn with spaces, read by their header's columns:

    職稱　國籍　姓名　性別／年齡　選（就）任日期　任期　持有股份（股數／持股比率）　主要經（學）歷　目前兼任…之職務
    董事長　中華民國　C　—　D　3年　N／25.00　—　—
    　　　　中華民國　代表人：P　男　D　3年　0／0.00　本公司總經理　C董事長
    董事　　中華民國　Q　女　D　3年　N／0.08　本公司協理　無

A juristic person holds a seat and its representative sits in it: the representative's row comes indented under the
holder's, its post cell left blank, so a row with fewer cells than the header takes the blank cells of the row above
(an affiliates report's "企業名稱　職稱　姓名或代表人" table leaves the company cell blank the same way, and writes
"C代表人：P" in one cell). Each person gets the row's posts, dated by the header's start column (an ROC day,
"111.06.20"), at the company the table is of (a company column's cell, else the report's); a row's share ("股數／比率")
is its holder's stake, as of the day on the line above the header ("114年3月31日　單位：股；％"). The experience and
concurrent-post columns hold "C" + a title items ("C董事長", "本公司總經理"): posts at C.

The table of the juristic holders' own holders (a "法人名稱" column and a "…主要股東…" one, a row "C　A（60.00％）、
B（40.00％）") gives each of A and B its share of C. extract.rules.spaced_tables reads the mainland's spaced tables.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, header_col, row_sent, spaced_rows
from extract.rules.spaced_tables import entity
from extract.table_dates import cell_date, date_columns
from schema import Predicate, Role
from text.normalize import norm_name, to_simplified

#: the words a header of these tables holds (a cheap test on the article before any row is cut)
_WORDS = ("职称", "職稱", "主要股东", "主要股東")
#: header cells (Simplified): the posts, the names, the company a row is of, the shares, the posts named in prose
_TITLE_COL = re.compile(r"职称|职务")
_NAME_COL = re.compile(r"(?:董事|监察人)?(?:姓名|名称)(?:或(?:代表人|名称|姓名))?|代表人")
_COMPANY_COL = re.compile(r"(?:企业|公司|关系企业)名称")
_SHARE_COL = re.compile(r"(?:现在|目前)?持有股份.*|持股.*")
_PROSE_COL = re.compile(r"主要经.*历.*|目前兼任.*|兼任.*职务")
#: the column of a person's experience: posts held before (the concurrent-posts column's are held now)
_PAST_COL = re.compile(r"主要经.*历.*")
#: the juristic holders' holders: "法人股东名称", "法人名称" and "…之主要股东（持股比率）"
_JURISTIC_COL = re.compile(r"法人(?:股东)?名称")
_HOLDERS_COL = re.compile(r".{0,8}主要股东.*")
#: a bracketed qualifier inside a header cell ("選（就）任日期"): dropped before the columns are named
_HEAD_NOTE = re.compile(r"[（(][^）)]{1,3}[）)]")
#: a representative in a name cell: "代表人：P", "C代表人：P"
_REPRESENTATIVE = re.compile(r"(?P<holder>.*?)代表人[：:]?\s*(?P<person>.+)")
#: a note's mark after a name: "（註1）"
_NOTE = re.compile(r"\s*[（(](?:注|註)\s*\d{0,2}[）)]\s*$")
#: a share cell: shares, a slash, the percent
_SHARE = re.compile(r"[\d,]+\s*[／/]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]?")
#: one holder with its share in brackets: "A（60.00％）"
_HOLDER_ITEM = re.compile(r"(.+?)[（(]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*[）)]")
#: the end of a company's name before a title in an experience cell
_FIRM_END = re.compile(r"公司|事务所|银行|委员会|基金会|会社|集团")
#: a firm's word inside what follows a name, not a department's ("銀行局副局長": the banking bureau's post)
_FIRM_INSIDE = re.compile(_FIRM_END.pattern.join(("(?:", r")(?![局部处室厅])")))
#: a title after a firm's name: short, ending as posts end
_TITLE_END = re.compile(r"[^，,；;、]{1,8}?(?:长|师|理|事|监|裁|官|员|人|主席|秘书|合伙人)")
#: a name a seat's cell gives: two to four Han characters
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_OWN_FIRM = ("本公司", "本行", "公司")
_SPLIT = re.compile(r"[；;]")
_POST_SPLIT = re.compile(r"[、/]|兼")


def officer_tables(ctx: Context) -> None:
    if not any(w in ctx.text for w in _WORDS):
        return
    rows = spaced_rows(ctx)
    for k, head in enumerate(rows):
        cells = [_HEAD_NOTE.sub("", to_simplified(c)) for c in head.cells]
        if not any(("职" in c or "主要股东" in c) for c in cells):
            continue
        title, name = header_col(cells, _TITLE_COL), header_col(cells, _NAME_COL)
        if title is not None and name is not None:
            _officer_rows(ctx, rows, k, cells, title, name)
            continue
        juristic, holders = header_col(cells, _JURISTIC_COL), header_col(cells, _HOLDERS_COL)
        if juristic is not None and holders is not None:
            _holders_rows(ctx, rows, k, juristic, holders)



def _table(ctx: Context, rows: list[Row], k: int, blank: int = 0) -> list[tuple[Row, list[str]]]:
    """The rows under header `k` up to the first blank or unspaced line, each cut as wide as the header: an indented
    row (or a representative's) one cell short has left column `blank` empty and takes that cell from the row above."""
    width, prev, out = len(rows[k].cells), rows[k], []
    above: list[str] | None = None
    for row in rows[k + 1:]:
        if ctx.text[prev.end:row.start].strip():
            break
        cells = row.cells
        if len(cells) == width - 1 and above is not None and (
                ctx.text[row.start:row.start + 1] == " " or any(c.startswith("代表人") for c in cells)):
            cells = [*cells[:blank], above[blank], *cells[blank:]]
        if len(cells) != width:
            break
        out.append((row, cells))
        above, prev = cells, row
    return out


def _day_above(ctx: Context, head: Row) -> str | None:
    """The day the line right above a header (a blank line between or not) gives its figures ("114年4月30日　單位：股；％")."""
    end = head.start - 1
    while end > 0 and ctx.text[end - 1] == "\n":
        end -= 1
    a = ctx.text.rfind("\n", 0, max(0, end)) + 1
    line = ctx.show(a, max(a, end)).strip()
    first = re.split(r"[\u3000\t]+|\s{2,}", line)[0] if line else ""
    d = cell_date(first)
    return d.iso() if d is not None and d.day else None


def _named(ctx: Context, row: Row, name: str, person_ok: bool, company_ok: bool, seat: bool = False) -> str | None:
    """The entity a cell names (extract.rules.spaced_tables.entity), a person's name judged in Simplified (a
    Traditional "許" is the surname "许"); `seat`: the cell says a person sits there ("代表人：P"), so any two to four
    Han characters are a name (a Japanese one too)."""
    key = entity(ctx, row, name, False, company_ok)
    if key is not None or not person_ok:
        return key
    simple = to_simplified(name)
    if plausible_person(simple, get_lexicon(), strong=True, cued=True, bounded=True) or (seat and _HAN_NAME.fullmatch(simple)):
        pos = ctx.text.find(simple, row.start, row.end)
        ctx.inv.add("P:" + simple, name, "Person", norm_name(name), name, pos if pos >= 0 else row.start)
        return "P:" + simple
    return None


def _officer_rows(ctx: Context, rows: list[Row], k: int, head: list[str], title: int, name: int) -> None:
    own = ctx.focus or ctx.announcer
    company_col = header_col(head, _COMPANY_COL)
    share_col = header_col(head, _SHARE_COL)
    prose = [i for i, c in enumerate(head) if _PROSE_COL.fullmatch(c)]
    start_col = date_columns(head).start
    as_of = _day_above(ctx, rows[k])
    titles = get_lexicon().titles
    holder: str | None = None  # the juristic person of the row above, whom a bare "代表人：P" represents
    for row, cells in _table(ctx, rows, k, title if company_col is None else company_col):
        target = entity(ctx, row, cells[company_col], False, True) if company_col is not None else own
        if not target or ctx.type_of(target) != "Company":
            continue
        sent = row_sent(ctx, row)
        raw = _NOTE.sub("", cells[name]).strip()
        rep = _REPRESENTATIVE.fullmatch(raw)
        if rep:
            if rep.group("holder"):
                holder = entity(ctx, row, rep.group("holder"), False, True)
            raw = _NOTE.sub("", rep.group("person")).strip()
        key = _named(ctx, row, raw, True, not rep, seat=bool(rep))
        if key is None:
            continue
        if share_col is not None and (m := _SHARE.fullmatch(cells[share_col].strip())) and float(m.group(1)) > 0:
            owner = holder if rep and holder else key
            ctx.emit(Predicate.HOLDS_STAKE, owner, target, sent, "officer-table-share", 0.8,
                     percent=float(m.group(1)), as_of=as_of)
        if ctx.type_of(key) != "Person":
            holder = key  # (a juristic director: its representative's row follows)
            continue
        if not rep:
            holder = None
        start = cell_date(cells[start_col]) if start_col is not None else None
        day = ctx.resolve_in(start, sent) if start is not None else None
        for part in _POST_SPLIT.split(to_simplified(cells[title]).strip()):
            role = titles.get(part.strip())
            if role is not None:
                emit_position(ctx, sent, key, target, TitleInfo(role, part.strip()), "officer-table", "start",
                              day.iso() if day is not None and day.day else None, 0.8)
        for i in prose:
            past = "past" if _PAST_COL.fullmatch(head[i]) else ""  # (the experience column: posts held before)
            for firm, info in prose_posts(ctx, row, cells[i], target):
                emit_position(ctx, sent, key, firm, info, "officer-table-prose", past, None, 0.7)


def prose_posts(ctx: Context, row: Row, cell: str, own: str) -> list[tuple[str, TitleInfo]]:
    """The posts an experience cell names, "C" + a title each, split by "；": at C, or at `own` for 本公司 (whose
    posts count only when the title is a known one: "本公司" + "T室經理" is a department's, not a post of the firm)."""
    titles = get_lexicon().titles
    out: list[tuple[str, TitleInfo]] = []
    for item in _SPLIT.split(cell):
        item = item.strip()
        simple = to_simplified(item)
        for own_word in _OWN_FIRM:
            if simple.startswith(own_word):
                for part in _POST_SPLIT.split(simple[len(own_word):]):
                    role = titles.get(part)
                    if role is not None and role is not Role.OTHER:
                        out.append((own, TitleInfo(role, part)))
                break
        else:
            for m in _FIRM_END.finditer(simple):
                rest = simple[m.end():]
                if not _TITLE_END.fullmatch(rest) or _FIRM_INSIDE.search(rest):
                    continue
                firm = entity(ctx, row, item[:m.end()], False, True)
                if firm is None or ctx.type_of(firm) != "Company":
                    break
                for part in _POST_SPLIT.split(item[m.end():]):
                    out.append((firm, TitleInfo(titles.get(to_simplified(part)) or Role.OTHER, part)))
                break
    return out


def _holders_rows(ctx: Context, rows: list[Row], k: int, juristic: int, holders: int) -> None:
    """Each row: a juristic holder, then its own holders with their shares in brackets."""
    as_of = _day_above(ctx, rows[k])
    for row, cells in _table(ctx, rows, k):
        held = entity(ctx, row, cells[juristic], False, True)
        if held is None or ctx.type_of(held) != "Company":
            continue
        for item in re.split(r"[、，,]", cells[holders]):
            m = _HOLDER_ITEM.fullmatch(item.strip())
            if m is None:
                continue
            owner = _named(ctx, row, m.group(1).strip(), True, True)
            if owner and owner != held and 0 < (v := float(m.group(2))) <= 100:
                ctx.emit(Predicate.HOLDS_STAKE, owner, held, row_sent(ctx, row), "juristic-holders", 0.8,
                         percent=v, as_of=as_of)
