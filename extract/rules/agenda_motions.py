"""Board minutes' motions on officers: "案由：C T P因…请辞，拟自D起解任" and, in the next motion,
"案由：拟聘任C T2 Q为T". A motion only proposes (拟), so neither is a fact until its resolution
(决议：…通过) carries it; once carried, P leaves the post from the day the motion gives, Q takes the
post from the day the motion's notes give ("Q自D起生效"), and when the post Q takes is the one P
left, Q succeeds P — two agenda items apart, with no 接替 between them."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: a motion's subject line: a holder resigning, and the day the release would take effect
_RESIGNS = pattern(r"案由[：:](?P<chain>(?:<C>)?<T>)(?P<p><P>)[^，。；\ue000]{0,16}?(?:请辞|辞职|辞任|辞去)[^，。；\ue000]{0,6}?[，,]?"
                   r"(?:拟)?(?:自(?P<d><D>)起)?(?:解任|离任|卸任)?")
#: a motion's subject line: an appointment proposed
_APPOINTS = pattern(rf"案由[：:](?:拟)?(?:聘任|委任|任命|选任|聘请)(?:<C>)?(?:<T>)?(?P<p><P>)为(?P<chain>{CHAIN})")
#: the day a motion's notes give for the change ("Q自D起就任", "自D起生效")
_EFFECTIVE = pattern(r"自(?P<d><D>)起(?:生效|就任|到任|履新)")
#: the resolution that carries a motion (the raw text may be in either script)
_CARRIED = re.compile(r"[决決][议議][：:][^\n]{0,40}?(?:通过|通過)")
_MOTION = re.compile(r"案由[：:]")


def _motion_end(ctx: Context, sent: Sent) -> int:
    nxt = _MOTION.search(ctx.text, sent.end)
    return nxt.start() if nxt else len(ctx.text)


def _effective_day(ctx: Context, sent: Sent, until: int) -> str | None:
    for later in ctx.sentences[sent.i + 1:]:
        if later.start >= until:
            break
        if (m := _EFFECTIVE.search(later.tpl)) is not None:
            return ctx.date_iso(later.at(m.start("d")), later)
    return None


def agenda_motions(ctx: Context) -> None:
    if "案由" not in ctx.text or not ("决议" in ctx.text or "決議" in ctx.text):
        return
    left: list[tuple[str, str | None, str, str | None]] = []  # (person, company, role, day) of the last carried resignation
    for sent in ctx.sentences:
        if "案由" not in sent.tpl:
            continue
        until = _motion_end(ctx, sent)
        if not _CARRIED.search(ctx.text, sent.end, until):
            left = []
            continue
        default = ctx.focus
        if (m := _RESIGNS.search(sent.tpl)) is not None:
            day = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
            person = sent.at(m.start("p")).key
            left = []
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                emit_position(ctx, sent, person, company, info, "motion-resigned", "end", day, 0.8)
                left.append((person or "", company, str(info.role), day))
        elif (m := _APPOINTS.search(sent.tpl)) is not None:
            day = _effective_day(ctx, sent, until)
            person = sent.at(m.start("p")).key
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                emit_position(ctx, sent, person, company, info, "motion-appointed", "start", day, 0.8)
                for former, at, role, end in left:
                    if at == company and role == str(info.role) and former != person:
                        ent = ctx.inv.entities.get(company) if company else None
                        ctx.emit(Predicate.SUCCEEDED, person, former, sent, "motion-successor", 0.8,
                                 company=ent.name if ent else None, role=role, date=day or end)
            left = []
