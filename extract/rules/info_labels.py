"""A page of corporate information, one label and its value a line (HK and
Macau annual reports: "最終控股公司：X", "附屬公司：Y" + "（全資附屬公司）"): the page
is about one company (本行/本公司, the article's focus), each label says how
the company named after it stands to that one."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

# "最终控股公司：X", "控股公司：X", "母公司：X": the page's company is X's
_PARENT_LABEL = pattern(r"^(?:最终控股公司|最终母公司|控股公司|母公司)[：:](?P<parent><C>)")
# "附属公司：Y" + "（全资附属公司）", "主要附属公司：Y、Z": the page's company's
_CHILD_LABEL = pattern(r"^(?:主要)?(?:附属公司|子公司)[：:](?P<list><C>(?:[（(][^（）()]{0,12}[）)])?(?:[、，,及和](?:<C>)(?:[（(][^（）()]{0,12}[）)])?)*)")
_C = KIND["C"]


def info_labels(ctx: Context, sent: Sent) -> None:
    if "：" not in sent.tpl[:8] and ":" not in sent.tpl[:8]:
        return
    page = ctx.announcer or ctx.focus
    if not page:
        return
    if (m := _PARENT_LABEL.match(sent.tpl)) and (parent := sent.at(m.start("parent")).key) and parent != page:
        ctx.emit(Predicate.SUBSIDIARY_OF, page, parent, sent, "label-parent", 0.8, kind=str(SubsidiaryKind.SUBSIDIARY))
    if m := _CHILD_LABEL.match(sent.tpl):
        for c in sent.between(m.start("list"), m.end("list"), "C"):
            if c.key and c.key != page and not c.focus:
                after = sent.tpl[sent.pos_of(c) + 1:sent.pos_of(c) + 14]
                whole = re.match(r"[（(][^（）()]*全资", after) is not None
                ctx.emit(Predicate.SUBSIDIARY_OF, c.key, page, sent, "label-child", 0.8,
                         kind=str(SubsidiaryKind.WHOLLY_OWNED if whole else SubsidiaryKind.SUBSIDIARY))
