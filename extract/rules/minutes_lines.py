"""A board meeting's minutes (Taiwan's 董事會議事錄): the attendance line and the chair's line.

    出席董事：甲、乙（某公司代表人）、獨立董事丙、獨立董事丁
    列席：總經理戊、稽核長己
    主席：甲董事長　　記錄：庚

The names under 出席董事 are the directors of the company whose minutes these are (the article's company, the
one 本行/本公司 stands for); a title before a name (獨立董事) is that director's seat, and a bracket naming a
juristic person whose 代表人 the director is says whose seat it is, not where the post is: the director sits on
this board. The names carry no title of their own, so no sentence rule reads them as people; the one title before a
name used to give that name a post at the company the bracket before named. The chair's line with 董事長 after the
name names the company's chairman (a bare 主席：X only says who chaired the meeting). 列席 lines are the
officers' own titles and the sentence rules read them.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.organ_lists import listed_person
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent
from schema import Predicate, Role
from text.normalize import to_simplified

#: the attendance line: the directors present (Simplified: ctx.text)
_PRESENT = re.compile(r"[ \t　]*(?:出席|亲自出席|实到)董事(?:[（(][^）)]{0,12}[）)])?[：:](?P<names>[^\n]+)")
#: minutes: a line that opens with the directors present
_MINUTES = re.compile(r"^[ \t　]*(?:出席|亲自出席|实到)董事", re.M)
#: the chair's line: a name, then the chairman's title
_CHAIR = re.compile(r"[ \t　]*主席[：:][ \t　]*(?P<name>[\u4e00-\u9fff]{2,4}?)[ \t　]*董事长")
_SEP = re.compile(r"[、，,；;]")
#: a juristic person's representative, in brackets after a director's name
_REPRESENTS = re.compile(r"[（(][^（）()]{2,40}代表人?[）)]$")
#: the seat titles a name may carry before it on the attendance line
_SEATS = ("独立董事", "常务董事", "副董事长", "董事长", "董事")


def minutes_lines(ctx: Context) -> None:
    if "董事" not in ctx.text or ("出席" not in ctx.text and "实到" not in ctx.text) or _MINUTES.search(ctx.text) is None:
        return  # (the chair's line is read only in minutes: a text with an attendance line)
    company = ctx.announcer or ctx.focus
    if not company or ctx.type_of(company) != "Company":
        return
    titles = get_lexicon().titles
    before = len(ctx.out)
    seated: set[str] = set()
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if (m := _PRESENT.fullmatch(line)) is not None:
            row = Row([], start, start + len(line))
            for item in _SEP.split(ctx.show(start + m.start("names"), start + m.end("names"))):
                title, name = _seat_of(_REPRESENTS.sub("", item.strip()))
                if (person := listed_person(ctx, row, name)) is None:
                    continue
                role = titles.get(title)
                emit_position(ctx, row_sent(ctx, row), person, company, TitleInfo(role or Role.DIRECTOR, title),
                              "minutes-present", "", None, 0.8)
                seated.add(person)
        elif (m := _CHAIR.match(line)) is not None:
            row = Row([], start, start + len(line))
            if (person := listed_person(ctx, row, ctx.show(start + m.start("name"), start + m.end("name")))) is not None:
                emit_position(ctx, row_sent(ctx, row), person, company, TitleInfo(Role.CHAIRMAN, "董事长"),
                              "minutes-chair", "", None, 0.8)
    if len(ctx.out) == before:
        return
    if chairs := {c.subject for c in ctx.out if c.rule == "minutes-chair"}:  # the chairman's seat is his post, not a director's too
        ctx.out[:] = [c for c in ctx.out if not (c.rule == "minutes-present" and c.subject in chairs and c.qualifiers.get("role") == Role.DIRECTOR)]
    if seated:  # a seat read at another company (the bracketed juristic director's) on the attendance line
        ctx.out[:] = [c for c in ctx.out if not (
            c.predicate is Predicate.HOLDS_POSITION and c.subject in seated and c.object != company
            and c.rule not in ("minutes-present", "minutes-chair") and _PRESENT.match(ctx.text, ctx.sentences[c.sent].start))]
    ctx.reindex()


def _seat_of(item: str) -> tuple[str, str]:
    """(seat title, name) of one attendance item: "独立董事丙" → ("独立董事", "丙"); a bare name is a director."""
    simple = to_simplified(item)
    for seat in _SEATS:
        if simple.startswith(seat) and len(simple) > len(seat):
            return seat, item[len(seat):]
    return "董事", item
