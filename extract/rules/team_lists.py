"""A unit's leadership told as a list, then its members' posts: "（X分行）领导班子由A、B、C组成，其中B、C任分行副行长"
(or "，A任行长，B、C任副行长").

The list says who makes up the team; the clauses after it give some of them posts, at the unit the team is of. A
branch's posts are filed at its bank with the branch in the title (as `extract.rules.position_chains` files
"C杭州分行副行长"), so a title the clause writes as the unit's kind ("分行副行长": the branch just named) or bare
("副行长") takes the branch's name. Each person of the clause's list takes the post, not only the last one.
"""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import Predicate, Role

#: the team and its list: the unit it is of perhaps before ("南京分行领导班子由" + the names + "组成")
_TEAM = re.compile(r"(?:(?<![\u4e00-\u9fff])(?P<unit>[\u4e00-\u9fff]{2,6}?(?:分行|支行|分公司|营业部)))?(?:的)?"
                   r"(?:领导班子|经营班子|班子成员|管理团队)(?:成员)?由(?P<list>\ue000(?:(?:、|及|和|与)\ue000)+)"
                   r"(?:[一二两三四五六七八九十](?:人|名|位))?(?:共同)?组成")
#: a clause of the list's members and their post: "，其中B、C任" + the post, "，A任" + the post
_MEMBERS = pattern(rf"[，,；;](?:其中)?(?P<ps>\ue000(?:(?:、|及|和|与)\ue000)*)(?:分别)?(?:任|担任|出任)(?P<chain>{CHAIN})(?=[，,；;。]|$)")
#: the unit's kind at a title's head: the unit named before the list
_KIND_HEAD = re.compile(r"^(?:分行|支行|分公司|营业部)")


def team_lists(ctx: Context) -> None:
    if "班子" not in ctx.text and "管理团队" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "组成" not in sent.tpl or (team := _TEAM.search(sent.tpl)) is None:
            continue
        unit = team.group("unit") or ""
        listed = {p.key for p in sent.between(team.start("list"), team.end("list"), "P")}
        for m in _MEMBERS.finditer(sent.tpl, team.end()):
            people = [p.key for p in sent.between(m.start("ps"), m.end("ps"), "P") if p.key in listed]
            if not people:
                continue
            default = ctx.nearest_company(sent, team.start()) or ctx.focus
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                seat = _at_unit(info, unit)
                if seat is not info:  # the post as the verb rules read it, without the unit: replaced by the unit's
                    ctx.out[:] = [c for c in ctx.out if not (
                        c.sent == sent.i and c.predicate is Predicate.HOLDS_POSITION and c.subject in people
                        and c.object == company and c.qualifiers.get("role") == str(info.role)
                        and (info.role != Role.OTHER or c.qualifiers.get("title") == info.title))]
                    ctx.reindex()
                for person in people:
                    emit_position(ctx, sent, person, company, seat, "team-list", "", None, 0.8)


def _at_unit(info: TitleInfo, unit: str) -> TitleInfo:
    """The post as held at the unit: "分行副行长" or "副行长" of the 杭州分行 is 杭州分行副行长."""
    if not unit or info.title.startswith(unit):
        return info
    title = unit + _KIND_HEAD.sub("", info.title)
    return TitleInfo(Role.OTHER, title, info.modifier)
