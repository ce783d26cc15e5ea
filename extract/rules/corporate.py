"""SUBSIDIARY_OF and RENAMED_TO.

Group structure is written in a few shapes: "平安集团旗下(的…)陆金所控股" (a
group member), "普惠管理为陆金所控股的子公司" / "本公司全资子公司北林理财" /
"A的母公司B" / "A隶属于B" / "A（B的子公司）" (a stated subsidiary, with
全资/综合联属实体/联系人 refining the kind), and a group's 系: "A和B均为平安系公司",
"作为平安系金融科技公司，A…", "A是小米系全资公司"; and a member of a
group's division: "作为C旗下金融科技板块的重要成员，A和B…". The guide
counts 子公司 and 旗下 whatever the stake; 孵化 alone is not enough.

Renames: "360金融更名为360数科", "品牌升级为", "品牌升级，启用“X”为新品牌", "奇富科技（原360数科）",
"X原名Y", "东海证券（现为北林证券）", "360金融（360数科曾用名）",
"X的前身为Y" (a predecessor renamed into X, guide v1.2).
"""

from __future__ import annotations

import re

from extract.mention_records import KIND, Entity, Mention
from extract.name_words import ORG_WORD
from extract.rules.base import Context, Sent, list_items, pattern, topic_of
from extract.rules.subsidiary_lists import listed_subsidiaries
from schema import Predicate, SubsidiaryKind
from text.normalize import norm_name

_C = KIND["C"]
_CL = r"\ue001(?:(?:、|和|及|与|以及)\ue001)*"
#: an aside in brackets after a parent's name ("A是C集团（C品牌授权）旗下子公司"): it does not stop the pattern
_ASIDE = r"(?:[（(][^）)]{0,30}[）)])?"
_KIND = r"(?P<kind>间接全资附属公司|全资子公司|全资附属公司|控股子公司|附属公司|子公司|综合联属实体|联系人|联营公司|合营公司)"
# 东岳集团旗下(的)?(所属…的)?(描述)?北林控股(和…)?; 麾下 is 旗下; a description over 16 characters must end
# with a word of its kind ("C旗下在纽约、香港双重主要上市的科技公司——A")
_UNDER = pattern(r"(?P<parent><C>)(?:的)?(?:旗下|麾下)(?:的|所属)?(?P<desc>[^\ue001\ue000，。；]{0,16}?|[^\ue001\ue000，。；]{1,28}?(?:公司|企业|平台|机构|银行)(?:——|—|：)?)(?P<list>\ue001(?:（[^）]{0,30}）)?(?:(?:、|和|及|与|以及)\ue001(?!的?旗下)(?:（[^）]{0,30}）)?)*)")
#: a verb after "A与B" that makes B a partner, not a second member
_PARTNERS_AFTER = re.compile(r"(?:正式|共同|将|已)?(?:签署|签订|达成|合作|联合|携手|宣布|开展|共建|成立)")
# "A和B均为C旗下的全资子公司", "A定位为C专门经营海外业务的子公司", "A于2024年成为本公司的子公司"
_IS_SUB = pattern(
    rf"(?P<children>{_CL})(?:均|也|则|亦|同样|已|正)?(?:于<D>)?(?:为|是|系|作为|成为|被?定位为)(?:(?P<parent><C>)|(?P<ref>其))(?:公司)?{_ASIDE}"
    rf"(?:的|之|[^，。；\ue001]{{0,16}}的)?(?:旗下)?(?:的)?(?:一家)?(?:[^\ue001，。；]{{0,8}}?){_KIND}"
)
# "A（C之全资附属公司）", "A（为C的子公司）": the child's description in brackets after its name
_SUB_IN_BRACKETS = pattern(rf"(?P<child><C>)[（(](?:为|系|是)?(?P<parent><C>)(?:的|之)?{_KIND}[）)]")
# "A（简称…）成立于…，是C（…）旗下子公司", "…，是C的全资子公司": a later clause with no subject is about the sentence's subject
# (without 旗下 the clause must end with the kind: "，为C子公司提供贷款" is no such statement)
_CLAUSE_IS_SUB = pattern(rf"[，,](?:也|还|则|并|现)?(?:是|为|系)(?P<parent><C>){_ASIDE}(?:的)?(?P<under>旗下)?(?:的)?(?:一家)?(?:[^\ue001，。；]{{0,8}}?){_KIND}"
                         r"(?(under)|(?=(?:之一)?(?:[，。；（(]|$)))")
# "C(旗下)?(的)?(间接)?全资子公司A(、B)", "其间接全资附属公司A", "C全资控股的理财子公司A", "C的保险子公司A" (a line of
# business after 的), "C的子公司（A）", "C全资子公司——A", "C通过全资附属公司EastSeaMobility…" (a Latin name no dictionary knows)
_SUB_OF_BEFORE = pattern(
    rf"(?:(?P<parent><C>)|(?P<ref>其)|(?<=兼任|担任|出任|旗下|包括|通过|透过)|(?<=，))(?:的)?(?:旗下)?(?:(?<=的|下|，)(?!全资|间接|控股)(?P<line>[\u4e00-\u9fff]{{1,4}}?))?"
    rf"(?:的)?(?:(?P<held>全资)?控股的[^，。；\ue001]{{0,8}}?)?{_KIND}"
    rf"(?:——|—)?(?:(?P<open>[（(])?(?P<children>{_CL})(?(open)[）)])(?P<more>等|均)?|(?P<latin>[A-Z][A-Za-z0-9&\-]{{2,30}}(?: [A-Z][A-Za-z0-9&.\-]*){{0,4}})(?![A-Za-z.]))"
)
#: a line of business cannot be a negation, a count or a word of relation ("C的非子公司", "C的多家子公司", "C的另一子公司" is fine)
_NOT_A_LINE = re.compile(r"[不非多几各该某与和及或是为在对向]")
# "A、B等子公司": the company the sentence is about is the parent
_LIST_THEN_SUB = pattern(rf"(?P<children>{_CL})等(?:多家|几家)?{_KIND}")
# "A的母公司B", "A背后的控股母公司是…B", "B为A的母公司"
_PARENT_OF = pattern(r"(?P<child><C>)?(?:的|背后的)?(?:控股)?母公司(?:是|为)?[^，。；\ue001]{0,16}?(?P<parent><C>)")
# "A隶属于B", "A是B旗下企业", "A是B旗下的持牌消费金融机构"
_BELONGS = pattern(r"(?:(?P<child><C>)|(?P<ref>后者|其))(?:[^，。；\ue001]{0,4}?)(?:隶属于|归属于|从属于|是|为)[^，。；\ue001]{0,10}?(?P<parent><C>)" + _ASIDE + r"(?:的)?(?P<mark>(?:旗下|麾下)(?:的)?(?:一家)?[^，。；\ue000\ue001]{0,10}?(?:企业|公司|平台|机构|品牌|子公司)|(?=[，。；]|$))")
# "A和B均为平安系公司", "A是小米系全资公司"
# (the members may be names no dictionary knows, in a clause of their own: "其中融焻和森荣均为平安系公司")
_SYSTEM = pattern(r"(?:(?P<list>" + _CL + r")|(?:^|(?<=[，,；：]))(?:其中|而|但|另外|此外)?(?P<names>[^，。；：\ue000\ue002-\ue007]{2,24}?))"
                  r"(?:均|都|也|同|则)?(?:为|是|属于|系)(?P<sys>\ue001|[\u4e00-\u9fff]{2,4}?)(?P<xi>系)?(?:的)?(?P<desc>[^，。；\ue001]{0,10}?)(?:公司|企业|机构|平台)")
# "作为平安系金融科技公司，A…", "平安系公司A", "作为东岳系金融科技公司，A…" (a brand: the one company of the article so named)
_AS_SYSTEM = pattern(r"(?P<sys>\ue001|(?<=作为)[\u4e00-\u9fff]{2,4}?)系(?:的)?(?P<desc>[^，。；\ue001]{0,12}?)(?:公司|企业|机构|平台)[，,]?(?P<child>\ue001)")
# "作为C旗下金融科技板块的重要成员，A和B…", "作为C麾下的金融科技企业，A…", "A和B是C旗下…的成员": members of C's group
_AS_MEMBER = pattern(rf"作为(?P<parent><C>)(?:的)?(?:旗下|麾下)(?:的)?[^，。；\ue000\ue001]{{0,16}}?(?:成员|一员|企业|公司|平台|机构)(?:之一)?[，,](?P<children>{_CL})")
_IS_MEMBER = pattern(rf"(?P<children>{_CL})(?:均|也|都|则|同样)?(?:是|为|系)(?P<parent><C>)(?:的)?(?:旗下|麾下)(?:的)?[^，。；\ue000\ue001]{{0,16}}?(?:成员|一员)")
_RENAMED = pattern(r"(?P<old><C>)(?:[^\ue001，。]{0,10}?)(?:正式)?(?:更名为|改名为|更名|改名|品牌更名为|品牌升级为|(?:中文|公司)?名称(?:已|将)?(?:变更为|更改为)"
                   r"|易名为|变更名称为|改称)[“\"「『]?(?P<new><C>)(?![A-Za-z])")
#: both names stated, the old then the new, dated by a date before the new one:
#: "公司名称由“东海证券”变更为“北林证券”", "东海证券正式更名，新名称为北林证券", "北林证券更名前为东海证券"
_BOTH_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (a date may stand before 由: "存续公司名称自11月1日起由“A”变更为“B”")
    ("name-from-to", pattern(r"(?:中文|公司|企业)?名称(?:已|将|正式)?(?:(?:自|于|从)?<D>(?:起)?)?由[“\"「『]?(?P<old><C>)[”\"」』]?(?:变更为|更改为|改为|变为)[“\"「『]?(?P<new><C>)")),
    ("short-name-from-to", pattern(r"简称(?:已|将)?(?:(?:自|于|从)?<D>(?:起)?)?由[“\"「『](?P<old><C>)[”\"」』](?:变更为|更改为|改为|变为)[“\"「『](?P<new><C>)[”\"」』]")),
    ("new-name", pattern(r"(?P<old><C>)(?:正式)?(?:更名|改名)[，,](?:新)?(?:名称|名字)(?:为|是)[“\"「『]?(?P<new><C>)")),
    ("before-rename", pattern(r"(?P<new><C>)(?:的)?(?:更名|改名)前(?:的)?(?:名称|名字|公司名称)?(?:为|是|叫)[“\"「『]?(?P<old><C>)")),
    # the company's own brand upgraded to a new name: "东海金融…公布品牌升级，启用“北林数科”为新品牌" (a product's
    # brand names no company: the new name must read as one, and the clause must speak of the company's 品牌升级)
    ("brand-upgrade", pattern(r"(?P<old><C>)[^。；\ue001]{0,16}?品牌升级[，,]?(?:并|同时)?(?:正式)?(?:启用|使用|采用)(?:新品牌)?[“\"「『]?(?P<new><C>)[”\"」』]?"
                              r"(?:(?:作为|为)(?:其|公司)?(?:的)?新(?:的)?(?:品牌|名称|品牌名称)|(?=[，。；]|$))")),
)
#: the day a rename takes effect, told after it
_TAKES_EFFECT = pattern(r"[”\"」』]?[，,](?:并)?(?:自|于)<D>(?:起)?(?:正式)?生效")
#: a rename planned, not done: 拟, 计划, 将 (not 将 as 把: "将其名称变更为"; nor after 已: "已于2月14日将品牌改名为")
_PLANNED = re.compile(r"拟|计划|筹划|打算|准备|将(?!其|公司|名称|中文|企业|品牌)")
# "奇富科技（原360数科）", "X（原名“Y”）", "X（前身为Y）"
# (an English name may come first in the bracket: "X（Donghai Tech, formerly Donghai Finance）")
_FORMER_NAME = pattern(r"(?P<new><C>)[（(](?:[A-Za-z0-9 .&\-]{1,40}[,，]\s*)?(?:原名|原称|原|前称|旧称|旧名|曾用名|前身为|前身是"
                       r"|[Ff]ormerly known as|[Ff]ormerly|[Pp]reviously known as|[Rr]enamed from)[：:为 ]?[“\"「『]?(?P<old><C>)[”\"」』]?[）),，]")
# "东海证券（现为北林证券）", "东海证券（现北林证券）", "东海证券（现名为北林证券）"
_NOW_NAME = pattern(r"(?P<old><C>)[（(](?:现为|现名为|现名|现称|现已更名为|现更名为|已更名为|后更名为|后改名为|现改名为|今为|即现在的|即后来的|现)"
                    r"[：:]?[“\"「『]?(?P<new><C>)[”\"」』]?[）)]")
# "东海证券成立于2001年，后于2015年更名为北林证券": a clause with no subject renames the sentence's one company
_CLAUSE_RENAMED = pattern(r"[，,](?:后来|后|随后|之后|此后|现已|现|已|并|又)?(?:于?<D>)?(?:正式)?(?:更名为|改名为|名称变更为)[“\"「『]?(?P<new><C>)(?![A-Za-z])")
#: a clause where the company acted on something else, which may be what a later clause renames
_MADE_SOMETHING = re.compile(r"设立|发起|收购|投资|推出|创办|创立|入股|控股|旗下|子公司|持有|参股|成立了|成立一")
# "由东海证券更名而来的北林证券", "北林证券系由东海证券更名而来"
_RENAMED_FROM = pattern(r"(?:(?P<new><C>)(?:系|是|为|乃)?)?(?:于?<D>)?由(?P<old><C>)(?:[^，。；\ue001]{0,6}?)(?:更名|改名)而(?:来|成)(?:的(?P<after><C>))?")
_USED_NAME = pattern(r"(?P<old><C>)[（(](?P<new><C>)(?:的)?曾用名[）)]")
# "360数科原名为360金融", "X的前身为A于…设立的Y": the last company of the clause
_ORIGINAL = pattern(r"(?:(?P<new><C>)(?:的)?)?(?:原名|原称|前身|曾用名|旧称|前称)(?:为|是|系)?[“\"「『]?(?P<rest>[^，。；]*)")


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
        if _C not in sent.tpl:
            continue
        _groups(ctx, sent)
        listed_subsidiaries(ctx, sent)
        _renames(ctx, sent)


def _sub(ctx: Context, sent: Sent, child: str | None, parent: str | None, rule: str, conf: float, kind: SubsidiaryKind) -> None:
    if child and parent and child != parent:
        ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, rule, conf, kind=str(kind))


def _groups(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _UNDER.finditer(tpl):
        parent = sent.at(m.start("parent")).key
        kind = SubsidiaryKind.SUBSIDIARY if "子公司" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        children = _companies(sent, m.start("list"), m.end("list"))
        if len(children) > 1 and _PARTNERS_AFTER.match(tpl, m.end()) and re.search(r"与|和|及", m.group("list")):
            children = children[:1]  # "P旗下A与B签署合作协议": B is A's partner
        for child in children:
            _sub(ctx, sent, child, parent, "under", 0.8, kind)
    for m in _IS_SUB.finditer(tpl):
        if re.search(r"不|并非|非", tpl[m.end("children"):m.start("kind")]):
            continue
        children = _companies(sent, m.start("children"), m.end("children"))
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
        else:  # "A持有B 100%股权，B为其全资子公司": 其 is the company named before the child, not the child
            parent = next((k for k in reversed(_companies(sent, 0, m.start())) if k not in children), None)
        kind = _kind(m.group("kind"))
        full = re.search(r"\ue007(?:控股|持股)", tpl[m.end("children"):m.start("kind")])
        if full and sent.at(m.end("children") + full.start()).value == 100:
            kind = SubsidiaryKind.WHOLLY_OWNED  # "B为A 100%控股的子公司"
        for child in children:
            _sub(ctx, sent, child, parent, "is-subsidiary", 0.9, kind)
    for m in _SUB_IN_BRACKETS.finditer(tpl):
        _sub(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, "subsidiary-in-brackets", 0.85, _kind(m.group("kind")))
    for m in _CLAUSE_IS_SUB.finditer(tpl):
        child = topic_of(sent)
        if child is not None:
            _sub(ctx, sent, child, sent.at(m.start("parent")).key, "clause-is-subsidiary", 0.8, _kind(m.group("kind")))
    for m in _SUB_OF_BEFORE.finditer(tpl):
        if m.group("line") and _NOT_A_LINE.search(m.group("line")):
            continue
        if m.group("latin"):
            children = [k for k in (latin_company(ctx, sent, m.start("latin"), m.end("latin")),) if k]
        else:
            children = _companies(sent, m.start("children"), m.end("children"))
        if not m.group("more"):
            children = children[:1]  # "子公司A、B及C共同订立协议": B and C are parties, not subsidiaries
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
        elif m.group("ref"):  # 其: the company named before (a person's own company is no one's subsidiary)
            last = next((x for x in reversed(sent.between(0, m.start())) if x.kind in ("C", "P")), None)
            parent = None if last is not None and last.kind == "P" else (
                next(iter(_companies(sent, 0, m.start())[-1:]), None) or sent.prev_topic)
        else:  # "…为C董事长，兼任子公司A董事长": the company named before, else the one the text is about
            parent = next((k for k in (*reversed(_companies(sent, 0, m.start())), topic_of(sent), sent.prev_topic, ctx.focus)
                           if k and k not in children), None)
        kind = _kind(m.group("kind") + ("全资" if m.group("held") else ""))
        for child in children:
            _sub(ctx, sent, child, parent, "parent-subsidiary", 0.85, kind)
    for m in _LIST_THEN_SUB.finditer(tpl):
        children = _companies(sent, m.start("children"), m.end("children"))
        parent = next((k for k in [*reversed(_companies(sent, 0, m.start())), topic_of(sent), sent.prev_topic, ctx.focus]
                       if k and k not in children), None)
        for child in children:
            _sub(ctx, sent, child, parent, "listed-subsidiaries", 0.75, _kind(m.group("kind")))
    for m in _PARENT_OF.finditer(tpl):
        parent = sent.at(m.start("parent")).key
        child = sent.at(m.start("child")).key if m.group("child") else next(
            (k for k in [topic_of(sent), *_companies(sent, 0, m.start())] if k and k != parent), None)
        _sub(ctx, sent, child, parent, "parent-company", 0.8, SubsidiaryKind.SUBSIDIARY)
    for m in _BELONGS.finditer(tpl):
        verb = tpl[m.start():m.start("parent")]
        if not m.group("mark") and not re.search(r"隶属于|归属于|从属于", verb):
            continue  # "A是B" alone says nothing of a group
        if m.group("child"):
            child = sent.at(m.start("child")).key
        else:  # 后者/其: the last company named before
            earlier = _companies(sent, 0, m.start())
            child = earlier[-1] if earlier else None
        kind = SubsidiaryKind.SUBSIDIARY if "子公司" in (m.group("mark") or "") else SubsidiaryKind.GROUP_MEMBER
        _sub(ctx, sent, child, sent.at(m.start("parent")).key, "belongs-to", 0.8, kind)
    for m in _SYSTEM.finditer(tpl):
        if not (m.group("xi") or (m.group("sys") == _C and sent.at(m.start("sys")).text.endswith("系"))):
            continue
        parent = sent.at(m.start("sys")).key if m.group("sys") == _C else _brand_owner(ctx, m.group("sys"))
        kind = SubsidiaryKind.WHOLLY_OWNED if "全资" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        if m.group("names") and not re.search(r"和|及|与|、", m.group("names")):
            continue  # one unknown name alone is too weak ("这也是东岳系公司")
        children = _companies(sent, m.start("list"), m.end("list")) if m.group("list") else (
            list_items(ctx, sent, m.start("names"), m.end("names")) if parent else [])
        for child in children:
            _sub(ctx, sent, child, parent, "group-system", 0.75, kind)
    for rx in (_AS_MEMBER, _IS_MEMBER):
        for m in rx.finditer(tpl):
            for child in _companies(sent, m.start("children"), m.end("children")):
                _sub(ctx, sent, child, sent.at(m.start("parent")).key, "group-member", 0.75, SubsidiaryKind.GROUP_MEMBER)
    for m in _AS_SYSTEM.finditer(tpl):
        kind = SubsidiaryKind.WHOLLY_OWNED if "全资" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        parent = sent.at(m.start("sys")).key if m.group("sys") == _C else _brand_owner(ctx, m.group("sys"))  # "作为东岳系…"
        _sub(ctx, sent, sent.at(m.start("child")).key, parent, "as-group-system", 0.75, kind)


def _renames(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for rx, rule in ((_RENAMED, "renamed"), (_FORMER_NAME, "former-name"), (_NOW_NAME, "now-named"), (_USED_NAME, "used-name")):
        for m in rx.finditer(tpl):
            if rx is _RENAMED and _PLANNED.search(tpl, m.end("old"), m.start("new")) and "已" not in tpl[m.end("old"):m.start("new")]:
                continue  # "A拟更名为B", "A计划更名为B": a plan, not a rename
            date = None
            if rx is _RENAMED and "（" in tpl[m.end("old"):m.start("new")]:
                # "东海证券（现更名为北林证券）曾于2019年增资": a date after the bracket is another event's
                ds = sent.between(m.end("old"), m.start("new"), "D")
                date = ctx.date_iso(ds[-1], sent, events_only=True) if ds else None
            elif rx is _RENAMED:  # a stated rename is dated; a name in brackets is not
                ds = sent.between(0, m.start("new"), "D") or sent.between(m.end(), len(tpl), "D")[:1]
                date = ctx.date_iso(ds[-1], sent, events_only=True) if ds else None
            _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), rule, date)
    for m in _CLAUSE_RENAMED.finditer(tpl):
        olds = {x.key for x in sent.between(0, m.start(), "C")}
        if len(olds) != 1 or _MADE_SOMETHING.search(tpl, 0, m.start()):
            continue  # "A收购B，后更名为C", "A设立了一只基金，后更名为C": which of them was renamed is not said
        old = sent.between(0, m.start(), "C")[0]
        ds = sent.between(m.start(), m.start("new"), "D")
        _rename(ctx, sent, old, sent.at(m.start("new")), "clause-renamed", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)
    for m in _RENAMED_FROM.finditer(tpl):
        new_at = m.start("new") if m.group("new") else m.start("after") if m.group("after") else -1
        new = sent.at(new_at) if new_at >= 0 else _subject_mention(ctx, sent, m.start())
        ds = sent.between(m.start(), m.start("old"), "D")
        if new is not None:
            _rename(ctx, sent, sent.at(m.start("old")), new, "renamed-from", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)
    for rule, rx in _BOTH_NAMES:
        for m in rx.finditer(tpl):
            ds = sent.between(0, min(m.start("new"), m.start("old")), "D")
            if not ds and (takes := _TAKES_EFFECT.match(tpl, m.end())):  # "…变更为“B”，自2023年6月1日起生效"
                ds = sent.between(takes.start(), takes.end(), "D")
            _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), rule,
                    ctx.date_iso(ds[-1], sent, events_only=True) if ds else None)
    for m in _ORIGINAL.finditer(tpl):
        if tpl[max(0, m.start() - 1):m.start()] == "（" or "\ue001" not in m.group("rest"):
            continue  # the bracketed form is _FORMER_NAME's
        rest = m.start("rest")
        # "前身为A于2007年独家出资设立的B": the predecessor is the company the clause ends with
        olds = [x for x in sent.between(rest, m.end("rest"), "C")]
        new = sent.at(m.start("new")) if m.group("new") else _subject_mention(ctx, sent, m.start())
        if not olds or new is None:
            continue
        after = tpl[m.end():]
        ds = sent.between(m.end(), len(tpl), "D")[:1] if re.match(r"[，,][^。；]{0,30}(?:更名|改名|冠名|改制|改为)", after) else []
        _rename(ctx, sent, olds[-1], new, "original-name", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)


def _brand_owner(ctx: Context, brand: str) -> str | None:
    """The company a group's name before 系 stands for: the one the article
    names so, else the one company of the article whose name is that brand
    and a word of its kind ("东岳" → 东岳集团)."""
    key = ctx.inv.surface.get(norm_name(brand))
    if key:
        return key
    owners = {e.key for e in ctx.inv.companies() if e.name.startswith(brand) and ORG_WORD.fullmatch(e.name[len(brand):])}
    return owners.pop() if len(owners) == 1 else None


def latin_company(ctx: Context, sent: Sent, a: int, b: int) -> str | None:
    """The company a Latin word after 子公司/附属公司 names ("全资附属公司EastSeaMobility"):
    the slot makes it a name, whatever its length (`new_company` takes short names only)."""
    start, end = sent.offsets[a], sent.offsets[b]
    name = ctx.text[start:end].strip()
    key = ctx.inv.surface.get(norm_name(name))
    if key is None:
        key = "C:" + name
        ctx.inv.add(key, ctx.show(start, end), "Company", norm_name(name), ctx.show(start, end), start)
    return key


def _subject_mention(ctx: Context, sent: Sent, pos: int) -> Mention | None:
    """The company a clause without a subject speaks of: the first company of
    the sentence, or the company the sentence before was about."""
    cs = sent.between(0, pos, "C")
    if cs:
        return cs[0]
    key = sent.prev_topic or ctx.focus
    ent = ctx.inv.entities.get(key or "")
    return Mention("C", sent.start, sent.start, ent.name, key=key) if ent else None


def _rename(ctx: Context, sent: Sent, old: Mention, new: Mention, rule: str, date: str | None) -> None:
    if old.key == new.key and old.text == new.text:
        return
    if old.focus:  # "360数科宣布公司品牌更名为奇富科技": the company itself
        old = Mention("C", old.start, old.end, ctx.inv.entities[old.key].name if old.key in ctx.inv.entities else old.text,
                      key=old.key)
    if new.focus:
        new = Mention("C", new.start, new.end, ctx.inv.entities[new.key].name if new.key in ctx.inv.entities else new.text,
                      key=new.key)
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
        # the name as the article writes it (Traditional stays Traditional) where the mention is that text
        shown = ctx.show(mention.start, mention.end) if ctx.text[mention.start:mention.end] == mention.text else mention.text
        ctx.inv.entities[key] = Entity(key=key, name=shown, type="Company", aliases={shown: 1},
                                       count=1, first=mention.start)
    return key
