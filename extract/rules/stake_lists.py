"""Holdings told as lists: "C的股东包括A、B", "作为C大股东的A", "A投资了C、D",
"旗下参股的公司包括…", "基石投资者包括…"."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.enumerations import list_items
from extract.rules.holder_slots import HOLDER_MENTION, key_of
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, gated, pattern

_SHAREHOLDERS = pattern(r"(?P<target><C>)(?:的)?(?:[两三四五六七八九十\d]+(?:位|家|大)|主要|前十大|前[两三四五]大|大)?股东(?:中|阵容)?[，,]?(?:为|是|包括|有|如|分别为|分别是)[：:]?(?P<list>[^。；，]{2,160}?)(?:等|。|；|，|$)")
# "X成立于2015年，…，主要股东包括A、B、C等": the list's company is the sentence's subject
_BARE_SHAREHOLDERS = gated(r"(?:(?<=[，,；：])|^)(?:其|公司的?)?(?:[两三四五六七八九十\d]+(?:位|家|大)|主要|前十大|前[两三四五]大)?股东(?:中)?"
                           r"(?:为|是|包括|有|分别为|分别是)[：:]?(?P<list>[^。；，]{2,160}?)(?:等|。|；|，|$)", "股东")
#: a company that is a clause's subject: a predicate of its own follows it
_SUBJECT_AFTER = re.compile(r"(?:成立于|成立|是|系|作为|为|始建于|创立于|注册于)")
_SECOND = pattern(rf"(?:第?二大?股东|第一大股东|大股东|股东)(?:之一的)?(?P<holder>{HOLDER_MENTION})")
_SHAREHOLDER_ONE = pattern(rf"股东之一的(?P<holder>{HOLDER_MENTION})")
#: after the named holder, the holding it has ("股东A所持C N%"): the stake is in what follows, not before
_OWN_HOLDING = pattern(r"(?:所持有?|持有的|合计持有的)(?:的)?<C>")
_INVEST_VERB = r"(?:战略)?(?:投资了|投资|入股了|入股|参股了|参股|入伙|增持了|增持)"
_INVESTED = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:先后|相继|陆续|曾|还|也|已|分别|再次|再度|大举|持续|则|又|均|亦|正式|成功)*{_INVEST_VERB}(?P<list>[^。；]{{2,120}}?)(?:等|。|；|$)")
# "A入股的C", "A参股的C": a relative clause
_INVESTED_REL = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:曾|所)?(?:入股|参股|投资|控股|增持)的(?P<target><C>)")
# "A出资设立的C", "A于2012年独家出资设立C"
_SET_UP = pattern(rf"(?P<holder>{HOLDER_MENTION})[^，。；\ue000\ue001]{{0,12}}?(?:独资|独家出资|全资|出资|共同出资)(?:设立|成立|组建)(?:了|的)?(?P<target><C>)")
# "投资价值", "投资者", "投资收益": 投资 as a noun, not "invested in"
_NOT_INVESTEE = re.compile(r"[^、]{0,4}(?:金额|规模|收益|亏损|回报|损失|价值|者|机构|策略|风险|人|方|业务|领域|理财|咨询|管理|决策|"
                           r"额|需求|逻辑|机会|标的|组合|活动|计划|项目|建设|力度|热情|信心|比例|股份|股票|至|委员会|事业部|银行部)")  # ("C" + "投资" + "银行部主任P": a broker's investment-banking unit)
# "旗下控股及参股的平台包括：A、B、C"; "其控股的公司有A、B"; "A投资的项目包括B、C", "A的投资组合包括B和C"
_HOLDINGS_LIST = gated(r"(?:旗下)?(?:(?:控股及参股|控股或参股|参股及控股|控股和参股|参股|控股|投资|已投|所投)的?(?:[\d两三四五六七八九十]+家)?"
                       r"(?:平台|公司|企业|机构|(?P<project>项目)|(?P<noun>\ue001))|(?P<portfolio>投资组合)(?:中)?)(?:主要)?(?:包括|有|为|涵盖)[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)", "控股", "参股", "投资", "已投", "所投")
#: 控股公司 as the noun for a holder ("A的控股公司为B", "A的直接控股公司为B", "最终控股公司"): the company after it holds A
_HOLDING_COMPANY_NOUN = re.compile(r"(?:的|之|直接|间接|最终|中间)控股公司")
_CORNERSTONE = pattern(r"基石投资者(?:中)?[，,]?(?:包括|有|为)[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)")
_SHAREHOLDER_LINEUP = re.compile(r"股东(?:阵容|名单)[^，。；]{0,6}[，,]?(?:如|包括|有)[：:]?(?P<list>[^。；]{2,160}?)(?:等|。|；|$)")

# "T由A（“A”，代码）与B（“B”）" + "共同出资设立" + "，注册资本…，双方出资比例分别为" + two figures: each founder's share of T
_PARTY = r"[\ue000\ue001](?:[（(][^（）()]{0,40}[）)])?"
#: a party after a word on whose it is ("和市财政局旗下的A": A the party, its owner no holder here)
_OWNED_PARTY = rf"(?:[^，。；、和及与\ue000-\ue007]{{1,8}}(?:旗下|下属|所属)(?:的)?)?{_PARTY}"
_FUNDED_TOGETHER = gated(rf"(?:(?P<target><C>)(?:[（(][^（）()]{{0,40}}[）)])?[^，。；\ue000\ue001]{{0,8}}?)?由(?P<holders>{_PARTY}(?:(?:、|和|及|与){_OWNED_PARTY})+)"
                         r"(?:共同(?:出资)?(?:发起)?(?:设立|组建|成立)|(?:共同|[两三四五]方)?合资(?:设立|组建|成立)?)[^。；]{0,40}?[，,]"
                         r"(?:双方|三方|四方|各方|股东|三者)?(?:的)?(?P<before>原)?(?:出资比例|持股比例|股权比例|出资占比|持股)(?:分别)?(?:为|是)"
                         r"(?P<pcts><R>(?:(?:、|和|及|与)<R>)+)", "共同", "合资")
# "…三者原持股分别为" + three figures + "。认购完成后" + "，三方持股相应摊薄至" + three lower ones: the same parties' stakes after the deal
_DILUTED = pattern(r"(?:双方|三方|四方|各方|股东|三者|原股东)(?:的)?(?:持股|股权)(?:比例)?(?:相应|分别|则|将|亦|均)*(?:摊薄|稀释|降|下降|减少|变)(?:至|为|到)"
                   r"(?P<pcts><R>(?:(?:、|和|及|与)<R>)+)")
#: the clause after the founders' shares naming the one that controls the company: "，A为实际控制人"
_RANK_AFTER = pattern(r"[，,](?P<holder>[\ue000\ue001])(?:为|是|系)(?:其|公司)?(?:的)?(?:实际控制人|实控人|控股股东)(?=[，,。；;]|$)")
# a funding round's shareholders, old and new: "老股东A、B跟投，新股东C参与投资" (of the company raising the round)
_ROUND_HOLDERS = gated(r"(?:老股东|新股东|现有股东|原有股东)(?P<list>\ue001(?:(?:、|和|及|与|以及)\ue001)*)(?:等)?(?:继续|持续|共同|联合|均|也|亦|则)*"
                       r"(?:跟投|参投|参与投资|参与(?:了)?(?:本轮|此轮|本次)?(?:融资|投资)|追加投资|加码|超额认购)", "股东")
_HEDGED = re.compile(r"传闻|据传|或将|有望|拟议|意向|拟|计划|预计")


def _subject_company(sent: Sent, pos: int) -> str | None:
    """The company a sentence is about before template position `pos`: the
    last one named as a subject (a predicate follows it, no preposition
    before it: "原告C成立于D，…" but not "与C关系密切", "经C批准")."""
    for c in reversed(sent.between(0, pos, "C")):
        p = sent.pos_of(c)
        if _SUBJECT_AFTER.match(sent.tpl, p + 1) and not re.search(r"(?:与|和|及|向|对|由|被|经|从|于|在)$", sent.tpl[:p]):
            return c.key
    return None


def listed_holdings(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _SHAREHOLDERS.finditer(tpl):
        target = key_of(sent, m, "target")
        for h in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            emit_stake(ctx, sent, h, target, "shareholders-list", 0.8)
    for m in _BARE_SHAREHOLDERS.finditer(tpl):
        target = _subject_company(sent, m.start())
        for h in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            emit_stake(ctx, sent, h, target, "shareholders-list", 0.75)
    for m in _SHAREHOLDER_LINEUP.finditer(tpl):  # "…的股东阵容，如A、B、C等"
        target = target_for(ctx, sent, m.start())
        for h in list_items(ctx, sent, m.start("list"), m.end("list")):
            emit_stake(ctx, sent, h, target, "shareholders-list", 0.75)
    for rx in (_SECOND, _SHAREHOLDER_ONE):
        for m in rx.finditer(tpl):
            holder = key_of(sent, m, "holder")
            head = re.search(r"(\ue001)?(?:的)?(?:第[一二三四五六七八九十\d]+大|前[十\d]+大)?$", tpl[:m.start()])
            if head and head.group(1):  # "C的大股东H", "C第六大股东H"
                target = sent.at(head.start(1)).key
            elif re.search(r"(?:^|[，；：、]|让|来自|作为|是|为|与|和|及|包括|其中|此次变更中|目前|此外|而|于|向|对|从|给|被|由|同)[\ue004\s]*$",
                           tpl[:m.start()]) \
                    or rx is _SHAREHOLDER_ONE:
                earlier = [c.key for c in sent.between(0, m.start(), "C") if c.key and c.key != holder]
                target = earlier[-1] if earlier else target_for(ctx, sent, m.start(), (holder or "",))
                if (own := _OWN_HOLDING.match(tpl, m.end())) is not None:
                    target = sent.at(own.end() - 1).key  # "B受让股东A所持C N%": A holds C, not the company before it
            else:
                continue  # "原股东A", "新股东A": a shareholder of another time, or not an apposition
            emit_stake(ctx, sent, holder, target, "named-shareholder", 0.65)
    for m in _INVESTED.finditer(tpl):
        if _HEDGED.search(tpl[max(0, m.start() - 12):m.start()]) or _NOT_INVESTEE.match(m.group("list")) or re.match(r"[和及与、]", m.group("list")):
            continue  # "腾讯投资和红杉中国": 投资 is part of a name there
        holder = key_of(sent, m, "holder")
        for t in list_items(ctx, sent, m.start("list"), m.end("list")):
            emit_stake(ctx, sent, holder, t, "invested", 0.7)
    for rx, rule in ((_INVESTED_REL, "invested"), (_SET_UP, "set-up-by")):
        for m in rx.finditer(tpl):
            if not _HEDGED.search(tpl[max(0, m.start() - 12):m.start()]):
                emit_stake(ctx, sent, key_of(sent, m, "holder"), key_of(sent, m, "target"), rule, 0.7)
    for m in _FUNDED_TOGETHER.finditer(tpl):
        holders = [x.key for x in sent.between(m.start("holders"), m.end("holders")) if x.kind in "CP"]
        holders = [k for n, k in enumerate(holders) if k not in holders[:n]]  # (a short name in brackets: the same party)
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        # (else the sentence's first company that no regulator is: "T于D获" + a regulator + "批准开业" + "，由A与B共同出资设立")
        target = key_of(sent, m, "target") or next((x.key for x in sent.between(0, m.start(), "C") if x.key and not ctx.is_regulator(x.key)), None)
        if len(holders) == len(pcts) and target:
            ranked = _RANK_AFTER.match(tpl, m.end())  # "…，A为实际控制人": the founder that controls it
            lead = sent.at(ranked.start("holder")).key if ranked else None
            for h, p in zip(holders, pcts, strict=True):
                emit_stake(ctx, sent, h, target, "funded-together", 0.75, p, m.start(), controlling=True if h == lead else None)
            if m.group("before"):
                _diluted_after(ctx, sent, m.end(), holders, target)
    for m in _HOLDINGS_LIST.finditer(tpl):
        if m.group("noun") and not sent.at(m.start("noun")).focus:
            continue  # "…的公司包括": 公司 read as the company in focus is the noun here
        if _HOLDING_COMPANY_NOUN.search(tpl, max(0, m.start() - 2), m.start() + 6):
            continue  # "A的直接控股公司为B": B is A's holding company (B holds A), no list of A's holdings
        holder = ctx.nearest_company(sent, m.start()) or ctx.last_company(sent)
        # projects and portfolios also list sectors ("新能源和人工智能"): only the companies named count there
        named_only = m.group("project") or m.group("portfolio")
        items = [c.key for c in sent.between(m.start("list"), m.end("list"), "C") if c.key] if named_only else \
            list_items(ctx, sent, m.start("list"), m.end("list"))
        for t in items:
            emit_stake(ctx, sent, holder, t, "holdings-list", 0.7)
    for m in _ROUND_HOLDERS.finditer(tpl):
        holders = [c.key for c in sent.between(m.start("list"), m.end("list"), "C") if c.key]
        target = target_for(ctx, sent, m.start(), tuple(holders)) or ctx.focus
        for h in holders:
            emit_stake(ctx, sent, h, target, "round-shareholder", 0.7)
    for m in _CORNERSTONE.finditer(tpl):
        target = ctx.nearest_company(sent, m.start()) or ctx.focus
        for h in list_items(ctx, sent, m.start("list"), m.end("list")):
            emit_stake(ctx, sent, h, target, "cornerstone", 0.7)


def _diluted_after(ctx: Context, sent: Sent, pos: int, holders: list[str], target: str) -> None:
    """The founders' stakes after a later deal, told right after their original ones ("原持股分别为…"): in the
    rest of the sentence or the next one, one share a party, in the order the parties were named."""
    for s, at in ((sent, pos), (ctx.next_adjacent(sent), 0)):
        if s is None or ("持股" not in s.tpl and "股权" not in s.tpl):
            continue
        m = _DILUTED.search(s.tpl, at)
        if m:
            pcts = [x.value for x in s.between(m.start("pcts"), m.end("pcts"), "R")]
            if len(pcts) == len(holders):
                for h, p in zip(holders, pcts, strict=True):
                    emit_stake(ctx, s, h, target, "funded-diluted", 0.7, p, m.start())
            return
