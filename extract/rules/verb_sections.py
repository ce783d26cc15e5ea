"""Posts in a notice arranged in sections by verb ("一、任命 … 二、免去 …", extract.verb_sections): a clause
under the heading 免去 ("P的C董事长职务") is a post P leaves, the verb written once above the list; the notice's
effective day ("任职时间自D起计算") is the day each post under either heading starts or ends, when the clause
gives no day of its own. Runs after the posts of the appointment lines are read and before notice_swaps, which
pairs a removal with the appointment to the same post."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import date_before, emit_position, own_or_carried
from extract.rules.templates import pattern
from extract.verb_sections import appointment_spans, effective_day, inline_spans, removal_spans
from schema import Predicate

#: a removal clause: the name, 的, the company and its posts, 职务 ("P的C" + posts + "职务")
_REMOVED = pattern(rf"(?:^|(?<=[，,；;]))(?P<p><P>)的(?P<chain>{CHAIN})(?:职务|一职|职位)")
#: an appointment clause without its verb: the name, 为, the company and its posts ("P为C董事长")
_NAMED_FOR = pattern(rf"(?:^|(?<=[，,；;]))(?P<p><P>)为(?P<chain>{CHAIN})(?=[，,；;。、]|$)")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def removal_sections(ctx: Context) -> None:
    removals = removal_spans(ctx.text)
    if not removals and "任" not in ctx.text:
        return
    day = effective_day(ctx.text)
    for sent in ctx.sentences:
        if not _inside(removals, sent.start) or "的" not in sent.tpl:
            continue
        for m in _REMOVED.finditer(sent.tpl):
            person = sent.at(m.start("p")).key
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), None):
                emit_position(ctx, sent, person, company, info, "removal-section", "end", day, 0.8)
    appointments = appointment_spans(ctx.text)
    appointed = {s.i for s in ctx.sentences if _inside(appointments, s.start)}
    for sent in (ctx.sentences[i] for i in sorted(appointed)):
        if "为" in sent.tpl:
            for m in _NAMED_FOR.finditer(sent.tpl):
                for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start())):
                    emit_position(ctx, sent, sent.at(m.start("p")).key, company, info, "appointment-section", "start", day, 0.8)
    if day is None:
        return
    for c in ctx.out:  # the appointments' posts: they start on the notice's day
        if (c.predicate is Predicate.HOLDS_POSITION and c.sent in appointed and "start" not in c.qualifiers
                and "end" not in c.qualifiers and not c.qualifiers.get("left")):
            c.qualifiers["start"] = day
            c.status = "start"


#: the clauses after a verb's first: each opens with a name and leaves the verb out
_MORE_REMOVED = pattern(rf"[，,；;](?P<p><P>)的(?P<chain>{CHAIN})(?:职务|一职|职位)(?=[，,；;。]|$)")
_MORE_NAMED_FOR = pattern(rf"[，,；;](?P<p><P>(?:[、和]<P>)*)为(?P<chain>{CHAIN})(?=[，,；;。]|$)")
_VERB = re.compile(r"任命|聘任|委任|免去|免除")
_CLAUSE_END = re.compile(r"[，,；;]")


def carried_verbs(ctx: Context) -> None:
    """"免去A的C1董事长职务，B的C2行长职务": the verb of the sentence's first clause holds for the clauses after it
    that open with a name and say only the post (的…职务 after 免去, 为… after 任命); the run stops at a clause
    that says anything else."""
    if not inline_spans(ctx.text):
        return
    for sent in ctx.sentences:
        for verb in _VERB.finditer(sent.tpl):
            removal = verb.group(0).startswith("免")
            more = _MORE_REMOVED if removal else _MORE_NAMED_FOR
            cut = _CLAUSE_END.search(sent.tpl, verb.end())
            pos = cut.start() if cut else None
            while pos is not None and (m := more.match(sent.tpl, pos)) is not None:
                people = [p.key for p in sent.between(m.start("p"), m.end("p"), "P")]
                date, carried = own_or_carried(ctx, sent, date_before(ctx, sent, verb.start())[0], m.end())
                for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
                    for person in people:
                        emit_position(ctx, sent, person, company, info, "carried-verb", "end" if removal else "start", date, 0.75,
                                      date_carried=carried)
                pos = m.end()


def removed_in_section(ctx: Context, sent_i: int) -> bool:
    """Whether analysed sentence `sent_i` stands under a heading of removal (its clauses end posts)."""
    spans = ctx.memo.get("removal_spans")
    if spans is None:
        spans = ctx.memo["removal_spans"] = removal_spans(ctx.text)
    return 0 <= sent_i < len(ctx.sentences) and _inside(spans, ctx.sentences[sent_i].start)
