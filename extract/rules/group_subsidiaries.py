"""SUBSIDIARY_OF (and the parent's share) in a list of subsidiaries a group's own report writes in a clause.

"督促集团控股子公司A（集团持股60%）、B…", "向全资子公司D派驻…": a group's report calls itself 集团 (公司, 本行)
and lists its subsidiaries after the kind, each perhaps with a bracket of its own; every company of the list is
the group's (a 控股子公司 list: controlled subsidiaries; 全资: wholly owned), a bracket "（集团持股60%）" is the group's
share of the company before it (never that company's share of the group: `stakes` skips the share it claims here),
and a list with no owner named before it at a clause's head is the report's own company's (the one in focus).
"""

from __future__ import annotations

import re
from collections import Counter

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.subsidiary_shapes import emit_subsidiary
from extract.rules.templates import Sent, gated
from schema import SubsidiaryKind

#: the words a group's report calls itself by
_SELF = "集团公司|集团|本集团|本公司|本行|公司"
#: the same words as the owner before a list (公司 alone is too often the end of an unread name)
_OWN = "集团公司|集团|本集团|本公司|本行"
_OWN_WORDS = frozenset(_OWN.split("|"))
#: a bracket after a listed company: its share, perhaps with the group's word ("（集团持股51%）", "（持股70%）"), or a short name
_NOTE = r"(?:[（(][^（）()\ue000\ue007]{0,12}\ue007?[^（）()\ue000\ue007]{0,8}[）)])?"
#: the owner (the group's word, or nothing at a clause's head after a verb of dealing with), the kind, the list
_LIST = gated(rf"(?:^|(?<=[，,；：:]))(?:[一二三四五六七八九十]是)?(?:对|将|把|与|向|督促|推动|指导)?(?P<self>{_OWN}|\ue001)?"
              rf"(?P<kind>全资子公司|控股子公司)(?P<children>\ue001{_NOTE}(?:[、和及与]\ue001{_NOTE})*)", "子公司")
#: one listed company and its bracket
_ITEM = re.compile(rf"\ue001({_NOTE})")
#: a bracket that gives the owner's share: "集团持股51%", "持股51%", "持有51%股权"
_SHARE = re.compile(rf"^[（(](?:{_SELF})?(?:持股|持有)(?:比例)?(?:为)?\ue007")


def _own_key(ctx: Context) -> str | None:
    """The company the report's own words (集团, 本行…) stand for where the text tags them, else the one it defines as
    公司, else the one in focus (a title may put another firm in focus: the words say whose report it is)."""
    if "own-key" not in ctx.memo:
        keys = Counter(x.key for s in ctx.sentences for x in s.mentions if x.kind == "C" and x.key and x.text in _OWN_WORDS)
        ctx.memo["own-key"] = keys.most_common(1)[0][0] if keys else ctx.inv.self_key or ctx.focus
    return ctx.memo["own-key"]


def _list(ctx: Context, sent: Sent) -> None:
    for m in _LIST.finditer(sent.tpl):
        if m.group("self") == "\ue001" and sent.at(m.start("self")).text not in _OWN_WORDS:
            continue  # "C控股子公司A、B": a company named before is not the report's own word (corporate reads its first child)
        parent = _own_key(ctx)
        if parent is None or ctx.type_of(parent) != "Company":
            continue
        kind = SubsidiaryKind.WHOLLY_OWNED if m.group("kind") == "全资子公司" else SubsidiaryKind.SUBSIDIARY
        claimed = ctx.memo.setdefault("subsidiary-list-pcts", set())
        for item in _ITEM.finditer(sent.tpl, m.start("children"), m.end("children")):
            child = sent.at(item.start()).key
            if not child or child == parent:
                continue
            emit_subsidiary(ctx, sent, child, parent, "group-list", 0.8, kind)
            if item.group(1) and _SHARE.match(item.group(1)):
                at = item.start(1) + item.group(1).index("\ue007")
                claimed.add((sent.i, at))
                emit_stake(ctx, sent, parent, child, "group-list-share", 0.8, pct=sent.at(at).value, pos=at,
                           controlling=True if m.group("kind") == "控股子公司" else None, parents=False)


def group_subsidiaries(ctx: Context) -> None:
    """Each sentence that lists 全资/控股子公司 (a substring test first)."""
    if "子公司" not in ctx.text or ctx.focus is None:
        return
    for sent in ctx.sentences:
        if "子公司" in sent.tpl:
            _list(ctx, sent)
