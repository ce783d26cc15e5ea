"""A list of a team, a row a person: "P，" + a post + "，继续负责…；" — the name, a comma, the post, then what the
row says of it. A founder's letter to staff, a release naming a new management team, writes its people so;
the rows name no company: the posts are at the company the article is about, or at the one a heading line right
above them names ("C的T", "L的T如下："). A row's "兼任T2" (or "兼T2") is a second post. An offering document's
roster sets a dash between the name and the posts, one line a person ("P——T兼T。" + what the line goes on to
say of P): lines one under the other make that list.

Two such rows one after the other make the list (one alone is any sentence with an apposition). A post another
rule gave someone the row does not name, at that company, from the row's words, is the row's own misread
(a verb such as 兼任 read back to the row before): it is dropped."""

from __future__ import annotations

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: a row: the name, a comma, the post, then a comma, a stop or the row's end
_ROW = pattern(r"^\s*(?P<p><P>)(?P<sep>，|——|—|－－)(?P<t><T>)(?:[，；。兼]|\s*$)")
#: a heading line naming the company whose board the rows under it list: "C的董事", "C董事会成员如下："
_HEADING = pattern(r"^\s*(?P<c><C>)(?:的)?(?:<T>)(?:会)?(?:成员|名单)?(?:如下)?[：:]?\s*$")
#: the row's second post: "兼任合规负责人"
_ALSO = pattern(r"兼(?:任)?(?P<t><T>)")
#: the post the row's person leaves for the row's: "由技术副总裁晋升"
_ROSE_FROM = pattern(r"[，,]由(?:原)?(?P<t><T>)(?:晋升|升任|提拔|转任|调任)")
#: the one the row's person takes the post from: "接替转任" + a post + "的Q", "接替Q"
_TAKES_FROM = pattern(r"接替(?:(?:转任|调任|升任|改任)<T>的|(?:原|前任)?<T>?)(?P<q><P>)")


def _row(sent: Sent) -> tuple[str, TitleInfo, bool] | None:
    m = _ROW.match(sent.tpl)
    if not m:
        return None
    person, info = sent.at(m.start("p")).key, sent.at(m.start("t")).value
    return (person, info, m.group("sep") != "，") if person and isinstance(info, TitleInfo) else None


def _line(ctx: Context, i: int) -> int:
    return ctx.text.count("\n", 0, ctx.sentences[i].start)


def _heading_company(ctx: Context, i: int) -> str | None:
    """The company a heading on the line right above row `i` names ("C的董事"), if one does."""
    line = _line(ctx, i)
    for j in range(i - 1, max(-1, i - 3), -1):
        if _line(ctx, j) == line - 1 and (m := _HEADING.match(ctx.sentences[j].tpl)) is not None:
            return ctx.sentences[j].at(m.start("c")).key
    return None


def team_rows(ctx: Context) -> None:
    if "，" not in ctx.text and "—" not in ctx.text and "－－" not in ctx.text:
        return
    rows = {s.i: r for s in ctx.sentences if (r := _row(s)) is not None}
    lines = {_line(ctx, i): i for i, r in rows.items() if r[2]}  # the dash rows, by their lines
    listed = [i for i in rows if (i - 1 in rows and ctx.adjacent(i - 1, i)) or (i + 1 in rows and ctx.adjacent(i, i + 1))
              or (rows[i][2] and (_line(ctx, i) - 1 in lines or _line(ctx, i) + 1 in lines))]
    company: str | None = None
    for n, i in enumerate(listed):
        if n == 0 or i not in (listed[n - 1] + 1, lines.get(_line(ctx, listed[n - 1]) + 1)):
            company = _heading_company(ctx, i) or ctx.focus or ctx.announcer  # a run's first row: its heading's company
        if company is None:
            continue
        sent, (person, info, _dash) = ctx.sentences[i], rows[i]
        named = {mt.key for mt in sent.mentions if mt.key}
        ctx.out = [c for c in ctx.out if not (c.sent == i and c.predicate is Predicate.HOLDS_POSITION
                                              and c.object == company and c.subject not in named)]
        emit_position(ctx, sent, person, company, info, "team-row", "", None, 0.8)
        for m in _ALSO.finditer(sent.tpl):
            also = sent.at(m.start("t")).value
            if isinstance(also, TitleInfo):
                emit_position(ctx, sent, person, company, also, "team-row", "", None, 0.75)
        date = ctx.carried_date(sent)
        if (rose := _ROSE_FROM.search(sent.tpl)) is not None and isinstance(old := sent.at(rose.start("t")).value, TitleInfo):
            emit_position(ctx, sent, person, company, old, "team-row", "end", date, 0.75)  # the post left for the row's
        if (took := _TAKES_FROM.search(sent.tpl)) is not None:
            emit_position(ctx, sent, sent.at(took.start("q")).key, company, info, "team-row", "end", date, 0.75)  # the row's post, before
    if listed:
        ctx.reindex()
