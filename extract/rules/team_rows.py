"""A list of a team, a row a person: "P，" + a post + "，继续负责…；" — the name, a comma, the post, then what the
row says of it. A founder's letter to staff, a release naming a new management team, writes its people so;
the rows name no company: the posts are at the company the article is about. A row's "兼任T2" is a second post.

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
_ROW = pattern(r"^\s*(?P<p><P>)，(?P<t><T>)(?:[，；。]|\s*$)")
#: the row's second post: "兼任合规负责人"
_ALSO = pattern(r"兼任(?P<t><T>)")
#: the post the row's person leaves for the row's: "由技术副总裁晋升"
_ROSE_FROM = pattern(r"[，,]由(?:原)?(?P<t><T>)(?:晋升|升任|提拔|转任|调任)")
#: the one the row's person takes the post from: "接替转任" + a post + "的Q", "接替Q"
_TAKES_FROM = pattern(r"接替(?:(?:转任|调任|升任|改任)<T>的|(?:原|前任)?<T>?)(?P<q><P>)")


def _row(sent: Sent) -> tuple[str, TitleInfo] | None:
    m = _ROW.match(sent.tpl)
    if not m:
        return None
    person, info = sent.at(m.start("p")).key, sent.at(m.start("t")).value
    return (person, info) if person and isinstance(info, TitleInfo) else None


def team_rows(ctx: Context) -> None:
    company = ctx.focus or ctx.announcer
    if company is None or "，" not in ctx.text:
        return
    rows = {s.i: r for s in ctx.sentences if (r := _row(s)) is not None}
    listed = [i for i in rows if (i - 1 in rows and ctx.adjacent(i - 1, i)) or (i + 1 in rows and ctx.adjacent(i, i + 1))]
    for i in listed:
        sent, (person, info) = ctx.sentences[i], rows[i]
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
