"""HOLDS_STAKE: who holds what share of a company, as news writes it.

A holding has a holder (a company or a person), a target and usually a
percentage. News writes it in a handful of shapes, each a pattern below:

* verb: "A及B分别持有C 60%及40%股权", "A间接持股C 32.12%", "A占C 30%股份",
  "A持有C 3.05亿股，占总股本的6.32%", "A于C已发行股本中拥有约14.3%权益";
* ratio: "A在C的持股比例由13.54%降至10.37%", "持股比例升至49%" (a completed
  change is a holding; "将提升至45%" is not);
* holder after its share: "股东包括持股30%的A、持股19%的B";
* share in brackets: "A（持股20%）", "四位股东A（34%）、B（22%）";
* pairs after a structure word: "股权结构为A 35.1%、B 34.9%";
* passive: "C由A全资持股", "分别由A和B持股97%和3%", "C 50%的股份为A持有";
* through subsidiaries: "A通过旗下B持有C 8%" gives A and B a holding;
* control: "A为C控股股东", "A控股C", "实控人A", "A以51%的持股比例成为其控股股东";
* rank and lists: "作为C大股东的A", "C的股东包括A、B、C", "A入股C", "增持C".

A target left implicit (其, 该行, 公司, a dropped one) is the company whose
shares the sentence is about: the one named with 股东/股权结构 earlier in the
sentence, else the sentence's topic, the previous sentence's, the article's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.mention_records import KIND
from extract.rules.base import Context, Sent, list_items, pattern, topic_of
from extract.rules.pending import pending_outcome
from schema import Predicate, SubsidiaryKind
from text.names import is_regulator

_C, _P, _R, _D = KIND["C"], KIND["P"], KIND["R"], KIND["D"]
_H1 = r"[\ue000\ue001]"  # a holder: a person or a company
_H = rf"{_H1}(?:[（(](?:[A-Za-z0-9 .,&\-]|\ue001){{1,60}}[）)])?"  # … with its English name in brackets
_AND = r"(?:、|和|及|与|以及)"
_HL = rf"{_H}(?:{_AND}{_H})*"
_RL = r"\ue007(?:(?:、|和|及|与|以及)\ue007)*"
#: a holder written as a reference (resolved by _holders_of)
_ANA = r"后者|前者|其"
#: the holder slot: named holders, a reference, or none at the head of a clause (the subject before)
_HOLDER = rf"(?:(?<![和及、与])(?P<holders>{_HL})(?:[，,](?=分别|各|均))?|(?<![\u4e00-\u9fff])(?P<ana>{_ANA})|(?<=[，,：:]))"
#: a target written as a reference: 其, 该行, 该网上银行, 后者 (公司 is a mention already)
_REF = r"(?:其|后者|前者|该[\u4e00-\u9fff]{1,6}?(?=约|的|\ue007))"
_ADV = r"(?:则|均|各自|目前|仍|共|也|还|已|现|亦|目前仍|牢牢|仍然|依然|一直|同时|虽仅|虽|仅|只|尚)?"
_HOW = r"(?:分别|各)?(?:直接|间接|合计|共同|直接或间接|直接和间接|直接、间接|直接及间接|累计)?(?:合计|共)?"
_VIA = r"(?:(?:通过|透过|经由)[^，。；]{0,16}?)?"
_HOLD_VERB = r"(?:持有|持股|拥有|占股|占有|掌控着|掌握着|掌控|持|占)"
_RANK = r"(?P<rank>控股股东|实际控制人|实控人|第[一二三四五六七八九十\d]大股东|单一最大股东|最大股东|大股东|二股东|主要股东)"
_CONTROL_RANKS = ("控股股东", "实际控制人", "实控人")
#: what a share is of: 已发行股本, 总股本, H股已发行股本 …
_OF_CAPITAL = r"(?:[AH]股)?(?:已发行股本(?:总额)?|总股本|股本总额|已发行股份(?:总数)?|股份总数|注册资本|股本)"
_CHANGE = r"为|是|达到|达|增至|升至|增加至|降至|上升至|提升至|提高至|下降至|降低至|减少至|减至|变为|变更为|保持在|至"

_HOLD = pattern(
    rf"(?<![由括])(?<!股东为)(?<!股东是){_HOLDER}{_ADV}{_HOW}{_VIA}{_ADV}{_HOW}(?P<verb>{_HOLD_VERB})(?:了)?"
    rf"(?:(?P<target><C>)|(?P<ref>{_REF}))?(?:约|合计|共|近|超过|逾)?(?:的)?(?:{_OF_CAPITAL}的?)?(?:约|近)?(?P<pcts>{_RL})"
)
# "A和B则分别直接持股32.91%和16.07%" with A and B names no dictionary knows: the list makes them holders
_NAMED_PAIR = pattern(
    r"(?:^|(?<=[，、：]))(?P<names>[^，。；：\ue002-\ue007]{2,24}?)(?:则|均)?(?:分别(?:直接|间接)?(?:持有|持股|持)|的持股比例分别(?:为|是))"
    r"(?P<pcts>\ue007(?:(?:、|和|及|与)\ue007)+)"
)
# "A出资比例82.26%", "A持股比例30%"
_KEYED = pattern(rf"(?P<holders>{_H})(?:的)?(?:出资比例|持股比例|股比|占比)(?:为|是)?(?:约)?(?P<pcts>\ue007)")
# "持有C 3.05亿股A股，占(C)总股本的6.32%", "持有其225,957,600股，占比28.97%"
_HOLD_SHARES = pattern(
    rf"{_HOLDER}{_ADV}{_HOW}{_VIA}{_HOW}(?:持有|持股|拥有|持)(?:(?P<target><C>)|(?P<ref>其|后者))?"
    rf"[^，。；\ue000\ue001\ue007]{{0,16}}?股[^，。；\ue000\ue001\ue007]{{0,8}}?[，,]?(?:约)?占(?:比|(?:<C>|其|公司)?{_OF_CAPITAL}?(?:的)?(?:比例)?(?:为)?)(?:约)?(?P<pcts><R>)"
)
_IN_CAPITAL = pattern(rf"(?P<holders>{_H})(?:于|在)(?P<target><C>)(?:{_OF_CAPITAL})中(?:拥有|持有)(?:约)?(?P<pcts><R>)(?:的)?(?:权益|股权|股份)")
# "A在C的持股比例由13.54%降至10.37%", "持股比例升至49%", "A、B、C的持股比例分别为…"
_RATIO = pattern(
    rf"{_HOLDER}(?:在(?:(?P<target><C>)|(?P<ref>{_REF})))?(?:的)?(?:最新)?(?:持股|持有|股权)(?:数量|比例|占比|比重)?"
    rf"(?:由(?P<from><R>)(?:大幅)?)?(?:分别|均)?(?P<how>{_CHANGE})(?P<pcts>{_RL})"
)
# "A和B持股比例相同，均为10.2%"
_SAME_RATIO = pattern(rf"(?P<holders>{_HL})(?:的)?持股比例(?:相同|一致|相当)[，,]?(?:均|都)(?:为|是)(?P<pcts><R>)")
# "股东包括持股30%的A、持股19%的B"
_PCT_FIRST = pattern(rf"(?:持股|持有|占股)(?:比例)?(?:为)?(?:约)?(?P<pct><R>)(?:股权|股份|股)?的(?:股东)?(?P<holder>{_H1})")
# "A（持股20%）", "A（34%）", "A（持有公司已发行股本的约32.12%）为C控股股东"
_PAREN = pattern(rf"(?P<holder>{_H1})[（(](?P<inner>[^（）()\ue000]{{0,60}}?)(?P<pct><R>)(?P<tail>[^（）()\ue000\ue001]{{0,10}})[）)]")
_RANK_AFTER = pattern(rf"(?:也|则)?(?:为|是|系)(?P<target><C>)(?:的)?{_RANK}")
_PAREN_HOLDING = re.compile(r"持股|持有|占股|占比|股权|股份|出资")
# "股权结构为A 35.1%、B 34.9%、C 30%"
_STRUCTURE = re.compile(r"(?:股权结构|股东结构|股比|出资比例|持股比例|股东及持股|股东构成)(?:为|是|如下|：|:)")
_PAIR = pattern(rf"(?P<holder>{_H1})(?:持股|占比|占|出资比例为?|持有)?(?:约)?(?P<pct><R>)(?=[、，,；;。及和]|$)")
# passive: "由A全资持股", "由A 100%控股", "由A持有约41.7%的股份", "分别由A和B各持股97%和3%",
# "由包括A在内的五人分别持股20%", "由不包括A在内的B等五人分别持股20%"
_BY = pattern(
    rf"(?:分别)?由(?:不包括{_HL}在内的)?(?P<pre>包括)?(?P<holders>{_HL})(?:在内)?(?:的|等)?(?:[\d一二两三四五六七八九十]+(?:人|名|家))?"
    rf"(?:作为[^，。；\ue000\ue001]{{0,8}}?)?(?:各|分别|共同)*"
    rf"(?P<full>全资|\ue007)?(?:持股|持有|控股|所持有|所持|出资)(?:约)?(?P<pcts>{_RL})?"
)
# "C 50%的股份为A持有", "另有10%是A持有"
_SHARE_HELD_BY = pattern(rf"(?:(?P<target><C>)(?:的)?)?(?P<pct><R>)(?:的)?(?:股份|股权)?(?:为|是|由)(?P<holder>{_H1})(?:所)?持有")
# "A通过旗下B(及C)持有D 8%": the channels hold too
_THROUGH = pattern(rf"(?:(?P<holder>{_H1})|(?<=[，,])(?:但|并|而|则)?)(?:通过|透过|经由)(?:其)?(?:旗下|下属|全资子公司|子公司|控股的)?(?:的)?[^，。；\ue000\ue001]{{0,12}}?(?P<channels>{_H1}(?:(?:、|和|及|与|以及){_H1})*)")
# "A透过B及C间接持有…" with B and C names no dictionary knows
_THROUGH_UNNAMED = pattern(rf"(?P<holder>{_H1})(?:通过|透过|经由)(?:其)?(?:旗下|下属)?(?:的)?(?:全资子公司|子公司|附属公司)?"
                           rf"(?P<names>[^，。；\ue000\ue002-\ue007]{{2,30}}?)(?:直接|间接|合计|共同)*(?:持有|持股|拥有)")
# "A旗下(子公司)B": B's holding is A's too
_PARENT_BEFORE = re.compile(r"(\ue001)(?:的)?旗下(?:的)?(?:全资|控股)?(?:子公司|公司)?$")
_CONTROLLING = pattern(rf"(?:(?P<holder>{_H1})|(?<=[，,])(?=成为))(?:也|则|正|仍|一直|已|目前|现|现在|仍然|依然|此前|曾|一度|已经)*(?:为|是|系|成为|正是|作为)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))(?:的)?{_RANK}")
_AS_RANK = pattern(rf"作为(?P<target><C>)(?:的)?{_RANK[:-1]}|股东)(?:之一)?(?:的)?(?P<holder>{_H1})")
_TARGET_RANK = pattern(rf"(?P<target><C>)(?:的)?{_RANK}(?:为|是)?(?P<holder>{_H1})")
_PCT_CONTROL = pattern(rf"(?P<holder>{_H1})(?:以|凭借)(?P<pct><R>)的(?:持股|控股|股权)?比例(?:成为|入主)(?:(?P<target><C>)|(?P<ref>其))?(?:的)?(?:控股股东)?")
_CONTROLS = pattern(rf"(?P<holder>{_H1})(?:已|也|则|仍)?(?:直接|间接|直接和间接|直接或间接|以[^，。]{{0,10}}方式|实际)?(?:控股|控制)(?:了|着)?(?P<target><C>)(?![的]?(?:股东|子公司|表决权|投票权))")
_TAKE_CONTROL = pattern(rf"(?P<holder>{_H1})[^，。；\ue000\ue001]{{0,20}}?(?:拿下|取得|获得|收购)(?:了)?(?P<target><C>)(?:的)?控股权")
_PERSON_BEHIND = pattern(r"(?P<holder><P>)旗下(?:的)?(?P<target><C>)")
_ACTUAL_CONTROLLER = pattern(rf"(?:实控人|实际控制人)(?:均|都)?(?:为|是)?(?P<holder>{_H1})")
# control that ended: "A不再是C的实际控制人", "C的实际控制人不再是A", "C的实控人由A变更为B"
_CONTROL_ENDED = pattern(rf"(?P<holder>{_H1})[^，。；\ue000\ue001]{{0,6}}?不再(?:是|为|系|作为)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))?"
                         rf"(?:的)?(?P<rank>实际控制人|实控人|控股股东)")
_CONTROL_ENDED_AFTER = pattern(rf"(?P<target><C>)(?:的)?(?P<rank>实际控制人|实控人|控股股东)(?:将|已)?不再(?:是|为|系)(?P<holder>{_H1})")
_CONTROL_CHANGED = pattern(rf"(?P<target><C>)(?:的)?(?P<rank>实际控制人|实控人|控股股东)(?:已|将)?(?:由(?:<T>)?(?P<old>{_H1}))?"
                           rf"(?:变更为|变为|变成|改为|更换为|更变为)(?:<T>)?(?P<holder>{_H1})")
# control that ended with no one after it: "C的实际控制人由A变更为无实际控制人", "C控股股东、实际控制人由A变更为无控股股东、无实际控制人"
_CONTROL_TO_NONE = pattern(rf"(?P<target><C>)(?:的)?(?:(?:控股股东|实际控制人)(?:和|、|及|与))?(?P<rank>实际控制人|实控人|控股股东)(?:已|将)?"
                           rf"由(?:<T>)?(?P<holder>{_H1})(?:变更为|变为|变成)(?:无|没有)")
# a partnership's general partner (执行事务合伙人, 普通合伙人, GP) runs it, whatever its share: "P的执行事务合伙人为G",
# "G为P的普通合伙人", "G担任执行事务合伙人的P"
_GP = r"(?P<gp>(?:执行事务|普通)<T>|GP)"
_GP_OF_TARGET = pattern(rf"(?P<target><C>)(?:的)?{_GP}(?:均|则|仍)?(?:为|是|系)(?P<holder>{_H1})")
_GP_HOLDER = pattern(rf"(?P<holder>{_H1})(?:也|则|同时|仍|目前|现)?(?:为|是|系|担任|作为)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))(?:的)?{_GP}")
_GP_REL = pattern(rf"(?P<holder>{_H1})(?:通过|透过)?(?:其)?(?:担任|作为){_GP}的(?P<target><C>)")
_SHAREHOLDERS = pattern(r"(?P<target><C>)(?:的)?(?:[两三四五六七八九十\d]+(?:位|家|大)|主要|前十大|前[两三四五]大|大)?股东(?:中|阵容)?[，,]?(?:为|是|包括|有|如|分别为|分别是)[：:]?(?P<list>[^。；，]{2,160}?)(?:等|。|；|，|$)")
# "X成立于2015年，…，主要股东包括A、B、C等": the list's company is the sentence's subject
_BARE_SHAREHOLDERS = pattern(r"(?:(?<=[，,；：])|^)(?:其|公司的?)?(?:[两三四五六七八九十\d]+(?:位|家|大)|主要|前十大|前[两三四五]大)?股东(?:中)?"
                             r"(?:为|是|包括|有|分别为|分别是)[：:]?(?P<list>[^。；，]{2,160}?)(?:等|。|；|，|$)")
#: a company that is a clause's subject: a predicate of its own follows it
_SUBJECT_AFTER = re.compile(r"(?:成立于|成立|是|系|作为|为|始建于|创立于|注册于)")
_SECOND = pattern(rf"(?:第?二大?股东|第一大股东|大股东|股东)(?:之一的)?(?P<holder>{_H1})")
_SHAREHOLDER_ONE = pattern(rf"股东之一的(?P<holder>{_H1})")
_INVEST_VERB = r"(?:战略)?(?:投资了|投资|入股了|入股|参股了|参股|入伙|增持了|增持)"
_INVESTED = pattern(rf"(?P<holder>{_H1})(?:先后|相继|陆续|曾|还|也|已|分别|再次|再度|大举|持续|则|又|均|亦|正式|成功)*{_INVEST_VERB}(?P<list>[^。；]{{2,120}}?)(?:等|。|；|$)")
# "A入股的C", "A参股的C": a relative clause
_INVESTED_REL = pattern(rf"(?P<holder>{_H1})(?:曾|所)?(?:入股|参股|投资|控股|增持)的(?P<target><C>)")
# "A出资设立的C", "A于2007年独家出资设立C"
_SET_UP = pattern(rf"(?P<holder>{_H1})[^，。；\ue000\ue001]{{0,12}}?(?:独资|独家出资|全资|出资|共同出资)(?:设立|成立|组建)(?:了|的)?(?P<target><C>)")
# "投资价值", "投资者", "投资收益": 投资 as a noun, not "invested in"
_NOT_INVESTEE = re.compile(r"[^、]{0,4}(?:金额|规模|收益|亏损|回报|损失|价值|者|机构|策略|风险|人|方|业务|领域|理财|咨询|管理|决策|"
                           r"额|需求|逻辑|机会|标的|组合|活动|计划|项目|建设|力度|热情|信心|比例|股份|股票|至)")
# "旗下控股及参股的平台包括：A、B、C"; "其控股的公司有A、B"
_HOLDINGS_LIST = pattern(r"(?:旗下)?(?:控股及参股|控股或参股|参股及控股|控股和参股|参股|控股|投资)的?(?:[\d两三四五六七八九十]+家)?(?:平台|公司|企业|机构|(?P<noun>\ue001))(?:包括|有|为)[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)")
_CORNERSTONE = pattern(r"基石投资者(?:中)?[，,]?(?:包括|有|为)[：:]?(?P<list>[^。；]{2,120}?)(?:等|。|；|$)")
_SHAREHOLDER_LINEUP = re.compile(r"股东(?:阵容|名单)[^，。；]{0,6}[，,]?(?:如|包括|有)[：:]?(?P<list>[^。；]{2,160}?)(?:等|。|；|$)")

#: words after a percentage that make it something other than a stake
_NOT_A_STAKE_AFTER = re.compile(r"的?(?:营收|收入|市场|份额|增长|下降|贷款|表决权|投票权|用户|客户|资产|利润|业务|回报)")
#: a change that has not happened yet ("将提升至45%")
_PENDING = re.compile(r"(?:将|拟|预计|有望|计划|或将|可能|预期|届时)[^，。；]{0,8}$")
_HEDGED = re.compile(r"传闻|据传|或将|有望|拟议|意向|拟|计划|预计")
_SHAREHOLDER_CUE = re.compile(r"(?:的)?(?:第?[两三四五六七八九十\d一二]+(?:位|家|大)|主要|前十大|大|二)?(?:股东|股权结构|股东结构|股比|持股比例)")
#: what follows a holder named with its share ("A 30%", "A（持股30%）", "A出资比例30%")
_HOLDER_FIGURE = re.compile(r"(?:[（(][^（）()]{0,60}[）)])?[（(]?(?:持股|持有|占|出资比例|持股比例)?(?:为)?(?:约)?\ue007")
#: a clause head that adds nothing before its subject
_HEAD = re.compile(rf"(?:{_D}|[，、\s]|此后|随后|同时|其中|目前|当年|同年|而|则|并|另外|此外|截至公告|截至目前|此前|此次变更中)*")


def _keys(sent: Sent, a: int, b: int, kinds: str = "CP") -> list[str]:
    """Keys of the mentions in [a, b), leaving out names given in brackets
    ("A（Beilin Tech Ltd）": one holder, not two)."""
    out, depth = [], 0
    for p in range(max(0, a), min(b, len(sent.tpl))):
        ch = sent.tpl[p]
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
        k = sent.index[p]
        if k >= 0 and not depth and sent.mentions[k].kind in kinds and sent.mentions[k].key:
            out.append(sent.mentions[k].key)
    return out


def _key(sent: Sent, m: re.Match[str], group: str) -> str | None:
    return sent.at(m.start(group)).key if m.group(group) else None


def _pct(sent: Sent, m: re.Match[str], group: str = "pct") -> float | None:
    return sent.at(m.start(group)).value if m.group(group) else None


def _head_subject(sent: Sent, start: int, end: int) -> str | None:
    """The holder at the head of template span [start, end), after dates
    and connectives; "A旗下子公司B…" is B."""
    head = _HEAD.match(sent.tpl, start, end)
    p = head.end() if head else start
    if p >= end or sent.tpl[p] not in (_C, _P):
        return None
    sub = re.match(r"(?:的)?旗下(?:的)?(?:全资|控股)?(?:子公司|公司)?(\ue001)", sent.tpl[p + 1:end])
    return sent.at(p + 1 + sub.start(1)).key if sub else sent.at(p).key


def _sentence_subject(ctx: Context, i: int) -> str | None:
    """The subject of analysed sentence `i` (for 其 and dropped subjects)."""
    if i < 0:
        return None
    s = ctx.sentences[i]
    return _head_subject(s, 0, len(s.tpl))


def _clause_subject(ctx: Context, sent: Sent, pos: int) -> str | None:
    """The holder a clause without its own subject speaks of: the mention at
    the head of the nearest clause before `pos` that starts with one
    ("海尔集团受让…股权，持股比例升至49%" → 海尔集团), else the subject of
    the sentence before."""
    tpl = sent.tpl
    cut = pos
    while cut > 0:
        start = max(tpl.rfind(c, 0, cut) for c in "，；：,") + 1
        subj = _head_subject(sent, start, cut)
        if subj:
            return subj
        if re.match(r"其", tpl[start:cut]):
            break
        if start == 0 and not (cut <= 8 and re.search(r"后|此后|随后|完成|变更|增持|减持", tpl[:cut])):
            return None  # the sentence opens with a subject we do not know
        cut = start - 1
    return _sentence_subject(ctx, sent.i - 1)


def _holders_of(ctx: Context, sent: Sent, m: re.Match[str]) -> list[str]:
    """The holders a holding pattern names, refers to (后者, 其) or drops."""
    if m.group("holders"):
        keys = _keys(sent, m.start("holders"), m.end("holders"))
        return keys
    ana = m.group("ana")
    before = [x.key for x in sent.between(0, m.start(), None) if x.kind in "CP" and x.key]
    if ana == "后者":
        return before[-1:] if before else [k for k in _keys(ctx.sentences[sent.i - 1], 0, len(ctx.sentences[sent.i - 1].tpl))][-1:] \
            if sent.i > 0 else []
    if ana == "前者":
        return before[-2:-1]
    # 其, or a clause with no subject: "…股东为A，持有C 37.2%" → A; else the subject before
    prev = sent.tpl[:m.start()]
    named = re.search(r"股东(?:为|是)[^，。；\ue000\ue001]{0,12}?([\ue000\ue001])[，,]$", prev)
    if named:
        return [sent.at(named.start(1)).key]
    subj = _clause_subject(ctx, sent, m.start())
    return [subj] if subj else []


def _parents(sent: Sent, holder: str) -> list[str]:
    """"A旗下子公司B…持有": a holding of B is also A's (guide v1.2)."""
    out = []
    for x in sent.mentions:
        if x.key == holder:
            p = sent.pos_of(x)
            pm = _PARENT_BEFORE.search(sent.tpl, 0, p)
            if pm:
                out.append(sent.at(pm.start(1)).key)
    return [k for k in out if k and k != holder]


def _recent_target(ctx: Context, sent: Sent, holders: tuple[str, ...], back: int = 4) -> str | None:
    """The company whose shares the last sentences (`back` of them) were about."""
    for c in reversed(ctx.out):
        if c.sent < sent.i - back:
            break
        if c.predicate in (Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE) and c.object not in holders:
            return c.object
    return None


def target_for(ctx: Context, sent: Sent, pos: int, holders: tuple[str, ...] = ()) -> str | None:
    """The company whose shares a holding at template position `pos` is of,
    when the clause names none: the company named with 股东/股权结构 earlier
    in the sentence, else the sentence's topic, the company the last
    sentences' holdings were of, the previous sentence's topic, the
    article's company in focus — never one of the holders."""
    for m in reversed(sent.between(0, pos, "C")):
        p = sent.pos_of(m)
        if _SHAREHOLDER_CUE.match(sent.tpl, p + 1) and m.key not in holders:
            return m.key
    # every party with a figure after it in this sentence is a holder too
    holders = holders + tuple(m.key for m in sent.mentions if m.key and _HOLDER_FIGURE.match(sent.tpl, sent.pos_of(m) + 1)
                              and not re.search(r"(?:持股|持有|占|拥有|增持|在|受让|转让|出售)(?:了|的|有的)?$", sent.tpl[:sent.pos_of(m)]))
    topic = topic_of(sent)
    if topic is not None and re.search(r"其(?:股东|股权|持股)", sent.tpl[:pos]):
        topic = None  # "其股东结构为…" speaks of the company before
    before = ctx.sentences[sent.i - 1] if sent.i > 0 and not sent.between(0, pos, "C") else None
    # "A增持C 8000万股。增持完成后，持股比例由…升至…": the company the sentence before moved
    moved = _bought_target(before, len(before.tpl), holders) if before is not None and _AFTER_DEAL.match(sent.tpl) else None
    for cand in (_recent_target(ctx, sent, holders, 0), _bought_target(sent, pos, holders), moved, topic, _recent_target(ctx, sent, holders),
                 sent.prev_topic, ctx.focus):
        if cand and cand not in holders and not _regulator(ctx, cand):
            return cand
    return None


def _regulator(ctx: Context, key: str) -> bool:
    """A regulator (金融监管总局, 证监会) has no shareholders: never the company a holding is of."""
    ent = ctx.inv.entities.get(key)
    return ent is not None and is_regulator(ent.name)


def _ref_target(ctx: Context, sent: Sent, m: re.Match[str], holders: tuple[str, ...], group: str = "ref") -> str | None:
    """其 / 该行 / 该公司 / 后者: the company referred to — the last one named
    earlier in the sentence that is not a holder, else the topic before."""
    ref = m.group(group)
    if ref.startswith("该") and len(ref) > 2:  # "该网上银行": the company written after 网上银行 just before
        for j in range(sent.i, max(-1, sent.i - 3), -1):
            s = ctx.sentences[j]
            for x in reversed(s.mentions):
                p = s.pos_of(x)
                if x.kind == "C" and x.key not in holders and (j < sent.i or p < m.start(group)) and \
                        s.tpl[max(0, p - len(ref) + 1):p].rstrip("的").endswith(ref[1:]):
                    return x.key
    earlier = [x.key for x in sent.between(0, m.start(group), "C") if x.key and x.key not in holders]
    if earlier:
        return earlier[-1]
    if m.group(group) in ("后者", "前者") and sent.i > 0:
        prev = [k for k in _keys(ctx.sentences[sent.i - 1], 0, len(ctx.sentences[sent.i - 1].tpl), "C") if k not in holders]
        if prev:
            return prev[-1] if m.group(group) == "后者" else prev[0]
    return target_for(ctx, sent, m.start(), holders)


def _target_of(ctx: Context, sent: Sent, m: re.Match[str], holders: list[str]) -> str | None:
    if m.group("target"):
        return _key(sent, m, "target")
    if m.group("ref"):
        return _ref_target(ctx, sent, m, tuple(holders))
    return target_for(ctx, sent, m.start(), tuple(holders))


def _as_of(ctx: Context, sent: Sent, pos: int) -> str | None:
    ds = [d for d in sent.between(0, pos, "D")]
    if ds:
        return ctx.date_iso(ds[-1], sent)
    if re.search(r"截至(?:本)?公告(?:日|日期)?|于本公告日期|截至目前", sent.tpl[:pos]) and ctx.published:
        return ctx.published  # "截至公告，A持有…": the announcement's date
    return None


def _stake(ctx: Context, sent: Sent, holder: str | None, target: str | None, rule: str, conf: float,
           pct: float | None = None, pos: int = 0, controlling: bool | None = None, parents: bool = True) -> None:
    if not holder or not target or holder == target or ctx.type_of(target) != "Company" or _regulator(ctx, target):
        return
    if ctx.type_of(holder) not in ("Company", "Person"):
        return
    if pct is not None and pending_outcome(ctx, sent, pos):
        return  # "重组后，A持股50%": what a planned deal will make of it
    as_of = _as_of(ctx, sent, pos) if pct is not None or rule in (
        "holder-rank", "as-rank", "target-rank", "invested", "actual-controller", "controls", "takes-control", "general-partner") else None
    ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, rule, conf, percent=pct, as_of=as_of, controlling=controlling)
    if parents:
        for parent in _parents(sent, holder):
            if parent != target:
                ctx.emit(Predicate.HOLDS_STAKE, parent, target, sent, rule + "-parent", conf - 0.05, percent=pct, as_of=as_of)


def extract_stakes(ctx: Context) -> None:
    for sent in ctx.sentences:
        if _C not in sent.tpl and _P not in sent.tpl and not (_R in sent.tpl and _AFTER_DEAL.match(sent.tpl)):
            continue  # a sentence naming no one holds nothing, unless it continues a deal ("增持完成后，持股比例…")
        first = len(ctx.out)
        _percent_holdings(ctx, sent)
        _control(ctx, sent)
        _lists(ctx, sent)
        if _BEFORE_DEAL.match(sent.tpl):
            for c in ctx.out[first:]:
                if c.predicate is Predicate.HOLDS_STAKE:
                    c.qualifiers["former"] = True


#: a sentence that tells the holdings as they were before a restructuring ("在重组之前，…A持有其100%的股权"):
#: a past state, not the present one, whatever the article's date
_BEFORE_DEAL = re.compile(r"(?:[\ue004，\s]|截至)*(?:在|于)?(?:本次|此次|这次|该次)?(?:重组|改制|混改|股权变更|股权转让|增资扩股|增资|收购|交易)"
                          r"(?:完成)?(?:之前|以前|前)[，,]?")


#: a sentence that goes on about the deal the sentence before reported
_AFTER_DEAL = re.compile(r"(?:此次|本次)?(?:增持|减持|受让|收购|认购|交易|转让)(?:完成)?后")


def _pairs(holders: list[str], pcts: list[float], each: bool) -> list[tuple[str, float]]:
    """Holders and figures in order ("A、B分别持有30%、20%"), one figure for
    each ("各持股20%", "均为10%"), or the last holder's own figure."""
    if len(holders) == len(pcts):
        return list(zip(holders, pcts, strict=True))
    if len(pcts) == 1 and each:
        return [(h, pcts[0]) for h in holders]
    if len(pcts) == 1 and holders:
        return [(holders[-1], pcts[0])]
    return []


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

    for rx, rule, conf in ((_IN_CAPITAL, "capital-interest", 0.9), (_HOLD_SHARES, "holds-shares", 0.85),
                           (_KEYED, "keyed-percent", 0.8), (_HOLD, "holds-percent", 0.85)):
        for m in rx.finditer(tpl):
            if _NOT_A_STAKE_AFTER.match(tpl, m.end()) or _PENDING.search(tpl[max(0, m.start() - 12):m.start("pcts")]):
                continue
            if "ana" in rx.groupindex and not (m.group("holders") or m.group("ana")) and m.groupdict().get("verb", "持有") not in ("持有", "持股"):
                continue  # a clause opening with 占/拥有 is a share of something else ("…，占总股本的2.1%")
            holders = _holders_of(ctx, sent, m) if "ana" in rx.groupindex else _keys(sent, m.start("holders"), m.end("holders"))
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
            pairs = _pairs(holders, pcts, bool(re.search(r"各|分别|均", m.group(0))))
            if not pairs or not fresh(m, "pcts"):
                continue
            target = _target_of(ctx, sent, m, holders) if "ref" in rx.groupindex else (
                _key(sent, m, "target") if "target" in rx.groupindex and m.group("target") else target_for(ctx, sent, m.start(), tuple(holders)))
            ctrl = True if re.match(r"[，,]?(?:绝对)?控股", tpl[m.end():m.end() + 4]) else None
            for h, p in pairs:
                _stake(ctx, sent, h, target, rule, conf, p, m.start(), controlling=ctrl)
    for m in _NAMED_PAIR.finditer(tpl):
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        if not re.search(r"和|及|与|、", m.group("names")) or any(p in done for p in (sent.pos_of(r) for r in sent.between(
                m.start("pcts"), m.end("pcts"), "R"))):
            continue
        holders = list_items(ctx, sent, m.start("names"), m.end("names"))
        if len(holders) == len(pcts) and fresh(m, "pcts"):
            target = target_for(ctx, sent, m.start(), tuple(holders))
            for h, p in zip(holders, pcts, strict=True):
                _stake(ctx, sent, h, target, "holds-percent-named", 0.75, p, m.start())
    for m in _RATIO.finditer(tpl):
        if _PENDING.search(tpl[max(0, m.start() - 12):m.start("how")]) or not fresh(m, "pcts"):
            continue
        holders = _holders_of(ctx, sent, m)
        target = _target_of(ctx, sent, m, holders)
        pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        for h, p in _pairs(holders, pcts, "均" in m.group(0)):
            _stake(ctx, sent, h, target, "holding-ratio", 0.8, p, m.start())
        if m.group("from") and len(holders) == 1 and fresh(m, "from"):
            _stake(ctx, sent, holders[0], target, "holding-ratio-before", 0.75, _pct(sent, m, "from"), 0)
    for m in _SAME_RATIO.finditer(tpl):
        if fresh(m, "pcts"):
            holders = _keys(sent, m.start("holders"), m.end("holders"))
            target = target_for(ctx, sent, m.start(), tuple(holders))
            for h in holders:
                _stake(ctx, sent, h, target, "same-ratio", 0.8, _pct(sent, m, "pcts"), m.start())
    for m in _PCT_FIRST.finditer(tpl):
        if fresh(m, "pct"):
            holder = _key(sent, m, "holder")
            _stake(ctx, sent, holder, target_for(ctx, sent, m.start(), (holder or "",)), "percent-first", 0.8, _pct(sent, m), m.start())
    for m in _PAREN.finditer(tpl):
        inner = m.group("inner") + m.group("tail")
        if not (_PAREN_HOLDING.search(inner) or (not inner.strip("约") and _SHAREHOLDER_CUE.search(tpl[:m.start()]))):
            continue
        if not fresh(m, "pct"):
            continue
        holder = _key(sent, m, "holder")
        ctl = _RANK_AFTER.match(tpl, m.end())
        if ctl:
            target = sent.at(ctl.start("target")).key
            controlling = True if ctl.group("rank") in _CONTROL_RANKS else None
        else:
            target, controlling = target_for(ctx, sent, m.start(), (holder or "",)), None
        _stake(ctx, sent, holder, target, "percent-in-brackets", 0.85, _pct(sent, m), m.start(), controlling=controlling)
    structure = _STRUCTURE.search(tpl)
    if structure:
        for m in _PAIR.finditer(tpl, structure.end()):
            if fresh(m, "pct"):
                holder = _key(sent, m, "holder")
                _stake(ctx, sent, holder, target_for(ctx, sent, structure.start(), (holder or "",)), "structure-pairs", 0.8,
                       _pct(sent, m), m.start())
    _passive(ctx, sent, fresh)
    for m in _PCT_CONTROL.finditer(tpl):
        holder = _key(sent, m, "holder")
        target = _key(sent, m, "target") or target_for(ctx, sent, m.start(), (holder or "",))
        _stake(ctx, sent, holder, target, "controlling-percent", 0.85, _pct(sent, m), m.start(), controlling=True)
    _through(ctx, sent)


def _passive(ctx: Context, sent: Sent, fresh: Callable[[re.Match[str], str], bool]) -> None:
    tpl = sent.tpl
    for m in _BY.finditer(tpl):
        holders = _keys(sent, m.start("holders"), m.end("holders"))
        if "在内" in tpl[m.end("holders"):m.end("holders") + 2] and m.group("pre") is None:
            continue
        if m.group("full") == "全资":
            pcts = [100.0]
        elif m.group("full"):
            pcts = [sent.at(m.start("full")).value]
        elif m.group("pcts") and fresh(m, "pcts"):
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        else:
            continue
        clause = max(tpl.rfind(c, 0, m.start()) for c in "，；：") + 1
        own = [x for x in sent.between(clause, m.start(), "C") if x.key not in holders]
        if own:
            target = own[-1].key
        elif re.fullmatch(r"(?:[\ue004、\s]|则|均|主要|目前|现|全部|已|并|而|分别|其股权|股权|股份|是)*", tpl[clause:m.start()]):
            target = _clause_subject(ctx, sent, m.start())  # None when that subject is a name we do not know
        else:
            continue  # "X则由A持股…" with X a name we do not know: no guess
        for h, p in _pairs(holders, pcts, True):
            _stake(ctx, sent, h, target, "held-by", 0.8, p, m.start())
            if m.group("full") == "全资" and ctx.type_of(h) == "Company" and target:  # "由A全资持股": A's wholly owned subsidiary
                ctx.emit(Predicate.SUBSIDIARY_OF, target, h, sent, "held-by-wholly", 0.8, kind=str(SubsidiaryKind.WHOLLY_OWNED))
    for m in _SHARE_HELD_BY.finditer(tpl):
        if not fresh(m, "pct"):
            continue
        holder = _key(sent, m, "holder")
        target = _key(sent, m, "target") or _recent_target(ctx, sent, (holder or "",)) or target_for(ctx, sent, m.start(), (holder or "",))
        _stake(ctx, sent, holder, target, "share-held-by", 0.8, _pct(sent, m), m.start())


def _subject_company(sent: Sent, pos: int) -> str | None:
    """The company a sentence is about before template position `pos`: the
    last one named as a subject (a predicate follows it, no preposition
    before it: "原告C成立于2015年，…" but not "与C关系密切", "经C批准")."""
    for c in reversed(sent.between(0, pos, "C")):
        p = sent.pos_of(c)
        if _SUBJECT_AFTER.match(sent.tpl, p + 1) and not re.search(r"(?:与|和|及|向|对|由|被|经|从|于|在)$", sent.tpl[:p]):
            return c.key
    return None


def _bought_target(sent: Sent, pos: int, holders: list[str] | tuple[str, ...]) -> str | None:
    """The company whose shares a verb earlier in the sentence moved: "增持C，
    …持股比例增至8%", "受让S持有的C 10%股权，持股比例升至30%", "持有C 17.74%的
    股权，…出资比例82.26%". ("受让S 19%股权" names the seller, not the company.)"""
    tpl = sent.tpl[:pos]
    found = list(re.finditer(r"(?:持有|所持|增持|买入|买进|入股|认购)(?:了|的|有的)?(\ue001)(?:的)?\ue007?(?:的)?(?:股权|股份)", tpl)) \
        or list(re.finditer(r"(?:增持|买入|买进|入股|认购)(?:了)?(\ue001)|在(\ue001)(?:的)?持股", tpl))
    for m in reversed(found):
        key = sent.at(m.start(next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g)))).key
        if key not in holders:
            return key
    return None


def _through(ctx: Context, sent: Sent) -> None:
    """"A通过旗下B及C间接持有D约66.85%": A holds the stated share; B and C
    hold too — the same share when B alone carries it, no figure when the
    share is their sum."""
    listed: set[int] = set()
    for m in _THROUGH_UNNAMED.finditer(sent.tpl):
        # "A透过安某技术及某某海外控股间接持有…": a list of channels, some of them names no dictionary knows
        holder = _key(sent, m, "holder")
        names = m.group("names")
        items = [p for p in re.split(r"、|以及|及|和|与", names) if p]
        if not re.search(r"[^\ue001、及和与以]", names) or any(len(p) > 12 for p in items):
            continue  # only known names (the loop below takes them), or a phrase, not a list of names
        channels = [k for k in list_items(ctx, sent, m.start("names"), m.end("names")) if k != holder]
        if holder and len(channels) == len(items) and all(ctx.type_of(k) == "Company" for k in channels):
            _held_through(ctx, sent, m, holder, channels)
            listed.add(m.start())
    for m in _THROUGH.finditer(sent.tpl):
        if m.start() in listed:
            continue
        holder = _key(sent, m, "holder") or _clause_subject(ctx, sent, m.start())  # "A虽卸任，但通过其…公司B，仍持有…"
        # the channel is the head of its phrase: the list the clause ends with ("通过其家族控股的离岸公司B")
        end = min((i for i in (sent.tpl.find(c, m.end("channels")) for c in "，,；。") if i >= 0), default=len(sent.tpl))
        hold = re.search(r"(?:直接|间接|合计|共同)?(?:持有|持股|拥有)", sent.tpl[m.end("channels"):end])
        end = m.end("channels") + hold.start() if hold else end
        tail = re.search(rf"{_H1}(?:(?:、|和|及|与|以及){_H1})*(?:[（(][^）)]{{0,40}}[）)])?(?:的|间接|直接|合计)*$", sent.tpl[m.start("channels"):end])
        a, b = (m.start("channels") + tail.start(), m.start("channels") + tail.end()) if tail else (m.start("channels"), m.end("channels"))
        channels = [k for k in _keys(sent, a, b) if k != holder]
        if not channels:
            continue
        _held_through(ctx, sent, m, holder, channels)


def _held_through(ctx: Context, sent: Sent, m: re.Match[str], holder: str | None, channels: list[str]) -> None:
    """The channels of a holding held through them hold the holder's stake too."""
    facts = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == holder
             and c.rule != "held-through"]
    for c in facts:
        summed = "合计" in sent.tpl[m.end() - 8:m.end() + 12]  # "A通过B合计持有": B holds a part of the sum
        share = c.qualifiers.get("percent") if len(channels) == 1 and not summed else None
        for ch in channels:
            _stake(ctx, sent, ch, c.object, "held-through", 0.75, share, m.start(), parents=False)


def _control(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for rx, rule in ((_CONTROLLING, "holder-rank"), (_TARGET_RANK, "target-rank"), (_AS_RANK, "as-rank")):
        for m in rx.finditer(tpl):
            if re.search(r"不|否认|并非|并无|没有|不再", tpl[max(0, m.start() - 4):m.end()]):
                continue
            holder = _key(sent, m, "holder") or _clause_subject(ctx, sent, m.start())
            target = _key(sent, m, "target") or _ref_target(ctx, sent, m, (holder or "",))
            controlling = True if m.group("rank") in _CONTROL_RANKS else None
            _stake(ctx, sent, holder, target, rule, 0.8, None, m.start(), controlling=controlling)
    for rx, rule in ((_CONTROLS, "controls"), (_TAKE_CONTROL, "takes-control"), (_PERSON_BEHIND, "person-behind")):
        for m in rx.finditer(tpl):
            if re.search(r"不|否认|并非|并无|没有|拟|计划", tpl[max(0, m.start() - 4):m.start("target")]):
                continue
            _stake(ctx, sent, _key(sent, m, "holder"), _key(sent, m, "target"), rule, 0.75, None, m.start(), controlling=True)
    for m in _ACTUAL_CONTROLLER.finditer(tpl):
        holder = _key(sent, m, "holder")
        # not a company coordinated with the controller ("与A及实际控制人B沟通")
        targets = [c.key for c in sent.between(0, m.start(), "C") if c.key and c.key != holder
                   and not re.match(r"(?:及|和|与|、)$", tpl[sent.pos_of(c) + 1:m.start()])]
        if not targets:  # "实控人A一直滞留美国，上市公司B…": the company of the next clause at most
            nxt = tpl.find("，", m.end())
            stop = tpl.find("，", nxt + 1) if nxt >= 0 else -1
            targets = [c.key for c in sent.between(m.end(), stop if stop >= 0 else len(tpl), "C")[:1] if c.key]
        # "A与B…其实控人均为Z": every company named before
        if "均" in tpl[m.start():m.end()] or "共同" in tpl[:m.start()]:
            tset = list(dict.fromkeys(targets))
        else:
            tset = targets[-1:] or ([ctx.focus] if ctx.focus else [])
        for t in tset:
            _stake(ctx, sent, holder, t, "actual-controller", 0.75, pos=m.start(), controlling=True)
    _control_changes(ctx, sent)
    _general_partners(ctx, sent)


def _mark(ctx: Context, first: int, **quals: object) -> None:
    """Set qualifiers on the holdings emitted since `first`."""
    for c in ctx.out[first:]:
        if c.predicate is Predicate.HOLDS_STAKE:
            c.qualifiers.update(quals)


def _control_changes(ctx: Context, sent: Sent) -> None:
    """Control that ended ("A不再是C的实际控制人", "C的实控人由A变更为B", "…由A变更为无实际控制人"): the
    old controller's control is a past state (former) that ended on the
    sentence's date, else the article's; the new one controls from then."""
    tpl = sent.tpl
    for rx in (_CONTROL_ENDED, _CONTROL_ENDED_AFTER, _CONTROL_CHANGED, _CONTROL_TO_NONE):
        for m in rx.finditer(tpl):
            when = _as_of(ctx, sent, m.end()) or ctx.published or None
            target = _target_or_ref(ctx, sent, m)
            old = _key(sent, m, "old") if rx is _CONTROL_CHANGED else _key(sent, m, "holder")
            if old:
                first = len(ctx.out)
                _stake(ctx, sent, old, target, "control-ended", 0.8, None, m.start(), controlling=True, parents=False)
                _mark(ctx, first, former=True, end=when)
            if rx is _CONTROL_CHANGED:
                first = len(ctx.out)
                _stake(ctx, sent, _key(sent, m, "holder"), target, "control-changed", 0.8, None, m.start(), controlling=True, parents=False)
                _mark(ctx, first, as_of=when, changed=True)


def _target_or_ref(ctx: Context, sent: Sent, m: re.Match[str]) -> str | None:
    """The target named, referred to (其, 该行), or left out (the sentence's company)."""
    holders = (_key(sent, m, "holder") or "",)
    if m.group("target"):
        return _key(sent, m, "target")
    if "ref" in m.re.groupindex and m.group("ref"):
        return _ref_target(ctx, sent, m, holders)
    return target_for(ctx, sent, m.start(), holders)


def _general_partners(ctx: Context, sent: Sent) -> None:
    """A partnership's general partner controls it (a holding marked
    general_partner, controlling, with no share)."""
    for rx in (_GP_OF_TARGET, _GP_HOLDER, _GP_REL):
        for m in rx.finditer(sent.tpl):
            if m.group("gp") != "GP" and not sent.at(m.end("gp") - 1).text.endswith("合伙人"):
                continue
            if re.search(r"不|并非|没有|拟|将", sent.tpl[max(0, m.start() - 3):m.start("gp")]):
                continue
            holder = _key(sent, m, "holder")
            target = _target_or_ref(ctx, sent, m)
            first = len(ctx.out)
            _stake(ctx, sent, holder, target, "general-partner", 0.8, None, m.start(), controlling=True, parents=False)
            _mark(ctx, first, general_partner=True)


def _lists(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _SHAREHOLDERS.finditer(tpl):
        target = _key(sent, m, "target")
        for h in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            _stake(ctx, sent, h, target, "shareholders-list", 0.8)
    for m in _BARE_SHAREHOLDERS.finditer(tpl):
        target = _subject_company(sent, m.start())
        for h in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            _stake(ctx, sent, h, target, "shareholders-list", 0.75)
    for m in _SHAREHOLDER_LINEUP.finditer(tpl):  # "…的股东阵容，如A、B、C等"
        target = target_for(ctx, sent, m.start())
        for h in list_items(ctx, sent, m.start("list"), m.end("list")):
            _stake(ctx, sent, h, target, "shareholders-list", 0.75)
    for rx in (_SECOND, _SHAREHOLDER_ONE):
        for m in rx.finditer(tpl):
            holder = _key(sent, m, "holder")
            head = re.search(r"(\ue001)?(?:的)?(?:第[一二三四五六七八九十\d]+大|前[十\d]+大)?$", tpl[:m.start()])
            if head and head.group(1):  # "C的大股东H", "C第六大股东H"
                target = sent.at(head.start(1)).key
            elif re.search(r"(?:^|[，；：、]|让|来自|作为|是|为|与|和|及|包括|其中|此次变更中|目前|此外|而)[\ue004\s]*$", tpl[:m.start()]) \
                    or rx is _SHAREHOLDER_ONE:
                earlier = [c.key for c in sent.between(0, m.start(), "C") if c.key and c.key != holder]
                target = earlier[-1] if earlier else target_for(ctx, sent, m.start(), (holder or "",))
            else:
                continue
            _stake(ctx, sent, holder, target, "named-shareholder", 0.65)
    for m in _INVESTED.finditer(tpl):
        if _HEDGED.search(tpl[max(0, m.start() - 12):m.start()]) or _NOT_INVESTEE.match(m.group("list")) or re.match(r"[和及与、]", m.group("list")):
            continue  # "腾讯投资和红杉中国": 投资 is part of a name there
        holder = _key(sent, m, "holder")
        for t in list_items(ctx, sent, m.start("list"), m.end("list")):
            _stake(ctx, sent, holder, t, "invested", 0.7)
    for rx, rule in ((_INVESTED_REL, "invested"), (_SET_UP, "set-up-by")):
        for m in rx.finditer(tpl):
            if not _HEDGED.search(tpl[max(0, m.start() - 12):m.start()]):
                _stake(ctx, sent, _key(sent, m, "holder"), _key(sent, m, "target"), rule, 0.7)
    for m in _HOLDINGS_LIST.finditer(tpl):
        if m.group("noun") and not sent.at(m.start("noun")).focus:
            continue  # "…的公司包括": 公司 read as the company in focus is the noun here
        holder = ctx.nearest_company(sent, m.start()) or ctx.last_company(sent)
        for t in list_items(ctx, sent, m.start("list"), m.end("list")):
            _stake(ctx, sent, holder, t, "holdings-list", 0.7)
    for m in _CORNERSTONE.finditer(tpl):
        target = ctx.nearest_company(sent, m.start()) or ctx.focus
        for h in list_items(ctx, sent, m.start("list"), m.end("list")):
            _stake(ctx, sent, h, target, "cornerstone", 0.7)
