"""HOLDS_STAKE: who holds what share of a company, as news writes it.

A holding has a holder (a company or a person), a target and usually a
percentage. News writes it in a handful of shapes, each a pattern below:

* verb: "A及B分别持有C 60%及40%股权", "A间接持股C 32.12%", "A占C 30%股份",
  "A持有C 1.27亿股，占总股本的4.81%", "A于C已发行股本中拥有约14.3%权益";
* ratio: "A在C的持股比例由21.6%降至17.25%", "持股比例升至49%" (a completed
  change is a holding; "将提升至45%" is not);
* holder after its share: "股东包括持股45%的A、持股22%的B";
* share in brackets: "A（持股20%）", "四位股东A（34%）、B（22%）";
* pairs after a structure word: "股权结构为A 35.1%、B 34.9%";
* passive: "C由A全资持股", "分别由A和B持股85%和15%", "C 50%的股份为A持有";
* through subsidiaries: "A通过旗下B持有C 8%" gives A and B a holding (`stake_channels`);
* control: "A为C控股股东", "A控股C", "实控人A", "A凭借55%的股权比例跃升为其控股股东" ("…跃升为C第一大股东": a rank, no control);
* rank and lists: "作为C大股东的A", "C的股东包括A、B、C", "A入股C", "增持C".

A target left implicit (其, 该行, 公司, a dropped one) is the company whose
shares the sentence is about: the one named with 股东/股权结构 earlier in the
sentence, else the sentence's topic, the previous sentence's, the article's.

This module reads the percentages and holdings through others; the passive
shapes are read in `passive_stakes`, control in `stake_control`, lists in
`stake_lists`, and the holder, target and date of every shape in `stake_holders`,
`stake_targets` and `stake_emit`.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.enumerations import list_items
from extract.rules.holder_slots import (
    CONTROL_RANKS,
    HOLDER,
    HOLDER_LIST,
    HOLDER_MENTION,
    HOLDER_WITH_ALIAS,
    RANK,
    SHAREHOLDER_CUE,
    key_of,
    keys_in,
    pct_of,
)
from extract.rules.pair_owners import owned_by_pair
from extract.rules.passive_stakes import PCT_LIST, SUB_HOLDER, pair_up, passive_holdings
from extract.rules.stake_changes import before_and_after
from extract.rules.stake_channels import along_holdings, deemed_holdings, moved_through, through_holdings
from extract.rules.stake_control import control_holdings
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_holders import holders_of
from extract.rules.stake_included import included_before
from extract.rules.stake_lists import listed_holdings
from extract.rules.stake_shapes import SHAREHOLDER_AFTER, other_holdings
from extract.rules.stake_tables import item_holdings, table_holdings
from extract.rules.stake_targets import AFTER_DEAL, target_for, target_of
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

_C, _P, _R = KIND["C"], KIND["P"], KIND["R"]


#: a target written as a reference: 其, 该行, 该网上银行, 后者 (公司 is a mention already)
_REF = r"(?:其|后者|前者|该[\u4e00-\u9fff]{1,6}?(?=约|的|\ue007))"
#: adverbs between a holder and its verb, several at once ("虽然仅", "目前仍")
#: (or the day of a notice, Hong Kong's "于公告日期持有…", "截至本公告日期")
_ADV = r"(?:(?:于|截至|截止|在)(?:本)?公告(?:日期|之日|日)[，,]?|个人|本人|其中|另外|另|再|入股并|入股並|此前|曾经|曾|原先|原|实益|虽然|虽|但|并|则|均|各自|目前|仍然|仍|共|也|还|已|现|亦|牢牢|依然|继续|一直|同时|仅|只|尚|由此|从而|因此|随之|进而){0,3}"
_HOW = r"(?:分别|各)?(?:直接|间接|合计|共同|直接或间接|直接和间接|直接、间接|直接及间接|累计)?(?:合计|合共|共)?"  # (合共: Hong Kong's 合计)
#: a channel: up to 24 characters, a Latin name counting as one ("通过全资附属公司EastSeaMobility"); a Latin name
#: is taken whole and a letter is no character of the other kind, so a run of letters splits one way only
#: (two ways to split it would make the pattern backtrack exponentially on a long English run)
_VIA = r"(?:(?:通过|透过|经由)(?:[A-Za-z][A-Za-z0-9&.\-]*(?![A-Za-z0-9&.\-])|[^，。；A-Za-z]){0,24}?(?:[，,](?=持有|持股|拥有))?)?"
_HOLD_VERB = r"(?:持有|持股|拥有|占股|占有|掌控着|掌握着|掌控|持|占)"

#: what a share is of: 已发行股本, 总股本, H股已发行股本, 已发行普通股总数 …
_OF_CAPITAL = r"(?:[AH]股)?(?:经扩大)?(?:已发行股本(?:总额)?|总股本|股本总额|已发行(?:股份|普通股)(?:总数)?|股份总数|注册资本|股本)"
_CHANGE = (r"为|是|达到|达|增至|升至|[降增升减]为|(?:下降|提高|提升|减少|增加)为|增加至|降至|上升至|提升至|提高至|下降至|降低至|减少至|减至|被?(?:被动)?(?:稀释|摊薄)至|变为|变更为|调整[为至到]|调[为至]|(?:多年|长期|一直|始终|仍|则)?(?:保持在|维持在|稳定在|维持|保持)|至"
           r"|(?:提高|提升|增加|上升|下降|降低|减少|[升降增减])到了?|被?(?:稀释|摊薄)到了?")  # (the spoken "从5%提高到了8%", "由9%被摊薄至7%";
#  Taiwan's "持股降為" a figure; "持股比例由30%调整为22%": a new level whichever way it moved)

#: the holder's parties counted with it: "A及其一致行动人" + "合计持有…" is A's holding; so is "A与其一致行动人B" + "合计持股…"
#: (the sum is A's with its parties, not B's)
_WITH_PARTIES = (r"(?:(?:及其|与其|和其|及|和|与)(?:一致行动人|关联方|关联人|控制的企业|控制的公司)(?:[\ue000\ue001](?:(?:、|和|及|与)[\ue000\ue001])*)?"
                 r"|(?:及其|与其|和其)(?:所)?控制的[\ue000\ue001](?:(?:、|和|及|与)[\ue000\ue001])*"
                 r"|连同(?:其)?(?:全资拥有的|控制的|旗下的?)?[\ue000\ue001])?")  # "A及其控制的B合计持有"; "P连同其控制的B合共拥有…"

#: a clause that tells the holding after a deal: "，认购完成后持有C 20%", "，减持后持股比例降至5%"
#: (or before it: "A在发行前持有C" + a figure, then "发行后持股比例降至" + a lower one — the first a past holding)
#: (Hong Kong's "緊隨配售完成後": right after a placing)
_AFTER_DEAL_HEAD = r"(?P<when>(?:在|于|紧随|紧接)?(?:本次|是次)?(?:增持|减持|受让|收购|认购|交易|转让|增资|发行|上市|过户|交割|配售|配发)(?:完成)?(?:后|前)[，,]?)?"
_HOLD = gated(
    rf"(?<!由)(?<!股东为)(?<!股东是){HOLDER}{_AFTER_DEAL_HEAD}{_WITH_PARTIES}{_ADV}(?:(?:于|在|截至|截止)?(?P<on>\ue004)(?:末|底)?)?{_HOW}{_VIA}{_ADV}{_HOW}(?<![增减])(?P<verb>{_HOLD_VERB}|取得|获得|控制|保留(?=(?:其)?(?:\ue001)?(?:的)?(?:其余|剩余|余下)))(?:了|(?<=持有)的(?=<C>))?(?:(?:本次)?发行[前后](?:的)?(?=<C>))?"
    rf"(?:(?:外商独资企业|外商独资公司|境内运营实体|[\u4e00-\u9fff]{{1,8}}?(?:公司|企业|机构)(?=<C>))?(?P<target><C>)(?:[（(][^（）()\ue007]{{1,24}}[）)])?|(?P<ref>{_REF}))?(?:约|合计|共|近|超过|逾|(?:其余|剩余|余下)(?:的)?)?(?:的)?(?:{_OF_CAPITAL}的?|(?<=<C>)(?:股份|股权)(?:比例)?(?:为)?)?(?:约|近)?(?P<pcts>{PCT_LIST})"
, "\ue007")  # ("持有C股份百分之N": the share after the word for shares, Taiwan's order)
# "A和B则分别直接持股32.91%和16.07%" with A and B names no dictionary knows: the list makes them holders
# (a post may name the second: "C由P与合伙人Q分别持股…")
_NAMED_PAIR = gated(
    r"(?:^|(?<=[，、：]))(?P<names>(?:[^，。；：\ue002-\ue007]|\ue003(?=\ue000)){2,24}?)(?:则|均)?(?:分别(?:直接|间接)?(?:持有|持股|拥有|保留|持)|的持股比例分别(?:为|是))"
    r"(?P<pcts>\ue007(?:(?:、|和|及|与)\ue007)+)"
, "分别")
# "A出资比例82.26%", "A出资占比60%", "A持股比例30%" (not "对A的持股比例": A is the company held there)
_KEYED = gated(rf"(?<![对在])(?P<holders>{HOLDER_WITH_ALIAS})(?:的)?(?:出资比例|出资占比|持股比例|持股比率|股比|占比)(?:为|是)?(?:约)?(?P<pcts>\ue007)", "\ue007")
# "持有C 1.27亿股A股，占(C)总股本的4.81%", "持有其81,340,000股，占比17.62%" (not "减持C 1,936万股，占总股本的1%": shares sold)
_HOLD_SHARES = gated(
    rf"{HOLDER}{_ADV}{_HOW}{_VIA}{_HOW}(?<![减增])(?:持有|持股|拥有|持)(?:(?P<target><C>)|(?P<ref>其|后者))?"
    rf"[^，。；\ue000\ue001\ue007]{{0,16}}?股[^，。；\ue000\ue001\ue007]{{0,8}}?[，,]?(?:约)?占(?:比|(?:<C>|其|公司)?{_OF_CAPITAL}?(?:的|之)?(?:比例)?(?:为)?)(?:约)?(?P<pcts><R>)"
, "占")
# "A对C持股" + a figure, "，对C持股" + a figure (the holder the clause before named): C, after 对, is the company held
_TOWARDS = gated(rf"{HOLDER}{_ADV}对(?P<target><C>)(?:的)?{_HOW}(?:持股|持有股份|持有股权)(?:比例)?(?:为|是|达)?(?:约)?(?P<pcts>{PCT_LIST})", "对")
# "A于C已发行股本总额中拥有约14.3%权益"; "A在股本总额中拥有…" of the company the text is about
# "A于C拥有45%权益" (Hong Kong's wording, the capital left out): C is the company, not a holder
_IN_CAPITAL = gated(rf"(?P<holders>{HOLDER_WITH_ALIAS})(?:现时|目前|现|仍)?(?:于|在)(?:(?:(?P<target><C>)|(?P<ref>其))(?:的)?(?:{_OF_CAPITAL})?中?|(?:{_OF_CAPITAL})中)"
                      r"(?:拥有|持有)(?:约)?(?P<pcts><R>)(?:的)?(?:权益|股权|股份)", "拥有", "持有")
# "A在C的持股比例由" + a figure + "降至" + another ("由分拆前的" + a figure: the share before the deal), "A对C的持股量由…增至…", "持股比例升至" + a figure,
# "A、B、C的持股比例分别为…", "A入股C，持股比例25%"
_RATIO = gated(
    rf"(?<!持有)(?<!持股){HOLDER}{_AFTER_DEAL_HEAD}(?:个人|本人)?(?:(?:则|也|亦|还|又)?(?:(?:在|透过|通过|经由)[^，。；\ue000-\ue007]{{1,6}}?)?(?=将|把))?(?:(?:将|把)(?:其(?=[在对于]))?)?(?:[在对于](?:(?P<target><C>)|(?P<ref>{_REF})))?(?:的|之)?(?:最新)?(?:直接|间接|合计)?(?:持股|持有|股权|好仓(?:权益)?)(?:数量|比例|比率|占比|比重|量)?(?:则|也|亦)?"
    rf"(?:[由从](?:此前的|之前的|原来的|原先的|原|(?:分拆|合并|交易|发行|重组|增资|分派|收购|转让)前的)?(?:约)?(?P<from><R>)(?:大幅)?)?(?:分别|均)?(?:约)?(?:已|已经)?(?:(?P<how>{_CHANGE})|(?<=比例|比率))(?:约)?(?P<pcts>{PCT_LIST})"  # "，持股比例25%": no verb
, "\ue007")
# "A持有C股权比例为60%", "A持股C比例为60%" (Taiwan's wording): C, after the verb, is the company held
_HELD_RATIO = gated(rf"{HOLDER}(?:持有|持股)(?:(?P<target><C>)|(?P<ref>{_REF}))(?:的|之)?(?:股权|股份)?(?:比例|比率)(?:约)?(?:{_CHANGE})(?:约)?(?P<pcts>{PCT_LIST})", "\ue007")
# "A与B持股比例相同" + "，均为" + a figure
_SAME_RATIO = gated(rf"(?P<holders>{HOLDER_LIST})(?:的)?持股比例(?:相同|一致|相当)[，,]?(?:均|都)(?:为|是)(?P<pcts><R>)", "持股比例")
# "股东包括持股45%的A、持股22%的B"
# "控股股东为持有其" + a share + "的A", "持有C" + a share + "的A": the company held named or referred to between verb and share
_PCT_FIRST = pattern(rf"(?<!\ue001)(?P<rank>控股股东[，,]?(?:为|是))?(?:持股|持有|占股)(?:(?P<ref>其)|(?P<target><C>)(?:的)?)?(?:比例)?(?:为)?(?:约)?(?P<pct><R>)(?:股权|股份|股)?的(?:股东)?(?P<holder>{HOLDER_MENTION})")
# "A（持股20%）", "A（34%）", "A（持有公司已发行股本的约32.12%）为C控股股东"
# (the share may be followed by what else the holder is: "P（持股" + a figure + "，曾任C监事）")
_PAREN = pattern(rf"(?P<holder>{HOLDER_MENTION})[（(](?P<inner>[^（）()\ue000]{{0,60}}?)(?P<pct><R>)(?P<tail>[^（）()\ue000\ue001]{{0,10}}|[，,；](?:曾任|现任|兼任|担任|任|系|为|是)[^（）()\ue000\ue007]{{1,28}})[）)]")
#: the owner of a list of companies, each with its share in brackets: "C旗下拥有A（持股51%）及B（持股30%）"
_OWNS_BEFORE = pattern(r"(?P<owner><C>)(?:旗下|下属|下设)(?:拥有|有|包括|设有|控股|参股)?")
#: a company and the word that lists its subsidiaries: "C旗下子公司包括", "C的附属公司有"
_SUBS_LEAD = pattern(r"(?P<owner><C>)(?:旗下|下属)?(?:的)?(?:子公司|附属公司)(?:包括|包含|有|计有|为)[：:]?")
_RANK_AFTER = pattern(rf"(?:也|则)?(?:为|是|系)(?P<target><C>)(?:的)?{RANK}")
#: a bracket after a name that gives its short name, then a comma: "A（以下简称“B”，" (the share that follows is A's)
_ALIAS_BRACKET_OPEN = re.compile(r"[\ue000\ue001][（(][^（）()。；]{0,20}(?:简称|下称|以下称)[^（）()。；]{1,30}[，,]$")
_SUB_HOLDER_BY = re.compile(rf"由{SUB_HOLDER}$")
_POSTED_HOLDER_BY = re.compile(r"由\ue001?(?:的)?\ue003(?:[兼、及和]\ue003)*$")
_PAREN_HOLDING = re.compile(r"持股|持有|占股|占比|股权|股份|出资")
#: a bracket's holder that is the word for the parent the sentence speaks from: "子公司A（集团持股n%）" is the parent's share of A
_PARENT_INNER = re.compile(r"(?:本|我)?(?:集团|公司|母公司|行|司)(?:直接|合计|间接)?(?:持股|持有)")
# "股权结构为A 35.1%、B 34.9%、C 30%"
_STRUCTURE = re.compile(r"(?:股权结构|股东结构|股比|出资比例|持股比例|股东及持股|股东构成)(?:为|是|如下|：|:)"
                        r"|股东(?:只有|就是|就|仅有|仅|共有|共)?[两二三四五六七八九十\d](?:个人|个|人|名|位|家)[：:]")  # ("股东就两个人：A n%，B m%")
_PAIR = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:持股|占比|占|出资比例为?|持有)?(?:约)?(?P<pct><R>)(?=[、，,；;。及和]|$)")
_SOLD_AFTER = re.compile(r"转让|出售|出让|划转|过户|拍卖|购买|收购|受让")  # "S持有的C 40%股权转让给B": a sale's object (the sale rules')
#: words after a percentage that make it something other than a stake (or one `_PCT_SUBSIDIARY` reads: "持股60%的子公司B")
#: the votes a holder casts, not its shares: "控制的表决权股份占…", "享有投票权的股份占…" (after an entrustment of votes)
_VOTES_HELD = re.compile(r"(?:拥有|享有|控制)(?:的)?(?:表决权|投票权)")
_NOT_A_STAKE_AFTER = re.compile(r"[的之]?(?:子公司|附属公司|营收|收入|市场|份额|增长|下降|贷款|表决权|投票权|用户|客户|资产|利润|业务|回报)")
_PENDING = re.compile(r"(?:将|拟|预计|有望|计划|或将|可能|预期|届时)[^，。；]{0,8}$")  # a change that has not happened yet ("将提升至45%")
#: a plan to move the holder's own shares, which it holds now: "A拟将其持有的C 32.5%股份无偿划转至B" (the plan is the sale's)
_OWN_HOLDING_MOVED = pattern(r"(?P<holder>[\ue000\ue001])(?:拟|计划|准备)将其(?:所)?(?:持有的|所持的?|持有)(?P<target><C>)(?:的)?(?P<pct><R>)(?:的)?(?:股份|股权)")
#: 将 as 把 before the ratio it changed: "2019年，A将持股比例由40%提升至55%" (a past date before it: done)
_JIANG_AS_BA = re.compile(r"将(?:其|在\ue001的|对\ue001的)?(?:其?于\ue001(?:的|之))?(?:持股|股权)(?:比例)?[由从]")


def _pending(ctx: Context, sent: Sent, a: int, b: int) -> bool:
    """Whether the clause head tpl[a:b] tells a change to come ("将提升至45%")."""
    m = _PENDING.search(sent.tpl, a, b)
    if m is None:
        return False
    if m.group(0).startswith("将") and _JIANG_AS_BA.match(sent.tpl, m.start()):
        ds = sent.between(0, m.start(), "D")
        iso = ctx.date_iso(ds[-1], sent) if ds else None
        return not (iso and ctx.published and iso < ctx.published)
    return True


def extract_stakes(ctx: Context) -> None:
    for sent in ctx.sentences:
        if _C not in sent.tpl and _P not in sent.tpl and not (_R in sent.tpl and AFTER_DEAL.match(sent.tpl)):
            continue  # a sentence naming no one holds nothing, unless it continues a deal ("本次增持后，持股比例…")
        first = len(ctx.out)
        if sent.tpl[:1].isdigit() or sent.tpl[:1] in "|｜" or sent.tpl[1:2] in ("|", "｜"):  # a row of a shareholder table ("1　A　40.00%")
            table_holdings(ctx, sent)
            if len(ctx.out) > first:
                continue
        if sent.tpl.lstrip()[:1] in "（(一二三四五六七八九十" or sent.tpl.lstrip()[:1].isdigit():  # a numbered row of shareholders
            item_holdings(ctx, sent)
            if len(ctx.out) > first:
                continue
        _percent_holdings(ctx, sent)
        included_before(ctx, sent, first)  # ("A持有C 30%（含此前持有的8%）": the 8 % A held before)
        control_holdings(ctx, sent)
        listed_holdings(ctx, sent)
        other_holdings(ctx, sent)
        if len(ctx.out) > first and ("前" in sent.tpl or "后" in sent.tpl or "至此" in sent.tpl):
            before_and_after(ctx, sent, ctx.out[first:])


#: a person's description by posts at companies, right before the name: "C1董事长兼CEO、C2董事会主席P"
_POSTS_BEFORE = re.compile(r"(?:\ue001(?:的)?\ue003(?:[兼、及和]\ue003)*[、，,及和兼]?)+$")


def _described_target(ctx: Context, sent: Sent, m: re.Match[str], holders: list[str]) -> str | None:
    """"C1董事长兼CEO、C2董事会主席P仅持股14.3%": a share with no company of
    its own, held by a person described by posts at several companies, is of
    the company the article is about when that is one of them, else of the
    one named nearest the person — not of the first (the sentence's topic)."""
    if m.group("target") or m.group("ref") or not m.group("holders") or len(holders) != 1 or ctx.type_of(holders[0]) != "Person":
        return None
    posts = _POSTS_BEFORE.search(sent.tpl, 0, m.start("holders"))
    named = keys_in(sent, posts.start(), posts.end(), "C") if posts else []
    if len(set(named)) < 2:
        return None  # one company: target_for finds it as the topic
    return ctx.focus if ctx.focus in named else named[-1]


def _percent_holdings(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    done: set[int] = set()  # template positions of percentages already read

    def fresh(m: re.Match[str], group: str) -> bool:
        """Whether the figures of group are read for the first time (and mark them read)."""
        ps = [sent.pos_of(r) for r in sent.between(m.start(group), m.end(group), "R")]
        if not ps or any(p in done for p in ps):
            return False
        done.update(ps)
        return True

    for m in _OWN_HOLDING_MOVED.finditer(tpl) if "将其" in tpl else ():
        if fresh(m, "pct"):  # the share it plans to move is the share it holds
            emit_stake(ctx, sent, key_of(sent, m, "holder"), key_of(sent, m, "target"), "holds-before-planned-move", 0.8, pct_of(sent, m), m.start())
    for rx, rule, conf in ((_TOWARDS, "holds-towards", 0.85), (_IN_CAPITAL, "capital-interest", 0.9), (_HOLD_SHARES, "holds-shares", 0.85),
                           (_KEYED, "keyed-percent", 0.8), (_HELD_RATIO, "holding-ratio", 0.8), (_HOLD, "holds-percent", 0.85)):
        for m in rx.finditer(tpl):
            if _NOT_A_STAKE_AFTER.match(tpl, m.end()) or _PENDING.search(tpl[max(0, m.start() - 12):m.start("pcts")]):
                continue
            if _VOTES_HELD.search(tpl, m.start(), m.start("pcts")):
                continue  # "…，另享有投票权的股份占其股本的一成": the votes it casts (an entrustment's), not the shares it holds
            if m.groupdict().get("verb") == "持股" and (tpl.startswith("的" + _C, m.end()) or SHAREHOLDER_AFTER.match(tpl, m.end())):
                continue  # "A持股51%的B": A's share of B (`_PCT_HELD_NEXT`); "其为C持股40%的股东": C's shareholder (`stake_shapes`)
            if m.groupdict().get("verb") and ((re.search(r"竞得|竞拍|受让|收购|购买", tpl[m.start():m.start("verb")]) and tpl[m.start("verb") - 1] == "所") or (
                    tpl.startswith("的", m.end("verb")) and (re.search(r"由[^，。；]{0,40}$", tpl[:m.start()]) or _SOLD_AFTER.search(tpl)))):
                continue  # "B通过司法拍卖竞得S所持C 5%股份": S's holding, sold to B (the sale rules read it); "原由S持有的C…转让予B" too
            if _SUB_HOLDER_BY.search(tpl, max(0, m.start() - 16), m.start()) or _POSTED_HOLDER_BY.search(tpl, max(0, m.start() - 8), m.start()):
                continue  # "C由其全资子公司A持有" + all, "C由B主席兼董事P持有" + a share: A's, P's share of C (passive_stakes' _BY)
            if _ALIAS_BRACKET_OPEN.search(tpl, max(0, m.start() - 40), m.start()) and tpl[m.end():m.end() + 1] in "）)":
                continue  # "A（以下简称“B”" + "，持股" + a figure + "）": A's share, told in the bracket that names A (`_PAREN`)
            if tpl[m.end():m.end() + 1] in "）)" and "公告" in tpl[m.start():m.end()] and tpl.rfind("（", 0, m.start()) > tpl.rfind("）", 0, m.start()):
                continue  # "A（于本公告日期持有公司约32%）为C控股股东": the bracket describes A (`_PAREN`)
            if m.groupdict().get("verb") == "控制" and not re.match(r"(?:的)?(?:股权|股份)", tpl[m.end():]):
                continue  # "P通过B间接控制C 21%的股份" is P's holding; "控制C 21%的表决权" no share held
            if m.groupdict().get("verb") in ("取得", "获得") and (not re.match(r"(?:的)?(?:股权|股份)", tpl[m.end():]) or re.search(
                    r"[自从向由](?:港资|外资|陆资|中资|台资|日资|美资|欧资|澳资|星资|国资|民资)?\ue001$|所$", tpl[:m.start("verb")])):
                continue  # "A取得C 15%股权": a stake bought (not "自S取得", "向港资S取得": S sold it)
            if "ana" in rx.groupindex and not (m.group("holders") or m.group("ana")) and m.groupdict().get("verb", "持有") not in ("持有", "持股", "控制"):
                continue  # a clause opening with 占/拥有 is a share of something else ("…，占总股本的2.1%")
            holders = holders_of(ctx, sent, m) if "ana" in rx.groupindex else keys_in(sent, m.start("holders"), m.end("holders"))
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
            pairs = pair_up(holders, pcts, bool(re.search(r"各|分别|均", m.group(0))))
            if not pairs or not fresh(m, "pcts"):
                continue
            target = _described_target(ctx, sent, m, holders) or target_of(ctx, sent, m, holders) if "ref" in rx.groupindex else (
                key_of(sent, m, "target") if "target" in rx.groupindex and m.group("target") else target_for(ctx, sent, m.start(), tuple(holders)))
            # ("A持有C" + a share + "，为控股股东": the rank told right after, its company left out)
            ctrl = True if re.match(r"(?:的)?(?:股份|股权)?[，,]?(?:(?:为|是|系|成为)(?:公司|其)?(?:的)?(?=控股股东))?(?:绝对)?控股(?!子公司|孙公司|的)", tpl[m.end():m.end() + 17]) else None
            first = len(ctx.out)
            at = m.end("on") if m.groupdict().get("on") else m.start()  # "A去年透过B持有C 15%": dated by the date after A
            for h, p in pairs:
                emit_stake(ctx, sent, h, target, rule, conf, p, at, controlling=ctrl)
            _before_deal(ctx, first, m)
            if m.groupdict().get("verb") and _ONCE.search(tpl, m.start(), m.start("verb")):
                for c in ctx.out[first:]:
                    c.qualifiers["former"] = True  # "A此前持有C 2.1%", "A原持有…": a holding A no longer has
    for m in _NAMED_PAIR.finditer(tpl):
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        if not re.search(r"和|及|与|、", m.group("names")) or any(p in done for p in (sent.pos_of(r) for r in sent.between(
                m.start("pcts"), m.end("pcts"), "R"))):
            continue
        owned = owned_by_pair(sent, m.start("names"), m.end("names"))  # "C由A及其胞弟B分别拥有…": C's owners
        holders = owned[1] if owned else list_items(ctx, sent, m.start("names"), m.end("names"))
        if len(holders) == len(pcts) and fresh(m, "pcts"):
            target = owned[0] if owned else target_for(ctx, sent, m.start(), tuple(holders))
            for h, p in zip(holders, pcts, strict=True):
                emit_stake(ctx, sent, h, target, "holds-percent-named", 0.75, p, m.start())
    for m in _RATIO.finditer(tpl):
        happened = (m.group("how") or "").endswith("了")  # "将持股比例从" + a figure + "提高到了" + another: 了 tells it happened
        if (not happened and _pending(ctx, sent, max(0, m.start() - 12), m.start("how") if m.group("how") else m.start("pcts"))) or not fresh(m, "pcts"):
            continue
        holders = holders_of(ctx, sent, m)
        target = target_of(ctx, sent, m, holders)
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        first = len(ctx.out)
        for h, p in pair_up(holders, pcts, "均" in m.group(0)):
            emit_stake(ctx, sent, h, target, "holding-ratio", 0.8, p, m.start())
        _before_deal(ctx, first, m)
        if m.group("from") and len(holders) == 1 and fresh(m, "from"):
            emit_stake(ctx, sent, holders[0], target, "holding-ratio-before", 0.75, pct_of(sent, m, "from"), 0)
    for m in _SAME_RATIO.finditer(tpl):
        if fresh(m, "pcts"):
            holders = keys_in(sent, m.start("holders"), m.end("holders"))
            target = target_for(ctx, sent, m.start(), tuple(holders))
            for h in holders:
                emit_stake(ctx, sent, h, target, "same-ratio", 0.8, pct_of(sent, m, "pcts"), m.start())
    for m in _PCT_FIRST.finditer(tpl):
        if fresh(m, "pct"):
            holder = key_of(sent, m, "holder")
            if not m.group("target") and (owner := _SUBS_LEAD.search(tpl, max(0, tpl.rfind("；", 0, m.start())), m.start())):
                # "C的附属公司有：持股60%的A、持股35%的B": C's share of each, not theirs of another
                emit_stake(ctx, sent, key_of(sent, owner, "owner"), holder, "subsidiary-share-first", 0.8, pct_of(sent, m), m.start())
                continue
            target = key_of(sent, m, "target") if m.group("target") else target_for(ctx, sent, m.start(), (holder or "",))
            emit_stake(ctx, sent, holder, target, "percent-first", 0.8, pct_of(sent, m), m.start(),
                       controlling=True if m.group("rank") else None)
    for m in _PAREN.finditer(tpl):
        inner = m.group("inner") + m.group("tail")
        if not (_PAREN_HOLDING.search(inner) or (not inner.strip("约") and SHAREHOLDER_CUE.search(tpl[:m.start()]))):
            continue
        if (sent.i, m.start("pct")) in ctx.memo.get("subsidiary-list-pcts", ()) or not fresh(m, "pct"):
            continue  # a counted list of subsidiaries, each with its share in brackets: the parent's share of A (subsidiary_lists)
        holder = key_of(sent, m, "holder")
        if _PARENT_INNER.match(m.group("inner")):
            parent = next((c.object for c in ctx.out if c.predicate is Predicate.SUBSIDIARY_OF and c.sent == sent.i and c.subject == holder),
                          ctx.announcer or ctx.focus)
            emit_stake(ctx, sent, parent, holder, "parent-in-brackets", 0.8, pct_of(sent, m), m.start())
            continue
        if owner := _OWNS_BEFORE.search(tpl, max(0, tpl.rfind("，", 0, m.start()), tpl.rfind("；", 0, m.start())), m.start()):
            # "C旗下拥有A" + its share in brackets: C's share of A, not A's of C
            emit_stake(ctx, sent, key_of(sent, owner, "owner"), holder, "owned-in-brackets", 0.8, pct_of(sent, m), m.start())
            continue
        ctl = _RANK_AFTER.match(tpl, m.end())
        if ctl:
            target = sent.at(ctl.start("target")).key
            controlling = True if ctl.group("rank") in CONTROL_RANKS else None
        else:
            target, controlling = target_for(ctx, sent, m.start(), (holder or "",)), None
        emit_stake(ctx, sent, holder, target, "percent-in-brackets", 0.85, pct_of(sent, m), m.start(), controlling=controlling)
    structure = _STRUCTURE.search(tpl)
    if structure:
        for m in _PAIR.finditer(tpl, structure.end()):
            if fresh(m, "pct"):
                holder = key_of(sent, m, "holder")
                emit_stake(ctx, sent, holder, target_for(ctx, sent, structure.start(), (holder or "",)), "structure-pairs", 0.8,
                       pct_of(sent, m), m.start())
    passive_holdings(ctx, sent, fresh)
    through_holdings(ctx, sent)
    moved_through(ctx, sent)
    along_holdings(ctx, sent)
    deemed_holdings(ctx, sent)


#: the holder's adverb of a holding it had once, right before the verb: "A此前持有", "A曾持有", "A原持股"
_ONCE = re.compile(r"(?:此前|曾经|曾|原先|原)(?=[^\ue000\ue001]{0,6}$)")


def _before_deal(ctx: Context, first: int, m: re.Match[str]) -> None:
    """"A在发行前持有C" + a figure: the holdings emitted since `first` were the state before the deal (former)."""
    when = m.groupdict().get("when")
    if when and when.rstrip("，,").endswith("前"):
        for c in ctx.out[first:]:
            c.qualifiers["former"] = True
