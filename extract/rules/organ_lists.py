"""A Macau company's statutory publication: its organs' members under heading lines, and its percentage lists.

    公司機關據位人
    股東大會主席團
    主席：甲
    董事會
    主席：乙
    董事：丙、丁
    執行委員會
    主席：戊
    監事會
    主席：己
    委員：庚、辛

A label line's post is the organ's: 主席 of the 董事會 is the chairman, of the 監事會 a supervisor (the supervisory
board's chair), of the 股東大會主席團 the meeting's bureau's (a post of its own, not the board's), of a committee no post
of the company's (and the chairman's post a sentence rule read in that line is withdrawn).

    合格持股
    A　　75.00%
    本行持有…資本百分之五…
    B　　55.00%

The first list's rows hold the company, the second's are held by it, each as of the end of the year the publication
reports on ("二零二四年度").
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent, share, spaced_rows
from extract.rules.spaced_tables import entity
from extract.rules.templates import Candidate
from schema import Predicate, Role
from text.normalize import norm_name, to_simplified

#: an organ's heading line (Simplified: ctx.text)
_ORGAN = re.compile(r"\s*(?P<organ>股东(?:大)?会主席团|董事会|监事会|[\u4e00-\u9fff]{1,6}委员会)\s*")
#: a label line under it: a label relative to the organ, a colon, the names
_MEMBERS = re.compile(r"\s*(?P<label>主席|副主席|董事|常务董事|独立董事|委员|成员|监事|秘书|主任|副主任)\s*[：:]\s*(?P<names>\S.*?)\s*")
_SEP = re.compile(r"[、，,；;]")
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+(?: [A-Za-zÀ-ÿ'\-]+){1,5}")  # (Portuguese names keep their accents)
_SEAT_ROLES = ("chairman", "vice_chairman")
#: the headings of the percentage lists: the company's holders, the companies it holds
_HOLDERS_HEAD = re.compile(r"合格持股|持有本[行公司]{1,2}资本百分之[五\d]")
_HELD_HEAD = re.compile(r"本[行公司]{1,2}持有.{0,8}资本百分之[五\d]")
#: the year a publication reports on ("二零二四年度", "2024年度")
_YEAR = re.compile(r"((?:19|20)\d\d|[一二][〇零○][一二三四五六七八九〇零○]{2})\s*年度")
_CN = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
#: a place in brackets after a holder's name ("（香港）")
_PLACE = re.compile(r"\s*[（(][\u4e00-\u9fff]{2,4}[）)]\s*$")


def organ_lists(ctx: Context) -> None:
    if "会" not in ctx.text or ("主席" not in ctx.text and "委员" not in ctx.text):
        return
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    blocks = _blocks(ctx.text)
    if len({organ for organ, _s, _e, _m in blocks}) < 2:
        return  # (one heading and a label line is a sentence's business: a statutory list names several organs)
    titles = get_lexicon().titles
    drop: set[tuple[str, int, int]] = set()
    for organ, start, end, m in blocks:
        label = m.group("label")
        row = Row([], start, end)
        people = [p for n in _SEP.split(ctx.show(start + m.start("names"), start + m.end("names"))) if (p := listed_person(ctx, row, n.strip()))]
        if organ == "董事会":
            role = titles.get(label)
            info = TitleInfo(role, label) if role is not None else None
        elif organ == "监事会":
            info = TitleInfo(Role.SUPERVISOR, organ + label)
        elif organ.startswith("股东"):
            info = TitleInfo(Role.OTHER, _organ_written(ctx, start, organ) + label)
        else:
            info = None  # (a committee's chair or member: no post of the company's)
        if organ != "董事会":
            drop.update((p, start, end) for p in people)
        if info is None:
            continue
        sent = row_sent(ctx, row)
        for p in people:
            emit_position(ctx, sent, p, company, info, "organ-list", "", None, 0.8)
    if drop:
        ctx.out[:] = [c for c in ctx.out if not _on_line(ctx, c, drop)]
        ctx.reindex()
    _percent_lists(ctx, company)


def _blocks(text: str) -> list[tuple[str, int, int, re.Match[str]]]:
    """(organ, line start, line end, label match) of each label line under an organ's heading line."""
    out: list[tuple[str, int, int, re.Match[str]]] = []
    organ, at = None, 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if (h := _ORGAN.fullmatch(line)) is not None:
            organ = h.group("organ")
        elif organ and (m := _MEMBERS.fullmatch(line)) is not None:
            out.append((organ, start, start + len(line), m))
        else:
            organ = None
    return out


def _organ_written(ctx: Context, start: int, organ: str) -> str:
    """The organ's heading as written (Traditional where the text is), from the line above."""
    a = ctx.text.rfind("\n", 0, max(0, start - 1))
    while a > 0:
        b = ctx.text.rfind("\n", 0, a) + 1
        if _ORGAN.fullmatch(ctx.text[b:a]):
            return ctx.show(b, a).strip()
        a = b - 1
    return organ


def _on_line(ctx: Context, c: Candidate, drop: set[tuple[str, int, int]]) -> bool:
    """Whether a candidate is a board seat a sentence rule read on a committee's or the supervisors' line."""
    if c.predicate is not Predicate.HOLDS_POSITION or c.rule == "organ-list" or c.qualifiers.get("role") not in _SEAT_ROLES:
        return False
    sent = ctx.sentences[c.sent]
    return any(c.subject == p and sent.start < e and s < sent.end for p, s, e in drop)


def listed_person(ctx: Context, row: Row, name: str) -> str | None:
    """The person a list's name is: one the article knows, else a plausible Chinese or Latin name (added)."""
    if not name:
        return None
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key if ctx.type_of(key) == "Person" else None
    simple = to_simplified(name)
    if plausible_person(simple, get_lexicon(), strong=True, cued=True, bounded=True) or _LATIN_NAME.fullmatch(name):
        pos = ctx.text.find(simple, row.start, row.end)
        ctx.inv.add("P:" + simple, name, "Person", norm_name(name), name, pos if pos >= 0 else row.start)
        return "P:" + simple
    return None


def _percent_lists(ctx: Context, company: str) -> None:
    """The rows under the holders' and the held companies' headings: a name, a gap, a percent."""
    if "百分之" not in ctx.text:
        return
    day = _year_end(ctx)
    rows = spaced_rows(ctx)
    at, side = 0, None
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if _HOLDERS_HEAD.search(line):
            side = "holders"
            continue
        if _HELD_HEAD.search(line):
            side = "held"
            continue
        row = next((r for r in rows if r.start == start), None) if side else None
        if row is None or len(row.cells) != 2 or (pct := share(row.cells[1])) is None or "%" not in row.cells[1]:
            side = None
            continue
        other = _listed(ctx, row, row.cells[0])
        if other is None or other == company:
            continue
        holder, held = (other, company) if side == "holders" else (company, other)
        ctx.emit(Predicate.HOLDS_STAKE, holder, held, row_sent(ctx, row), "percent-list", 0.8, percent=pct, as_of=day,
                 controlling=True if side == "holders" and _called_controlling(ctx, holder) else None)


def _listed(ctx: Context, row: Row, name: str) -> str | None:
    """The company a list's cell names; a place in brackets after a full legal name ("C（香港）") is where it
    is, not part of its name."""
    bare = _PLACE.sub("", name)
    if bare != name and (ctx.inv.surface.get(norm_name(bare)) is not None or (
            ctx.inv.surface.get(norm_name(name)) is None and bare.endswith("公司"))):
        name = bare
    key = entity(ctx, row, name, False, True)
    return key if key is not None and ctx.type_of(key) == "Company" else None


def _called_controlling(ctx: Context, key: str) -> bool:
    """Whether the text calls the holder the company's 控股股东 right before one of its names."""
    ent = ctx.inv.entities.get(key)
    return ent is not None and any(("控股股东" + to_simplified(a)) in ctx.text for a in ent.aliases)


def _year_end(ctx: Context) -> str | None:
    """The last day of the year the publication reports on ("二〇二三年度" → 2023-12-31)."""
    m = _YEAR.search(ctx.text, 0, 400)
    if m is None:
        return None
    y = m.group(1)
    year = y if y.isdigit() else "".join(_CN.get(c, "") for c in y)
    return f"{year}-12-31" if len(year) == 4 else None
