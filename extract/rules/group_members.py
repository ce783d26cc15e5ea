"""A company's place in a group (SUBSIDIARY_OF, mostly as a group member):
"A隶属于B", "A是B旗下企业", a group's 系 ("A和B均为平安系公司", "作为平安系
金融科技公司，A…", "A也是东岳系"), a member of a group's division ("作为C旗下
金融科技板块的重要成员，A和B…"), and a kind fronted with 作为 ("作为C的联营
公司，A…"). Called by `corporate` after its stated subsidiaries."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.name_words import ORG_WORD
from extract.rules.base import Context
from extract.rules.enumerations import list_items
from extract.rules.subsidiary_shapes import KIND_WORDS, PARENT_ASIDE, companies_in, emit_subsidiary, subsidiary_kind
from extract.rules.templates import COMPANY_LIST, Sent, pattern
from schema import SubsidiaryKind
from text.normalize import norm_name

_C = KIND["C"]

# "A隶属于B", "A是B旗下企业", "A是B旗下的" + a licensed kind ("A为在X上市的B旗下银行": the bank is B's)
_BELONGS = pattern(r"(?:(?P<child><C>)|(?P<ref>后者|其))(?:[^，。；\ue001]{0,4}?)(?:隶属于|归属于|从属于|是|为)[^，。；\ue001]{0,10}?(?P<parent><C>)" + PARENT_ASIDE + r"(?:的)?(?P<mark>(?:旗下|麾下)(?:的)?(?:一家)?(?:[^，。；\ue000\ue001]{0,10}?(?:企业|公司|平台|机构|品牌|子公司)|(?:银行|券商|险企)(?=[，。；]|$))|(?=[，。；]|$))")
# "A和B均为平安系公司", "A是小米系全资公司"
# (the members may be names no dictionary knows, in a clause of their own: "其中融焻和森荣均为平安系公司")
_SYSTEM = pattern(r"(?:(?P<list>" + COMPANY_LIST + r")|(?:^|(?<=[，,；：]))(?:其中|而|但|另外|此外)?(?P<names>[^，。；：\ue000\ue002-\ue007]{2,24}?))"
                  r"(?:均|都|也|同|则)?(?:为|是|属于|系)(?P<sys>\ue001|[\u4e00-\u9fff]{2,4}?)(?P<xi>系)?(?:的)?(?P<desc>[^，。；\ue001]{0,10}?)(?:公司|企业|机构|平台)")
# "作为平安系金融科技公司，A…", "平安系公司A", "作为东岳系金融科技公司，A…" (a brand: the one company of the article so named)
_AS_SYSTEM = pattern(r"(?P<sys>\ue001|(?<=作为)[\u4e00-\u9fff]{2,4}?)系(?:的)?(?P<desc>[^，。；\ue001]{0,12}?)(?:公司|企业|机构|平台)[，,]?(?P<child>\ue001)")
# "A也是东岳系，…", "A和B都是东岳系。": the group's name and 系 close the clause, with no word of a firm after
_SYSTEM_BARE = pattern(r"(?P<list>" + COMPANY_LIST + r")(?:均|都|也|同|则)?(?:是|为|属于)(?P<sys>\ue001|[\u4e00-\u9fff]{2,4}?)系(?=[，。；]|$)")
_CHILD_AFTER = re.compile(r"(?:[（(][^）)]{0,30}[）)])?(?:的|之)[^，。；\ue001]{0,6}?(?:子公司|附属公司)")
# "作为C旗下金融科技板块的重要成员，A和B…", "作为C麾下的金融科技企业，A…", "A和B是C旗下…的成员": members of C's group
_AS_MEMBER = pattern(rf"作为(?P<parent><C>)(?:的)?(?:旗下|麾下)(?:的)?[^，。；\ue000\ue001]{{0,16}}?(?:成员|一员|企业|公司|平台|机构)(?:之一)?[，,](?P<children>{COMPANY_LIST})")
# "作为C的联营公司，A…", "作为C的全资子公司——嗅觉敏锐的A…": the fronted capacity of the clause's subject
# (a short description may stand before the subject after a dash: "——嗅觉敏锐的A")
_AS_KIND = pattern(rf"作为(?:一家)?(?P<parent><C>)(?:的|之)?(?:一家)?{KIND_WORDS}(?:之一)?(?:[，,]|——|—)(?:[^，。；\ue000\ue001]{{0,8}}?的)?(?P<children>{COMPANY_LIST})")
_IS_MEMBER = pattern(rf"(?P<children>{COMPANY_LIST})(?:均|也|都|则|同样)?(?:是|为|系)(?P<parent><C>)(?:的)?(?:旗下|麾下)(?:的)?[^，。；\ue000\ue001]{{0,16}}?(?:成员|一员)")


# "C持有B51%股份，后者是其目前唯一的控股子公司": 后者 (the latter) the company named last, 其 the clause's subject before it
_LATTER_ITS = pattern(r"[，,；](?:而)?后者(?:也|则|亦)?(?:是|为|系|成为)其(?:目前|现时|现在)?(?:唯一|第一|首)?(?:的|一家)?"
                      r"(?P<kind>全资子公司|控股子公司|子公司|附属公司|全资附属公司)")


def group_members(ctx: Context, sent: Sent) -> None:
    """The group memberships sentence `sent` states: 隶属于, a group's 系, a division's members, a kind after 作为."""
    tpl = sent.tpl
    for m in _LATTER_ITS.finditer(tpl) if "后者" in tpl else ():
        named = companies_in(sent, 0, m.start())
        if len(named) >= 2 and (parent := named[0]) != named[-1]:  # (the subject opens the sentence; the latter ends the clause)
            emit_subsidiary(ctx, sent, named[-1], parent, "latter-its", 0.75, subsidiary_kind(m.group("kind")))
    for m in _BELONGS.finditer(tpl):
        verb = tpl[m.start():m.start("parent")]
        if not m.group("mark") and not re.search(r"隶属于|归属于|从属于", verb):
            continue  # "A是B" alone says nothing of a group
        if m.group("child"):
            child = sent.at(m.start("child")).key
        else:  # 后者/其: the last company named before
            earlier = companies_in(sent, 0, m.start())
            child = earlier[-1] if earlier else None
        kind = SubsidiaryKind.SUBSIDIARY if "子公司" in (m.group("mark") or "") else SubsidiaryKind.GROUP_MEMBER
        emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "belongs-to", 0.8, kind)
    for m in _SYSTEM.finditer(tpl):
        if not (m.group("xi") or (m.group("sys") == _C and sent.at(m.start("sys")).text.endswith("系"))):
            continue
        parent = sent.at(m.start("sys")).key if m.group("sys") == _C else _brand_owner(ctx, m.group("sys"))
        kind = SubsidiaryKind.WHOLLY_OWNED if "全资" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        if m.group("names") and not re.search(r"和|及|与|、", m.group("names")):
            continue  # one unknown name alone is too weak ("这也是东岳系公司")
        children = companies_in(sent, m.start("list"), m.end("list")) if m.group("list") else (
            list_items(ctx, sent, m.start("names"), m.end("names")) if parent else [])
        for child in children:
            emit_subsidiary(ctx, sent, child, parent, "group-system", 0.75, kind)
    for rx in (_AS_MEMBER, _IS_MEMBER):
        for m in rx.finditer(tpl):
            for child in companies_in(sent, m.start("children"), m.end("children")):
                emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "group-member", 0.75, SubsidiaryKind.GROUP_MEMBER)
    for m in _SYSTEM_BARE.finditer(tpl) if "系" in tpl else ():
        parent = sent.at(m.start("sys")).key if m.group("sys") == _C else _brand_owner(ctx, m.group("sys"))
        for child in companies_in(sent, m.start("list"), m.end("list")):
            emit_subsidiary(ctx, sent, child, parent, "group-system", 0.75, SubsidiaryKind.GROUP_MEMBER)
    for m in _AS_KIND.finditer(tpl) if "作为" in tpl else ():
        for child in companies_in(sent, m.start("children"), m.end("children")):
            emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "as-kind", 0.75, subsidiary_kind(m.group("kind")))
    for m in _AS_SYSTEM.finditer(tpl):
        if _CHILD_AFTER.match(tpl, m.end()):
            continue  # "A系" + a market + "上市公司C（…）的全资子公司": A is C's, not a 系 C belongs to
        kind = SubsidiaryKind.WHOLLY_OWNED if "全资" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        parent = sent.at(m.start("sys")).key if m.group("sys") == _C else _brand_owner(ctx, m.group("sys"))  # "作为东岳系…"
        emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, parent, "as-group-system", 0.75, kind)


def _brand_owner(ctx: Context, brand: str) -> str | None:
    """The company a group's name before 系 stands for: the one the article
    names so, else the one company of the article whose name is that brand
    and a word of its kind ("东岳" → 东岳集团)."""
    key = ctx.inv.surface.get(norm_name(brand))
    if key:
        return key
    owners = {e.key for e in ctx.inv.companies() if e.name.startswith(brand) and ORG_WORD.fullmatch(e.name[len(brand):])}
    return owners.pop() if len(owners) == 1 else None
