"""A congratulation notice's honoree: the person's line, then 榮任 / 榮膺 and the post on the lines below.

    X有限公司                  賀
    P先生                     Q女士
    榮任總經理                 榮膺Y有限公司
                              董事

Each piece stands on a line of its own, with no verb between the name and the post but the honouring
one, so no prose rule joins them: the post is at the company of the 榮任/榮膺 line, else at the company
on the line right above the name (the firm whose notice it is).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from text.normalize import norm_name

#: the honouring verb's line, as analysed: the verb, perhaps the company, perhaps the post
_HONOURED = re.compile(r"荣(?:任|膺|升|晋)(?:为)?(?P<c>\ue001)?(?P<t>\ue003(?:[、兼及暨]\ue003)*)?")
#: a line that is the post alone, under an honouring line naming the company ("榮膺Y有限公司" + "獨立非執行董事")
_POST_ALONE = re.compile(r"\ue003(?:[、兼及暨]\ue003)*")
#: the honouring verb opening a raw line, then the rest of the line (a company's name)
_HONOURED_LINE = re.compile(r"[ \t\u3000]*荣(?:任|膺|升|晋)(?:为)?[ \t\u3000]*(?P<rest>[^\n]*?)[ \t\u3000]*$")
#: a name line: the name, perhaps an honorific
_NAME_LINE = re.compile(r"[ \t\u3000]*(?:恭贺[ \t\u3000]*)?(?P<name>[^\s]{2,4}?)(?:先生|女士|博士)?[ \t\u3000]*$")


def _line_above(text: str, at: int) -> tuple[int, str]:
    """The start and the text of the line above the one offset `at` is on (skipping blank lines); (-1, "") at the top."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, text[start:end]
        end = start - 1
    return -1, ""


def _key(ctx: Context, name: str, prefix: str) -> str | None:
    key = ctx.inv.surface.get(norm_name(name.strip()))
    return key if key is not None and key.startswith(prefix) else None


def honoured_lines(ctx: Context) -> None:
    if "荣" not in ctx.text:
        return
    for sent in ctx.sentences:
        if sent.tpl.startswith("荣"):
            _honoured(ctx, sent)
        elif _POST_ALONE.fullmatch(sent.tpl):
            _post_below(ctx, sent)


def _person_above(ctx: Context, at: int) -> tuple[str | None, int]:
    """The person of the name line above offset `at` and that line's start."""
    start, line = _line_above(ctx.text, at)
    m = _NAME_LINE.fullmatch(line) if start >= 0 else None
    return (_key(ctx, m.group("name"), "P:") if m else None), start


def _honoured(ctx: Context, sent: Sent) -> None:
    """"P先生" + "榮任行政總裁" (the company on the line above the name) or "榮任C行政總裁"."""
    m = _HONOURED.fullmatch(sent.tpl)
    if m is None or not m.group("t"):
        return
    person, at = _person_above(ctx, sent.start)
    if person is None:
        return
    company = sent.at(m.start("c")).key if m.group("c") else None
    if company is None:
        start, line = _line_above(ctx.text, at)
        company = _key(ctx, line, "C:") if start >= 0 else None
    for co, info in chain_items(sent, m.start("t"), m.end("t"), company):
        emit_position(ctx, sent, person, co, info, "honoured-line", "", None, 0.8)


def _post_below(ctx: Context, sent: Sent) -> None:
    """"Q女士" + "榮膺C" + the post alone on the line below."""
    start, line = _line_above(ctx.text, sent.start)
    m = _HONOURED_LINE.fullmatch(line) if start >= 0 else None
    company = _key(ctx, m.group("rest"), "C:") if m and m.group("rest") else None
    if company is None:
        return
    person, _at = _person_above(ctx, start)
    if person is None:
        return
    for co, info in chain_items(sent, 0, len(sent.tpl), company):
        emit_position(ctx, sent, person, co, info, "honoured-line", "", None, 0.8)
