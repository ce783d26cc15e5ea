"""The companies a company set up, counted and then named one by one with its share in brackets, the way a
yearbook's 子公司 section writes a sponsor bank's village banks: "C发起设立的村镇银行共N家，分别是A（持股p%）和
B（持股q%）" (C holds each child at the share after its name, never the child C; a majority makes it C's
subsidiary), and the one more it controls in the next clause: "；此外还控股D，持股p%" (the clause has no subject
of its own: it goes on about the company the sentence before was about).

Apart from `subsidiary_lists` (whose counted lists name a kind of subsidiary: 控股子公司N家) because these count what
was set up (村镇银行, 子公司), and the share a bracket gives is read here before the holdings rules would take it for
the child's holding in the sponsor (`subsidiary-list-pcts`, which `stakes` skips).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, gated
from extract.rules.topics import topic_of
from schema import Predicate, SubsidiaryKind

#: a share in brackets after a child: "A（持股51%）"
_NOTE = r"(?:[（(](?:持股|持有)(?:比例)?(?:为)?(?:约)?\ue007(?:股权|股份)?[）)])?"
_CHILDREN = rf"\ue001{_NOTE}(?:(?:、|和|及|与|以及)\ue001{_NOTE})*"
#: "C" + (a few words: as its main sponsor) + "设立" + what + a count + "，分别为" + the children
_FOUNDED = gated(rf"(?:(?P<parent><C>)[^，。；\ue000-\ue007]{{0,10}}?)?(?:发起设立|设立|组建|控股)(?:了|的)?"
                 rf"(?:村镇银行|子公司|控股子公司|法人机构)(?:共)?[\d一二三四五六七八九十两]+家[，,：:]?(?:分别|分別)(?:为|為|是)[：:]?"
                 rf"(?P<children>{_CHILDREN})(?=[，,。；]|$)", "分别", "分別")
#: a clause with no subject that says the company goes on to control another, its share after: "此外还控股D，持股p%"
_ALSO_CONTROLS = gated(r"(?:^|(?<=[；;，,]))(?:另|另外|此外|还|并|同时)(?:还)?控股(?P<child><C>)[，,](?:持股比例|持股比率|持股)(?:为|达)?(?P<pct><R>)",
                       "控股")


def _sponsor(ctx: Context, sent: Sent, m: re.Match[str]) -> str | None:
    """The company the list is of: the one named before the verb, else the one the sentence is about."""
    if m.group("parent"):
        return sent.at(m.start("parent")).key
    return next((c.key for c in reversed(sent.between(0, m.start(), "C")) if c.key), None) or topic_of(sent) or ctx.focus


def _child(ctx: Context, sent: Sent, parent: str, child: str, pct: float | None, pos: int) -> None:
    """Parent holds child at pct (a majority or all of it makes it a subsidiary)."""
    emit_stake(ctx, sent, parent, child, "founded-counted", 0.8, pct=pct, pos=pos, parents=False)
    if pct is not None and pct > 50:
        kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
        ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "founded-counted", 0.8, kind=str(kind))


def sponsored_lists(ctx: Context) -> None:
    if "家" not in ctx.text and "控股" not in ctx.text:
        return
    claimed = ctx.memo.setdefault("subsidiary-list-pcts", set())  # the bracketed shares read here (stakes skips them)
    last: tuple[int, str] | None = None  # (sentence, sponsor) of the last list
    for sent in ctx.sentences:
        tpl = sent.tpl
        for m in _FOUNDED.finditer(tpl):
            parent = _sponsor(ctx, sent, m)
            if not parent:
                continue
            last = (sent.i, parent)
            for c in sent.between(m.start("children"), m.end("children"), "C"):
                if not c.key or c.key == parent:
                    continue
                at = sent.pos_of(c) + 1
                note = re.match(r"[（(][^）)\ue007]*(\ue007)", tpl[at:])
                pos = at + note.start(1) if note else at
                if note:
                    claimed.add((sent.i, pos))
                _child(ctx, sent, parent, c.key, sent.at(pos).value if note else None, pos)
        for m in _ALSO_CONTROLS.finditer(tpl):
            parent = last[1] if last and sent.i - last[0] <= 1 else topic_of(sent) or sent.prev_topic or ctx.focus
            child = sent.at(m.start("child")).key
            if parent and child and child != parent:
                _child(ctx, sent, parent, child, sent.at(m.start("pct")).value, m.start("pct"))
