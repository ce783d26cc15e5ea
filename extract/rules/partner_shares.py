"""A partnership's partners and the shares of its capital each put in, as a story that looks through a chain of
partnerships writes them: the general partner G of C named after its post (perhaps with the post's other name in
brackets) and its share of the capital (出资比例) after a comma, then after a ； the limited partners and theirs, "分别为" +
one figure each (each partner holds C at its share; the clause after the ；, with no partnership of its own, is about the one
before), a natural person (自然人) as the executive partner (a person who runs it: P's post at C too, as `partner_posts` titles
it). A limited partner (有限合伙人) only puts money in: no post, so the bare 合伙人 post another rule read from
"有限合伙人为A" is dropped.
"""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.name_lists import named_list
from extract.rules.position_emit import emit_position
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, gated
from schema import Predicate, Role

_PARTY = r"[\ue000\ue001](?:[（(][^（）()]{0,40}[）)])?"
#: a partner: a mention, or a name the recogniser missed in a list of them ("A、B" with B met nowhere else)
_ITEM = rf"(?:{_PARTY}|[\u4e00-\u9fff]{{2,4}}?)"
#: who the partners of a kind are (执行事务, 普通, 有限 + the title), then their shares of the capital, one figure each
_PARTNERS = gated(rf"(?:(?P<fund><C>)(?:的))?(?:唯一的?)?(?P<kind>执行事务|普通|有限)<T>(?:[（(][^（）()]{{0,10}}[）)])?(?:为|是)(?:自然人)?"
                  rf"(?P<who>{_ITEM}(?:(?:和|、|及|与){_ITEM})*)[，,](?:其)?(?:认缴)?(?:出资比例|出资份额|出资占比|份额比例)(?:分别)?(?:为|是)?"
                  r"(?P<pcts><R>(?:(?:和|、|及|与)<R>)*)", "出资", "份额")


def _fund(sent: Sent, m: re.Match[str], last: tuple[int, str] | None) -> str | None:
    """The partnership: the one the clause names, else the one the clause before (in this sentence or the last) spoke of."""
    if m.group("fund"):
        return sent.at(m.start("fund")).key
    return last[1] if last and sent.i - last[0] <= 1 else None


def partner_shares(ctx: Context) -> None:
    if "合伙人" not in ctx.text or "出资" not in ctx.text:
        return
    last: tuple[int, str] | None = None  # (sentence, partnership) of the last partners named
    for sent in ctx.sentences:
        for m in _PARTNERS.finditer(sent.tpl):
            fund = _fund(sent, m, last)
            if not fund or ctx.type_of(fund) != "Company":
                continue
            last = (sent.i, fund)
            who = [x for x in sent.between(m.start("who"), m.end("who")) if x.kind in ("P", "C") and x.key]
            # (a short name in brackets after a partner is that partner again: "A（以下简称“A'”）")
            partners = list(dict.fromkeys(x.key for x in who if x.key != fund))
            if re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"[（(][^（）()]*[）)]", "", sent.tpl[m.start("who"):m.end("who")])):
                partners = named_list(ctx, sent, m.start("who"), m.end("who"), cued=True)  # people, one the recogniser missed
            pcts = [r.value for r in sent.between(m.start("pcts"), m.end("pcts"), "R")]
            if len(pcts) != len(partners):
                continue
            for key, pct, at in zip(partners, pcts, [sent.pos_of(r) for r in sent.between(m.start("pcts"), m.end("pcts"), "R")], strict=True):
                emit_stake(ctx, sent, key, fund, "partner-share", 0.8, pct=pct, pos=at, parents=False)
                if m.group("kind") == "执行事务" and key.startswith("P:"):
                    emit_position(ctx, sent, key, fund, TitleInfo(Role.OTHER, "执行事务合伙人"), "partner-share", "", None, 0.8)
            if m.group("kind") == "有限":  # a limited partner holds no post: drop the bare 合伙人 read from "有限合伙人为A"
                gone = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.sent == sent.i
                        and c.subject in partners and c.qualifiers.get("title") == "合伙人"]
                if gone:
                    ctx.out[:] = [c for c in ctx.out if all(c is not g for g in gone)]
                    ctx.reindex()

