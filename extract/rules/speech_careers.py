"""A career told in the first person, or of a person by name, with a verb of
having served ("我在C当了十年行长，2020年离开"): 当了/做了/干了 a post at a
company is a post held once, over by the time of telling; a leaving dated
right after ends it on that date."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern

_SERVED = pattern(rf"(?P<p><P>)(?:曾|曾经|以前|过去|早年|先后)?在(?P<c><C>)(?:当了|做了|干了|当过|做过|干过)"
                  rf"(?:[一二三四五六七八九十两几\d]+年(?:多)?(?:的)?)?(?P<chain>{CHAIN})")
#: the leaving told right after: "，2020年离开"
_LEFT_THEN = pattern(r"[，,](?:直到|到|于)?(?P<d><D>)(?:才)?(?:离开|离职|卸任|退休|辞职)")


def speech_careers(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "了" not in sent.tpl and "过" not in sent.tpl:
            continue
        for m in _SERVED.finditer(sent.tpl):
            left = _LEFT_THEN.match(sent.tpl, m.end())
            end = ctx.date_iso(sent.at(left.start("d")), sent) if left else None
            person = sent.at(m.start("p")).key
            for company, info in chain_items(sent, m.start("c"), m.end("chain"), sent.at(m.start("c")).key):
                emit_position(ctx, sent, person, company, info, "speech-career", "end" if end else "past", end, 0.75)
