"""Who holds, in a holding's pattern: the holders it names, refers to
(后者, 前者, 其, a count of people) or drops (the head of the clause before,
the subject of the sentence before). The company held: `stake_targets`."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import ITEM_HEAD, Context
from extract.rules.counted_holders import counted_holders
from extract.rules.holder_slots import HOLDER_LIST, keys_in
from extract.rules.stake_emit import told_at
from extract.rules.templates import Sent
from schema import Predicate

_C, _P, _D = KIND["C"], KIND["P"], KIND["D"]

#: "股东为A、B，(二者)分别持股…": a list of holders named in the clause before
_LIST_BEFORE = re.compile(rf"(?:股东(?:分别|依次)?(?:为|是|包括)[^，。；\ue000\ue001]{{0,12}}?)?((?<![和及、与]){HOLDER_LIST})[，,](?:二者|两者|三者|双方|三方)?$")
#: a list of buyers of one company's shares, then a comma: "A和B先后受让C股份，" (the figures after 分别 are theirs)
_BOUGHT_LIST_BEFORE = re.compile(rf"(?:^|(?<=[，,：:]))((?<![和及、与]){HOLDER_LIST})(?:先后|分别|陆续|相继|共同)?(?:通过[^，。；\ue000\ue001]{{1,10}}?)?"
                                 r"(?:受让|认购|买入|购入|增持|入股|收购)(?:了)?\ue001(?:的)?(?:部分)?(?:股份|股权|股票)?[，,]$")

#: a numbered row that opens with its holder's name, its short name and what it is, before a clause with no subject
#: (a numbered item: a name, perhaps its short name in brackets, what it is of C, then "持有…"; or "（二）P，持有…")
_ITEM_NAME_FIRST = re.compile(rf"{ITEM_HEAD.pattern}\s*([\ue000\ue001])(?:[（(][^（）()，,。；]{{0,40}}[）)])*"
                              r"(?:[，,](?:系|为|是|现为|作为)[^，。；]{0,30})*[，,]$")

#: a clause head that adds nothing before its subject
_HEAD = re.compile(rf"(?:{_D}|[，、\s]|(?:本次|此次)?(?:发行|交易|增资|收购|重组)(?:完成)?[前后]|此后|随后|同时|其中|目前|当年|同年|而|则|并|另外|此外|截至公告|截至目前|此前|此次变更中"
                   r"|(?:原|前|现)?(?:第[一二三四五六七八九十]大|控股|单一最大|最大|主要)股东(?:之一)?"  # "原第二大股东A减持…": A
                   "|承配人|认购人|受让方|要约人|白武士|白衣骑士|战略投资者|策略投资者"  # a party's role before its name: "承配人A获配发…，持有…": A
                   "|[^，。；：\ue000\ue001]{0,10}?上市公司"  # "创业板上市公司A（300999.SZ）认缴…": A
                   "|[^，。；：\ue000-\ue007]{0,8}?(?:全资|控股)?子公司(?:——|—)"  # "产业投资子公司——A…": A
                   "|(?:其|该公司的?|该行的?)(?:母公司|控股公司|控股股东|大股东)"  # "其母公司A表示，已完成将…售予B": A
                   "|承配人|认购人|认购方"  # a placing's party before its name: "其中，承配人A（…）获配发…，持有…": A
                   r"|(?:他|她|其)?(?:的)?(?:儿子|女儿|长子|次子|长女|次女|幼子|妻子|丈夫|侄子|女婿))*")  # "他的儿子P现任…，持有该行1.2%": P


_SUB_AFTER = re.compile(r"(?:的)?(?:旗下(?:的)?(?:(?:全资|控股)?(?:子公司|公司))?|[^，。；：\ue000-\ue007]{0,8}?子公司(?:——|—))(\ue001)")
#: after a company at a clause's head, its holder named by its rank: "A原股东B（…）于D同C签约，拟转让所持A…" is about B
_HOLDER_AFTER = re.compile(r"(?:的)?(?:原|前|现)?(?:第[一二三四五六七八九十]大|控股|单一最大|最大|主要)?股东(?:之一)?([\ue000\ue001])")
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
    if sub is None and sent.tpl[p] == _C:
        sub = _HOLDER_AFTER.match(sent.tpl, p + 1, end)
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
        listed = _LIST_BEFORE.search(prev) or _BOUGHT_LIST_BEFORE.search(prev)
        if listed and listed.re is _BOUGHT_LIST_BEFORE:
            return keys_in(sent, listed.start(1), listed.end(1))  # "A和B先后受让C股份" + "，分别持股…": the buyers, in turn
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


#: a party that bought or sold shares earlier in the sentence, its clause the one before 其 ("P于D在场内增持N股，涉资…，")
_DEALT_BEFORE = re.compile(r"([\ue000\ue001])(?:于\ue004)?[^，。；\ue000\ue001]{0,16}?(?:增持|减持|购入|买入|出售|沽出)[^。；\ue000\ue001]{0,30}[，,]$")
#: a clause telling who controls a company, right before 其: "C由P最终控制，"
_CONTROLLED_BY_BEFORE = re.compile(r"由([\ue000\ue001])(?:最终|实际|间接|直接|共同)*(?:控制|控股)[，,]$")
