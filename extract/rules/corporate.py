"""SUBSIDIARY_OF (and the renames, in a module of their own).

Group structure is written in a few shapes: "平安集团旗下(的…)陆金所控股" (a
group member), "A为B控股的子公司" / "本公司全资子公司A" /
"A的母公司B" / "A隶属于B" / "A（B的子公司）" (a stated subsidiary, with
全资/综合联属实体/联系人 refining the kind), and a group's 系: "A和B均为平安系公司",
"作为平安系金融科技公司，A…", "A是小米系全资公司"; and a member of a
group's division: "作为C旗下金融科技板块的重要成员，A和B…". The guide
counts 子公司 and 旗下 whatever the stake; 孵化 alone is not enough.

A group's 系, 隶属于 and the members of a division are read in
`group_members`, the helpers the shapes share in `subsidiary_shapes`;
renames are `extract.rules.renames`.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.code_exchanges import own_exchange_listing
from extract.rules.group_members import group_members
from extract.rules.info_labels import info_labels
from extract.rules.offshore import offshore_structure
from extract.rules.renames import renames
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import is_regulator_key
from extract.rules.subsidiary_lists import counted_subsidiaries, listed_subsidiaries
from extract.rules.subsidiary_shapes import (
    KIND_WORDS,
    PARENT_ASIDE,
    companies_in,
    emit_subsidiary,
    introduced_subsidiaries,
    subsidiary_kind,
)
from extract.rules.templates import COMPANY_LIST, Sent, gated, pattern
from extract.rules.topics import topic_of
from schema import Predicate, SubsidiaryKind
from text.normalize import norm_name

_C = KIND["C"]
# 东岳集团(（以下简称…）|（NASDAQ:X）)?旗下(的)?(所属…的)?(描述)?北林控股(和…)?; 麾下 is 旗下; a description over 16 characters must end
# with a word of its kind ("C旗下在纽约、香港双重主要上市的科技公司——A")
_UNDER = pattern(r"(?P<parent><C>)(?:[（(][^（）()]{1,30}[）)])?(?:的)?(?:旗下|麾下)(?:的|所属)?(?P<desc>[^\ue001\ue000，。；]{0,16}?|[^\ue001\ue000，。；]{1,28}?(?:公司|企业|平台|机构|银行)(?:——|—|：)?)(?P<list>\ue001(?:（[^）]{0,30}）)?(?:(?:、|和|及|与|以及)\ue001(?!的?旗下)(?:（[^）]{0,30}）)?)*)")
#: a verb after "A与B" that makes B a partner, not a second member
_PARTNERS_AFTER = re.compile(r"(?:正式|共同|将|已)?(?:签署|签订|达成|合作|联合|携手|宣布|开展|共建|成立)")
# (a bracket of its former name may stand after the child: "B（前称B0，于D更改名称）现为C的全资附属公司")
#: where the parent's shares are listed, told before its name: "在E上市的" + C, "于E挂牌的" + C (what lists is C)
LISTED_AT = r"(?:(?:在|于)?\ue002[^\ue001，。；]{0,6}?(?=上市|挂牌)(?:挂牌)?)?"
# "C旗下除A外，还有B、D及百分之百持股的E": the firms C has besides A, each perhaps with a short description before it
_UNDER_BESIDES = re.compile(r"外[，,]?(?:还有|另有|尚有|还包括|亦有|也有)(?P<more>(?:(?:、|和|及|与|以及)?(?:[^\ue001，。；、]{0,10}?的)?\ue001)+)")
# "A和B均为C旗下的全资子公司", "A其实就是C的全资子公司" (talk), "A定位为C" + a line of business + "的子公司", "A于D成为本公司的子公司", "A与B同为C控制的子公司"
# (a company being founded: "A成立后为C的控股子公司")
_IS_SUB = gated(
    rf"(?P<children>{COMPANY_LIST})(?:[（(](?:下称|以下简称|简称)[^（）()]{{1,20}}[）)]|[（(](?:前称|原称|原名|旧称)\ue001[^（）()\ue001]{{0,20}}[）)])?(?:均|也|则|亦|同样|同|已|正式|正|继续|仍然|仍|由此|从而|随之|随即|自此|从此|目前|现|(?:其实|实际上|事实上|本质上)?就|其实|实际上|事实上)?(?:于<D>)?(?:开业后|成立后|设立后)?(?:为|是|系|作为|成为|被?定位为)(?:[^\ue001，。；]{{0,6}}?上市公司|{LISTED_AT}上市的)?(?:(?P<parent><C>)|(?P<ref>其)|(?P<listed>上市公司))(?:公司)?{PARENT_ASIDE}"
    rf"(?:的|之|[^，。；\ue001]{{0,16}}的)?(?:旗下)?(?:的)?(?:一家)?(?:[^\ue001，。；]{{0,8}}?){KIND_WORDS}",
    "公司", "联属实体", "联系人",
)
# C's size first, then "旗下控股A" and "持股比例为" + a figure: a clause of the sentence's subject C owning A (and its share)
# ("…，旗下还控股A、B等金融机构": a list of them, its kind after 等)
_CLAUSE_UNDER = pattern(r"^[^。；]*?[，,](?:其)?旗下(?:还|亦|也|另外|另)?(?P<verb>控股|全资控股)?(?:拥有|有|包括)?(?P<child><C>)"
                        r"(?P<more>(?:(?:、|和|及|与|以及)<C>)*)(?:等[^，。；\ue000\ue001]{0,8})?(?:[，,](?:持股比例|持股)(?:为|达)?(?:约)?(?P<pct><R>))?(?=[，,。；]|$)")
# "A由C（以下简称…）全资发起设立", "A系由C独资设立": a company set up by one owner of all of it
_WHOLLY_SET_UP_BY = pattern(r"(?P<child><C>)(?:[（(][^（）()]{0,30}[）)])?(?:系|是)?由(?P<parent><C>)(?:[（(][^（）()]{0,40}[）)])?(?:全资|独资)(?:发起|出资)?(?:设立|组建|成立)")
# "A（C之全资附属公司）", "A（为C的子公司）": the child's description in brackets after its name
_SUB_IN_BRACKETS = pattern(rf"(?P<child><C>)[（(](?:为|系|是)?(?P<parent><C>)(?:的|之)?{KIND_WORDS}[）)]")
# an entry of a list of parties, its name, a colon, what it is: "2. A：C持股" + a figure + "的控股子公司", "（三）A：C全资子公司"
_ENTRY_IS_SUB = pattern(rf"^\s*(?:\d{{1,2}}[.．、]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[一二三四五六七八九十]{{1,3}}、)?\s*(?P<child><C>)[：:]"
                        rf"(?:为|系|是)?(?P<parent><C>)(?:直接)?(?:持股<R>|持有<R>(?:股权|股份)?)?(?:的|之)?{KIND_WORDS}(?=[，,。；;]|$)")
# "A纳入C并表" and "成为其第N家控股子公司", "A亦纳入C合并报表范围": consolidated, A is C's subsidiary
_CONSOLIDATED = pattern(rf"(?P<child><C>)(?:[^，。；\ue000\ue001]{{0,4}}?)纳入(?P<parent><C>)(?:的)?(?:合并报表|合并财务报表|并表|合并范围)(?:范围|管理)?"
                        rf"(?:[，,](?:并)?成为其(?:第[\d一二三四五六七八九十]+家)?{KIND_WORDS})?")
# "A（简称…）成立于…，是C（…）旗下子公司", "…，是C的全资子公司": a later clause with no subject is about the sentence's subject
# (without 旗下 the clause must end with the kind: "，为C子公司提供贷款" is no such statement)
# (a share "由新行承继" and then "成为C的控股子公司": the clause after the sentence's subject's change)
_CLAUSE_IS_SUB = pattern(rf"[，,](?:也|还|则|并|现)?(?:是|为|系|成为)(?P<parent><C>){PARENT_ASIDE}(?:的)?(?P<under>旗下)?(?:的)?(?:一家)?(?:[^\ue001，。；]{{0,8}}?){KIND_WORDS}"
                         r"(?(under)|(?=(?:之一)?(?:[，。；（(]|$)))")
#: where a parent keeps a child, between them (its short name's bracket closing before): "C（C'）在香港的全资子公司A",
#: "其于中国的全资子公司A" (a foreign bank's arm in China; after 其 without the bracket)
_PLACE_WORDS = (r"(?:在|于)?(?:港|香港|澳门|台湾|台|内地|大陆|境内|境外|海外|美国|英国|欧洲|新加坡|华|中国|日本|韩国|越南|柬埔寨|泰国|缅甸|老挝"
                r"|印尼|马来西亚|菲律宾|印度|澳洲|澳大利亚|加拿大|德国|法国)(?:的)?(?=全资|间接|直接|控股|子公司|附属)")
#: the parent's short name and code in a bracket before 之/的: "C（C'，股票代号" + four digits + "）之子公司A"
_CODE_TAIL = r"[，,]\s*(?:股票|证券|股份)?(?:代号|代码)[：:]?\s*[0-9A-Z]{4,6}[）)]"
_PLACED = r"(?:" + _CODE_TAIL + r"|[）)]?" + _PLACE_WORDS + ")"
#: the sentence's company held by a parent, then called its subsidiary: "，由A持有100%股权，属于其全资子公司" (其 is the holder)
_HELD_THEN_ITS = pattern(rf"[，,]由(?P<parent><C>)持有\ue007(?:的)?(?:股份|股权)[，,](?:属|属于|为|是|系)其{KIND_WORDS}")
# "C(旗下)?(的)?(间接)?全资子公司A(、B)", "其间接全资附属公司A", "C全资控股的理财子公司A", "C的保险子公司A" (a line of
# business after 的), "C的子公司（A）", "C全资子公司——A", "C通过全资附属公司EastSeaMobility…" (a Latin name no dictionary knows)
_SUB_OF_BEFORE = gated(
    rf"(?:(?P<parent><C>)(?:{_PLACED})?|(?P<ref>其)(?:{_PLACE_WORDS})?|(?<=兼任|担任|出任|旗下|包括|通过|透过)|(?<=，)|(?P<also>(?<=[）)])(?:及|和|以及|、)))(?:的|之)?(?:旗下|下属|所属)?(?:主要(?:营运|运营|经营)?(?:的)?)?(?:(?:(?<=的|下|，)|(?<=通过|透过))(?!全资|间接|控股)(?P<line>[\u4e00-\u5175\u5177-\u9fff]{{1,4}}?))?"
    rf"(?:的)?(?:(?P<held>全资)?控股的[^，。；\ue001]{{0,8}}?|(?P<hundred>\ue007)持股(?:的|之)?)?{KIND_WORDS}"
    rf"(?:——|—)?(?:(?P<open>[（(])?(?P<children>{COMPANY_LIST})(?(open)[）)])(?P<more>等|均)?|(?P<latin>[A-Z][A-Za-z0-9&\-]{{2,30}}(?: [A-Z][A-Za-z0-9&.\-]*){{0,4}})(?![A-Za-z.]))",
    "公司", "联属实体", "联系人",
)
# "C另在" + a place + "设有全资附属公司A", "C于D设立全资子公司A": the clause's company set the child up (拟设立 is a plan)
# ("C全资设立的" + a line of business + "子公司A": wholly owned, whatever kind word follows; a line of business may
# stand before the kind after 设立 too: "设立了融资担保子公司X")
_SET_UP = pattern(rf"(?P<parent><C>)(?P<gap>[^，。；\ue000\ue001]{{0,12}}?)(?:(?:设有|设立|新设|成立)(?:了)?(?:一家|一间)?[^，。；的\ue000-\ue007]{{0,6}}?|(?P<whole>全资|独资)(?:发起|出资)?(?:设立|成立|组建)的"
                  rf"[^，。；\ue000\ue001]{{0,6}}?){KIND_WORDS}(?:——|—)?(?P<children>{COMPANY_LIST})")
#: a post after a list of subsidiaries, held at each of them: "P亦为全资附属公司A及B之董事" (the list is the subsidiaries)
_POST_OF_LIST = re.compile(r"(?:各自)?(?:之|的)\ue003")
#: 其 that is no pronoun: 其余, 其中, 其他, 其它, 其次, 其后
_OTHER_THAN = re.compile(r"其[余中他它次后]")
#: a clause that only names a company, as talk points at one ("就是A", "也就是A"): what the next clause is about
_NAMED_CLAUSE = pattern(r"(?:就是|也就是|即|叫)(?P<c><C>)")
#: the owner of a list: "C旗下拥有A" + its share in brackets + "及全资子公司B"
_OWNER_OF_LIST = pattern(r"(?P<owner><C>)(?:旗下|下属|下设)(?:拥有|有|包括|设有)")
#: a line of business cannot be a negation, a count or a word of relation ("C的非子公司", "C的多家子公司", "C的另一子公司" is fine)
_NOT_A_LINE = re.compile(r"[不非多几各该某与和及或是为在对向]")
# "A、B等子公司": the company the sentence is about is the parent
# (a member may be written with its kind cut to one letter, as Taiwan's press does: "A证、B期货等子公司", A证 for A证券)
_LIST_THEN_SUB = gated(rf"(?P<children>\ue001(?:[证银]?(?:、|和|及|与|以及)\ue001)*)等(?:多家|几家)?{KIND_WORDS}", "等")
# "A的母公司B", "A背后" + "的控股母公司是…B", "B为A的母公司"
_PARENT_OF = gated(r"(?P<child><C>)?(?:的|背后的)?(?:控股)?母公司(?:是|为)?[^，。；\ue001]{0,16}?(?P<parent><C>)", "母公司")
#: a company formed by others, at its clause's head: "C由A与B于D合并组建", "C由A、B共同设立": the companies after 由 made C,
#: so a list of subsidiaries the sentence goes on to name (旗下拥有…) is C's
_FORMED_BY = re.compile("(?:^|[。；])(?P<made>\ue001)[^，。；\ue001\ue000]{0,12}?由\ue001(?:(?:、|与|和|及|以及)\ue001)+"
                        "[^，。；\ue001\ue000]{0,8}?(?:合并|统合|整合|联合|共同)?(?:组建|成立|设立|组成)(?:而成)?[，,]")


def extract_corporate(ctx: Context) -> None:
    for sent in ctx.sentences:
        if _C not in sent.tpl:
            continue
        _groups(ctx, sent)
        listed_subsidiaries(ctx, sent)
        counted_subsidiaries(ctx, sent)
        offshore_structure(ctx, sent)
        own_exchange_listing(ctx, sent)
        renames(ctx, sent)
        info_labels(ctx, sent)


def _groups(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    if "另" in tpl:
        _another(ctx, sent)
    if "全资" in tpl or "持股的" in tpl:
        for m in _WHOLLY_HELD_BY.finditer(tpl):  # "A为C全资持有的" + a kind of vehicle: C holds all of A
            emit_stake(ctx, sent, sent.at(m.start("holder")).key, sent.at(m.start("child")).key, "wholly-held-by", 0.8,
                       pct=sent.at(m.start("pct")).value if m.group("pct") else 100.0,
                       pos=m.start(), parents=False)
            if not m.group("pct") and _A_FIRM.match(tpl, m.end()) and ctx.type_of(sent.at(m.start("holder")).key or "") == "Company":  # "A是C全资控股的企业": C's wholly owned subsidiary too
                emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("holder")).key, "wholly-held-by", 0.8,
                                SubsidiaryKind.WHOLLY_OWNED)
        for m in _WHOLLY_SET_UP_BY.finditer(tpl):  # "A由C全资发起设立": C's wholly owned subsidiary
            emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, "wholly-set-up-by", 0.8, SubsidiaryKind.WHOLLY_OWNED)
    for m in _CLAUSE_UNDER.finditer(tpl) if "旗下" in tpl else ():  # C's size, then "旗下控股A" and its share: C's
        subject = next((x.key for x in sent.between(0, m.start("child"), "C")), None)
        child = sent.at(m.start("child")).key
        for other in (child, *companies_in(sent, m.start("more"), m.end("more"))):
            emit_subsidiary(ctx, sent, other, subject, "clause-under", 0.75, SubsidiaryKind.SUBSIDIARY if m.group("verb") else SubsidiaryKind.GROUP_MEMBER)
        if m.group("pct") and subject and child != subject and not m.group("more"):
            emit_stake(ctx, sent, subject, child, "clause-under", 0.75, pct=sent.at(m.start("pct")).value, pos=m.start(), parents=False)
    for m in _UNDER.finditer(tpl):
        if m.group("desc").endswith(("与", "和", "同", "联合", "携手")):
            continue  # "C旗下" + a unit + "与B通力合作": the unit is C's, B its partner
        parent = sent.at(m.start("parent")).key
        kind = SubsidiaryKind.SUBSIDIARY if "子公司" in m.group("desc") else SubsidiaryKind.GROUP_MEMBER
        children = companies_in(sent, m.start("list"), m.end("list"))
        if len(children) > 1 and _PARTNERS_AFTER.match(tpl, m.end()) and re.search(r"与|和|及", m.group("list")):
            children = children[:1]  # "P旗下A与B签署合作协议": B is A's partner
        if m.group("desc").endswith("除") and (more := _UNDER_BESIDES.match(tpl, m.end())):
            children += companies_in(sent, more.start("more"), more.end("more"))  # "C旗下除A外，还有B、D及…的E": all C's
        for child in children:
            emit_subsidiary(ctx, sent, child, parent, "under", 0.8, kind)
    for m in _IS_SUB.finditer(tpl):
        partly = tpl.endswith("非", 0, m.start("kind"))  # "B为A之非全资附属公司": a subsidiary A does not wholly own
        if re.search(r"不|并非|非", tpl[m.end("children"):m.start("kind") - partly]):
            continue
        children = companies_in(sent, m.start("children"), m.end("children"))
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
        elif m.group("listed"):  # after a deal, "A成为上市公司" + "全资子公司": the listed company the text is about
            parent = ctx.focus
        else:  # "A持有B" + all of it, then "B为其全资子公司": 其 is the company named before the child, not the child
            parent = next((k for k in reversed(companies_in(sent, 0, m.start())) if k not in children), None)
        kind = SubsidiaryKind.SUBSIDIARY if partly else subsidiary_kind(m.group("kind"))
        full = re.search(r"\ue007(?:控股|持股)|(?:持股|持有)\ue007", tpl[m.end("children"):m.start("kind")])  # (or "A持股100%的子公司")
        at = m.end("children") + full.group().index("\ue007") + full.start() if full else 0
        whole = bool(full) and sent.at(at).value == 100
        if whole:
            kind = SubsidiaryKind.WHOLLY_OWNED  # "B为A 100%控股的子公司"
        for child in children:
            emit_subsidiary(ctx, sent, child, parent, "is-subsidiary", 0.9, kind)
            if whole and full and not re.search(r"不|并非|非|原|曾", tpl[m.end("children"):m.start("kind")]):
                # ("B为A" + "百分之百持股之子公司": the share is written, so A holds all of B; 全资 alone writes none)
                emit_stake(ctx, sent, parent, child, "is-subsidiary", 0.85, pct=100.0, pos=at, parents=False)
    for m in _SUB_IN_BRACKETS.finditer(tpl):
        emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, "subsidiary-in-brackets", 0.85, subsidiary_kind(m.group("kind")))
    for m in _CONSOLIDATED.finditer(tpl) if "纳入" in tpl else ():
        kind = subsidiary_kind(m.group("kind")) if m.group("kind") else SubsidiaryKind.SUBSIDIARY
        emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, "consolidated", 0.8, kind)
    for m in _ENTRY_IS_SUB.finditer(tpl):
        emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, "entry-is-subsidiary", 0.85, subsidiary_kind(m.group("kind")))
    for m in _CLAUSE_IS_SUB.finditer(tpl):
        # (after a clause of 其's: a bank "发起设立的B", then "其" + a share + "由新行承继" and "成为C的控股子公司" — B, what 其 stands for)
        before = max(tpl.rfind(c, 0, m.start()) for c in "，,；") + 1
        # (not 其余/其中/其他 heading the clause before: "其余股权由另两家企业持有，为A的控股子公司" is about the sentence's company)
        ref = companies_in(sent, 0, before - 1)[-1:] if tpl.startswith("其", before) and not _OTHER_THAN.match(tpl, before) else []
        if not ref and (named := _NAMED_CLAUSE.fullmatch(tpl, before, m.start())):
            ref = [sent.at(named.start("c")).key]  # "…牌照，就是A，是C的全资子公司": the clause before named A alone
        child = ref[0] if ref else topic_of(sent)
        if child is not None:
            emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "clause-is-subsidiary", 0.8, subsidiary_kind(m.group("kind")))
    for m in _HELD_THEN_ITS.finditer(tpl):  # "C注册资本…，由A持有全部股权，属于其全资子公司": C is A's
        if (child := topic_of(sent)) is not None:
            emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "held-then-its-subsidiary", 0.8, subsidiary_kind(m.group("kind")))
    for m in _SUB_OF_BEFORE.finditer(tpl):
        if m.group("line") and _NOT_A_LINE.search(m.group("line")):
            continue
        if m.group("latin"):
            children = [k for k in (latin_company(ctx, sent, m.start("latin"), m.end("latin")),) if k]
        else:
            children = companies_in(sent, m.start("children"), m.end("children"))
        if not m.group("more") and not _POST_OF_LIST.match(tpl, m.end()):
            children = children[:1]  # "子公司A、B及C共同订立协议": B and C are parties, not subsidiaries
        if m.group("also") and not (owner := _OWNER_OF_LIST.search(tpl, max(tpl.rfind(c, 0, m.start()) for c in "，；"), m.start())):
            continue  # a share in brackets + "及全资子公司B": only after "C旗下拥有A（…）", a list of C's
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
            if tpl.endswith("旗下", 0, m.start("parent")) and children and _line_in_name(ctx, parent, children[0]) and (
                    owner := [k for k in companies_in(sent, 0, m.start("parent") - 2) if k != parent][-1:]):
                parent = owner[0]  # "C旗下伊斯兰银行全资子公司C伊斯兰银行": a line of business the child's name holds; C's
        elif m.group("also"):
            parent = sent.at(owner.start("owner")).key  # "C旗下拥有A" + its share in brackets + "及全资子公司B": C's
        elif m.group("ref") and (subject := _clause_subject(sent, m.start("ref"))):
            parent = subject  # "A直接持有本公司…" then "并通过其全资子公司B…": 其 is A, the subject the clause goes on with
        elif m.group("ref"):  # 其: the company named before (a person's own company is no one's subsidiary)
            last = next((x for x in reversed(sent.between(0, m.start())) if x.kind in ("C", "P")), None)
            parent = None if last is not None and last.kind == "P" else (
                next(iter(companies_in(sent, 0, m.start())[-1:]), None) or sent.prev_topic)
        elif _THROUGH_END.search(tpl, 0, at := m.end("line") if m.group("line") else m.start()) and (subject := _clause_subject(sent, at)):
            parent = subject  # "A直接持有C 12%，并通过全资子公司B持有6%": the subject who holds through B, not C
        elif (formed := _FORMED_BY.search(tpl, 0, m.start())) is not None:
            parent = sent.at(formed.start("made")).key  # "C由A与B组建，旗下子公司X": C's, not B's (A and B made C)
        else:  # "…任C总裁，兼任子公司A董事长": the company named before, else the one the text is about
            siblings = introduced_subsidiaries(sent, m.start())  # (a sibling named before is no parent)
            parent = next((k for k in (*reversed(companies_in(sent, 0, m.start())), topic_of(sent), sent.prev_topic, ctx.focus)
                           if k and k not in children and k not in siblings), None)
        if m.group("ref") and tpl.endswith("由", 0, m.start("ref")) and (held := list(dict.fromkeys(companies_in(sent, 0, m.start())))) and parent == held[-1]:
            # "C1由其全资子公司C2持有": no company is held by its own subsidiary; 其 is the one named before C1
            parent = held[-2] if len(held) > 1 else None
        whole = m.group("held") or (m.group("hundred") and sent.at(m.start("hundred")).value == 100)  # "百分之百" + "持股的子公司"
        kind = subsidiary_kind(m.group("kind") + ("全资" if whole else ""))
        share = sent.at(m.start("hundred")).value if m.group("hundred") else None
        for child in children:
            emit_subsidiary(ctx, sent, child, parent, "parent-subsidiary", 0.85, kind)
            if parent and isinstance(share, (int, float)) and child != parent:  # "C的百分之百持股子公司A": C holds that share of A
                emit_stake(ctx, sent, parent, child, "share-subsidiary", 0.8, pct=float(share), pos=m.start("hundred"), parents=False)
    for m in _SET_UP.finditer(tpl):
        if re.search(r"拟|将|计划|筹备|申请|不|未", m.group("gap")):
            continue
        for child in companies_in(sent, m.start("children"), m.end("children")):
            emit_subsidiary(ctx, sent, child, sent.at(m.start("parent")).key, "set-up-subsidiary", 0.8,
                            SubsidiaryKind.WHOLLY_OWNED if m.group("whole") else subsidiary_kind(m.group("kind")))
    for m in _LIST_THEN_SUB.finditer(tpl):
        children = companies_in(sent, m.start("children"), m.end("children"))
        # the company named in the list's own clause, else the one the sentence is about: a company of an earlier
        # clause is that clause's ("…，下午C选任P为董事长，…，将A、B等子公司高层人事…": the sentence's group's)
        clause = max(tpl.rfind(c, 0, m.start()) for c in "，；,") + 1
        parent = next((k for k in [*reversed(companies_in(sent, clause, m.start())), topic_of(sent),
                                   *reversed(companies_in(sent, 0, clause)), sent.prev_topic, ctx.focus]
                       if k and k not in children), None)
        for child in children:
            emit_subsidiary(ctx, sent, child, parent, "listed-subsidiaries", 0.75, subsidiary_kind(m.group("kind")))
    for m in _PARENT_OF.finditer(tpl):
        parent = sent.at(m.start("parent")).key
        child = sent.at(m.start("child")).key if m.group("child") else next(
            (k for k in [topic_of(sent), *companies_in(sent, 0, m.start())] if k and k != parent and not is_regulator_key(ctx, k)), None)
        # (not a regulator named before: "P的任命已获金管局批准，…，后者已转任母公司C…" — no regulator is C's subsidiary)
        emit_subsidiary(ctx, sent, child, parent, "parent-company", 0.8, SubsidiaryKind.SUBSIDIARY)
    group_members(ctx, sent)  # (last: the shapes of a group's members, in the order they always ran)


def _line_in_name(ctx: Context, line: str, child: str) -> bool:
    """Whether the name found as a parent is a line of business the child's own name holds ("伊斯兰银行" of
    "X伊斯兰银行"): the kind of subsidiary, no company of its own."""
    a, b = ctx.inv.entities.get(line), ctx.inv.entities.get(child)
    return a is not None and b is not None and a.name != b.name and a.name in b.name and not b.name.startswith(a.name)


_WHOLLY_HELD_BY = pattern(r"(?P<child><C>)(?:目前|现|现已|仍)?(?:为|是|系)(?P<holder>[\ue000\ue001])(?:[（(][^（）()]{0,30}[）)])?(?:全资|(?P<pct><R>)(?=持股))(?:持有|控股|拥有|持股)的")  # (or "C" + a share + "持股的")
#: what a wholly held company is said to be after "A是C全资控股的": a firm (a state one, one of sole ownership)
_A_FIRM = re.compile(r"(?:国有|国营|市属|省属|区属)?(?:独资)?(?:企业|公司|子公司)")
#: "另一家子公司X", "另一间附属公司X": a subsidiary of the parent whose subsidiary was just told
_COMPANY_WORDS = frozenset({"公司", "该公司", "本公司", "該公司"})
#: the same sentence's clause before that told a subsidiary of a parent ("B是C的全资子公司，"): C
_TOLD_PARENT = pattern(r"(?P<parent><C>)(?:的|之)(?:全资|全資|控股)?(?:子公司|附属公司|附屬公司)[，,；]")
_ANOTHER = pattern(r"(?:(?P<parent><C>)(?:的|之)?)?另(?:一|外一)(?:家|间|間|个|個)?(?P<kind>全资子公司|全資子公司|控股子公司|子公司|全资附属公司|全資附屬公司|附属公司|附屬公司)(?P<child><C>)")


def _another(ctx: Context, sent: Sent) -> None:
    for m in _ANOTHER.finditer(sent.tpl):
        told = [c for c in ctx.out if c.predicate is Predicate.SUBSIDIARY_OF and sent.i - 3 <= c.sent <= sent.i]
        # "C另一子公司X": the parent is named (公司 for the issuer), whatever subsidiary was told before
        # (but a word for the company, 公司 or 该公司, after a clause that told a subsidiary of a parent: "另一家" is that parent's,
        # "B是C的全资子公司，公司另一家子公司X" is C's, whatever company 公司 would stand for alone)
        referred = m.group("parent") and sent.at(m.start("parent")).text in _COMPANY_WORDS
        before = [x for x in _TOLD_PARENT.finditer(sent.tpl, 0, m.start()) if x.end() == m.start()] if referred else []
        # (the clause right before: one further off may be about another company, "…的全资子公司，与公司不存在关联关系，…")
        if before:  # (only the same sentence's: a subsidiary told sentences before may be another company's, 公司 the article's)
            parent = sent.at(before[-1].start("parent")).key
        else:
            parent = sent.at(m.start("parent")).key if m.group("parent") else told[-1].object if told else None
        if parent:
            emit_subsidiary(ctx, sent, sent.at(m.start("child")).key, parent, "another-subsidiary", 0.75,
                 subsidiary_kind(m.group("kind").replace("全資", "全资")))


#: a clause that goes on with the subject of the clause before: "，并通过其…", "，同时经由其…"
#: a clause that goes on "through" what follows (its subject holds by way of it)
_THROUGH_END = re.compile(r"(?:通过|透过|经由)$")
_GOES_ON = re.compile(r"[，,](?:并|且|另|还|同时|亦|也)?(?:通过|透过|经由)$|(?P<given>(?:转让|出售|出让|划转|转)(?:给|予|至))$")


def _clause_subject(sent: Sent, ref: int) -> str | None:
    """The company the clause before opens with, when the clause of 其 has no subject of its own;
    the giver before 将 when 其 follows the verb of giving ("A将…转让给其子公司B")."""
    head = _GOES_ON.search(sent.tpl, max(0, ref - 6), ref)
    if head is None:
        return None
    if head.group("given"):  # "A将所持T" + a share + "转让给其全资子公司B": 其 is A, who gives, not T
        start = max(sent.tpl.rfind(c, 0, head.start()) for c in "，,；：") + 1
        giver = re.compile(r"将").search(sent.tpl, start, head.start())
        first = next(iter(sent.between(start, giver.start())), None) if giver else None
        return first.key if first is not None and first.kind == "C" else None
    start = max(sent.tpl.rfind(c, 0, head.start()) for c in "，,；：") + 1
    first = next(iter(sent.between(start, head.start())), None)
    return first.key if first is not None and first.kind == "C" else None


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
