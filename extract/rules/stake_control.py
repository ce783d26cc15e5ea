"""Control: "A为C控股股东", "A控股C", "实控人A", control that ended or
changed hands ("C的实控人由A变更为B"), and a partnership's general partner."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.holder_slots import CONTROL_RANKS, HOLDER_MENTION, KIN, RANK, key_of, keys_in
from extract.rules.pending import pending_outcome
from extract.rules.stake_emit import emit_stake, holding_date
from extract.rules.stake_holders import clause_subject
from extract.rules.stake_targets import ref_target, target_for
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: a target's short name and stock code in brackets before its rank: "A为C（C'，2899）最大股东"
_SHORT_AND_CODE = r"[（(]\ue001?[^（）()。；，,\ue000]{0,8}[，,]\s*\d{4,6}[）)]"
_CONTROLLING = gated(rf"(?:(?P<holder>{HOLDER_MENTION})|(?<=[，,])(?=(?:仍|仍然|依然|也|则)?(?:成为|为|是|系)))(?:也|则|正|仍|一直|已|目前|现|现在|仍然|依然|此前|曾|一度|已经|由此|从而|随之|因此|遂)*(?:为|是|系|成为|正是|作为)(?:(?P<target><C>(?:(?:、|和|及|与)<C>)*)(?:{_SHORT_AND_CODE})?|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))(?:的)?{RANK}", "股东", "实际控制人", "实控人")
#: a controller told with no company, of the one the text is about: "P任总经理，也是实控人。"
_BARE_CONTROLLER = gated(rf"(?:(?P<holder>{HOLDER_MENTION})|(?<=[，,]))(?:也|则|还|同时|仍|目前|现)*(?:为|是|系)(?:公司(?:的)?)?(?:实际控制人|实控人)(?=[，,。；;]|$)", "实际控制人", "实控人")
_NUMBERED_HEAD = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(]?[一二三四五六七八九十]{1,2}[）)、])?\s*([\ue000\ue001])[^，。；\ue000\ue001]{0,20}[，,]")
_AS_RANK = gated(rf"作为(?P<target><C>)(?:的)?{RANK[:-1]}|股东)(?:之一)?(?:的)?(?P<holder>{HOLDER_MENTION})", "作为")
# (a notice that C heard from its controlling holder, "C…收到控股股东A…": A is C's controlling holder)
# (the holder may be described by posts first: its own chairman ("…为其董事长P"), founder and chairman ("…为公司" + "创始人、董事长P"), or another firm's ("…为A董事长P"))
_POST = r"(?:<T>|联合创始人|创始人|创办人)"
_DESCRIBED = rf"(?:(?:其|该公司)?{_POST}(?:[、兼]{_POST})*|<C>(?:的)?{_POST}(?:[、兼]{_POST})*(?=<P>))"
_TARGET_RANK = gated(rf"(?P<target><C>)(?:(?:近日|日前|今日|已)?(?:于<D>)?收到(?:其)?)?(?:的)?{RANK}(?:(?:仍然|仍|依然|目前|现|则|也|一直|始终)?(?:为|是))?{_DESCRIBED}?(?:境内)?(?:自然人)?(?P<holder>{HOLDER_MENTION})", "股东", "实际控制人", "实控人")

#: the holder's share in the clause right after its rank: a rank, 为 and a name, then 持股 and a figure ("第三大股东为P，持股6%")
_SHARE_AFTER = pattern(r"[，,](?:直接)?持股(?:比例)?(?:为|约|约为)?(?P<pct><R>)(?=[。；，,]|$)")

# joint controllers: two or more names (kin perhaps), a few words, then 共同 or 均 before the rank: "P与Q" + kin + "…为公司共同实际控制人", "A和B均为C的实际控制人"
_JOINT = gated(rf"(?:^|(?<=[，：:]))(?P<holders>{HOLDER_MENTION}(?:(?:、|和|与|及){HOLDER_MENTION})+)(?P<kin>{KIN})?(?P<mid>[^。；\ue000]{{0,40}}?)"
               rf"(?P<both>均|共同|一起)?(?:为|是|系)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))?(?:的)?(?P<joint>共同)?(?P<rank>实际控制人|实控人)", "实际控制人", "实控人")
_CONTROLS = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:已|也|则|仍)?(?:直接|间接|直接和间接|直接或间接|以[^，。]{{0,10}}方式|实际)?(?:控股|控制|入主)(?:了|着)?(?P<target><C>)(?![的]?(?:股东|子公司|表决权|投票权))")
_TAKE_CONTROL = pattern(rf"(?P<holder>{HOLDER_MENTION})[^，。；\ue000\ue001]{{0,20}}?(?:拿下|取得|获得|收购)(?:了)?(?P<target><C>)(?:的)?控股权")
# passive control: "C由A控制", "C及D由A最终控制", "由A实际控制的C", "受A控制的C" (a share, if any, is `stakes`' _BY),
# "C由A" + "（以下简称“B”）" + "实际控制" (A's short name defined between)
# (the controller may follow the posts it holds: "由" + "公司董事长P" + "最终控制")
_CONTROLLED_BY = gated(rf"(?:(?P<targets>\ue001(?:(?:、|和|及|与|以及)\ue001)*)(?:均|都|亦|也|则|目前|现|仍|一直)*)?(?:由|受)"
                         r"(?:\ue001?(?:的)?\ue003(?:[兼、及和]\ue003)*(?=\ue000))?"
                         rf"(?P<holders>{HOLDER_MENTION}(?:(?:、|和|及|与|以及){HOLDER_MENTION})*)(?:[（(](?:以下简称|下称|简称)?[“\"「]?\ue001[”\"」]?[）)])?"
                         r"(?:最终|实际|间接|直接|共同|绝对)*(?:控制|控股)(?:的(?P<after>\ue001))?(?![的]?(?:股东|子公司|表决权|投票权|公司|企业|实体|平台))", "控制", "控股")
# a counted group controlled: "N家…均由X" + "（“X”）" + "实际控制", "两家股东均由X控制" — the companies a list before named
_GROUP_CONTROLLED = gated(rf"(?P<n>[\d两二三四五六七八九十]+)家[\u4e00-\u9fff]{{0,8}}?(?:均|都|皆)(?:由|受)(?P<holder>{HOLDER_MENTION})(?:[（(][“\"「]?\ue001[”\"」]?[）)])?"
                          r"(?:最终|实际|间接|直接|共同)*控制(?![的]?(?:股东|子公司|表决权|投票权|公司|企业|实体|平台))", "家")
_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: a list of companies, each maybe with its short name in brackets: "A（以下简称“A”）、B（“B”）和C"
_NAMED_LIST = re.compile(r"\ue001(?:[（(][^（）()\ue001]{0,8}\ue001[”\"」]?[）)])?(?:(?:、|和|及|与|以及)\ue001(?:[（(][^（）()\ue001]{0,8}\ue001[”\"」]?[）)])?)+")
_PERSON_BEHIND = pattern(r"(?P<holder><P>)旗下(?:的)?(?P<target><C>)")
#: the words that make the company after them a channel of control, not the company controlled
_CHANNEL_BEFORE = re.compile(r"(?:通过|透过|经由)(?:其)?(?:旗下|下属|控股的)?$")
#: "实际控制人为自然人P": the person so described
_NATURAL = r"(?:境内)?(?:自然人)?"
_ACTUAL_CONTROLLER = pattern(rf"(?:实控人|实际控制人)(?:均|都)?(?:仍|仍然|依然)?(?:为|是)?{_DESCRIBED}?{_NATURAL}(?P<holder>{HOLDER_MENTION})")
#: the clause before names the company's other rank: "C的控股股东为A" + "，实际控制人为P" — P controls C, not A
#: (or its general partner: a partnership whose "执行事务合伙人为G" comes first, then "实际控制人为P" — P controls C, not G)
#: (or of 其, the company the sentence named before: "C…，其控股股东为A，实际控制人为P" — P controls C)
_SIBLING_RANK = pattern(r"(?:(?P<target><C>)|(?<![\u4e00-\u9fff])(?P<ref>其))(?:的)?(?:控股股东|第一大股东|最大股东|大股东|(?:执行事务|普通)<T>)(?:为|是|系)[^，。；,]{1,20}?[，、；,]$")
#: a rank with its company left out, at a clause's head: "C主营…，控股股东为A", "企业简介：…，控股股东为A" (a block's firm)
_BARE_RANK = gated(rf"(?:^|(?<=[，,：:]))(?P<rank>控股股东|第一大股东|单一最大股东|最大股东)(?:仍然|仍|依然|目前|现|则|也)?(?:为|是|系){_DESCRIBED}?{_NATURAL}(?P<holder>{HOLDER_MENTION})(?=[，,。；;（(]|$)", "股东")
#: "其控股股东为A": A controls the company 其 stands for (the one the sentence named before)
_ITS_RANK = gated(rf"(?<![\u4e00-\u9fff])(?P<ref>其)(?:的)?{RANK}(?:仍然|仍|依然|目前|现|则|也)?(?:为|是|系){_DESCRIBED}?{_NATURAL}(?P<holder>{HOLDER_MENTION})", "股东", "实际控制人", "实控人")
#: a holder described as a company's shareholder, then 其 (its) controller: A is named C's (former) shareholder of some rank, then "其实际控制人为P" — P controls A
_HOLDER_THEN_ITS = pattern(r"(?P<holder><C>)(?:为|是|系)<C>(?:的)?(?:原|现)?[^，。；\ue001]{0,6}?股东[，,]其$")
# control that ended: "A不再是C的实际控制人", "C的实际控制人不再是A", "C的实控人由A变更为B"
_CONTROL_ENDED = pattern(rf"(?P<holder>{HOLDER_MENTION})[^，。；\ue000\ue001]{{0,6}}?不再(?:是|为|系|作为)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))?"
                         rf"(?:的)?(?P<rank>实际控制人|实控人|控股股东)")
_CONTROL_ENDED_AFTER = pattern(rf"(?P<target><C>)(?:的)?(?P<rank>实际控制人|实控人|控股股东)(?:将|已)?不再(?:是|为|系)(?P<holder>{HOLDER_MENTION})")
# (a second rank of the same company, after a comma: "C控股股东变更为A" + "，实际控制人变更为P"; from none: "由无" + "实际控制人" + "变更为P")
_CONTROL_CHANGED = gated(rf"(?:(?P<target><C>)(?:的)?|(?<=[，,、]))(?P<rank>实际控制人|实控人|控股股东)(?:已|将|随之|随即|由此|亦|也|相应|也相应|亦相应)?(?:由(?:(?:<T>)?{_NATURAL}(?P<old>{HOLDER_MENTION}(?:(?:、|和|与|及){HOLDER_MENTION})*)(?:夫妇|夫妻|父子|母子|兄弟)?|无(?:实际控制人|实控人|控股股东)?))?"
                           rf"(?:变更为|变为|变成|改为|更换为|更变为)(?:<T>)?{_NATURAL}(?P<holder>{HOLDER_MENTION})", "实际控制人", "实控人", "控股股东")
# control that ended with no one after it: "C实控人由A变更为无" + "实际控制人", "C" + both ranks + "由A" + "变更为无" + "控股股东、无" + "实际控制人"
_CONTROL_TO_NONE = pattern(rf"(?P<target><C>)(?:的)?(?:(?:控股股东|实际控制人)(?:和|、|及|与))?(?P<rank>实际控制人|实控人|控股股东)(?:已|将)?"
                           rf"由(?:<T>)?(?P<holder>{HOLDER_MENTION})(?:变更为|变为|变成)(?:无|没有)")
# a partnership's general partner (执行事务合伙人, 普通合伙人, GP) runs it, whatever its share: "P的执行事务合伙人为G",
# "G为P的普通合伙人", "G作为执行事务合伙人的P"
_GP = r"(?P<gp>(?:执行事务|普通)<T>|GP)"
_GP_OF_TARGET = pattern(rf"(?P<target><C>)(?:的)?{_GP}(?:均|则|仍)?(?:为|是|系)(?P<holder>{HOLDER_MENTION})")
_GP_HOLDER = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:也|则|同时|仍|目前|现)?(?:为|是|系|担任|作为)(?:(?P<target><C>)|(?P<ref>其|该[\u4e00-\u9fff]{{1,4}}?))(?:的)?{_GP}")
_GP_REL = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:通过|透过)?(?:其)?(?:担任|作为){_GP}的(?P<target><C>)")


#: right before the holder of `_CONTROLS`: "A通过(其旗下的)…" makes that holder A's channel, and A the controller
#: the clause before a subjectless rank, of control through another: "A通过B间接控制C，" (its subject A)
_CONTROLS_THROUGH_BEFORE = re.compile(r"([\ue000\ue001])(?:通过|透过|经由)[^，。；]{1,24}?(?:间接|直接|共同|实际)?控制(?:了)?\ue001[，,]$")
_CONTROLLED_VIA = pattern(rf"(?P<owner>{HOLDER_MENTION})?(?:通过|透过|经由)(?:其)?(?:旗下|下属|全资子公司|子公司|控股的)?(?:的)?"
                          r"[^，。；\ue000\ue001]{0,12}?$")


def control_holdings(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for rx, rule in ((_CONTROLLING, "holder-rank"), (_TARGET_RANK, "target-rank"), (_AS_RANK, "as-rank")):
        for m in rx.finditer(tpl):
            if re.search(r"不|否认|并非|并无|没有|不再", tpl[max(0, m.start() - 4):m.end()]):
                continue
            holder = key_of(sent, m, "holder") or clause_subject(ctx, sent, m.start())
            if not m.group("holder") and (through := _CONTROLS_THROUGH_BEFORE.search(tpl, 0, m.start())):
                holder = sent.at(through.start(1)).key  # "A通过B间接控制C" + "，为其实际控制人": A is, not B
            # ("P系A、B的实际控制人": each of the companies listed)
            targets = keys_in(sent, m.start("target"), m.end("target"), "C") if m.group("target") else []
            target = targets[0] if targets else ref_target(ctx, sent, m, (holder or "",))
            controlling = True if m.group("rank") in CONTROL_RANKS else None
            sole = 100.0 if m.group("rank") == "唯一股东" else None  # "C的唯一股东为A": all of C's shares
            if sole is None and rx is _TARGET_RANK and (share := _SHARE_AFTER.match(tpl, m.end())):
                sole = sent.at(share.start("pct")).value  # a rank's holder, then "持股" and its figure: P's share
            for t in dict.fromkeys(targets or [target]):
                emit_stake(ctx, sent, holder, t, rule, 0.8, sole, m.start(), controlling=controlling)
    for rx, rule in ((_CONTROLS, "controls"), (_TAKE_CONTROL, "takes-control"), (_PERSON_BEHIND, "person-behind")):
        for m in rx.finditer(tpl):
            if re.search(r"不|否认|并非|并无|没有|拟|计划|有望|将", tpl[max(0, m.start() - 4):m.start("target")]):
                continue
            holder, target = key_of(sent, m, "holder"), key_of(sent, m, "target")
            channel = False
            if rx is _CONTROLS and (via := _CONTROLLED_VIA.search(tpl, 0, m.start())):
                # "A通过B间接控制C": A controls C, through B (which the sentence calls the holder)
                owner = sent.at(via.start("owner")).key if via.group("owner") else clause_subject(ctx, sent, via.start())
                if owner and owner != holder:
                    channel = True
                    first = len(ctx.out)
                    emit_stake(ctx, sent, owner, target, "controls-through", 0.75, None, via.start(), controlling=True)
                    if "曾" in tpl[max(0, via.start() - 2):m.start("target")]:
                        _mark(ctx, first, former=True)  # "A曾通过B控制C": control A had once
            # (the channel's control restates the holding the text gives it anywhere: `merge` folds it there)
            emit_stake(ctx, sent, holder, target, "controls-channel" if channel else rule, 0.75, None, m.start(), controlling=True)
    _controlled_by(ctx, sent)
    for m in _BARE_CONTROLLER.finditer(tpl):
        named = {x.key for x in sent.mentions if x.kind == "C"} - {ctx.focus}
        if not named and ctx.focus and not re.search(r"不|并非|没有|否认", tpl[max(0, m.start() - 4):m.end()]):
            head = _NUMBERED_HEAD.match(tpl)  # ("1.P任总经理，也是实控人": the item's subject)
            holder = key_of(sent, m, "holder") or (sent.at(head.start(1)).key if head else clause_subject(ctx, sent, m.start()))
            emit_stake(ctx, sent, holder, ctx.focus, "bare-controller", 0.7, None, m.start(), controlling=True)
    _group_controlled(ctx, sent)
    for m in _JOINT.finditer(tpl):
        if not (m.group("kin") or m.group("both") or m.group("joint")) or re.search(r"不|并非|没有|拟|将", m.group("mid")):
            continue  # "A和B为C实际控制人" may name two companies' controllers; 均, 共同 or kin make one joint control
        holders = keys_in(sent, m.start("holders"), m.end("holders"))
        target = key_of(sent, m, "target") or (ref_target(ctx, sent, m, tuple(holders)) if m.group("ref") else target_for(ctx, sent, m.start(), tuple(holders)))
        for h in holders:
            emit_stake(ctx, sent, h, target, "joint-controllers", 0.8, None, m.start(), controlling=True)
    for m in _ACTUAL_CONTROLLER.finditer(tpl):
        holder = key_of(sent, m, "holder")
        # not a company coordinated with the controller ("与A及实际控制人B沟通")
        # nor a holder of the sentence's holdings (two holders with their figures "分别持股", then "其中A为控股股东" and "实际控制人为P": P
        # controls the company A and B hold, not A)
        held_by = {c.subject for c in ctx.out if c.sent == sent.i and c.predicate == Predicate.HOLDS_STAKE and c.object}
        targets = [c.key for c in sent.between(0, m.start(), "C") if c.key and c.key != holder and c.key not in held_by
                   and not re.match(r"(?:及|和|与|、)$", tpl[sent.pos_of(c) + 1:m.start()])]
        if not targets:  # "实控人A一直滞留美国，上市公司B…": the company of the next clause at most
            nxt = tpl.find("，", m.end())
            stop = tpl.find("，", nxt + 1) if nxt >= 0 else -1
            # (not a channel: "实际控制人为P" + "，其通过A间接控制公司" — P controls the company, through A)
            targets = [c.key for c in sent.between(m.end(), stop if stop >= 0 else len(tpl), "C")
                       if c.key and not _CHANNEL_BEFORE.search(tpl, max(0, sent.pos_of(c) - 4), sent.pos_of(c))][:1]
        # "A与B…其实控人均为Z": every company named before
        sibling = _SIBLING_RANK.search(tpl, max(0, m.start() - 40), m.start())
        if (its := _HOLDER_THEN_ITS.search(tpl, max(0, m.start() - 40), m.start())) and key_of(sent, its, "holder") != holder:
            tset = [key_of(sent, its, "holder")]  # A named as C's shareholder, then 其 and its controller: 其 is A
        elif sibling and sibling.group("target") and key_of(sent, sibling, "target") != holder:
            tset = [key_of(sent, sibling, "target")]
        elif sibling and sibling.group("ref") and (its := ref_target(ctx, sent, sibling, (*keys_in(sent, sibling.start(), m.start()), holder or ""))):
            tset = [its]  # "其控股股东为A，实际控制人为P": P controls what 其 is, not A
        elif "均" in tpl[m.start():m.end()] or "共同" in tpl[:m.start()]:
            tset = list(dict.fromkeys(targets))
        else:
            tset = targets[-1:] or ([ctx.focus] if ctx.focus else [])
        for t in tset:
            emit_stake(ctx, sent, holder, t, "actual-controller", 0.75, pos=m.start(), controlling=True)
    for m in _BARE_RANK.finditer(tpl):
        holder = key_of(sent, m, "holder")
        if holder and not re.search(r"不|并非|没有|拟|将", tpl[max(0, m.start() - 4):m.end()]):
            emit_stake(ctx, sent, holder, target_for(ctx, sent, m.start(), (holder,)), "bare-rank", 0.75, None, m.start(),
                       controlling=True if m.group("rank") in CONTROL_RANKS else None)
    for m in _ITS_RANK.finditer(tpl) if "其" in tpl else ():
        holder = key_of(sent, m, "holder")
        if m.group("rank") != "实际控制人" and m.group("rank") != "实控人" and not re.search(r"不|并非|没有", tpl[max(0, m.start() - 4):m.end()]):
            emit_stake(ctx, sent, holder, ref_target(ctx, sent, m, (holder or "",)), "its-rank", 0.75, None, m.start(),
                       controlling=True if m.group("rank") in CONTROL_RANKS else None)
    _control_changes(ctx, sent)
    _general_partners(ctx, sent)
    if "并列" in tpl:
        _tied(ctx, sent)


def _controlled_by(ctx: Context, sent: Sent) -> None:
    """"C由A控制", "由A最终控制的C": A controls C (no share stated). The
    controlled company is named before 由 or right after 的; a clause that
    names neither speaks of its subject ("…，由A控制"). Not when negated
    ("不受A控制") or still to come ("将由A控制")."""
    tpl = sent.tpl
    for m in _CONTROLLED_BY.finditer(tpl):
        if re.search(r"不|并非|非|没有|将|拟|计划", tpl[max(0, m.start() - 3):m.start("holders")]):
            continue
        if m.group("after"):
            targets = [key_of(sent, m, "after")]
        elif m.group("targets"):
            targets = keys_in(sent, m.start("targets"), m.end("targets"), "C")
        elif tpl[m.end():m.end() + 1] == "的" or tpl[max(0, m.start() - 1):m.start()] not in ("", "，", ","):
            continue  # "由A控制的公司": not a name; "X由A控制" with X a name we do not know
        else:
            targets = [clause_subject(ctx, sent, m.start())]
        for holder in keys_in(sent, m.start("holders"), m.end("holders")):
            for target in targets:
                emit_stake(ctx, sent, holder, target, "controlled-by", 0.75, None, m.start(), controlling=True)


def _group_controlled(ctx: Context, sent: Sent) -> None:
    """A count of companies ("N家", e.g. the parties acting in concert) "均由X" + "控制": X controls each of the n companies the nearest
    list of n names (in this sentence or up to three before) gave."""
    for m in _GROUP_CONTROLLED.finditer(sent.tpl):
        if re.search(r"不|并非|非|没有|将|拟|计划", sent.tpl[max(0, m.start() - 3):m.start("holder")]):
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n")]
        holder = key_of(sent, m, "holder")
        for k in range(sent.i, max(-1, sent.i - 4), -1):
            s = ctx.sentences[k]
            lists = [keys_in(s, x.start(), x.end(), "C") for x in _NAMED_LIST.finditer(s.tpl, 0, m.start() if s is sent else len(s.tpl))]
            named = next((ks for ks in reversed([list(dict.fromkeys(ks)) for ks in lists]) if len(ks) == n and holder not in ks), None)
            if named:
                for target in named:
                    emit_stake(ctx, sent, holder, target, "group-controlled-by", 0.75, None, m.start(), controlling=True)
                break


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
            when = holding_date(ctx, sent, m.end()) or ctx.published or None
            target = _target_or_ref(ctx, sent, m)
            # (the old controllers may be several: "实际控制人由P、Q夫妇变更为B")
            olds = (keys_in(sent, m.start("old"), m.end("old")) if m.group("old") else []) if rx is _CONTROL_CHANGED else [key_of(sent, m, "holder")]
            for old in olds:
                first = len(ctx.out)
                emit_stake(ctx, sent, old, target, "control-ended", 0.8, None, m.start(), controlling=True, parents=False)
                _mark(ctx, first, former=True, end=when)
            if rx is _CONTROL_CHANGED and not ("将" in m.group(0) and pending_outcome(ctx, sent, m.start())):
                first = len(ctx.out)  # (not the controller a pending deal will make: once the change is done, B is to be the 控股股东 (…将变更为B))
                emit_stake(ctx, sent, key_of(sent, m, "holder"), target, "control-changed", 0.8, None, m.start(), controlling=True, parents=False)
                _mark(ctx, first, as_of=when, changed=True)


def _target_or_ref(ctx: Context, sent: Sent, m: re.Match[str]) -> str | None:
    """The target named, referred to (其, 该行), or left out (the sentence's company)."""
    holders = (key_of(sent, m, "holder") or "",)
    if m.group("target"):
        return key_of(sent, m, "target")
    if "ref" in m.re.groupindex and m.group("ref"):
        return ref_target(ctx, sent, m, holders)
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
            holder = key_of(sent, m, "holder")
            target = _target_or_ref(ctx, sent, m)
            first = len(ctx.out)
            emit_stake(ctx, sent, holder, target, "general-partner", 0.8, None, m.start(), controlling=True, parents=False)
            _mark(ctx, first, general_partner=True)


#: "A持有C 15%股份，与B并列第一大股东": B, tied with A, holds the same share of C
_TIED = pattern(rf"与(?P<others>{HOLDER_MENTION}(?:[（(][^（）()]{{0,30}}[）)])?(?:(?:、|和|及){HOLDER_MENTION}(?:[（(][^（）()]{{0,30}}[）)])?)*)并列(?:为|成为)?(?:公司|其|该行)?(?:的)?"
                r"(?:第[一二三四五六七八九十]大股东|最大股东|大股东)")


def _tied(ctx: Context, sent: Sent) -> None:
    for m in _TIED.finditer(sent.tpl):
        subject = clause_subject(ctx, sent, m.start())  # the holder tied with the others: the clause's subject
        told = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.qualifiers.get("percent")
                and (subject is None or c.subject == subject)]
        if not told:
            continue
        # (the share it reached, not the one it moved from: "A持股由20%增至30%，与B并列最大股东" — B holds 30%)
        held = next((c for c in reversed(told) if not c.rule.endswith("-before")), told[-1])
        for other in keys_in(sent, m.start("others"), m.end("others")):
            if other != held.subject:
                emit_stake(ctx, sent, other, held.object, "tied-rank", 0.75, held.qualifiers["percent"], m.start())
