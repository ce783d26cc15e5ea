"""A bilingual deck's team page (`extract.deck_lines`): under each name line, the title lines are the person's
posts at the company the deck is of (创始人 among them: the person founded it); the bullets under it tell the
person's past posts ("•曾任C T", "•此前任C T"), the founding ("•2016年创立C") and whom the post was taken from
("• Joined in 2022, succeeding 王某"). Nothing in those lines names the person: the block does.
"""

from __future__ import annotations

import re

from extract.deck_lines import NAME_LINE, SUCCEEDING
from extract.mention_records import KIND, TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate
from text.normalize import norm_name

#: a title line: English words perhaps, then the Chinese titles and nothing else ("Chief Risk Officer 首席风险官")
_TITLES = pattern(rf"^[A-Za-z ,&'’.-]*(?P<founder>(?:联合)?创始人、?)?(?P<chain>{CHAIN})\s*$")
#: a bullet of a past post
_PAST = pattern(rf"^[•·●▪\-]?\s*(?:曾任|此前任|此前担任|曾担任|原任|历任)(?P<chain>{CHAIN})")
#: a bullet of the founding: "•2016年创立C"
_FOUNDED = pattern(r"^[•·●▪\-]?\s*(?P<d><D>)?(?:创立|创办|创建|创立了|创办了)(?P<c><C>)")


def _blocks(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name line's block: up to the next name line."""
    lines = list(NAME_LINE.finditer(text))
    return [(m.group(1), m.end(), lines[i + 1].start() if i + 1 < len(lines) else len(text)) for i, m in enumerate(lines)]


def deck_profiles(ctx: Context) -> None:
    if ctx.focus is None or "\n" not in ctx.text or not re.search(r"[A-Z]{2}", ctx.text):
        return
    for name, start, end in _blocks(ctx.text):
        person = ctx.inv.surface.get(norm_name(name))
        if person is None or not person.startswith("P:"):
            continue
        sents = [s for s in ctx.sentences if start <= s.start < end]
        first: tuple[Sent, TitleInfo] | None = None
        for sent in sents:
            if (titles := _TITLES.match(sent.tpl)) is not None and KIND["T"] in titles.group("chain"):
                for company, info in chain_items(sent, titles.start("chain"), titles.end("chain"), ctx.focus):
                    emit_position(ctx, sent, person, company, info, "deck-profile", "", None, 0.8)
                    first = first or (sent, info)
                if titles.group("founder"):
                    ctx.emit(Predicate.FOUNDED, person, ctx.focus, sent, "deck-profile", 0.75)
            elif (past := _PAST.match(sent.tpl)) is not None:
                for company, info in chain_items(sent, past.start("chain"), past.end("chain"), None):
                    if company is not None:
                        emit_position(ctx, sent, person, company, info, "deck-profile", "past", None, 0.75)
            elif (made := _FOUNDED.match(sent.tpl)) is not None:
                ctx.emit(Predicate.FOUNDED, person, sent.at(made.start("c")).key, sent, "deck-profile", 0.8,
                         date=ctx.date_iso(sent.at(made.start("d")), sent) if made.group("d") else None)
        took = SUCCEEDING.search(ctx.text, start, end)
        old = ctx.inv.surface.get(norm_name(took.group(1))) if took else None
        if first is not None and old is not None and old.startswith("P:") and old != person:
            sent, info = first
            ent = ctx.inv.entities.get(ctx.focus)
            ctx.emit(Predicate.SUCCEEDED, person, old, sent, "deck-profile", 0.75, company=ent.name if ent else None, role=str(info.role))
