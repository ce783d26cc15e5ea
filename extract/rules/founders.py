"""Founders: "C创始人P", "P创立了C", "C由P和Q共同创立", "联合创始人分别为…"."""

from __future__ import annotations

import re

from extract.kinship import RELATIVE
from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.corporate import latin_company
from extract.rules.enumerations import list_items
from extract.rules.label_blocks import block_company
from extract.rules.position_chains import CHAIN
from extract.rules.position_emit import clause_start, date_before, hedged, subject_for
from extract.rules.templates import Sent, pattern
from extract.rules.topics import head_is_preamble
from schema import Predicate

#: how the founders founded it together: jointly, as partners, pooling their money ("合伙创办", "合资创办", "集资创办"), or one
#: leading the others ("由P牵头发起设立": P founded it)
_TOGETHER = r"(?:共同|联合|一手|合伙|合资|集资|牵头|带头)"
#: a later founder named by a relation to the one before ("由P与妻子Q共同创办": Q is P's wife, "与同乡Q": his townsman; a founder too)
_RELATION = r"(?:其)?(?:妻子|太太|夫人|丈夫|先生|儿子|女儿|长子|次子|弟弟|哥哥|兄长|胞弟|胞兄|姐姐|妹妹|同乡|老乡|同学|好友|同事|搭档)"
#: where a company was founded, between its founders and the verb: "由A、B于2018年在杭州共同创立" (a park or zone of a city too)
_WHERE = r"(?:在[\u4e00-\u9fff]{2,14}?(?=一起|共同|联合|合伙|一手|创立|创办|创建))?"
#: a founder's short name in brackets after it: "（以下简称X）"
_SHORT = r"(?:[（(](?:以下简称|下称|简称)[^（）()。]{1,20}[）)])"
#: who a founder is, said before the name: "连续创业者", "前C风控专家", "某大学副教授", "C前T", "大学同学", "福建移民" (the one before
#: in the list, "由A与大学同学B共同创办": B is A's classmate)
_DESC = r"(?:[^，。；\ue000\ue002\ue004-\ue007]{1,14}?(?:人|家|者|师|授|士|管|员|商|民|\ue003|同学|同事|同乡|好友|朋友|战友|搭档|校友|伙伴))"
#: a description after "创始人之一、" ("前C高管", "资深投资人"): the founder's past, not the company founded
_DESC_C = r"(?:[^，。；\ue000-\ue007]{0,8}?(?:\ue001[^，。；\ue000-\ue007]{0,6}?)?(?:人|家|者|师|授|士|管|员))"
#: (its short name defined in brackets between: "C（以下简称“Y”）" + "创始人、名誉董事长P")
_FOUNDER = pattern(rf"(?:(?P<c><C>)(?:[（(](?:以下)?(?:简称|称)[^（）()]{{1,20}}[）)]|[（(]<C>[，,][^（）()。]{{1,20}}[）)]|[（(]\ue005[）)])?(?:的|及其|其)?(?:<T>(?:、|兼|/))?)?(?:联合)?(?:创始人|创办人|创立者|创始团队(?:核心)?(?:成员|领导)?)(?:之一)?(?:(?:兼|、|/|及|暨)(?:名誉|荣誉)?(?P<chain>{CHAIN}))?(?:[、，]{_DESC_C}|(?:——|—){_DESC_C}?|[、，]?)(?:的)?(?P<p><P>)")
#: (the company's ticker in brackets may stand before the title: "C（NASDAQ: X）创办人兼主席P")
#: what may stand right before a founder's title that names no company: the sentence's start, a clause mark, 由
_BARE_FOUNDER_HEAD = "，,：:（(由"
#: or a word that counts it one more of the founders the story told: "另一位联合创始人P现任…" (the founder of the same company)
_ANOTHER = re.compile(r"(?:^|[，,：:])(?:而|则)?(?:另一位|另一名|另外一位|另外一名|另一个|另外两位|另两位)$")
#: "P创办了X的前身——Y": what P founded is Y, a name the slot makes (a workshop, a 服务部 no dictionary knows), renamed into X
_PREDECESSOR = re.compile(r"的前身(?:——|—)(?P<name>[\u4e00-\u9fff\ue001]{2,16}?)(?=[，。；（(]|$)")
#: "创办C前身D", "创办C的前身D": a predecessor the text names as a company, right after the one it became
_NAMED_PREDECESSOR = re.compile(r"(?:的)?前身(?:公司)?(?:为)?\ue001")
#: the founder's title right after a company ("集团创办人")
_FOUNDER_WORD = re.compile(r"(?:的)?(?:联合)?(?:创始人|创办人)")
#: (what the company is may stand between the verb and its name: "P于D创办网上券商C", "创办跨境汇款平台C")
_FOUNDED_VERB = pattern(r"(?P<p><P>)?(?P<mid>[^\ue000。；]{0,14}?)(?:创立|创办|创建|创设|发起设立|一手创办)(?:了)?"
                        r"(?:(?:一家|一间)?[^，。；、\ue000-\ue007]{0,8}?(?:平台|券商|银行|公司|机构|集团|企业|品牌|商号|行号|交易所|基金))?(?P<c><C>)")
#: "创办公司的时候，叫X", "创立公司时名为X": the name the company had when founded, not its name now
_THEN_CALLED = re.compile(r"(?:的时候|时)[，,]?(?:公司)?(?:的)?(?:名字|名称)?(?:叫|叫做|名叫|名为)(\ue001)")
#: "A和B一起创办C", "A、B于2015年共同创立C": each person of the list founds the company
#: (the list may close with a count of households or people who pooled their shares: "A、B等十一户集股创办C")
_JOINTLY = pattern(rf"(?P<people>\ue000(?:(?:、|和|与|及)\ue000)+)(?:等[一二两三四五六七八九十\d]{{0,3}}(?:人|户|位|名)?)?(?:[于在]?<D>)?{_WHERE}"
                   rf"(?:一起|共同|联合|合伙|集股|集资|合资)(?:创立|创办|创建|发起设立|出资设立|发起成立|出资成立)(?:了)?(?P<c><C>)")
#: "P是C的创始人", "P为C联合创始人之一": the founder as the subject of 是/为/系
#: a founder named by a relation to a person named first, written the classical way: "由P之父Q创办" (Q founded it)
_KIN_OF = r"\ue000之(?:父|母|祖父|兄|弟|妻|夫)"
#: "C成立于D" + "，由A和B共同创立": a later clause without a subject founds the company the sentence opens with
#: (the founders may be companies and people, "由C2、A、B等共同发起设立": the people founded it)
#: (or opens the clause after a source's: "工商资料显示" + "，C成立于D，由P创办"); "C全称X" + "，D由A和B…创立"
_CLAUSE_FOUNDED_BY = pattern(rf"(?:^|(?<=[，,：:]))(?P<c><C>)(?P<mid>[^。；\ue000]{{0,20}}?)[，,](?:<D>)?(?:并|系|是)?由(?:{_DESC}|{_KIN_OF})?(?P<people>[\ue000\ue001]{_SHORT}?(?:(?:、|和|及|与){_DESC}?[\ue000\ue001]{_SHORT}?)*)(?:等人|等?[两二三四五六七八九十](?:人|位|名)(?:自然人|股东|创始人)?|等)?(?:[于在]<D>)?{_WHERE}"
                             rf"{_TOGETHER}?(?:创立|创办|创建|发起设立|发起成立|出资设立|出资成立|创设)(?!的)")
#: what a company was before, between it and its founders: "C的前身是" + a description + "X（…），由P创办"
_WAS_BEFORE = re.compile(r"^(?:的)?前身(?:是|为|系)[^，,。；\ue000\ue001]{0,8}(\ue001)")
#: after a clause of a source, what the company's own clause says before the founders: when or where it was set up, its full name
#: (after the bracket that gives its short name: "C（下称“Y”）成立于…")
_SET_UP_WHEN = re.compile(r"^(?:[（(][^（）()。]{1,24}[）)])?(?:成立于|创立于|创办于|创建于|始创于|诞生于|全称|全名)")
#: who a founder is, said before the name after 由, beyond `_DESC`: the post the founder holds now ("由董事长P创立"), a
#: clause in 的 ("由来自某省的A、B夫妇创办"), a title of honour ("由拿督斯里P创办"), a relation to a person named first
#: ("由现任主席Q的父亲P创办": P founded it, not Q), or a descriptive noun ending in 领 ("已故侨领P"), or 已故 alone; the post may be at
#: another company ("由B银行董事长P创办": P founded C, and chairs B); an heir's word for a late father ("由其先父P创立",
#: "由家父P创办": P founded it)
_BY_DESC = (rf"(?:{_DESC}|(?:<C>)?<T>|已故|[^，。；\ue000-\ue007]{{1,10}}?的|(?:拿督斯里|丹斯里|拿督|敦)|[^，。；\ue000-\ue007]{{0,6}}?领"
            r"|(?:<T>)?\ue000(?:的)?(?:父亲|母亲|祖父|爷爷|外祖父|兄长|哥哥|胞兄|胞弟|弟弟|姐姐|妻子|丈夫|岳父)"
            r"|(?:其|我的|我们的)?(?:先父|家父|先祖|先祖父|先母|家母|亡父|已故父亲|父亲|祖父)"
            rf"|{_KIN_OF})")
#: those who founded it with the named founders, told as a group: "由P与十余位企业家在某地创立"
_COMPANIONS = r"(?:(?:与|和|联合|偕同|联同|连同|伙同|会同)[^，。；\ue000-\ue007]{1,12}?(?:人|家|者|商|士|友))"
#: the place may give its name in Latin letters in brackets: "在某市好景区（Goodview）创办"
_WHERE_BRACKET = r"(?:在[\u4e00-\u9fff]{2,14}?(?:[（(][^（）()。]{1,30}[）)])?(?=共同|联合|一手|创立|创办|创建|成立))?"
#: "C是P一手创办的", "C由P一手打造": the company the founder built with his own hands
_BUILT_BY = pattern(r"(?P<c><C>)(?:是|系|由|是由)(?P<p><P>)(?:一手|亲手)(?:创办|创立|创建|打造)")
#: "C1979年由P在上环一间小铺起家": the business P started, its year before 由
_STARTED_BY = pattern(r"(?P<c><C>)(?P<d><D>)?(?:是|系)?由(?P<p><P>)[^，。；\ue000-\ue003]{0,14}?(?:白手)?起家")
#: "在P等人的倡议下，C创办": the people whose initiative founded the company
_ON_INITIATIVE = pattern(r"在(?P<p><P>)(?:等人|等)?的(?:倡议|倡导|发起|推动|主导)下[，,]?(?P<c><C>)(?:正式)?(?:创办|创立|成立|设立|诞生)")
#: who a partner is to the founder: "前同事", "大学同学", "同乡"
_PARTNER = r"(?:[^，。；\ue000-\ue007]{0,10}?(?:同事|同学|室友|同窗|发小|老乡|同乡|好友|朋友|战友|搭档|拍档|校友|伙伴|合伙人))"
#: the person spoken of, right before a list of those who founded a company with him: "他与同乡" + "A、B集资创办C"
_HE_WITH = re.compile(rf"(?:^|[，,])[他她](?:早年|当年|随后|便|就|又)?(?:与|和|同|联同|偕同){_PARTNER}?$")
#: "她与前同事P" + "在某地共同创立C", "P与同乡Q合伙创办C", "P辞职下海" + "，与同乡Q合伙创办C":
#: the person spoken of (a pronoun, a name, or none before 与 and the partner) and the partner, founders both;
#: after a word of relation the verb needs no 共同 ("P与大学同学Q" + "在某地创办了C")
#: (or a spouse or a relative: "D与妻子Q在某地合伙创办C", a profile's subject unnamed in its own sentence; or none, the
#: profile's subject, before 与 and a partner named with 共同: "D与Q共同创立C"; after a title "基金经理P" + "D与拍档Q合创C",
#: 合创/共创 the verb of two founding together)
_PARTNER_OR_KIN = rf"(?:{_PARTNER}|(?:其)?(?:{RELATIVE}))"
_WITH_PARTNER = pattern(rf"(?:^|[，,]|(?<=<T>)(?=<P>))(?:(?<=^)<D>(?=(?:和|与|同)(?:{_PARTNER_OR_KIN}|<P>(?:于<D>)?{_WHERE}(?:共同|一起|联合|合伙|合创|共创))))?"
                        rf"(?:[他她]|(?P<h><P>)(?:<D>)?(?=(?:和|与|同){_PARTNER_OR_KIN})|(?=(?:和|与|同){_PARTNER_OR_KIN})"
                        rf"|(?=(?:和|与|同)<P>(?:于<D>)?{_WHERE}(?:共同|一起|联合|合伙|合创|共创)))(?:和|与|同)(?:(?P<pt>{_PARTNER_OR_KIN})|{_DESC}|<T>)?"
                        rf"(?P<p><P>)(?:于<D>)?{_WHERE}(?:(?:共同|一起|联合|合伙|(?(pt)|(?!)))(?:创立|创办|创建)|合创|共创|合办)(?:了)?(?P<c><C>)")
#: "P牵头筹建C" + "，他…被视为" + "这家银行的创始人": the company just named, by the word for its kind
_DEEMED_FOUNDER = re.compile(r"[，,](?:[他她])(?:本人)?(?:也|则)?(?:被视为|被认为是|被称为|被誉为)这家[\u4e00-\u9fff]{1,3}?的(?:联合)?(?:创始人|创办人)")
#: a kin word after the founder's title (and perhaps the founder's name): the subject is the founder's relative, not the founder
#: ("P为C创办人长子", "P是C创始人Q之子")
_FOUNDERS_CHILD = r"(?!(?:<P>)?(?:的|之)?(?:长子|次子|三子|幼子|独子|长女|次女|幼女|独女|儿子|女儿|女婿|儿媳|长孙|孙子|孙女|子|女|孙|遗孀|夫人|妻子|胞弟|胞兄))"
_IS_FOUNDER = pattern(r"(?P<p><P>)(?:也|则|正)?(?:是|为|系)(?P<c><C>)(?:[（(](?:以下)?(?:简称|称)[^（）()]{1,20}[）)])?(?:的)?(?:联合)?(?:创始人|创办人|创立者)" + _FOUNDERS_CHILD)
_CO_FOUNDERS = pattern(r"(?:联合|共同)?(?:发起人|创始人|创办人)(?:分别)?(?:为|是|包括|有)[：:]?(?P<list>[^。；]{2,80})")
#: who a later founder of the list is, said before the name: as `_DESC`, or where the founder came from
#: ("C于D由来自甲地的A及来自乙地的B共同创办": each founder described alike)
_LATER_DESC = rf"(?:{_DESC}|{_RELATION}|(?:来自|出身于|出身|毕业于)[^，。；\ue000-\ue007]{{1,10}}?的)"
#: a founder's name spelled in Latin letters in brackets after it ("P（" + a Vietnamese or English spelling + "）")
_SPELLED = r"(?:[（(][A-Za-zÀ-ỹ' .-]{2,40}[）)])"
#: …or the short form the text defines for the founder there ("P先生（「P老」）": the quote may hold the name found)
_CALLED = r"(?:(?:先生|女士)?[（(][“「『\"](?:\ue000|[^（）()。\ue000-\ue007]{1,10})[”」』\"][）)])"
_FOUNDED_BY = pattern(rf"(?P<c><C>)(?:[（(](?:以下)?简称[^）)]{{1,20}}[）)]|[”」\"]?[（(][“「\"]?<C>[”」\"]?[）)])?(?:于?<D>)?(?:则|亦|也)?(?:由|是由)(?:{_BY_DESC}){{0,2}}(?P<people>[\ue000\ue001](?:(?:、|和|及|与){_LATER_DESC}?[\ue000\ue001])*)"
                     rf"(?:{_SPELLED}|{_CALLED})?(?:夫妇|夫妻|兄弟|姐妹|父子|母子|父女|兄妹|姐弟)?(?:等人|等?[两二三四五六七八九十](?:人|位|名)(?:自然人|股东|创始人)?|等)?{_COMPANIONS}?(?:[于在]<D>)?{_WHERE_BRACKET}{_TOGETHER}?(?:创立|创办|创建|发起设立|发起成立|出资设立|出资成立|创设|成立)")
#: "由A与B在X合资开设的C", "由A创办的C": the founders in a relative clause before the company they founded; what a company
#: was before, told the same way, by kin or not ("C前身为其祖父P于D创办的X", "C的前身是A与B在某地创办的X": they founded X)
_OPENED_BY = pattern(rf"(?:由{_BY_DESC}?|(?<=前身)(?:为|是|系)(?:其)?(?:{RELATIVE})?)(?P<people>\ue000(?:(?:、|和|及|与){_LATER_DESC}?\ue000)*)(?:夫妇|夫妻|兄弟|父子)?(?:[于在]?(?P<d><D>))?"
                     rf"(?:在[\u4e00-\u9fff\ue000]{{2,14}}?(?=合资|合伙|集资|共同|联合|一手|开设|开办|创办|创立|创建))?{_TOGETHER}?"
                     r"(?:开设|开办|创办|创立|创建)的(?P<c><C>)")
#: "P成立了C", "P于2016年成立C": 成立 founds a company only with a person right before it (a company
#: that 成立 another sets up a subsidiary), so nothing but a date or an adverb stands between them
#: (an adverb of time may stand before the verb: "2016年，P就成立了C", "P随即成立C")
_SET_UP = pattern(r"(?P<p><P>)(?:于|在)?(?:<D>)?(?:就|便|即|随即|随后|又|还|也)?(?:共同|联合|一手|亲自)?成立(?:了)?(?P<c><C>)")
#: "P作为C创始人", "P是公司创始团队核心领导之一", "…，成为创始团队成员之一": the person's
#: capacity; the company is named in it or earlier in the sentence (the one P joined or holds a post at)
_AS_FOUNDER = pattern(r"(?<!不)(?:作为|是|为|系|成为|现任)(?P<c><C>)?(?:的)?(?:联合)?(?:创始人|创办人|创立者|创始团队(?:的)?(?:核心)?(?:成员|领导|人员)?)(?:之一)?" + _FOUNDERS_CHILD)
#: the founder named after the capacity, then whose relation the subject is ("是创办人P的长子", "是创始人P之女")
_FOUNDERS_KIN = re.compile(r"\ue000(?:的|之)")
#: what may stand between the person and the capacity: an adverb, or a clause of its own that the capacity's clause continues
_AS_FOUNDER_HEAD = re.compile(r"(?:也|则|正|本人|同时|还)?$")
#: a pronoun opening the capacity's clause: the person the clause before named
_PRONOUNS = ("其", "他", "她", "此人", "后者")
#: a date alone in the clause before the founder: "2016年，P创立了C"
_FRONTED_DATE = re.compile(r"(?:在|于)?\ue004[，,]$")
_OPENING_DATE = re.compile(r"(?:【[^】\ue000-\ue007]{1,8}】)?(?:在|于)?\ue004[，,]")  # (after a chronicle's heading: "【沿革】D，…")

#: "创立C之前，…" / "创立C的…": the founding is an adverbial or a relative
#: clause, and the founder is the subject that comes after it, not before
_FOUNDING_AS_MODIFIER = re.compile(r"(?:之前|以前|之后|以后|前|后|时|以来)[，,]|的|“")
#: what may stand between such a clause and its subject: a date, a quoted epithet
_FOUNDER_LEAD = re.compile(r"(?:之前|以前|之后|以后|前|后|时|以来)[，,]\ue004?|的?(?:“[^”\ue000-\ue007]{1,8}”)|的")


def _founder_after(sent: Sent, pos: int) -> str | None:
    """The founder of "在创立C之前，P曾…" and "创立C的“开拓者”P…": the
    person right after the clause that names the founding."""
    lead = _FOUNDER_LEAD.match(sent.tpl, pos)
    if lead and sent.tpl[lead.end():lead.end() + 1] == KIND["P"]:
        return sent.at(lead.end()).key
    return None


#: a line's label ("企业简介：", "公司概况：")
_LINE_LABEL = re.compile(r"[^\ue000-\ue007，。；：:]{1,16}[：:]")
#: a label line of a firm's block that says who founded it, naming no company: "企业简介：" + a description + "，D由A、B创立"
_BLOCK_FOUNDED = pattern(r"(?:^|[，,])(?:<D>)?由(?P<people><P>(?:(?:、|和|与|及)<P>)*)(?:等人|等)?(?:于<D>)?(?:在[\u4e00-\u9fff]{2,10}?)?"
                         r"(?:共同|联合|合伙)?(?:创立|创办|创建)(?=[，。；]|$)")


def _block_founders(ctx: Context, sent: Sent) -> None:
    """"企业名称：C" + "企业简介：…，2019年由A、B创立": the founders of the block's firm (a directory's entry, a form)."""
    if "由" not in sent.tpl or not _LINE_LABEL.match(sent.tpl):
        return
    for m in _BLOCK_FOUNDED.finditer(sent.tpl):
        if hedged(sent.tpl[clause_start(sent, m.start()):m.end()]) or (firm := block_company(ctx, sent)) is None:
            continue
        date = date_before(ctx, sent, m.end(), m.start())[0]
        for key in [x.key for x in sent.between(m.start("people"), m.end("people"), "P")]:
            ctx.emit(Predicate.FOUNDED, key, firm, sent, "block-founded", 0.8, date=date)


def find_founders(ctx: Context, sent: Sent) -> None:
    if "创" not in sent.tpl and "发起" not in sent.tpl and "成立" not in sent.tpl and "出资设立" not in sent.tpl and "一手打造" not in sent.tpl and "起家" not in sent.tpl and "开设" not in sent.tpl:
        return  # every founding pattern below needs one of these words
    _block_founders(ctx, sent)
    for m in _FOUNDER.finditer(sent.tpl):
        person = sent.at(m.start("p")).key
        company = sent.at(m.start("c")).key if m.group("c") else None
        if company is None and (owner := re.search(r"(\ue001)(?:的)?(?:主要股东|大股东|第一大股东|控股股东|实际控制人)(?:为|是)$", sent.tpl[:m.start()])):
            company = sent.at(owner.start(1)).key  # "C的大股东是创始人兼董事长P": the company whose founder
        if company is None and re.search(r"作为$", sent.tpl[max(0, m.start() - 2):m.start()]):
            # "作为创始团队核心成员之一，P…出任C…": the company the sentence goes on to name
            after = sent.between(m.end(), len(sent.tpl), "C")
            company = after[0].key if after else None
        if company is None and (m.start() == 0 or sent.tpl[m.start() - 1] in _BARE_FOUNDER_HEAD or _ANOTHER.search(sent.tpl, 0, m.start())):
            # "C公告，…由联合创始人P接任": the company the sentence opens with; "变更前，创始人P…": the article's
            named = [c.key for c in sent.between(0, m.start(), "C") if c.key and not ctx.is_regulator(c.key)]
            company = named[0] if named else ctx.focus
        if company:
            ctx.emit(Predicate.FOUNDED, person, company, sent, "founder-title", 0.8)
    for m in _IS_FOUNDER.finditer(sent.tpl):
        ctx.emit(Predicate.FOUNDED, sent.at(m.start("p")).key, sent.at(m.start("c")).key, sent, "founder-is", 0.8)
    for m in (*_FOUNDED_BY.finditer(sent.tpl), *_CLAUSE_FOUNDED_BY.finditer(sent.tpl)):  # "C由A和B于2015年共同创立"
        if hedged(sent.tpl[m.start():m.end()]) or (m.re is _CLAUSE_FOUNDED_BY and m.start() > 0 and not (
                (head_is_preamble(sent.tpl[:m.start()]) or sent.tpl.endswith(("：", ":"), 0, m.start()))
                and (_SET_UP_WHEN.match(m.group("mid")) or _WAS_BEFORE.match(m.group("mid"))))):
            continue  # the clause a company opens after only a source, a date or a colon ("资料显示，C成立于…", "资料显示，C前身为X，由P于D创立"), not after another's
        date, _ = date_before(ctx, sent, m.end(), m.start())
        founded = [sent.at(m.start("c")).key]
        if m.re is _CLAUSE_FOUNDED_BY and (was := _WAS_BEFORE.search(m.group("mid"))):
            founded.append(sent.at(m.start("mid") + was.start(1)).key)  # "C的前身是X（…），由P创办": P founded X, which became C
        for key in [x.key for x in sent.between(m.start("people"), m.end("people"), "P")]:
            for company in founded:
                ctx.emit(Predicate.FOUNDED, key, company, sent, "founded-by", 0.85, date=date)
    _as_founder(ctx, sent)
    for m in _BUILT_BY.finditer(sent.tpl):
        ctx.emit(Predicate.FOUNDED, sent.at(m.start("p")).key, sent.at(m.start("c")).key, sent, "built-by", 0.8)
    for rx, rule in ((_STARTED_BY, "started-by"), (_ON_INITIATIVE, "on-initiative")):
        for m in rx.finditer(sent.tpl) if "起家" in sent.tpl or "下" in sent.tpl else ():
            date = ctx.date_iso(sent.at(m.start("d")), sent) if m.groupdict().get("d") else date_before(ctx, sent, m.start())[0]
            ctx.emit(Predicate.FOUNDED, sent.at(m.start("p")).key, sent.at(m.start("c")).key, sent, rule, 0.8, date=date)
    for m in _WITH_PARTNER.finditer(sent.tpl):
        date = date_before(ctx, sent, m.end(), m.start())[0] or _fronted_date(ctx, sent, m.start() + 1)
        head = sent.at(m.start("h")).key if m.group("h") else ctx.last_person(sent, m.start() + 1)  # "P与同乡Q…" or "他与…"
        for person in (head, sent.at(m.start("p")).key):
            ctx.emit(Predicate.FOUNDED, person, sent.at(m.start("c")).key, sent, "with-partner", 0.8, date=date)
    for m in _JOINTLY.finditer(sent.tpl):
        if hedged(sent.tpl[clause_start(sent, m.start()):m.end()]):
            continue
        date = date_before(ctx, sent, m.end(), m.start())[0] or _fronted_date(ctx, sent, m.start())
        if date is None and sent.tpl[m.start() - 1:m.start()] == "\ue004":  # "2015年A和B一起创办C"
            date = ctx.date_iso(sent.at(m.start() - 1), sent)
        company = _founded_as(sent, m.end("c")) or sent.at(m.start("c")).key
        people = [x.key for x in sent.between(m.start("people"), m.end("people"), "P")]
        if _HE_WITH.search(sent.tpl, 0, m.start()) and (head := ctx.last_person(sent, m.start())):
            people.insert(0, head)  # "他与A、B集资创办C": he founded C with them
        for key in people:
            ctx.emit(Predicate.FOUNDED, key, company, sent, "founded-jointly", 0.8, date=date)
    for m in _OPENED_BY.finditer(sent.tpl) if "的" in sent.tpl else ():
        date = date_before(ctx, sent, m.end("people"), clause_start(sent, m.start()))[0] if not m.group("d") else (
            ctx.date_iso(sent.at(m.start("d")), sent))  # ("由P于D创办的C": the day of its clause)
        if date is None and (told := sent.between(m.end("people"), m.start("c"), "D")):
            date = ctx.date_iso(told[0], sent)  # "…前身为P于D创办的X": the day after the founder's name
        for key in [x.key for x in sent.between(m.start("people"), m.end("people"), "P")]:
            ctx.emit(Predicate.FOUNDED, key, sent.at(m.start("c")).key, sent, "opened-by", 0.8, date=date)
    for m in _DEEMED_FOUNDER.finditer(sent.tpl):
        before = sent.between(0, m.start(), "C")
        if before and (person := ctx.last_person(sent, m.start() + 1)):
            ctx.emit(Predicate.FOUNDED, person, before[-1].key, sent, "deemed-founder", 0.75)
    for m in _SET_UP.finditer(sent.tpl):
        if ctx.type_of(sent.at(m.start("p")).key or "") == "Person" and not hedged(sent.tpl[clause_start(sent, m.start()):m.end()]):
            date = date_before(ctx, sent, m.end("c"), m.start())[0] or _fronted_date(ctx, sent, m.start())
            ctx.emit(Predicate.FOUNDED, sent.at(m.start("p")).key, sent.at(m.start("c")).key, sent, "set-up", 0.8, date=date)
    for m in _FOUNDED_VERB.finditer(sent.tpl):
        if hedged(sent.tpl[m.start():m.end()]) or any(not _FOUNDER_WORD.match(sent.tpl, sent.pos_of(x) + 1)
                                                     for x in sent.between(m.start("mid"), m.end("mid"), "C")):
            continue  # (a company between is another's, unless the founder's title names it: "P为集团创办人" + "，于D创立C")
        company = _founded_as(sent, m.end("c")) or sent.at(m.start("c")).key
        if (named := _NAMED_PREDECESSOR.match(sent.tpl, m.end("c"))) is not None:
            company = sent.at(named.end() - 1).key  # "P创办C前身D": what P founded is D, the company C grew from
        if (former := _PREDECESSOR.match(sent.tpl, m.end("c"))) is not None:
            predecessor = latin_company(ctx, sent, former.start("name"), former.end("name"))
            ctx.emit(Predicate.RENAMED_TO, predecessor, company, sent, "founded-predecessor", 0.8)
        person = sent.at(m.start("p")).key if m.group("p") else _founder_after(sent, m.end("c"))
        if person is None and not _FOUNDING_AS_MODIFIER.match(sent.tpl, m.end("c")):
            person = subject_for(ctx, sent, m.start("mid"))
        date = date_before(ctx, sent, m.end("c"), m.start())[0] or _fronted_date(ctx, sent, m.start())
        ctx.emit(Predicate.FOUNDED, person, company, sent, "founded-verb", 0.85, date=date)
        if former is not None:  # "P创办了C的前身——D": P founded D, and so C, the company D became
            ctx.emit(Predicate.FOUNDED, person, predecessor, sent, "founded-verb", 0.85, date=date)
        at = m.end()
        while person and (then := _THEN_FOUNDED.match(sent.tpl, at)) is not None:  # "P…创办A，91年成立金控": P's next
            ctx.emit(Predicate.FOUNDED, person, sent.at(then.start("c")).key, sent, "founded-next", 0.8,
                     date=date_before(ctx, sent, then.end("c"), then.start())[0])
            at = then.end()
    for m in _CO_FOUNDERS.finditer(sent.tpl):
        target = ctx.nearest_company(sent, m.start())
        for key in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            if ctx.type_of(key) == "Person":
                ctx.emit(Predicate.FOUNDED, key, target, sent, "founders-list", 0.7)


#: a clause with no subject right after a founding that founds another: "，91年成立金控", "，2008年又创立C"
_THEN_FOUNDED = pattern(r"[，,、](?:<D>|\d{2,3}年)?(?:又|再|还|随后|后来|并)?(?:成立|创立|创办|组建)(?:了)?(?P<c><C>)")


def _founded_as(sent: Sent, end: int) -> str | None:
    """The company as named when it was founded, said right after the founding ("…创办公司的时候，叫X")."""
    then = _THEN_CALLED.match(sent.tpl, end)
    return sent.at(then.start(1)).key if then else None


def _fronted_date(ctx: Context, sent: Sent, pos: int) -> str | None:
    """"2016年，P创立了C": the date a clause of its own puts before the founder at `pos`;
    "D，A与P共同出资" + "，创办了C": the one date the sentence opens with, when none stands between."""
    m = _FRONTED_DATE.search(sent.tpl, 0, pos) or _OPENING_DATE.match(sent.tpl, 0, pos)
    if m and m.end() < pos and "\ue004" in sent.tpl[m.end():pos]:
        return None
    return ctx.date_iso(sent.at(m.end() - 2), sent) if m else None


def _as_founder(ctx: Context, sent: Sent) -> None:
    """"P作为C创始人…", "P于2015年加入C，成为创始团队成员之一": the founder
    is the person right before (or the subject of the sentence, for a clause
    without one), the company the one the phrase names or the last one
    before it in the sentence."""
    for m in _AS_FOUNDER.finditer(sent.tpl):
        clause = clause_start(sent, m.start())
        if hedged(sent.tpl[clause:m.end()]):
            continue
        if _FOUNDERS_KIN.match(sent.tpl, m.end()):
            continue  # "他是集团创办人P的次子": the founder is P, named as the subject's father
        head = _AS_FOUNDER_HEAD.sub("", sent.tpl[clause:m.start()])
        if head.endswith(KIND["P"]):
            person = sent.at(clause + len(head) - 1).key
        elif head in _PRONOUNS and (named := [p for p in sent.between(0, clause, "P") if len(p.text) >= 2]):  # (not a speaker's 我)
            person = named[-1].key  # "实际控制人为P，其为C创始人": the person the clause before named
        elif head or clause == 0 or m.group(0).startswith("作为"):
            continue  # "作为C创始团队成员之一，P…": the subject comes after (`_FOUNDER`)
        else:
            person = subject_for(ctx, sent, m.start())
        before = sent.between(0, m.start(), "C")
        if m.group("c") and not (sent.at(m.start("c")).text == "公司" and before):
            company = sent.at(m.start("c")).key
        else:  # (or "P…任C副总裁，系公司创始团队成员": 公司 is the company the clause before named)
            company = before[-1].key if before else None
        if person and ctx.type_of(person) == "Person":
            ctx.emit(Predicate.FOUNDED, person, company, sent, "as-founder", 0.75)
