"""Posts each followed by the years they were held, in brackets: a biography's "曾任C1 T1（2009—2015年）、C2 T2
（2003—2008年）" (a book's author note, a speaker's or a candidate's profile). The verb before the list (曾任, 历任,
先后任) says the posts are the person's; the bracket after each item gives that item its first and last year. The
bracket breaks the chain the verb rules read, so the items after the first one are read here, each with its span.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import clause_start, emit_position, hedged, subject_for
from extract.rules.templates import Sent, pattern

#: the verb that opens a list of posts held (the person before it, or the one the sentence before named)
_VERB = re.compile(r"(?:曾任|历任|先后任|先后担任|曾先后担任|曾担任|歷任|曾擔任)")
#: one item: a chain of posts, then "（Y1—Y2年）" (the first year bare, the second a date; "至今"/"今" leaves it open)
_ITEM = pattern(rf"(?P<chain>{CHAIN})[（(](?P<y1>(?:19|20)\d{{2}})(?:年)?(?:\d{{1,2}}月)?[—–－\-~～至]{{1,2}}(?:(?P<d2><D>)|(?P<now>至今|今))[）)]")
#: what may join two items: 、 ， ； 及 和
_JOIN = re.compile(r"(?:、|，|,|；|;|及|和|以及)?")


def _items(sent: Sent, at: int) -> list[re.Match[str]]:
    """The bracketed items of the list that starts at template position `at`, in order."""
    out: list[re.Match[str]] = []
    while (m := _ITEM.match(sent.tpl, at)) is not None:
        out.append(m)
        at = _JOIN.match(sent.tpl, m.end()).end()
    return out


def bracketed_terms(ctx: Context) -> None:
    if "—" not in ctx.text and "－" not in ctx.text and "–" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "（" not in sent.tpl and "(" not in sent.tpl:
            continue
        for verb in _VERB.finditer(sent.tpl):
            if hedged(sent.tpl[clause_start(sent, verb.start()):verb.start()]):
                continue
            items = _items(sent, verb.end())
            if not items:
                continue
            person = subject_for(ctx, sent, verb.start())
            if person is None:
                continue
            for m in items:
                start = m.group("y1")
                end = ctx.date_iso(sent.at(m.start("d2")), sent) if m.group("d2") else None
                status = "range" if end else "start"
                default = ctx.nearest_company(sent, m.start("chain"))
                for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                    emit_position(ctx, sent, person, company, info, "bracketed-term", status, start, 0.8, end)
