"""SUBSIDIARY_OF and RENAMED_TO.

Group structure is written three ways in news: "平安集团旗下(的…)陆金所控股"
(a group member), "普惠管理为陆金所控股的子公司" (a stated subsidiary, with
全资/综合联属实体/联系人 refining the kind), and "融焻和森荣均为平安系公司".
The guide counts 子公司 and 旗下 whatever the stake; 孵化 alone is not enough.

Renames: "360金融更名为360数科", "奇富科技（原名“360数科”）",
"360金融（360数科曾用名）", "X的前身为Y" when Y was renamed into X.
"""

from __future__ import annotations

from extract.mentions import KIND, Entity, Mention
from extract.rules.base import Context, Sent, pattern
from schema import Predicate, SubsidiaryKind

_C = KIND["C"]
# 平安集团旗下(的)?(所属…的)?(描述)?陆金所控股(和…)?
_UNDER = pattern(r"(?P<parent><C>)(?:的)?旗下(?:的|所属)?(?P<desc>[^\ue001\ue000，。；]{0,16}?)(?P<list>\ue001(?:（[^）]{0,30}）)?(?:(?:、|和|及|与|以及)\ue001(?!的?旗下)(?:（[^）]{0,30}）)?)*)")
_IS_SUB = pattern(
    r"(?P<child><C>)(?:(?:、|和|及|与)(?P<child2><C>))?(?:均|也|则|亦|同样)?(?:为|是|系|作为)(?P<parent><C>)(?:公司)?(?:的|之|在[^，。]{0,8}的)?(?:旗下)?"
    r"(?P<kind>全资子公司|全资附属公司|附属公司|控股子公司|[^\ue001，。；]{0,12}子公司|综合联属实体|联系人|联营公司|合营公司)"
)
_SUB_OF_BEFORE = pattern(r"(?P<parent><C>)(?:的)?(?P<kind>全资子公司|控股子公司|子公司|全资附属公司|附属公司)(?P<child><C>)")
_SYSTEM = pattern(r"(?P<list>\ue001(?:(?:、|和|及|与)\ue001)*)(?:均|都|也|同)?(?:为|是|属于)(?P<sys>\ue001|[\u4e00-\u9fff]{2,4})系(?:公司|企业|机构)")
_AS_SYSTEM = pattern(r"作为(?P<sys>\ue001)系[^，。\ue001]{0,12}(?:公司|企业|机构|平台)[，,](?P<child>\ue001)")
_RENAMED = pattern(r"(?P<old><C>)(?:[^\ue001，。]{0,10}?)(?:正式)?(?:更名为|改名为|更名|改名|品牌更名为|名称变更为|易名为)(?:“)?(?P<new><C>)")
_FORMER_NAME = pattern(r"(?P<new><C>)[（(](?:原名|前称|旧称|曾用名)[：:]?[“\"]?(?P<old><C>)[”\"]?")
_USED_NAME = pattern(r"(?P<old><C>)[（(](?P<new><C>)(?:的)?曾用名[）)]")
_ORIGINAL = pattern(r"(?P<new><C>)(?:的)?原名(?:为|是)?(?:“)?(?P<old><C>)")


def _kind(text: str) -> SubsidiaryKind:
    if "综合联属实体" in text:
        return SubsidiaryKind.CONSOLIDATED_AFFILIATED_ENTITY
    if "联系人" in text or "联营" in text or "合营" in text:
        return SubsidiaryKind.ASSOCIATE
    if "全资" in text:
        return SubsidiaryKind.WHOLLY_OWNED
    return SubsidiaryKind.SUBSIDIARY


def _companies(sent: Sent, a: int, b: int) -> list[str]:
    return [m.key for m in sent.between(a, b, "C") if m.key]


def extract_corporate(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        if _C not in tpl:
            continue
        for m in _UNDER.finditer(tpl):
            parent = sent.at(m.start("parent")).key
            desc = m.group("desc")
            kind = SubsidiaryKind.SUBSIDIARY if "子公司" in desc else SubsidiaryKind.GROUP_MEMBER
            for child in _companies(sent, m.start("list"), m.end("list")):
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "under", 0.8, kind=str(kind))
        for m in _IS_SUB.finditer(tpl):
            parent = sent.at(m.start("parent")).key
            kind = _kind(m.group("kind"))
            for g in ("child", "child2"):
                if m.group(g):
                    ctx.emit(Predicate.SUBSIDIARY_OF, sent.at(m.start(g)).key, parent, sent, "is-subsidiary", 0.9, kind=str(kind))
        for m in _SUB_OF_BEFORE.finditer(tpl):
            ctx.emit(Predicate.SUBSIDIARY_OF, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, sent,
                     "parent-subsidiary", 0.85, kind=str(_kind(m.group("kind"))))
        for m in _AS_SYSTEM.finditer(tpl):
            ctx.emit(Predicate.SUBSIDIARY_OF, sent.at(m.start("child")).key, sent.at(m.start("sys")).key, sent,
                     "as-group-system", 0.75, kind=str(SubsidiaryKind.GROUP_MEMBER))
        for m in _SYSTEM.finditer(tpl):
            parent = sent.at(m.start("sys")).key if m.group("sys") == KIND["C"] else ctx.inv.surface.get(m.group("sys"))
            if parent is None:
                continue
            for child in _companies(sent, m.start("list"), m.end("list")):
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "group-system", 0.75, kind=str(SubsidiaryKind.GROUP_MEMBER))
        _renames(ctx, sent)


def _renames(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for rx, rule in ((_RENAMED, "renamed"), (_FORMER_NAME, "former-name"), (_USED_NAME, "used-name"), (_ORIGINAL, "original-name")):
        for m in rx.finditer(tpl):
            old, new = sent.at(m.start("old")), sent.at(m.start("new"))
            if old.key == new.key and old.text == new.text:
                continue
            if old.focus:  # "360数科宣布公司品牌更名为奇富科技": the company itself
                old = Mention("C", old.start, old.end, ctx.inv.entities[old.key].name if old.key in ctx.inv.entities else old.text,
                              key=old.key)
            date = None
            ds = sent.between(0, m.start("new"), "D") or sent.between(m.end(), len(tpl), "D")[:1]
            if ds:
                date = ctx.date_iso(ds[-1], sent, events_only=True)
            _emit_rename(ctx, old, new, sent, rule, date)


def _emit_rename(ctx: Context, old: Mention, new: Mention, sent: Sent, rule: str, date: str | None) -> None:
    """A rename relates two names of one company: keep them as two entities
    in the article (the old and the new name) so the fact can be stated."""
    old_key = _name_entity(ctx, old)
    new_key = _name_entity(ctx, new)
    if old_key and new_key and old_key != new_key:
        ctx.emit(Predicate.RENAMED_TO, old_key, new_key, sent, rule, 0.85, date=date)


def _name_entity(ctx: Context, mention: Mention) -> str | None:
    """The entity for exactly this surface name, split from its dictionary
    entry when the dictionary lists old and new names together."""
    ent = ctx.inv.entities.get(mention.key or "")
    if ent is None:
        return None
    key = f"{ent.key}#{mention.text}"
    if key not in ctx.inv.entities:
        ctx.inv.entities[key] = Entity(key=key, name=mention.text, type="Company", aliases={mention.text: 1},
                                       count=1, first=mention.start)
    return key
