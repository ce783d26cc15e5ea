"""The signature of an announcement: a line that is only a title, then a
line that is only a name ("承董事会命\\nC\\n主席\\nP\\n香港，D"): the signer
holds that title at the company on the line before, else at the company
that makes the announcement. A letter's or an e-mail's signature block
writes the name first, then a line of the company and the title
("P\\nC首席执行官\\nD"): the posts of that line are the name's."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.position_chains import chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from text.normalize import norm_name

#: the name line after the title's line
_NAME_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n\s]{2,4}?)(?:先生|女士)?[ \t]*(?=\n|$)")
#: the company line before the title's line
_COMPANY_LINE = re.compile(r"\n[ \t]*([^\n]{2,40}?)[ \t]*\n[ \t]*$")


#: a signature block's line of posts: a company, then its titles, and nothing else
_POSTS_LINE = re.compile(rf"\s*{KIND['C']}(?:{KIND['T']}(?:、|兼)?)+\s*$")
#: the name line right above it
_NAME_ABOVE = re.compile(r"(?:^|\n)[ \t]*([^\n\s]{2,4}?)[ \t]*\n[ \t]*$")


def signed_below(ctx: Context, sent: Sent) -> None:
    """The posts on a line of their own ("C首席执行官") given to the name alone on the line above it."""
    if not _POSTS_LINE.match(sent.tpl) or ctx.text[sent.start - 1:sent.start] not in ("\n", ""):
        return
    name = _NAME_ABOVE.search(ctx.text, max(0, sent.start - 8), sent.start)
    person = ctx.inv.surface.get(norm_name(name.group(1))) if name else None
    if person is None or not person.startswith("P:"):
        return
    for at, info in chain_items(sent, 0, len(sent.tpl), None):
        emit_position(ctx, sent, person, at, info, "signature", "", None, 0.8)


def signed_post(ctx: Context, sent: Sent) -> None:
    """The title of a signature line, given to the name on the line after it."""
    signed_below(ctx, sent)
    if sent.tpl.strip() != KIND["T"] or ctx.text[sent.start - 1:sent.start] not in ("\n", ""):
        return
    name = _NAME_LINE.match(ctx.text, sent.end)
    person = ctx.inv.surface.get(norm_name(name.group(1))) if name else None
    if person is None or not person.startswith("P:"):
        return
    line = _COMPANY_LINE.search(ctx.text, max(0, sent.start - 42), sent.start)
    company = ctx.inv.surface.get(norm_name(line.group(1))) if line else None
    company = company if company and company.startswith("C:") else ctx.announcer or ctx.focus
    for at, info in chain_items(sent, 0, len(sent.tpl), company):
        emit_position(ctx, sent, person, at, info, "signature", "", None, 0.8)
