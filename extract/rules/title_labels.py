"""A report's lines of posts written as label:value ("董事长：P", "非执行董事：P（C推荐）、Q（D推荐）",
"财务总监：P" + "（兼" + a post + "）"), as a solvency report's summary or a company's data page lists its board.

The label is the post of every name in the value, at the company the text is about (or the company
the sentence rules already gave the first name's post); a recommender in brackets after a name
(（由C推荐）, （C提名）) is who put the director forward, not a post at C; a bracketed 兼 title is a
second post at the same company.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.body_headings import under_other_body
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import Predicate

#: the label line: a title, a colon, the names (each perhaps with a bracket after it)
_LINE = pattern(r"\s*(?P<t><T>)[：:]\s*(?P<names><P>(?:[（(][^（）()]{1,40}[）)])?(?:\s*[、，,]\s*<P>(?:[（(][^（）()]{1,40}[）)])?)*)\s*[。；]?")
#: a second post in the bracket after a name: "（兼首席风险官）"
_ALSO = pattern(r"(?P<p><P>)[（(]兼任?(?P<ts><T>(?:[、和及]<T>)*)[）)]")


def title_labels(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "：" not in tpl and ":" not in tpl:
            continue
        m = _LINE.fullmatch(tpl)
        if m is None or under_other_body(ctx, sent):
            continue  # ("监事会" + "主席：P": the chair of another body, not the board's)
        people = [k for k in range(m.start("names"), m.end("names")) if tpl[k] == "\ue000"]
        if not people:
            continue
        given = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_POSITION]
        company = next((c.object for c in given if c.subject == sent.at(people[0]).key), None) or ctx.announcer or ctx.focus
        if company is None:
            continue
        label = sent.at(m.start("t")).value
        for k in people:
            person = sent.at(k).key
            if not any(c.subject == person and c.object == company and c.qualifiers.get("role") == str(label.role) for c in given):
                emit_position(ctx, sent, person, company, label, "title-label", "", None, 0.8)
        for a in _ALSO.finditer(tpl, m.start("names")):
            for k in range(a.start("ts"), a.end("ts")):
                if tpl[k] == "\ue003":
                    emit_position(ctx, sent, sent.at(a.start("p")).key, company, sent.at(k).value, "title-label-also", "", None, 0.8)
