"""What the shapes of SUBSIDIARY_OF share: an aside after a parent, the words for
a kind of subsidiary and the kind each names, the companies between two
positions of a template, and the emission of one subsidiary (never its own
parent). Used by `corporate` (stated subsidiaries) and `group_members`."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate, SubsidiaryKind

#: an aside in brackets after a parent's name ("A是C集团（C品牌授权）旗下子公司"): it does not stop the pattern
PARENT_ASIDE = r"(?:[（(][^）)]{0,30}[）)])?"
#: the words for a kind of subsidiary (or associate), longest first
KIND_WORDS = r"(?P<kind>间接全资附属公司|间接全资子公司|间接控股子公司|直接全资附属公司|直接全资子公司|直接附属公司|全资子公司|全资附属公司|控股子公司|附属公司|子公司|综合联属实体|联系人|联营公司|合营公司)"


def subsidiary_kind(text: str) -> SubsidiaryKind:
    """The kind of subsidiary the words name: a consolidated affiliated entity, an associate, wholly owned, else a subsidiary."""
    if "综合联属实体" in text:
        return SubsidiaryKind.CONSOLIDATED_AFFILIATED_ENTITY
    if "联系人" in text or "联营" in text or "合营" in text:
        return SubsidiaryKind.ASSOCIATE
    if "全资" in text:
        return SubsidiaryKind.WHOLLY_OWNED
    return SubsidiaryKind.SUBSIDIARY


def companies_in(sent: Sent, a: int, b: int) -> list[str]:
    """The keys of the companies between template positions `a` and `b`."""
    return [m.key for m in sent.between(a, b, "C") if m.key]


#: the words that introduce a company as someone's subsidiary, right before its name ("全资子公司A", "控股子公司B")
_SUB_WORDS = ("子公司", "附属公司")


def introduced_subsidiaries(sent: Sent, b: int) -> set[str]:
    """The companies before template position `b` the sentence introduces as a subsidiary with no owner named
    ("全资子公司A…，控股子公司B…"): none of them owns a subsidiary named after them, both are the same
    unnamed parent's."""
    return {m.key for m in sent.between(0, b, "C") if m.key and sent.tpl.endswith(_SUB_WORDS, 0, sent.pos_of(m))}


def emit_subsidiary(ctx: Context, sent: Sent, child: str | None, parent: str | None, rule: str, conf: float, kind: SubsidiaryKind) -> None:
    if child and parent and child != parent:
        ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, rule, conf, kind=str(kind))
