"""Of which company a holding is: the one its pattern names, refers to
(其, 该行, 后者) or leaves unnamed (named with 股东 earlier in the sentence,
the sentence's topic, the company the last sentences' holdings were of, the
company in focus), never one of the holders."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.mention_records import KIND
from extract.ranked_entries import entry_company
from extract.rules.base import ITEM_HEAD, Context
from extract.rules.holder_slots import SHAREHOLDER_CUE, key_of, keys_in
from extract.rules.label_blocks import label_block_target
from extract.rules.owner_questions import asked_owner
from extract.rules.said_holders import said_shareholder
from extract.rules.stake_moves import bought_target, own_sellers, own_share_target
from extract.rules.templates import Sent
from extract.rules.topics import topic_of
from schema import Predicate
from text.names import is_regulator

_C = KIND["C"]

#: a numbered row that opens with a company's name alone ("2. A，…")
_ROW_NAME = re.compile(rf"{ITEM_HEAD.pattern}\s*(\ue001)[，,]")

#: what follows a holder named with its share ("A 30%", "A（持股30%）", "A出资比例30%")
_HOLDER_FIGURE = re.compile(r"(?:[（(][^（）()]{0,60}[）)])?[（(]?(?:持股|持有|占|出资比例|出资占比|持股比例)?(?:比例)?"
                            r"(?:由\ue007)?(?:[降增升减][至为到]|提高至|提升至|下降至|增加至|减少至|摊薄至|维持在?|保持在?)?(?:为)?(?:约)?\ue007")  # (or the level it moved to: "A持股降至20%")


def _item_start(ctx: Context, sent: Sent, back: int) -> int:
    """The sentence (of the last `back`) that opens the numbered item `sent`
    is in ("2、C（代码）：…"): the items before are other companies' news."""
    for j in range(sent.i, max(-1, sent.i - back - 1), -1):
        tpl = ctx.sentences[j].tpl
        head = ITEM_HEAD.match(tpl)
        if head and tpl[head.end():head.end() + 1] == _C:
            return j
    return sent.i - back


#: a predecessor named in the sentence: the company as it then was ("T前身为X，系由A与B共同出资设立…"), founded by 由
_PREDECESSOR = re.compile(r"(\ue001)(?:的)?前身(?:为|是|系)(\ue001)(?:[（(][^（）()]{0,30}[）)])?(?P<founded>[，,](?:系|是|为)?由)?")
#: a clause that is a company's name alone, right before the holding: "子公司共N家：" + "X，A持股…；Y，A持股…"
_NAME_CLAUSE = re.compile(r"(?:^|[：:；;])(\ue001)(?:[（(][^（）()，,。；]{0,30}[）)])?[，,]\ue001?$")
#: a subsidiary just named, then its parent's share of it with the holder left out: "A设立控股子公司X，持股60%"
#: (the clause before names the company held; without this the sentence's topic, A, or one before it, was taken)
_SUB_NAMED = re.compile(r"(?:子公司|附属公司|孙公司)(\ue001)(?:[（(][^（）()，,。；]{0,30}[）)])?[，,]$")
#: the sentence's subject, what it is, then its rank of holder: "（查明，）C系…，第一大股东为" (a finding of fact)
_SAID_OF_HEAD = re.compile(r"^[^\ue000-\ue007，,。；]{0,6}[，,]?(\ue001)(?:系|是|为)[^。；\ue000\ue003]{0,40}?[，,](?:其)?"
                           r"(?:第[一二三四五]大股东|控股股东|大股东)(?:为|是|系)\ue001[^。；]{0,12}$")
#: holdings of a holder told in passing (its controller, its owner): no company the text goes on about
ASIDE = "held-by-latter"
# (a subsidiary's share told in passing: "，旗下控股A，持股51%"; the channel a holder owns whole: "A通过其全资持有的B持有C…")
ASIDE_RULES = ("group-controlled-by", ASIDE, "clause-under", "owned-channel")


def recent_target(ctx: Context, sent: Sent, holders: tuple[str, ...], back: int = 4) -> str | None:
    """The company whose shares the last sentences (`back` of them, in the
    same numbered item) were about."""
    first = _item_start(ctx, sent, back)
    for c in reversed(ctx.out):
        if c.sent > sent.i:
            continue  # a holding the group rules read ahead (a counted list of subsidiaries, each with its share in brackets)
        if c.sent < first:
            break
        if c.predicate in (Predicate.HOLDS_STAKE, Predicate.SOLD_STAKE) and c.object not in holders and c.rule not in ASIDE_RULES:
            return c.object  # (not a holding of a holder, told in passing: "三家股东均由X控制", "后者由P全资持有")
    return None


#: between a company and the words of its holders: the close of its short name's bracket, how they are on record
#: (a short name's closing bracket, then words of the register before 股东: "C（…）登记的股东", "C的在册股东")
_CUE_LEAD = re.compile(r"[”\"」』]?[）)]?(?:的)?(?:(?:工商|名义上的|名义)?(?:登记|注册|在册|显名))?(?=的?股东)")
#: a holder's rank alone at the head of its clause: "第一大股东A持股…" (the company whose rank it is unnamed)
_RANK_HEAD = re.compile(r"(?:第[一二三四五]大股东|控股股东|大股东)")


#: a short name, a stock code or both in brackets right after a company's name
_NAME_BRACKET = re.compile(r"[（(][^（）()。；\ue000]{1,20}[）)]")


#: the letters that stand for mentions in a template (a label line opens with plain words)
_MENTIONS = frozenset(KIND.values())


def target_for(ctx: Context, sent: Sent, pos: int, holders: tuple[str, ...] = ()) -> str | None:
    """The company whose shares a holding at template position `pos` is of,
    when the clause names none: the company named with 股东/股权结构 earlier
    in the sentence, else the sentence's topic, the company the last
    sentences' holdings were of (unless a question just asked who owns
    another: `owner_questions`), the previous sentence's topic, the
    article's company in focus — never one of the holders."""
    # "T前身为X，系由A与B…设立，其中A出资比例为75%": X's, the company as founded (without its founding told: T's, as now named);
    # "：X，A持股100%；…": X's
    if sent.tpl[:1] not in _MENTIONS and (block := label_block_target(ctx, sent, pos, holders)) is not None:
        return block  # "二、C2" + … + "主要股东：A持股40%": a holder line in a block of label lines under a firm's heading
    head = sent.tpl[max(sent.tpl.rfind(c, 0, pos) for c in "，,。；;：:") + 1:pos]
    if (_RANK_HEAD.fullmatch(head) and sent.tpl[pos:pos + 1] in ("\ue000", "\ue001") and (own := ctx.announcer or ctx.focus)
            and own not in holders and not sent.between(0, pos - len(head), "C")):
        return own  # a rank, its holder and "持股比例为" a figure: a rank among the shareholders of the text's own company
    for named in (_PREDECESSOR.search(sent.tpl, 0, pos), _NAME_CLAUSE.search(sent.tpl, 0, pos), _SUB_NAMED.search(sent.tpl, 0, pos)):
        if named and (k := sent.at(named.start(2 if named.re is _PREDECESSOR and named.group("founded") else 1)).key) not in holders:
            return k
    if (said := _SAID_OF_HEAD.match(sent.tpl, 0, pos)) is not None and (k := sent.at(said.start(1)).key) not in holders:
        return k  # "查明，C系…，第一大股东为A，持股比例为" a figure: the sentence's subject's holder
    for m in reversed(sent.between(0, pos, "C")):
        p = sent.pos_of(m)
        bracket = _NAME_BRACKET.match(sent.tpl, p + 1)  # ("为C（C'，2899）最大股东": its short name between)
        at = bracket.end() if bracket else p + 1
        lead = _CUE_LEAD.match(sent.tpl, at)  # (past C's short-name bracket, the holders on record: C's)
        cue = SHAREHOLDER_CUE.match(sent.tpl, lead.end() if lead else at)
        # (not holders each "持股比例降至" a figure, one clause each: A's ratio is A's own holding, A no company held)
        if cue and not cue.group(0).endswith("持股比例") and m.key not in holders:
            return m.key
    # every party with a figure after it in this sentence is a holder too
    holders = holders + tuple(m.key for m in sent.mentions if m.key and _HOLDER_FIGURE.match(sent.tpl, sent.pos_of(m) + 1)
                              and not re.search(r"(?:持股|持有|所持|占|拥有|增持|减持|在|受让|转让|出售|收购)(?:了|的|有的)?$", sent.tpl[:sent.pos_of(m)]))
    holders = holders + own_sellers(sent)  # (and one that gives away shares of its own: "A将其所持10%股份转让予B")
    topic = topic_of(sent)
    if topic is not None and re.search(r"其(?:股东|股权|持股)", sent.tpl[:pos]):
        topic = None  # "其股东结构为…" speaks of the company before
    before = ctx.sentences[sent.i - 1] if sent.i > 0 and not [
        c for c in sent.between(0, pos, "C") if not is_regulator_key(ctx, c.key or "")] else None
    # "A增持C" + a count + "。增持完成后" + "，持股比例由…升至…", "…" + "转让完成后A持股比例降至" + a figure: the company the sentence before moved
    moved = bought_target(before, len(before.tpl), holders) if before is not None and (
        AFTER_DEAL.match(sent.tpl) or AFTER_DEAL.search(sent.tpl, 0, pos)) else None
    moved = moved or own_share_target(ctx, sent, holders)
    prev = sent.prev_topic if sent.i == 0 or not said_shareholder(ctx.sentences[sent.i - 1], sent.prev_topic or "") else None
    apposed = _apposed_to(sent, holders)
    # (in a ranking's or directory's entry, the entry's company stands for the article's: never another entry's)
    own = entry_company(ctx.memo, sent.start) or ctx.focus
    for cand in (asked_owner(ctx, sent), recent_target(ctx, sent, holders, 0), bought_target(sent, pos, holders), moved, topic, recent_target(ctx, sent, holders),
                 prev, own):  # (not the shareholder the sentence before introduced: `said_holders`)
        if cand and cand not in holders and cand not in apposed and not is_regulator_key(ctx, cand):
            return cand
    return None


#: what may stand between a description and the name it describes: "德国租赁公司B" (公司 left out of the mention)
_APPOSED_GAP = re.compile(r"(?:公司|企业|机构|集团)?")


def _apposed_to(sent: Sent, holders: tuple[str, ...]) -> set[str]:
    """Companies written right before a holder, with no word between, and nowhere else in the sentence: a description
    of the holder ("荷兰银行业公司B持股20%" read as two names), never the company it holds shares of."""
    if not holders:
        return set()
    ms = sent.mentions
    glued = {a.key for a, b in pairwise(ms) if a.kind == "C" and b.key in holders
             and _APPOSED_GAP.fullmatch(sent.tpl, sent.pos_of(a) + 1, sent.pos_of(b))}
    return {k for k in glued if k and sum(1 for x in ms if x.key == k) == 1}


def is_regulator_key(ctx: Context, key: str) -> bool:
    """A regulator (金融监管总局, 证监会) has no shareholders: never the company a holding is of."""
    ent = ctx.inv.entities.get(key)
    return ent is not None and is_regulator(ent.name)


#: what follows the holder of a clause whose share is of the company 其 refers to
_PARALLEL_HOLDER = ("持有其", "持其", "占其")


#: a clause that opens with a company and says what it is to another: "A系C的持股平台", "A为C的控股股东"
_DESCRIBED = re.compile(rf"(?:{ITEM_HEAD.pattern})?\s*(\ue001)(?:系|为|是)\ue001(?:的)?(?:员工)?(?:持股平台|控股股东|第一大股东|股东)[，,]")


def _described_subject(sent: Sent, before: int) -> str | None:
    """The company a sentence opens with when its first clause describes it by another ("A系C的持股平台，"): what
    a 其 later in the sentence refers to."""
    d = _DESCRIBED.match(sent.tpl)
    return sent.at(d.start(1)).key if d is not None and d.end() <= before else None


def ref_target(ctx: Context, sent: Sent, m: re.Match[str], holders: tuple[str, ...], group: str = "ref") -> str | None:
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
    # (a holder of a parallel clause before is no referent: "A持有其a%，B持有其b%", both 其 the same company)
    earlier = [x.key for x in sent.between(0, m.start(group), "C") if x.key and x.key not in holders
               and not sent.tpl.startswith(_PARALLEL_HOLDER, sent.pos_of(x) + 1)]
    if (row := _ROW_NAME.match(sent.tpl)) and (key := sent.at(row.start(1)).key) in earlier and m.start(group) > row.end():
        return key  # a numbered row: A, then holders each "持有其" a share: 其 is the row's company, each time
    if earlier and (own := _described_subject(sent, m.start(group))) is not None and own in earlier:
        return own  # "A为C的股东，…，P持有其x%": A, whose description names C, not C
    if earlier:
        return earlier[-1]
    if m.group(group) in ("后者", "前者") and sent.i > 0:
        prev = [k for k in keys_in(ctx.sentences[sent.i - 1], 0, len(ctx.sentences[sent.i - 1].tpl), "C") if k not in holders]
        if prev:
            return prev[-1] if m.group(group) == "后者" else prev[0]
    return target_for(ctx, sent, m.start(), holders)


def target_of(ctx: Context, sent: Sent, m: re.Match[str], holders: list[str]) -> str | None:
    if m.group("target"):
        return key_of(sent, m, "target")
    if m.group("ref"):
        return ref_target(ctx, sent, m, tuple(holders))
    return target_for(ctx, sent, m.start(), tuple(holders))


#: a sentence that goes on about the deal the sentence before reported
#: (a transfer told done by its registration, "股权已完成过户", and steps told done together, "全部完成后", too;
#: a notice's "变更后，" after a transfer it approved: the holders of the company whose shares moved)
AFTER_DEAL = re.compile(r"(?:此次|本次)?(?:增持|减持|受让|收购|认购|交易|转让|交割|过户|发行|增资|股权变更|变更)(?:完成)?后"
                        r"|(?:转让|交易|增资|收购)(?:已)?完成(?:了)?(?:过户|交割)|(?:全部|均已?)完成后")
