"""The posts of an association (协会, 商会, 联合会): 会长, 副会长, 秘书长 are an
association's and no company's, and an election report names each new
office-holder by the firm they come from ("C董事长P当选为协会会长").

So a post of that kind the rules gave a firm goes to the association the
text is about (the one named last before it, or the only one named); and
"P1、P2当选为副会长", "P当选为协会监事长" give each person listed before the
verb the post there (the sentence rules give the verb one subject, and read
the firm before each name as the post's)."""

from __future__ import annotations

import re

from extract.mention_records import KIND, TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position, own_or_carried
from extract.rules.templates import Sent
from schema import Predicate

#: an association by its name's last word
_ASSOCIATION = re.compile(r"(?:协会|商会|联合会|学会|研究会|联谊会|联盟)$")
#: the titles only an association has
_ASSOCIATION_TITLE = re.compile(r"(?:名誉|常务|执行|轮值)?(?:副)?会长$|(?:常务)?(?:副)?秘书长$")
#: "当选为协会会长", "当选为副会长": the persons before the verb take the post; 协会/本会 names the association
_ELECTED = re.compile(r"(?:当选为|当选|获选为|被选举为|出任|担任)(?P<own>协会|商会|本会|该会|学会)?(?P<t>" + KIND["T"] + ")")


def _associations(ctx: Context) -> set[str]:
    return {k for k, e in ctx.inv.entities.items() if e.type == "Company" and _ASSOCIATION.search(e.name)}


def _association_at(ctx: Context, assoc: set[str], sent: Sent, pos: int) -> str | None:
    """The association named last before template position `pos` (in this sentence or an earlier one), else the only one."""
    for m in reversed(sent.between(0, pos, "C")):
        if m.key in assoc:
            return m.key
    for prev in reversed(ctx.sentences[:sent.i]):
        for m in reversed(prev.mentions):
            if m.kind == "C" and m.key in assoc:
                return m.key
    return next(iter(assoc)) if len(assoc) == 1 else None


def association_posts(ctx: Context) -> None:
    if not (assoc := _associations(ctx)):
        return
    for c in ctx.out:
        title = c.qualifiers.get("title") or ""
        if (c.predicate is Predicate.HOLDS_POSITION and c.object not in assoc and _ASSOCIATION_TITLE.search(title)
                and (to := _association_at(ctx, assoc, ctx.sentences[c.sent], len(ctx.sentences[c.sent].tpl))) is not None):
            c.object = to
    ctx.reindex()
    for sent in ctx.sentences:
        if KIND["T"] not in sent.tpl or KIND["P"] not in sent.tpl:
            continue
        for m in _ELECTED.finditer(sent.tpl):
            info = sent.at(m.start("t")).value
            if not isinstance(info, TitleInfo) or not (m.group("own") or _ASSOCIATION_TITLE.search(info.title)):
                continue
            where = _association_at(ctx, assoc, sent, m.start())
            clause = max(sent.tpl.rfind(ch, 0, m.start()) for ch in "，；。,;") + 1
            date, carried = own_or_carried(ctx, sent, None, m.end())
            for p in sent.between(clause, m.start(), "P"):
                held = [c for c in ctx.by_subject(p.key or "") if c.predicate is Predicate.HOLDS_POSITION and c.object == where
                        and c.qualifiers.get("role") == str(info.role) and c.qualifiers.get("title", info.title) == info.title]
                for c in held:  # the post a sentence rule read, dated by the election
                    if date and not c.qualifiers.get("start") and not c.qualifiers.get("end"):
                        c.qualifiers["start"], c.status = date, "start"
                if not held:
                    emit_position(ctx, sent, p.key, where, info, "association-elected", "start", date, 0.8, date_carried=carried)
