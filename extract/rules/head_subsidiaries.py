"""SUBSIDIARY_OF of a subsidiary a clause opens with, its parent unwritten.

A company's own report, and news that retells it, names its subsidiaries by the bare word: "……；子公司A于本年取得牌照",
"全资子公司A已正式开业". No parent is written before 子公司 because the text is the parent's: the company it is
about. The rule reads only a clause that opens with the word (at the head of a sentence, after a date at most, or
after a semicolon) and names no company before it in the sentence: with a company before it, whose subsidiary A is
the other subsidiary rules decide.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.subsidiary_shapes import emit_subsidiary, subsidiary_kind
from extract.rules.templates import Sent, pattern

#: a clause's head (the sentence's, after a date at most, or a semicolon's), 子公司 with its kind, the child, and
#: what the child does next (a date word, an adverb, a verb's head): "子公司A于…", "全资子公司A已…", "；控股子公司A正式…"
_HEAD_SUB = pattern(
    r"(?:^(?:<D>)?(?:[，,])?|[；;])(?:本年|年内|期内)?(?:[，,])?(?P<kind>(?:全资|控股)?(?:子公司|附属公司))(?P<child><C>)"
    r"(?=于|已|正式|亦|也|在|获|取得|顺利|成功)")


def _sub_of_focus(ctx: Context, sent: Sent) -> None:
    for m in _HEAD_SUB.finditer(sent.tpl):
        if sent.between(0, m.start("child"), "C"):
            continue  # a company named before: the other rules read whose subsidiary the child is
        child = sent.at(m.start("child")).key
        parent = ctx.focus
        if parent and child and parent != child and not ctx.is_regulator(parent):
            emit_subsidiary(ctx, sent, child, parent, "head-subsidiary", 0.75, subsidiary_kind(m.group("kind")))


def head_subsidiaries(ctx: Context) -> None:
    if ctx.focus is None:
        return
    for sent in ctx.sentences:
        if "子公司" in sent.tpl or "附属公司" in sent.tpl:
            _sub_of_focus(ctx, sent)
