"""HOLDS_POSITION from a verb and the title chain after it: "P曾任C T1、T2",
"P已辞去C T一职", "P自D起担任C T", "同意由P担任C T" (split from `positions`,
which runs it; the verb decides the time: appointment verbs give `start`,
resignation verbs `end`, career verbs (曾任, 历任) neither).

Whom the chain belongs to is the subject before the verb, a list of names before
it, or the person a clause of time made of the post names after it ("出任T期间，P…");
its company is the one the chain names, else the one the career clause joined
("加盟C任总裁"), else the nearest before it.
"""

from __future__ import annotations

import itertools
import re

from extract.mention_records import KIND
from extract.name_words import TIME_ENDING_QIAN
from extract.rules.appointments import CANDIDATE_AFTER
from extract.rules.base import Context
from extract.rules.name_lists import list_before, named_list
from extract.rules.position_chains import (
    ACTING_VERB,
    APPOINT_RE,
    CHAIN,
    DATE_RANGE_HEAD,
    END_RE,
    END_VERBS,
    PAST_RE,
    PAST_VERBS,
    START_RE,
    START_VERBS,
    STATE_VERBS,
    Span,
    chain_items,
    more_past_posts,
)
from extract.rules.position_emit import (
    clause_start,
    date_before,
    emit_position,
    hedged,
    own_or_carried,
    seat_left_here,
    stated_after,
    subject_for,
)
from extract.rules.promoted_within import promoted_within
from extract.rules.renamed_successions import renamed_company
from extract.rules.templates import Sent, pattern

#: 时任 as the verb of its clause: "P，男，1970年出生，时任C董事长" (a penalty notice's party), "P时任C行长";
#: "P加入C时任T": the post taken on joining, 时 closing the clause of joining
_AT_THE_TIME = re.compile(r"(?:[，,；;：:]|\ue000|(?<=加入|加盟|入职)\ue001)时任")

#: the head of a clause that gives a post to the person after 由: "同意由P担任…", "，由P担任…"
_GIVEN_TO = re.compile(r"(?:^|同意|决定|批准|改|将)由(?:\ue001?(?:的)?\ue003)?\ue000$")  # (…由合规总监P兼任…: P's post now)

#: a verb of appointing, then the person just named as a pronoun: "董事会" + "选举其为董事长", "聘任他为总裁"
_APPOINTS_PRONOUN = re.compile(r"(?:选举|推选|选任|任命|委任|聘任|聘请)(?:了)?(?:其|他|她)$")

#: a clause head that dates the post before now: "P此前任…", "P之前曾担任…"
_EARLIER_HEAD = re.compile(r"(?:此前|之前|早前|先前|以前|从前|曾经)(?:曾|也|还|则)?$")

#: a company's own firm of a kind, described and then named after a dash: "任命为" + "公司在香港的虚拟银行——C" + "的董事"
#: (the post is C's; the words before the dash are the kind of firm C is to the company, no company of their own)
_DASHED_KIND = r"(?:<C>|公司|集团|本公司|本行|本集团)(?:在[\u4e00-\u9fff]{2,6})?的[\u4e00-\u9fff]{2,8}(?:——|—)(?=<C>)"

_VERB_CHAIN = pattern(
    rf"(?P<verb>{PAST_VERBS}|{END_VERBS}|{START_VERBS}|{STATE_VERBS})(?:了|过)?(?:(?<=担任|兼任|出任)(?P<qi>其)(?=\ue003))?(?:(?<=为)“)?(?:合并后|更名后)?(?:(?:<C>(?:的)?|集团|公司)?(?:(?:全资|控股|直属)?(?:附属公司|子公司)|旗下(?:的)?(?:全资|控股)?(?:子公司|附属公司)?|下属|(?:控股|第一大)?股东[—-]{{0,2}}|母公司)(?=<C>)|子公司|旗下|下属|母公司|控股股东|{_DASHED_KIND})?(?P<chain>{CHAIN})(?P<tail>一职|职务|的职务|职位|等职|等职务)?"
)
#: "他2011年至2015年任C T": the pronoun, then the years the post was held
_PRONOUN_HEAD = re.compile(r"(他|她|其)\ue004.*")
#: "任T至D": the year a post taken was left
_UNTIL_AFTER = re.compile(r"(?:职务|一职)?(?:一直|直)?至\ue004")
#: "D，他牵头创建C，并任T": an earlier clause of the sentence opening on 他/她, whom a bare "并任" clause goes on about
_HE_EARLIER = re.compile(r"(?:^|[，,])(?:\ue004[，,]?)?(?:他|她)")
_RANGE = pattern(r"(?P<d1><D>)(?:至|到|-|—|~)(?P<d2><D>)(?:间|期间|年间)?")
#: a span of years standing as a clause of its own before the clause of the verb: "2015年至2019年，P担任C T"
#: (the clause of time heads the sentence or follows a comma; the years are the post's)
_LEAD_RANGE = pattern(r"(?:^|[，,；;：:])(?:在|于|从)?(?P<d1><D>)(?:至|到|-|—|~)(?P<d2><D>)(?:间|期间|年间)?[，,]$")

#: a post kept (仍保留, 继续担任, 留任): held before the date the sentence gives
#: a clause that turns to what someone still holds after the one before told a post given up ("，但仍为…")
_STILL_AFTER_LEAVING = re.compile(r"(?:但|而|不过|惟|唯)?(?:仍|仍然|依然)")
_KEPT = re.compile(r"(?:仍然|仍|继续)(?:保留|担任|留任|兼任|出任|任职|任)?$|(?:保留|留任)$")

#: the place of work before the posts is one of the past: "P曾就职于C，先后担任…", "P此前曾任职于C，担任…", "P曾在C工作，…"
#: (for a long time, perhaps: "曾长期任职于C"; the place described by another company first, its short name defined
#: after it: "曾任职于C1控股股东C2（以下简称“S”），历任…" — the posts are C2's)
_WORKED_ONCE = re.compile(r"(?:曾|曾经|曾先后|此前曾?|之前曾?|早年曾?)(?:长期|长时间|多年)?(?:就职于|任职于|供职于|在(?=\ue001(?:工作|任职|供职|$)))"
                          r"(?:\ue001的?(?:控股股东|第一大股东|大股东|母公司|股东单位|控股子公司|全资子公司|子公司))?(\ue001)"
                          r"(?:[（(](?:以下简称|下称|简称)[：:]?[“\"「]?\ue001[”\"」]?[）)])?(?:工作|任职|供职)?(?:过)?(?:多年)?"
                          r"[^\ue000\ue001。；]{0,3}$")

#: a company just founded, then the founder's post with no company: "…创办了C，P出任首任董事长"
_FOUNDED_THEN = re.compile(r"(?:创办|创立|创建|创设|设立|成立)了?(\ue001)[，,]\ue000?$")

#: a career clause that joins or founds a company, then later clauses of the same sentence with no company of
#: their own, none leaving it: their posts are at that company ("创办C（S），任董事长", "加盟C任总裁，后改任董事长")
_JOINED_EARLIER = re.compile(r"(?:加入|加盟|转投|创办|创立|创建|创设)了?(\ue001)(?:[（(]\ue001[）)])?(?:(?!离职|离开|辞去|卸任|退休)[^\ue000\ue001。；])*$")

#: 新任 as a verb: right after its person, or after the person and the day it takes effect
_NEW_AFTER_PERSON = re.compile(r"\ue000(?:(?:自|从|于)?\ue004(?:起)?|将|正式)?$")

#: an announcement that makes a plain "P任C T" an appointment
_ANNOUNCED = re.compile(r"(?:宣布|宣读|决定|同意|通过了?(?:关于)?|经[^，。；]{0,10}?(?:选举|审议|表决))[^。；]{0,12}[，,：:]?$")


#: a company named as an agent or a party, not the subject: "由C控股的子公司", "与C合作"
_AGENT_BEFORE = re.compile(r"(?:由|被|受|向|与|和|对|从)$")

#: a clause that goes on later than the date before it: "…，后加入C出任T", "随后在C担任T"
_LATER_HEAD = re.compile(r"(?:后来|后|随后|此后|之后|其后)")
#: the years someone worked at the place a clause joins: "2008年至2016年就职于C" (至今: still there)
_RANGE_THEN_JOINED = pattern(r"(?P<d1><D>)(?:至|到|-|—|~)(?:(?P<d2><D>)|今)(?:间|期间)?(?:在|就职于|任职于|供职于)?$")

#: a later clause of the same career that joins another company: "…，2019年12月加盟C2"
_JOINS_LATER = pattern(r"[，,；;](?:[^，,；;。\ue000-\ue003]{0,4}?)(?P<d><D>)[^，,；;。\ue000-\ue003]{0,3}?(?:加入|加盟|进入|转投|调入|转战)(?P<c><C>)")

#: a move to another company earlier in the sentence, after the company the person stays at: "C1原董事长A转任C2董事长"
_MOVED_AWAY = re.compile(r"^[^。；]*?(\ue001)[^。；]*?(?:转任|调任|改任)\ue001")

#: a clause of time made of a post ("出任首席执行官期间，P…"): its subject is the person after it
_DURING = pattern(r"(?:一职)?(?:期间|任内|任上|之时|的时候)[，,]<P>")

#: 的 and the person a relative clause describes, perhaps called by a former post first ("调任C2" + a post + "的前任行长A")
_DESCRIBES_PERSON = re.compile(r"的(?:(前任|原|时任)\ue003)?\ue000")
#: a clause set in the years of the clause before: "D1至D2任C1 T1，其间兼任C2 T2"
_MEANWHILE = re.compile(r"(?:其间|期间|在此期间|此间|在此其间)(?:还|也|曾|先后|同时|一度)?")
#: the year the one replaced took the post, told in the clause describing them: "接替自" + D + "起出任" + T + "的P"
_HELD_SINCE_BY = pattern(r"(?:接替|接任|接棒|取代|替代)(?:了)?(?:的是)?(?:自|从|于)?(?P<d><D>)(?:起|以来|开始)?(?:一直|就|便)?$")
#: a verb chain closing a relative clause on the person after it: "接任董事长一职的P"
_RELATIVE_HOLDER = re.compile(r"(?:一职|职务|职位)?的\ue000")
#: verbs of a post held once, which a relative clause on the person after 的 opens ("曾任C T的P")
_PAST_RELATIVE = ("曾任", "曾担任", "曾出任", "原任", "曾先后担任", "历任")


#: a word of the present between a date and the verb: the date is of an earlier clause's event, the post held now
_NOW = re.compile(r"目前|当前|如今|现时|现今|现由|现在由")

def verb_chains(ctx: Context, sent: Sent) -> None:
    """The posts a verb before a title chain gives, takes away or tells of."""
    for m in _VERB_CHAIN.finditer(sent.tpl):
        verb = m.group("verb")
        vpos = m.start("verb")
        clause = clause_start(sent, vpos)
        if hedged(sent.tpl[clause:vpos]) or ACTING_VERB.search(sent.tpl, 0, vpos):
            continue
        if verb == "新任" and not _NEW_AFTER_PERSON.search(sent.tpl, 0, vpos):
            continue  # "P新任执行董事", "P自D起新任总经理": a verb after its person; elsewhere 新任 modifies a title
        if verb == "任" and sent.tpl[vpos - 1:vpos] in tuple("新现原时前继接历离上首") and sent.tpl[vpos - 2:vpos] not in TIME_ENDING_QIAN and not (
                _AT_THE_TIME.match(sent.tpl, vpos - 2) and not re.match(r"(?:的)?\ue000", sent.tpl[m.end("chain"):])):
            continue  # 新任, 现任 … modify a title; 任 is not the verb there, unless 前 ends a word of time (此前任)
        if verb in ("接任", "继任") and _RELATIVE_HOLDER.match(sent.tpl, m.end("chain")) and not sent.between(clause, vpos, "P"):
            continue  # "此番接任董事长一职的P为…": a succession told again about P after 的; no one before it takes the post
        if _RELATIVE_HOLDER.match(sent.tpl, m.end("chain")) and re.search(r"(?:接替|接任|接棒)(?:此前|之前|原先|原来|原|曾经|曾)$", sent.tpl[clause:vpos]):
            continue  # "B出任T，接替此前担任T的A": the clause describes A, the one replaced, not a post B held before
        if (rel := _RELATIVE_HOLDER.match(sent.tpl, m.end("chain"))) and (since := _HELD_SINCE_BY.search(sent.tpl, clause, vpos)):
            # "B出任T，接替自D起出任T的A": the clause describes A, who took the post in D; it neither gives B the post nor dates it
            start = ctx.date_iso(sent.at(since.start("d")), sent)
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, vpos)):
                emit_position(ctx, sent, sent.at(rel.end() - 1).key, company, info, f"verb-chain:{verb}", "start" if start else "", start, 0.75)
            continue
        if verb in _PAST_RELATIVE and (rel := _RELATIVE_HOLDER.match(sent.tpl, m.end("chain"))):
            # "由曾任C T的P出任", "曾任C T的P表示": the clause describes P, the person after 的, not one named before
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, vpos)):
                emit_position(ctx, sent, sent.at(rel.end() - 1).key, company, info, f"verb-chain:{verb}", "past", None, 0.75)
            continue
        # "任/为" are too common to stand alone: require the chain to be a
        # position (not 为公司 …) and the subject right before.
        during = _DURING.match(sent.tpl, m.end())
        person = sent.at(during.end() - 1).key if during else subject_for(ctx, sent, vpos)
        head = sent.tpl[clause:vpos]
        named = [] if during or verb in ("为", "是", "任") else list_before(ctx, sent, clause, vpos)
        if person is None and not named:
            continue
        persons = [person]
        # (each name perhaps after the post that says who it is: "A合伙人P、B董事总经理Q出任公司董事")
        group = re.search(r"((?:(?:\ue001?\ue003+)?\ue000(?:、|和|及|与))+(?:\ue001?\ue003+)?\ue000)(?:都|均|也|亦|则|分别|同时|仍|仍然|依然|继续|此前|之前|曾)*(?:在\ue001)?(?:都|均)?$", head)
        if group:  # "A、B都在C担任董事": each of them
            persons = [k for k in (x.key for x in sent.between(clause + group.start(1), clause + group.end(1), "P")) if k]
        elif verb in ("当选", "当选为") and (listed := named_list(ctx, sent, clause, vpos)):
            persons = listed  # "A、B、C当选独立董事": names the text did not know before, each of them
        elif named:
            persons = named  # "A、B因工作调整原因，(分别)不再担任…": the list before the reason clause
        respectively = "分别" in head and (bool(group) or bool(named))  # "A和B分别担任C董事长和行长": in order
        if (verb in ("为", "是", "任") and not sent.between(clause, vpos, "P") and sent.i not in ctx.memo.get("form_subject", ())
                and not re.search(r"(?:加入|加盟|就职于|任职于|供职于|进入|调入|调往|调至)|在\ue001$", head)  # "此前曾在C任T", "2020年加盟C任T"
                and not re.search(r"(?:他|她|彼|其|后者|前者)(?:同时|现|目前|仍|原|曾|一直|也|还|亦){0,2}\s*$|^\s*$", head)
                and not (re.fullmatch(r"(?:退任前|离任前|卸任前|退休前|此前|之前|目前|现|时|曾|原|后|随后|同时|同时还|同时也|并|还|也|亦|仅|只|则仅|职位|职务|现任职务"
                                      r"|\ue004(?:起|开始)?)", head)  # (a career told in sequence: "P1998年进入C，…，2012年任T")
                         and (sent.between(0, clause, "P") or _HE_EARLIER.search(sent.tpl, 0, clause)))  # "P出生于…，退任前为C董事长": the person named in the sentence
                and not DATE_RANGE_HEAD.fullmatch(head)
                # "P不再担任总经理，但仍为公司执行董事": the post kept by the one the clause before has give one up
                and not (_STILL_AFTER_LEAVING.fullmatch(head) and END_RE.search(sent.tpl, 0, clause))
                and not (_PRONOUN_HEAD.fullmatch(head) and DATE_RANGE_HEAD.fullmatch(head, _PRONOUN_HEAD.fullmatch(head).end(1)))):
            continue
        # A verb-position pattern reached from an appointment verb is handled by _appointments.
        if APPOINT_RE.search(sent.tpl[clause:vpos]) and sent.between(clause, vpos, "P"):
            ps = sent.between(clause, vpos, "P")
            if ps and APPOINT_RE.search(sent.tpl[clause:sent.pos_of(ps[0])]):
                continue
        if sent.tpl[m.end("chain"):m.end("chain") + 1] == KIND["P"]:
            continue  # "现任平安普惠首席财务官蔡国强": the title is 蔡国强's
        if verb in ("转任", "调任", "改任", "升任", "升任为", "晋升", "晋升为") and (rel := _DESCRIBES_PERSON.match(sent.tpl, m.end("chain"))):
            if rel.group(1):  # "接替的是调任C2董事长的前任行长A": A's post now, however A was called
                persons = [sent.at(rel.end() - 1).key]
            else:
                continue  # "接替转任" + a post + "的A", "接替的是" + "已升任…的A": a clause that describes A, whose post it is
        if CANDIDATE_AFTER.match(sent.tpl, m.end("chain")):
            continue  # "提名其为董事候选人": a nomination
        if re.search(r"在[\u4e00-\u9fffA-Za-z]{2,12}$", head):
            continue  # "他早年在远澄基金担任…" with 远澄基金 not recognised: the post's company is unknown
        jfrom = max(0, vpos - 24)
        joined = re.search(r"(?:加入|就职于|进入|加盟|空降|调入|调任至|调往|调到|调至|派往|来到|回到|转战|回归)(\ue001)[^\ue000\ue001。；]{0,3}$", sent.tpl[jfrom:vpos])
        worked_once = _WORKED_ONCE.search(sent.tpl[jfrom:vpos])
        joined = joined or worked_once or _FOUNDED_THEN.search(sent.tpl[jfrom:vpos])
        if joined is None and not sent.between(clause, vpos, "C") and not PAST_RE.fullmatch(verb) and not END_RE.fullmatch(verb):
            joined = _JOINED_EARLIER.search(sent.tpl[jfrom:vpos])  # "…加盟C任总裁" + "，D起改任董事长": still at C
        default = sent.at(jfrom + joined.start(1)).key if joined else (
            promoted_within(sent, clause, vpos, verb, m.start("chain"), m.end("chain")) or ctx.nearest_company(sent, vpos))
        if verb == "留任" and not sent.between(clause, vpos, "C") and (moved := _MOVED_AWAY.search(sent.tpl, 0, clause)):
            default = sent.at(moved.start(1)).key if moved.group(1) else default  # "A转任C2" + a post + "，仍留任董事": a seat kept at the first company
        if m.group("qi"):  # "P持有C" + a share + "，并担任其执行董事": 其 is the company just named (not one 由C控股的 describes it by)
            if not (named_before := [c for c in sent.between(0, vpos, "C")
                                     if not _AGENT_BEFORE.search(sent.tpl, 0, sent.pos_of(c))]):
                continue
            default = named_before[-1].key
        if sent.tpl.startswith(("的" + KIND["C"], "之" + KIND["C"]), m.end("chain")) and not sent.between(m.start("chain"), m.end("chain"), "C"):
            default = sent.at(m.end("chain") + 1).key  # "P担任董事长的C": a relative clause on C, whose post it is (之: a court's or filing's register)
        items = chain_items(sent, m.start("chain"), m.end("chain"), default)
        if (renamed := renamed_company(ctx, sent, m.start("chain"))) is not None:  # "出任更名后公司的T": at the new name
            items = [(renamed if c == sent.at(m.start("chain")).key else c, info) for c, info in items]
        if PAST_RE.fullmatch(verb) and not m.group("tail"):
            items += more_past_posts(sent, m.end("chain"))
        if END_RE.fullmatch(verb):
            status = "end"
        elif PAST_RE.fullmatch(verb):
            status = "past"
        elif worked_once:
            status = "past"  # "P曾就职于C，担任总裁": posts of a place of work that is over
        elif START_RE.fullmatch(verb) or joined or _GIVEN_TO.search(head) or (verb == "为" and _APPOINTS_PRONOUN.search(head)):
            status = "start"  # "董事会同意由P担任公司总经理": a post given
        elif _EARLIER_HEAD.search(head):
            status = "past"  # "此前任C总裁", "之前担任C总裁": held before, as 曾任 says
        else:
            status = ""
        date, dm = date_before(ctx, sent, vpos)
        if dm is not None and sent.pos_of(dm) < clause and _LATER_HEAD.match(head):
            date, dm = None, None  # "P2015年进入C1，后加入C2出任T": later than the date of the clause before
        elif dm is not None and sent.pos_of(dm) < clause and (stated := stated_after(ctx, sent, m.end())):
            date = stated  # "C于本月公告聘任P担任公司总经理，任职日期为D": the post's own date, not the notice's
        end_date = None
        if joined and status == "start" and (worked := _RANGE_THEN_JOINED.search(sent.tpl, 0, jfrom + joined.start())):
            date = ctx.date_iso(sent.at(worked.start("d1")), sent)  # "2008年至2016年就职于C，任T": the years at C
            end_date = ctx.date_iso(sent.at(worked.start("d2")), sent) if worked.group("d2") else None
            status = "range" if end_date else status
        if joined and status == "start" and (moved := _JOINS_LATER.search(sent.tpl, m.end())) is not None and (
                KIND["P"] not in sent.tpl[m.end():moved.start()] and sent.at(moved.start("c")).key != default):
            end_date = ctx.date_iso(sent.at(moved.start("d")), sent)  # "2015年加入C1任T，2019年加盟C2": T ended on moving
            status = "range" if end_date else status
        spans = list(_RANGE.finditer(sent.tpl, clause, vpos))
        if (not spans and not sent.between(clause, vpos, "D") and not sent.tpl.startswith("的", m.end("chain"))
                and (lead := _LEAD_RANGE.search(sent.tpl, 0, clause))):
            spans = [lead]  # (not "D1至D2，P利用其担任T的影响力…": the years of what P did, the post a modifier)
        if not spans and _MEANWHILE.fullmatch(head):  # "D1至D2任C1 T1，其间兼任C2 T2": the years of the clause before
            spans = list(_RANGE.finditer(sent.tpl, clause_start(sent, clause - 1), clause))[-1:]
        rng = spans[-1] if spans else None
        if rng and sent.between(rng.end(), vpos, "D"):
            rng = None  # a later date nearer the verb
        if rng and len(spans) > 1 and all(re.fullmatch(r"(?:以及|及|和|、|，)", sent.tpl[a.end():b.start()])
                                          for a, b in itertools.pairwise(spans)):
            rng = Span(spans[0], spans[-1])  # "2009年4月至2012年6月以及2016年2月至2021年11月担任"
        if rng and status in ("", "past", "start") and verb not in ("先后担任", "先后出任", "历任", "曾先后担任", "曾先后出任"):
            date = ctx.date_iso(sent.at(rng.start("d1")), sent)
            end_date = ctx.date_iso(sent.at(rng.start("d2")), sent)
            status = "range"
        elif status == "":
            before = sent.tpl[max(0, (sent.pos_of(dm) if dm else vpos) - 2):vpos]
            after_date = sent.tpl[sent.pos_of(dm) + 1:vpos] if dm else ""
            if _KEPT.search(sent.tpl, 0, vpos + len(verb)) or (verb == "任" and sent.tpl[vpos - 1:vpos] == "时"):
                date = None  # "自D起，P不再担任董事长，但仍保留执行董事职务": held before D, no start; "D，…P时任T": held then
            elif dm and _NOW.search(sent.tpl, sent.pos_of(dm) + 1, vpos):
                date = None  # "D登陆X所，目前由P担任T": the post is held now, not taken on the listing's day
            elif dm and (re.match(r"[^，。；]{0,10}?(?:起|开始|以来|之初|伊始|时)", after_date)
                       or re.search(r"自此|自\ue004|^\ue004|[，,](?:在|于)?\ue004", before)
                       or (re.fullmatch(r"(?:正式|起|开始)?", after_date) and verb in ("担任", "出任"))):
                status = "start"  # "11月担任董事会秘书": took the post that month
            elif _ANNOUNCED.search(sent.tpl, 0, clause) and verb in ("任", "出任", "担任"):
                status = "start"  # "会上宣布，P任C党委书记": an appointment announced
                date = None
            else:
                date = None
        elif status == "past":
            date = None
        if status == "start" and date and (until := _UNTIL_AFTER.match(sent.tpl, m.end("chain"))):
            end_date, status = ctx.date_iso(sent.at(until.end() - 1), sent), "range"  # "D1…并任理事长至" + D2: the years it was held
        if during:  # "出任首席执行官期间，P…": the post P held then, neither taken nor left in this sentence
            status, date, end_date = "", None, None
        carried = False
        if status in ("start", "end"):
            date, carried = own_or_carried(ctx, sent, date, m.end())
        conf = 0.8 if verb not in ("为", "是", "任") else 0.65
        # over by now: 曾任, 历任, 此前任 …; a list after 先后担任 alone may end with the post held now
        said = "" if status == "past" and verb.startswith("先后") and not worked_once else status
        pairs = list(zip(persons, items, strict=True)) if respectively and len(persons) == len(items) else [
            (who, item) for who in persons for item in items]
        for who, (company, info) in pairs:
            seat = seat_left_here(ctx, sent, company, info, who, own=True) if said == "end" else info
            emit_position(ctx, sent, who, company, seat, f"verb-chain:{verb}", said, date, conf, end_date, date_carried=carried)
