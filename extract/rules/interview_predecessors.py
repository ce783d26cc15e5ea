"""An interview's question about the interviewee's predecessor: "问：您的前任P如今调去了哪里？" On a question
line 您/你 is the one who answers on the next line, and 前任 is who held that person's post before: the post the
text gives the answerer at the company the interview is about (one holder's post, taken, not left). The answerer
succeeds P in it, from the day the answerer took it."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import pattern
from extract.speakers import line_speaker, question_line
from schema import SINGLE_HOLDER_ROLES, Predicate

_YOUR_PREDECESSOR = pattern(r"(?:您|你)的(?:前任|上一任)(?:是|为)?(?:<T>)?(?P<pred><P>)")


def interview_predecessors(ctx: Context) -> None:
    if "前任" not in ctx.text and "上一任" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "的前任" not in sent.tpl and "的上一任" not in sent.tpl:
            continue
        if (m := _YOUR_PREDECESSOR.search(sent.tpl)) is None or not question_line(ctx.text, sent.start):
            continue
        nl = ctx.text.find("\n", sent.end)
        answerer = line_speaker(ctx.inv, ctx.text, nl + 1) if nl >= 0 else None
        pred = sent.at(m.start("pred")).key
        if answerer is None or pred is None or answerer == pred:
            continue
        posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject == answerer
                 and c.object == ctx.focus and c.qualifiers.get("role") in SINGLE_HOLDER_ROLES
                 and "end" not in c.qualifiers and not c.qualifiers.get("left")]
        if len({c.qualifiers.get("role") for c in posts}) != 1:
            continue  # no post, or several: which one P held is not said
        post = next((c for c in posts if "start" in c.qualifiers), posts[0])
        ent = ctx.inv.entities.get(post.object)
        ctx.emit(Predicate.SUCCEEDED, answerer, pred, sent, "interview-predecessor", 0.75,
                 company=ent.name if ent else None, role=post.qualifiers.get("role"), date=post.qualifiers.get("start"))
