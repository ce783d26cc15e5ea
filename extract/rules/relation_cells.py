"""Posts told in the relation cell of a table of parties, as a Taiwan filing's subscriber table or a list of related
parties writes it ("應募人｜與公司之關係｜認購股數"):

    A｜副總經理P兼任該公司之董事長｜…   (P chairs the row's company as well)
    B｜法人董事（代表人：Q）｜…   (the row's company sits on the board; Q sits there for it)

該公司 (该行) in a row's relation cell is the row's own party, not the filing's company the text is about; a juristic
person's director seat (法人董事, 法人監察人) is held by the representative it names, so Q holds that seat at the filing's
company. The post of P at the filing's company, told before 為, is read by the sentence rules.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from schema import Predicate
from text.normalize import norm_name

#: a cell's border in the row's template
_CELL = re.compile(r"[|｜]")
#: "P为该公司T": a person of the relation cell holding a post at the row's party
_THERE = re.compile(r"\ue000(?:亦|也|同时)?(?:为|系|是|担任|兼任)(?P<ref>\ue001)(?:之|的)?(?P<t>\ue003)")
#: "法人T（代表人：Q）": the row's party holds a seat through its representative
_SEAT = re.compile(r"法人(?P<t>\ue003)[（(](?:代表人|法人代表)[：:]\s*(?:(?P<p>\ue000)|(?P<name>[\u4e00-\u9fff]{2,4}))[）)]")
#: the words for the row's own party ("该公司", "该行")
_REFS = ("该公司", "該公司", "该行", "該行", "该企业", "該企業")


def relation_cells(ctx: Context) -> None:
    if "代表人" not in ctx.text and not any(w in ctx.text for w in _REFS):
        return
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "|" not in tpl and "｜" not in tpl:
            continue
        cells = [c for c in _CELL.finditer(tpl)]
        first = tpl[:cells[0].start()].strip()
        if first != "\ue001":
            continue  # (the row's party is a company, alone in its first cell)
        party = sent.at(tpl.index("\ue001")).key
        lo, hi = cells[0].end(), cells[1].start() if len(cells) > 1 else len(tpl)
        for m in _THERE.finditer(tpl, lo, hi):
            ref = sent.at(m.start("ref"))
            if ref.text.strip() in _REFS and party:
                person, info = sent.at(m.start()).key, sent.at(m.start("t")).value
                emit_position(ctx, sent, person, party, info, "relation-cell-there", "", None, 0.75)
                if ref.key != party:
                    _drop_misread(ctx, sent, person, ref.key, info.role)
        for m in _SEAT.finditer(tpl, lo, hi):
            person = sent.at(m.start("p")).key if m.group("p") else _named_person(ctx, sent, m.group("name"))
            own = ctx.focus or ctx.announcer
            if person and own and own != party:
                emit_position(ctx, sent, person, own, sent.at(m.start("t")).value, "relation-cell-seat", "", None, 0.75)


def _drop_misread(ctx: Context, sent: Sent, person: str | None, company: str | None, role: object) -> None:
    """The post a verb's chain gave at the company 该公司 was first resolved to (the text's own): it is the row's."""
    ctx.drop(lambda c: c.sent == sent.i and c.predicate is Predicate.HOLDS_POSITION and c.subject == person
             and c.object == company and c.qualifiers.get("role") == str(role) and c.rule.startswith("verb-chain"))


def _named_person(ctx: Context, sent: Sent, name: str) -> str | None:
    """The person a representative's bracket names (no cue elsewhere made the name one)."""
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key if key.startswith("P:") else None
    if not plausible_person(name, get_lexicon(), strong=True, cued=True, bounded=True):
        return None
    pos = ctx.text.find(name, sent.start, sent.end)
    ctx.inv.add("P:" + name, ctx.show(pos, pos + len(name)) if pos >= 0 else name, "Person", norm_name(name), name, max(pos, sent.start))
    return "P:" + name
