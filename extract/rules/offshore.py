"""An offshore (red-chip) structure as a prospectus tells it.

"A于D在" + an offshore place + "注册成立" + "，通过" + a Hong Kong subsidiary B + a wholly foreign-owned enterprise (外商独资企业) C it set up onshore:
B is A's subsidiary and C, a foreign-owned enterprise B set up, is B's
wholly owned one. "C通过" + "VIE协议" + "控制境内运营实体D" + "，后者被列为公司的
综合联属实体": D, controlled by contract, is a consolidated affiliated
entity of the company named (公司: the one the text is about) — the
guide's kind for it; the contracts state no share, so no holding.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

_WFOE = pattern(
    r"(?P<parent><C>)[^。；\ue001]{0,30}?通过(?:其)?(?:[\u4e00-\u9fff]{0,4}?)(?:子公司|附属公司)(?P<mid><C>)"
    r"(?:在|于)?(?:中国)?(?:境内|内地)?(?:设立|成立|注册成立|投资设立)(?:了)?(?:一家)?(?:外商独资企业|外商独资公司|外资独资企业|WFOE)(?P<wfoe><C>)"
)
#: "…控制" + "境内运营实体D" + "，后者被列为" + "公司的综合联属实体", "D被列为A的综合联属实体"
_CAE = pattern(r"(?:(?P<child><C>)|(?<=[，,])(?:后者|其))(?:被|亦|也)?(?:列为|列作|视为|作为|成为|为|是)(?P<parent><C>)(?:的)?(?:综合联属实体|可变利益实体)")


def offshore_structure(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    if "外" in tpl or "WFOE" in tpl:
        for m in _WFOE.finditer(tpl):
            parent, mid, wfoe = (sent.at(m.start(g)).key for g in ("parent", "mid", "wfoe"))
            if parent and mid and parent != mid:
                ctx.emit(Predicate.SUBSIDIARY_OF, mid, parent, sent, "offshore-subsidiary", 0.85, kind=str(SubsidiaryKind.SUBSIDIARY))
            if mid and wfoe and mid != wfoe:
                ctx.emit(Predicate.SUBSIDIARY_OF, wfoe, mid, sent, "offshore-wfoe", 0.85, kind=str(SubsidiaryKind.WHOLLY_OWNED))
    if "联属实体" in tpl or "可变利益实体" in tpl:
        for m in _CAE.finditer(tpl):
            parent = sent.at(m.start("parent")).key
            if m.group("child"):
                child = sent.at(m.start("child")).key
            else:  # 后者: the company named last before it
                child = next((c.key for c in reversed(sent.between(0, m.start(), "C")) if c.key and c.key != parent), None)
            if child and parent and child != parent:
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "consolidated-affiliated", 0.8,
                         kind=str(SubsidiaryKind.CONSOLIDATED_AFFILIATED_ENTITY))
