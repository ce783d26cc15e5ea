"""A Taiwan annual report's table of its ten largest holders and how they stand to one another
(the ten largest holders and their relations): one holder a row, its share, and a last column naming the other
holders it is related to, each with the relation, "名称：关系" parted by ；:

    姓名 | … | 持股比率 | … | …关系 | …
    A | … | 6.10 | … | P：该公司董事长；Q：该公司董事 |
    P | … | 1.10 | … | A：该公司董事长；Q：配偶 |

Each row is its holder's share of the reporting company (the figure is a percentage: the header says 比率 and
the unit line says %), as of the table's 基准日. A relation "该公司董事长" / "该基金会董事" between a person and
a company is the person's post at that company, whichever of the two the row is about. Kin ("配偶", "一亲等")
and "董事长为同一人" give no fact here. The columns are found by what their header cells say (the text is
normalised: ｜ is |, Traditional is Simplified)."""

from __future__ import annotations

import bisect
import re

from extract.mention_records import TitleInfo
from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from schema import Predicate, Role
from text.normalize import norm_name

#: the header's column of holders, its share column (not a spouse's "股数/比率"), its relation column
_NAME_COL = re.compile(r"(?:股东)?(?:姓名|名称)(?:或(?:姓名|名称))?|股东名称|户名")
_SHARE_COL = re.compile(r"(?:本人)?持股比[率例](?:[（(]%[）)])?|持股比[率例]")
_RELATION_COL = re.compile(r".*关系.*")
#: a relation that is a post: "该公司董事长", "该基金会董事", "为该公司监察人"
_POST = re.compile(r"(?:为|系)?(?:该|其)(?:公司|基金会|银行|行|法人)(?P<title>副董事长|董事长|独立董事|董事|监察人|监事|总经理)")
_ROLES = {"董事长": Role.CHAIRMAN, "副董事长": Role.VICE_CHAIRMAN, "董事": Role.DIRECTOR, "独立董事": Role.INDEPENDENT_DIRECTOR,
          "监察人": Role.SUPERVISOR, "监事": Role.SUPERVISOR, "总经理": Role.GENERAL_MANAGER}
#: a bracket after a holder's name ("X局（Y基金）"): the fund it holds for
_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,4})?")


def kin_holder_tables(ctx: Context) -> None:
    if "关系" not in ctx.text or "持股比" not in ctx.text or "|" not in ctx.text:
        return
    lines = _lines(ctx.text)
    i = 0
    while i < len(lines):
        start, line = lines[i]
        cells = line.split("|")
        cols = _columns(cells) if len(cells) >= 3 else None
        if cols is None:
            i += 1
            continue
        day = as_of(ctx, max(0, start - 120), start, cut=False)
        i += 1
        while i < len(lines) and len(row := lines[i][1].split("|")) >= len(cells) - 1:
            _row(ctx, lines[i][0], row, cols, day)
            i += 1


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _columns(cells: list[str]) -> tuple[int, int, int] | None:
    """The columns of holders, shares and relations, when the header has all three (holders first)."""
    texts = [c.strip() for c in cells]
    if not _NAME_COL.fullmatch(texts[0]):
        return None
    share = next((k for k, t in enumerate(texts) if _SHARE_COL.fullmatch(t)), None)
    relation = next((k for k, t in enumerate(texts) if k > 0 and _RELATION_COL.fullmatch(t)), None)
    return (0, share, relation) if share is not None and relation is not None else None


def _key(ctx: Context, name: str) -> str | None:
    name = name.strip()
    return ctx.inv.surface.get(norm_name(name)) or ctx.inv.surface.get(norm_name(_BRACKET.sub("", name)))


#: a holder the recogniser missed: a person's name alone, or a juristic holder by the word its name ends with
_PERSON_CELL = re.compile(r"[\u4e00-\u9fff]{2,3}")
_FIRM_CELL = re.compile(r"[\u4e00-\u9fff]{2,24}(?:股份有限公司|有限公司|公司|基金会|运用局|管理局|银行)")


def _holder(ctx: Context, at: int, cell: str) -> str | None:
    """The row's holder: the entity the cell names, else a new one when the cell is only a person's name or a firm's."""
    if (key := _key(ctx, cell)) is not None:
        return key
    name = _BRACKET.sub("", cell.strip())
    kind = "Person" if _PERSON_CELL.fullmatch(name) else "Company" if _FIRM_CELL.fullmatch(name) else None
    if kind is None:
        return None
    start = at + cell.index(name)
    key = ("P:" if kind == "Person" else "C:") + name
    ctx.inv.add(key, ctx.show(start, start + len(name)), kind, norm_name(name), ctx.show(start, start + len(name)), start)
    return key


def _row(ctx: Context, at: int, cells: list[str], cols: tuple[int, int, int], day: str | None) -> None:
    name_col, share_col, rel_col = cols
    holder = _holder(ctx, at, cells[name_col])
    sent = _sentence_at(ctx, at)
    target = ctx.announcer or ctx.focus
    if holder is None or sent is None or target is None or holder == target:
        return
    share = cells[share_col].strip().rstrip("%") if share_col < len(cells) else ""
    if _FIGURE.fullmatch(share) and 0 < float(share) <= 100:
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "kin-holder-table", 0.8, percent=float(share), as_of=day)
    if rel_col >= len(cells):
        return
    for item in re.split(r"[；;]", cells[rel_col]):
        other, sep, relation = item.partition("：")
        post = _POST.fullmatch(relation.strip()) if sep else None
        other_key = _key(ctx, other) if post else None
        if post is None or other_key is None:
            continue
        person, company = (holder, other_key) if holder.startswith("P:") else (other_key, holder)
        if person.startswith("P:") and company.startswith("C:"):
            info = TitleInfo(_ROLES[post.group("title")], post.group("title"))
            emit_position(ctx, sent, person, company, info, "kin-holder-table-post", "", None, 0.75)


def _sentence_at(ctx: Context, pos: int) -> Sent | None:
    """The last sentence starting at or before the offset (a row naming no one the recogniser knew is no sentence
    of its own: the one before it stands for it)."""
    starts = ctx.memo.setdefault("sentence_starts", [s.start for s in ctx.sentences])
    k = bisect.bisect_right(starts, pos) - 1
    return ctx.sentences[k] if k >= 0 else None
