"""A board listed under headings: a line that is only a title, then a line of the
names that hold it, each perhaps with a post of its own in brackets
("执行董事\\n周明远（主席）、吴启航（行长）\\n非执行董事\\n李佳、王立新"). Every
name holds the heading's post, and its bracketed one, at the company the
list is of (the announcer, else the one the text speaks of)."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from text.normalize import norm_name

#: (a note in brackets may follow the title: "副会长" + "（按…排序）")
#: (or names the company whose post it is: "C的T如下：", "L的T", the names under it hold it there)
_HEADING = pattern(rf"\s*(?:[（(][一二三四五六七八九十\d]{{1,2}}[）)]|[一二三四五六七八九十]{{1,2}}、)?(?:(?P<c><C>)的?)?(?P<chain>{CHAIN})"
                   rf"(?:会)?(?:成员)?(?:如下)?(?:[（(][^（）()\ue000-\ue007]{{1,12}}[）)])?[：:]?\s*")
#: a name with its own post in brackets: "周明远（主席）"; a note may come first, and the post may be a former one
#: ("章蕴（专职，原北林科技首席风险官）")
_NOTE = r"(?:[^（）()\ue000-\ue007]{1,8}[，,、])?"
_ITEM = pattern(rf"(?P<p><P>)(?:[（(]{_NOTE}(?P<was>原|前)?(?P<own>{CHAIN})[）)]|[（(][^（）()\ue000-\ue007]{{1,12}}[）)])?")
#: a line of one name, a wide space, then that person's own company and post ("周明远　北林银行董事长"): under a
#: heading, the name holds the heading's post too (the rest of the line is read as a roster's line)
_NAME_THEN_OWN = pattern(r"\s*(?P<p><P>)(?:<C>|<T>)")
_LINE = pattern(rf"(?:<P>(?:[（(]{_NOTE}(?:原|前)?{CHAIN}[）)]|[（(][^（）()\ue000-\ue007]{{1,12}}[）)])?(?:、|，|,|；|;|\s)*)+")


#: an honorific after a name on a line of its own ("周明远先生"), which the names the text knows lack
_HONORIFIC = re.compile(r"(?:先生|女士|博士|教授)$")
#: a bracket after a name on a line of its own ("周明远先生（主席）")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _raw_line_people(ctx: Context, line: str) -> list[str]:
    """The people a line of names alone holds (no rule reads it as a sentence), each one the text knows as a
    person's; none unless every item is one."""
    line = _BRACKETED.sub("", line).strip()
    if ctx.inv.surface.get(norm_name(line), "").startswith("P:"):
        return [ctx.inv.surface[norm_name(line)]]  # one name with spaces in it ("Latin Name")
    items = [_HONORIFIC.sub("", n) for n in re.split(r"[、，,\s]+", line) if n]
    keys = [ctx.inv.surface.get(norm_name(n)) for n in items]
    return [k for k in keys if k] if keys and all(k and k.startswith("P:") for k in keys) else []


def heading_lists(ctx: Context) -> None:
    sents = ctx.sentences
    starts = {s.start: s for s in sents}
    for sent in sents:
        if KIND["T"] not in sent.tpl or ctx.text[sent.start - 1:sent.start] not in ("\n", ""):
            continue
        head = _HEADING.fullmatch(sent.tpl)
        if head is None or "\n" not in ctx.text[sent.end:sent.end + 2]:
            continue  # (the names are on the line right after the heading)
        company = (sent.at(head.start("c")).key if head.group("c") else None) or ctx.announcer or ctx.nearest_company(sent, head.start("chain"))
        posts = chain_items(sent, head.start("chain"), head.end("chain"), company)
        line_at = ctx.text.index("\n", sent.end) + 1
        while line_at < len(ctx.text):  # the lines of names below, one or many, up to the next heading or text
            line_end = ctx.text.find("\n", line_at) % (len(ctx.text) + 1)
            nxt = starts.get(line_at + len(ctx.text[line_at:line_end]) - len(ctx.text[line_at:line_end].lstrip()))
            if nxt is not None and _LINE.fullmatch(nxt.tpl) and nxt.end >= line_end - 1:
                people = [(nxt.at(m.start("p")).key, m) for m in _ITEM.finditer(nxt.tpl)]
            elif (nxt is not None and (own := _NAME_THEN_OWN.match(nxt.tpl)) is not None and nxt.end >= line_end - 1
                  and ctx.text[nxt.at(own.start("p")).end:nxt.at(own.start("p")).end + 1] in (" ", "\u3000", "\t")):
                people = [(nxt.at(own.start("p")).key, None)]
            else:
                people = [(k, None) for k in _raw_line_people(ctx, ctx.text[line_at:line_end])]
                nxt = sent
            if not people:
                break
            for who, m in people:
                for at, info in posts:
                    emit_position(ctx, nxt, who, at, info, "heading-list", "", None, 0.8)  # type: ignore[arg-type]
                if m is not None and m.group("own"):
                    for at, info in chain_items(nxt, m.start("own"), m.end("own"), company):
                        emit_position(ctx, nxt, who, at, info, "heading-list", "past" if m.group("was") else "", None, 0.8)
            line_at = line_end + 1
