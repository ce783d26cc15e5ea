"""A board listed under headings: a line that is only a title, then a line of the
names that hold it, each perhaps with a post of its own in brackets
("执行董事\\n周明远（主席）、吴启航（行长）\\n非执行董事\\n李佳、王立新"). Every
name holds the heading's post, and its bracketed one, at the company the
list is of (the announcer, else the one the text speaks of)."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context, pattern
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from text.normalize import norm_name

_HEADING = pattern(rf"\s*(?:[（(][一二三四五六七八九十\d]{{1,2}}[）)]|[一二三四五六七八九十]{{1,2}}、)?(?P<chain>{CHAIN})[：:]?\s*")
#: a name with its own post in brackets: "周明远（主席）"
_ITEM = pattern(rf"(?P<p><P>)(?:[（(](?P<own>{CHAIN})[）)])?")
_LINE = pattern(rf"(?:<P>(?:[（(]{CHAIN}[）)])?(?:、|，|,|；|;|\s)*)+")


def heading_lists(ctx: Context) -> None:
    sents = ctx.sentences
    for i, sent in enumerate(sents):
        if KIND["T"] not in sent.tpl or ctx.text[sent.start - 1:sent.start] not in ("\n", ""):
            continue
        head = _HEADING.fullmatch(sent.tpl)
        if head is None or "\n" not in ctx.text[sent.end:sent.end + 2]:
            continue  # (the names are on the line right after the heading)
        company = ctx.announcer or ctx.nearest_company(sent, head.start("chain"))
        posts = chain_items(sent, head.start("chain"), head.end("chain"), company)
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        line_at = ctx.text.index("\n", sent.end) + 1
        if nxt is not None and not ctx.text[line_at:nxt.start].strip() and _LINE.fullmatch(nxt.tpl):
            people = [(nxt.at(m.start("p")).key, m) for m in _ITEM.finditer(nxt.tpl)]
        else:  # a line of names alone, which no rule reads as a sentence: each name the text knows as a person's
            line = ctx.text[line_at:ctx.text.find("\n", line_at) % (len(ctx.text) + 1)]
            keys = [ctx.inv.surface.get(norm_name(n)) for n in re.split(r"[、，,\s]+", line.strip()) if n]
            people = [(k, None) for k in keys] if keys and all(k and k.startswith("P:") for k in keys) else []
            nxt = sent
        for who, m in people:
            for at, info in posts:
                emit_position(ctx, nxt, who, at, info, "heading-list", "", None, 0.8)  # type: ignore[arg-type]
            if m is not None and m.group("own"):
                for at, info in chain_items(nxt, m.start("own"), m.end("own"), company):
                    emit_position(ctx, nxt, who, at, info, "heading-list", "", None, 0.8)
