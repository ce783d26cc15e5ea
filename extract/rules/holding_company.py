"""A company named another's holding company, as a register's or a return's note says it:

    甲為乙的直接控股公司，持有其x%

甲 is 乙's parent (wholly owning it when its share is all of 乙's shares) and holds the share the clause after gives.
An indirect or ultimate holding company (間接控股公司, 最終控股公司) is a parent further up: no stake of its own is told.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.subsidiary_shapes import emit_subsidiary
from extract.rules.templates import gated
from schema import SubsidiaryKind

#: "A为B的(直接)控股公司" + perhaps "，持有其x%" (template)
_HOLDING_CO = gated(r"(?P<parent><C>)(?:为|是|系)(?P<child><C>)的(?P<how>直接|间接|最终)?控股公司"
                    r"(?:[，,](?:并)?(?:直接)?持有其(?:已发行股本(?:的)?)?(?:约)?(?P<pct><R>))?", "控股公司")


def holding_company(ctx: Context) -> None:
    if "控股公司" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "控股公司" not in sent.tpl:
            continue
        for m in _HOLDING_CO.finditer(sent.tpl):
            if m.group("how") in ("间接", "最终"):
                continue
            parent, child = sent.at(m.start("parent")).key, sent.at(m.start("child")).key
            pct = sent.at(m.start("pct")).value if m.group("pct") else None
            kind = SubsidiaryKind.WHOLLY_OWNED if pct is not None and pct >= 100 else SubsidiaryKind.SUBSIDIARY
            emit_subsidiary(ctx, sent, child, parent, "holding-company", 0.8, kind)
            if pct is not None:
                emit_stake(ctx, sent, parent, child, "holding-company", 0.8, pct=pct, pos=m.start("pct"))
