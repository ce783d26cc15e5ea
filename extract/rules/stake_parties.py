"""The parties of a holding: who holds (named, 后者/前者/其, or dropped),
of which company (named, referred to, or the company the sentence or the
sentences before speak of), as of when; and `emit_stake`, which emits the
holding (and the holder's parents' when "A旗下B" holds)."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import ITEM_HEAD, Candidate, Context, Sent
from extract.rules.counted_holders import counted_holders
from extract.rules.holder_slots import (
    CONTROL_RANKS,
    HOLDER,
    HOLDER_LIST,
    HOLDER_MENTION,
    HOLDER_WITH_ALIAS,
    KIN,
    RANK,
    SHAREHOLDER_CUE,
    key_of,
    keys_in,
    pct_of,
)
from extract.rules.owner_questions import asked_owner
from extract.rules.pending import conditional_outcome, pending_outcome
from extract.rules.said_holders import said_shareholder
from extract.rules.stake_cutoffs import cutoff_date, month_end
from extract.rules.stake_moves import bought_target, own_sellers, own_share_target
from extract.rules.topics import topic_of
from schema import Predicate
from text.names import is_regulator

_C, _P, _D = KIND["C"], KIND["P"], KIND["D"]

#: the slots of a holding's patterns, read in `holder_slots` and imported by the rules from here
__all__ = ["CONTROL_RANKS", "HOLDER", "HOLDER_LIST", "HOLDER_MENTION", "HOLDER_WITH_ALIAS", "KIN", "RANK", "SHAREHOLDER_CUE",
           "key_of", "keys_in", "pct_of"]

#: "股东为A、B，(二者)分别持股…": a list of holders named in the clause before
_LIST_BEFORE = re.compile(rf"(?:股东(?:分别|依次)?(?:为|是|包括)[^，。；\ue000\ue001]{{0,12}}?)?((?<![和及、与]){HOLDER_LIST})[，,](?:二者|两者|三者|双方|三方)?$")

# "A旗下(子公司)B": B's holding is A's too
#: a numbered row that opens with its holder's name, its short name and what it is, before a clause with no subject
#: (a numbered item: a name, perhaps its short name in brackets, what it is of C, then "持有…"; or "（二）P，持有…")
_ITEM_NAME_FIRST = re.compile(rf"{ITEM_HEAD.pattern}\s*([\ue000\ue001])(?:[（(][^（）()，,。；]{{0,40}}[）)])*"
                              r"(?:[，,](?:系|为|是|现为|作为)[^，。；]{0,30})*[，,]$")
#: a numbered row that opens with a company's name alone ("2. A，…")
_ROW_NAME = re.compile(rf"{ITEM_HEAD.pattern}\s*(\ue001)[，,]")
_PARENT_BEFORE = re.compile(r"(\ue001)(?:的)?旗下(?:的)?(?:全资|控股)?(?:子公司|公司)?$")

#: what follows a holder named with its share ("A 30%", "A（持股30%）", "A出资比例30%")
_HOLDER_FIGURE = re.compile(r"(?:[（(][^（）()]{0,60}[）)])?[（(]?(?:持股|持有|占|出资比例|出资占比|持股比例)?(?:比例)?"
                            r"(?:由\ue007)?(?:[降增升减][至为到]|提高至|提升至|下降至|增加至|减少至|摊薄至|维持在?|保持在?)?(?:为)?(?:约)?\ue007")  # (or the level it moved to: "A持股降至20%")
#: a clause head that adds nothing before its subject
_HEAD = re.compile(rf"(?:{_D}|[，、\s]|(?:本次|此次)?(?:发行|交易|增资|收购|重组)(?:完成)?[前后]|此后|随后|同时|其中|目前|当年|同年|而|则|并|另外|此外|截至公告|截至目前|此前|此次变更中"
                   r"|(?:原|前|现)?(?:第[一二三四五六七八九十]大|控股|单一最大|最大|主要)股东(?:之一)?"  # "原第二大股东A减持…": A
                   "|[^，。；：\ue000\ue001]{0,10}?上市公司"  # "创业板上市公司A（300999.SZ）认缴…": A
                   r"|(?:他|她|其)?(?:的)?(?:儿子|女儿|长子|次子|长女|次女|幼子|妻子|丈夫|侄子|女婿))*")  # "他的儿子P现任…，持有该行1.2%": P


_SUB_AFTER = re.compile(r"(?:的)?旗下(?:的)?(?:(?:全资|控股)?(?:子公司|公司))?(\ue001)")
#: after a clause's first name, a relative clause that ends in the company it describes, then the clause ends
_DESCRIBED_HEAD = re.compile(r"[^，。；\ue001\ue007]{1,20}?的(\ue001)(?:[（(][^（）()]{0,40}[）)])?$")


def _head_subject(sent: Sent, start: int, end: int) -> str | None:
    """The holder at the head of template span [start, end), after dates
    and connectives; "A旗下子公司B…" is B."""
    head = _HEAD.match(sent.tpl, start, end)
    p = head.end() if head else start
    if p >= end or sent.tpl[p] not in (_C, _P):
        return None
    # (not "A旗下控股B" then its share ("持股比例为…"): 控股 without 子公司 after it is A's verb, and A the holder)
    sub = _SUB_AFTER.match(sent.tpl, p + 1, end)
    if sub is None:  # "P之子Q担任董事长的B（下称“B”），另持有…": the clause's head is the company its relative clause describes
        sub = _DESCRIBED_HEAD.match(sent.tpl, p + 1, end)
    return sent.at(sub.start(1)).key if sub else sent.at(p).key


def _sentence_subject(ctx: Context, i: int, its: bool = False) -> str | None:
    """The subject of analysed sentence `i` (for 其 and dropped subjects; for
    a sentence opening with 其, also after a source's verb: "招股书显示，C是…。其…")."""
    if i < 0:
        return None
    s = ctx.sentences[i]
    said = _SAYS_FIRST.match(s.tpl) if its else None
    return _head_subject(s, 0, len(s.tpl)) or (_head_subject(s, said.end(), len(s.tpl)) if said else None)


def sentence_subject(ctx: Context, i: int) -> str | None:
    """The subject of analysed sentence `i`, after a source's verb ("公开资料显示，C是…"): what a later 其 refers to."""
    return _sentence_subject(ctx, i, its=True)


#: a first clause that names the source of what follows: "招股书显示，", "公告称，", "记者获悉，"
_SAYS_FIRST = re.compile(r"[^，。；\ue000\ue001]{1,12}?(?:显示|称|表示|指出|介绍|获悉|了解到)[，,：:]")


#: a clause that names a holder by its rank, right before a clause opening with 其: "实际控制人为" + a post + "P" + "，其…"
_RANKED_BEFORE = re.compile(r"(?:股东|实际控制人|实控人)(?:为|是|系)(?:\ue003)?([\ue000\ue001])[，,]$")


def clause_subject(ctx: Context, sent: Sent, pos: int) -> str | None:
    """The holder a clause without its own subject speaks of: the mention at
    the head of the nearest clause before `pos` that starts with one
    ("沐川集团受让…股权，持股比例升至58%" → 沐川集团), else the subject of
    the sentence before."""
    tpl = sent.tpl
    cut = pos
    while cut > 0:
        start = max(tpl.rfind(c, 0, cut) for c in "，；：,") + 1
        subj = _head_subject(sent, start, cut)
        if subj:
            return subj
        if re.match(r"其", tpl[start:cut]) and (ranked := _RANKED_BEFORE.search(tpl, max(0, start - 24), start)):
            return sent.at(ranked.start(1)).key  # "实际控制人为P，其通过A控制公司，并持有公司6%": 其 is P, the holder the rank named
        if re.match(r"其", tpl[start:cut]):
            # "…均为P" + "，其直接持有" + a share + "，并通过B" + "间接控制…": the holder its 其 was read as, else the sentence before's
            told = next((c.subject for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE
                         and start <= (told_at(ctx, c) or -1) < cut), None) if start > 0 else None
            return told or _sentence_subject(ctx, sent.i - 1, its=start == 0)
        if start == 0 and not (cut <= 8 and re.search(r"后|此后|随后|完成|变更|增持|减持", tpl[:cut])):
            return None  # the sentence opens with a subject we do not know
        cut = start - 1
    return _sentence_subject(ctx, sent.i - 1, its=pos == 0 and tpl.startswith("其"))


def holders_of(ctx: Context, sent: Sent, m: re.Match[str]) -> list[str]:
    """The holders a holding pattern names, refers to (后者, 其) or drops."""
    if m.group("holders"):
        keys = keys_in(sent, m.start("holders"), m.end("holders"))
        return keys
    ana = m.group("ana")
    before = [x.key for x in sent.between(0, m.start(), None) if x.kind in "CP" and x.key]
    if ana == "后者":
        return before[-1:] if before else [k for k in keys_in(ctx.sentences[sent.i - 1], 0, len(ctx.sentences[sent.i - 1].tpl))][-1:] \
            if sent.i > 0 else []
    if ana == "前者":
        return before[-2:-1]
    prev = sent.tpl[:m.start()]
    if ana and ana.endswith("人"):  # "股东为A和B，二人分别持有…": the list before, else the people last named
        listed = _LIST_BEFORE.search(prev)
        return counted_holders(ctx, sent, m, keys_in(sent, listed.start(1), listed.end(1), "P") if listed else [])
    # (or "股东分别为A、B和C，持股比例分别为…": the figures of the list before)
    if re.match(r"二者|两者|三者|双方|三方|分别|各|(?:的)?持股比例分别", sent.tpl[m.start():m.start() + 8]):
        # "股东为A、B，分别持股30%、20%", "A和B…，二者分别持股…": each holder of the list before
        listed = _LIST_BEFORE.search(prev)
        if listed and (ana in ("二者", "两者", "三者", "双方", "三方") or listed.group(0).startswith("股东")):
            keys = keys_in(sent, listed.start(1), listed.end(1))
            if len(keys) > 1:
                return keys
    # 其, or a clause with no subject: "…股东为A，持有C 37.2%" → A; else the subject before
    # (a rank whose holder comes after posts: "…为" + posts at the company + "P", then its share: the holder described by its posts at the company first)
    # ("…股东为A（下称“A”）" + "，持股" + a figure: a short name defined in brackets after it; "实际控制人为P" + "，其持有公司" + a figure)
    named = re.search(r"(?:股东|实际控制人|实控人)(?:仍然|仍|依然|目前|现|则|也|均|都)?(?:为|是)(?:\ue001(?=创始人|联合创始人|创办人|\ue003))?[^，。；\ue000\ue001]{0,12}?([\ue000\ue001])(?:[（(][^（）()，,。；]{0,30}[）)])?[，,]$", prev)
    if named:
        return [sent.at(named.start(1)).key]
    if item := _ITEM_NAME_FIRST.match(prev):
        return [sent.at(item.start(1)).key]  # "2. A（以下简称“B”），系C的员工持股平台，持有C 9.5%": the row's name
    if ana == "其" and (agent := _CONTROLLED_BY_BEFORE.search(prev)):
        return [sent.at(agent.start(1)).key]  # "C由P最终控制" then 其 and a holding of C: 其 is P, the controller just named
    if ana == "其" and (dealer := _DEALT_BEFORE.search(prev)):
        return [sent.at(dealer.start(1)).key]  # "P于D在场内增持N股，…，其好仓由…增至…": 其 is who bought or sold
    if ana is None and _AFTER_CHANGE_HEAD.match(sent.tpl, m.start()) and (told := [
            c.subject for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE]):
        return told[-1:]  # a holder given a figure before an offering, then a subjectless clause "发行后持股降至…": that holder
    subj = clause_subject(ctx, sent, m.start())
    if subj is None and ana == "其" and sent.i > 0 and not sent.between(0, m.start(), "C"):
        # A ranked with a figure, then after 发行完成后 "其持股比例" diluted to a lower one: the holder the sentence before told of
        told = [c.subject for c in ctx.out if c.sent == sent.i - 1 and c.predicate is Predicate.HOLDS_STAKE]
        return told[-1:]
    return [subj] if subj else []


#: a clause with no subject that opens on the time after a change: "发行后持股…" or "…完成后持股比例…"
_AFTER_CHANGE_HEAD = re.compile(r"(?:本次|此次)?(?:发行|交易|转让|增资|收购|重组|上市|增持|减持|交割|过户)(?:完成)?后[，,]?")


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
#: a clause telling who controls a company, right before 其: "C由P最终控制，"
#: a party that bought or sold shares earlier in the sentence, its clause the one before 其 ("P于D在场内增持N股，涉资…，")
_DEALT_BEFORE = re.compile(r"([\ue000\ue001])(?:于\ue004)?[^，。；\ue000\ue001]{0,16}?(?:增持|减持|购入|买入|出售|沽出)[^。；\ue000\ue001]{0,30}[，,]$")
_CONTROLLED_BY_BEFORE = re.compile(r"由([\ue000\ue001])(?:最终|实际|间接|直接|共同)*(?:控制|控股)[，,]$")
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


#: a holder's rank alone at the head of its clause: "第一大股东A持股…" (the company whose rank it is unnamed)
_RANK_HEAD = re.compile(r"(?:第[一二三四五]大股东|控股股东|大股东)")


def target_for(ctx: Context, sent: Sent, pos: int, holders: tuple[str, ...] = ()) -> str | None:
    """The company whose shares a holding at template position `pos` is of,
    when the clause names none: the company named with 股东/股权结构 earlier
    in the sentence, else the sentence's topic, the company the last
    sentences' holdings were of (unless a question just asked who owns
    another: `owner_questions`), the previous sentence's topic, the
    article's company in focus — never one of the holders."""
    # "T前身为X，系由A与B…设立，其中A出资比例为75%": X's, the company as founded (without its founding told: T's, as now named);
    # "：X，A持股100%；…": X's
    head = sent.tpl[max(sent.tpl.rfind(c, 0, pos) for c in "，,。；;：:") + 1:pos]
    if (_RANK_HEAD.fullmatch(head) and sent.tpl[pos:pos + 1] in ("\ue000", "\ue001") and (own := ctx.announcer or ctx.focus)
            and own not in holders and not sent.between(0, pos - len(head), "C")):
        return own  # a rank, its holder and "持股比例为" a figure: a rank among the shareholders of the text's own company
    for named in (_PREDECESSOR.search(sent.tpl, 0, pos), _NAME_CLAUSE.search(sent.tpl, 0, pos)):
        if named and (k := sent.at(named.start(2 if named.re is _PREDECESSOR and named.group("founded") else 1)).key) not in holders:
            return k
    for m in reversed(sent.between(0, pos, "C")):
        p = sent.pos_of(m)
        cue = SHAREHOLDER_CUE.match(sent.tpl, p + 1)
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
        c for c in sent.between(0, pos, "C") if not _regulator(ctx, c.key or "")] else None
    # "A增持C" + a count + "。增持完成后" + "，持股比例由…升至…", "…" + "转让完成后A持股比例降至" + a figure: the company the sentence before moved
    moved = bought_target(before, len(before.tpl), holders) if before is not None and (
        AFTER_DEAL.match(sent.tpl) or AFTER_DEAL.search(sent.tpl, 0, pos)) else None
    moved = moved or own_share_target(ctx, sent, holders)
    prev = sent.prev_topic if sent.i == 0 or not said_shareholder(ctx.sentences[sent.i - 1], sent.prev_topic or "") else None
    for cand in (asked_owner(ctx, sent), recent_target(ctx, sent, holders, 0), bought_target(sent, pos, holders), moved, topic, recent_target(ctx, sent, holders),
                 prev, ctx.focus):  # (not the shareholder the sentence before introduced: `said_holders`)
        if cand and cand not in holders and not _regulator(ctx, cand):
            return cand
    return None


def _regulator(ctx: Context, key: str) -> bool:
    """A regulator (金融监管总局, 证监会) has no shareholders: never the company a holding is of."""
    ent = ctx.inv.entities.get(key)
    return ent is not None and is_regulator(ent.name)


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
    earlier = [x.key for x in sent.between(0, m.start(group), "C") if x.key and x.key not in holders]
    if (row := _ROW_NAME.match(sent.tpl)) and (key := sent.at(row.start(1)).key) in earlier and m.start(group) > row.end():
        return key  # a numbered row: A, then holders each "持有其" a share: 其 is the row's company, each time
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


#: what a date before a holding dates instead of it: "公司由P于D创立" + "，…持有公司" + a figure
_FOUNDING_AFTER = re.compile(r"(?:共同|联合)?(?:创立|成立|设立|创办|注册成立|组建|开业)")


_DAY_SPAN = re.compile(r"(?:至|到|—|－|～|~)([12]?\d|3[01])日")


def holding_date(ctx: Context, sent: Sent, pos: int) -> str | None:
    ds = [d for d in sent.between(0, pos, "D") if not _FOUNDING_AFTER.match(sent.tpl, sent.pos_of(d) + 1)]
    if ds:
        iso = month_end(ds[-1], ctx.date_iso(ds[-1], sent))  # ("截至2024年末" → 2024-12-31)
        # "于D1至D2…减持…" + "，持股比例降至" + a figure: the last day of the span
        span = _DAY_SPAN.match(sent.tpl, sent.pos_of(ds[-1]) + 1)
        return f"{iso[:8]}{int(span.group(1)):02d}" if iso and len(iso) == 10 and span else iso
    if re.search(r"截至(?:本)?公告(?:日|日期)?|于本公告日期|截至目前", sent.tpl[:pos]) and ctx.published:
        return ctx.published  # "截至公告，A持有…": the announcement's date
    return cutoff_date(ctx, sent, pos)  # "截至报告期末，…", or a cut-off the sentences before opened with


def emit_stake(ctx: Context, sent: Sent, holder: str | None, target: str | None, rule: str, conf: float,
           pct: float | None = None, pos: int = 0, controlling: bool | None = None, parents: bool = True) -> None:
    if not holder or not target or holder == target or ctx.type_of(target) != "Company" or _regulator(ctx, target):
        return
    if ctx.type_of(holder) not in ("Company", "Person"):
        return
    if (pct is not None and pending_outcome(ctx, sent, pos)) or conditional_outcome(sent, pos):
        return  # "重组后，A持股" + a figure, "若交易完成" + "，A将成为其控股股东": what a planned deal will make of it
    as_of = holding_date(ctx, sent, pos) if pct is not None or rule in (
        "holder-rank", "as-rank", "target-rank", "invested", "actual-controller", "controls", "controls-channel", "takes-control", "general-partner") else None
    at = ctx.memo.setdefault("stake-at", {})  # where in the sentence each holding is told (before or after a change)
    c = ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, rule, conf, percent=pct, as_of=as_of, controlling=controlling)
    at[id(c)] = (c, pos)
    if parents:
        for parent in _parents(sent, holder):
            if parent != target:
                c = ctx.emit(Predicate.HOLDS_STAKE, parent, target, sent, rule + "-parent", conf - 0.05, percent=pct, as_of=as_of)
                at[id(c)] = (c, pos)


def told_at(ctx: Context, c: Candidate) -> int | None:
    """The template position of its sentence at which `emit_stake` told holding `c`."""
    entry = ctx.memo.get("stake-at", {}).get(id(c))
    return entry[1] if entry and entry[0] is c else None


#: a sentence that goes on about the deal the sentence before reported
#: (a transfer told done by its registration, "该笔转让完成过户", and steps told done together, "全部完成后", too)
AFTER_DEAL = re.compile(r"(?:此次|本次)?(?:增持|减持|受让|收购|认购|交易|转让|交割|过户|发行|增资)(?:完成)?后"
                        r"|(?:转让|交易|增资|收购)(?:已)?完成(?:了)?(?:过户|交割)|(?:全部|均已?)完成后")
