"""Emitting a post: its dates (a date before the verb, an effective date
after it), its qualifiers (acting, former, the department), the subject a
clause without one speaks of, and whether the clause is hedged (拟, 传闻)."""

from __future__ import annotations

import re

from extract.kinship import RELATIVE
from extract.lexicon import get_lexicon
from extract.mention_records import KIND, Mention, TitleInfo
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.position_chains import HEDGES, PLAIN_TITLES
from extract.rules.templates import Sent
from extract.speakers import asked_person, line_speaker
from schema import Predicate, Role
from text.normalize import to_simplified

#: verbs whose object is a person ("接任严启航出任…": 严启航 is not the subject)
_OBJECT_VERB = re.compile(rf"(?:接任|接替|接棒|继任|取代|替代|任命|聘任|委任|免去)(?:了)?(?:其|自己的)?(?:{RELATIVE})?$"  # ("接替伯父P": kin)
                          r"|(?:接任|接替|接棒|继任|取代|替代)[^，。；\ue000-\ue007]{1,8}的$"  # "接替到龄退休的P"
                          # (and a partner the subject did something with: "P于D与拍档Q合创C，现任…": P holds the post, not Q)
                          r"|(?:与|和|同)(?:其)?(?:拍档|搭档|合伙人|伙伴|老同学|同学|老同事|同事|好友|朋友)$")
#: the one a board appoints to take the post over, the verb right after the name: "董事会委任P接替其职", "聘任P接任"
#: (the object of 委任 is the subject of 接替: a pivot; perhaps a Latin name in brackets or an honorific between)
_APPOINTER = re.compile(r"(?:任命|聘任|委任|委派|指派)(?:了)?$")
_PIVOT = re.compile(r"(?:[（(][A-Za-z][A-Za-z .'-]{1,40}[）)])?(?:先生|女士)?(?:正式)?")


def _appointed_to_take_over(tpl: str, at: int, verb_pos: int) -> bool:
    """Whether the person at `at`, the object of a verb of appointing, is the subject of the verb at `verb_pos`
    right after the name: "委任P接替其职" (P takes the post over), not "接替P出任" (P is the one replaced)."""
    return _PIVOT.fullmatch(tpl, at + 1, verb_pos) is not None and _APPOINTER.search(tpl, 0, at) is not None
#: a partner after 与 in a founding together: "D与Q共同创立C，任…" (the one the profile is about founded it with Q, and holds the post)
_FOUNDING_PARTNER = re.compile(r"(?:于\ue004)?(?:在[^，。；\ue000-\ue007]{1,10}?)?(?:(?:共同|一起|联合|合伙)(?:创立|创办|创建)|合创|共创)")


#: after the one a post is taken from: "从A（董事长）手中"
_HANDS_OF = re.compile("(?:的)?" + KIND["T"] + "?(?:的)?(?:手中|手里)")

#: (and an official's résumé: a birth month + "生，…" + a month + "参加工作" + "，…加入中国共产党" + "，现任…")
_LIFE_EVENT = re.compile(r"(?:出生|生人|生于|出生于|毕业|本科毕业|硕士毕业|博士毕业|生[，,]|参加工作|加入中国共产党|入党)")


#: the day a notice came out, right before the words that report it: a day + "晚间，C发布公告称", "C" + a day + "公告",
#: "12月1日，C公告称" (what it reports was decided or approved earlier: guide v1.2, no start unless the text gives one)
_ANNOUNCED_ON = re.compile("(?:晚间|早间|上午|下午|午间|晚)?[，,]?(?:" + KIND["C"] + "(?:[（(]" + KIND["K"] + "[）)])?)?(?:发布|披露|发出)?(?:了)?(?:公告|公布)")


def announced_on(sent: Sent, d: Mention) -> bool:
    """Whether date `d` is the day a notice was published (the words right after it report one)."""
    return bool(_ANNOUNCED_ON.match(sent.tpl, sent.pos_of(d) + 1))


def date_before(ctx: Context, sent: Sent, pos: int, floor: int = 0, notices: bool = True) -> tuple[str | None, Mention | None]:
    """The last date before `pos` that can date a post (`notices`: a notice's own day too)."""
    # a birth or a graduation date is no date of a post ("王某某，男，1970年出生，…现任C董事长")
    ds = [d for d in sent.between(floor, pos, "D") if not _LIFE_EVENT.match(sent.tpl, sent.pos_of(d) + 1)
          and (notices or not announced_on(sent, d))]
    for events_only in (True, False):  # a day or month first; a reporting period ("2022年上半年") only failing that
        for d in reversed(ds):
            iso = ctx.date_iso(d, sent, events_only=events_only)
            if iso:
                return iso, d
    return None, None


def _stated_effective(ctx: Context, sent: Sent, pos: int, own_clause: bool = False) -> str | None:
    """The date after the verb the post takes effect on ("自D起生效", "任职日期为…", "P自D起正式就任").
    `own_clause`: only before the next "；" and the next person (whose post it may date)."""
    tail = sent.tpl[pos:]
    if own_clause:
        tail = tail.split("；")[0]
        named = sent.between(0, pos, "P")  # (the person given the post, named again: "，P的T任职资格已于D获核准", is no other)
        other = next((sent.pos_of(p) - pos for p in sent.between(pos, pos + len(tail), "P") if not named or p.key != named[-1].key), None)
        tail = tail[:other] if other is not None else tail
    m = re.search(KIND["D"] + r"(?:起|开始)?(?:正式)?(?:生效|就任|到任|履职|上任)", tail) or re.search(
        r"(?:(?:任职|离任|辞任|生效|任命|聘任|批复)(?:的)?(?:日期|时间|日)(?:均|都)?(?:为|是|：)?|任期(?:自|从))" + KIND["D"], tail)
    if m:
        return ctx.date_iso(sent.at(pos + m.end() - 1 if m.group(0).endswith(KIND["D"]) else pos + m.start()), sent)
    if (ok := _APPROVED_ON.search(tail) or _BOARD_CHOSE_ON.match(tail)) is not None:  # approved (任职资格 … D获批) or chosen by the board on D: the post starts then
        return ctx.date_iso(sent.at(pos + ok.start(1)), sent)
    return None


#: the day the board chose the one just named, right after the verb: "…由P接任，D经董事会选任" (Taiwan's 選任)
_BOARD_CHOSE_ON = re.compile("[，,](?:并|已|并已)?于?(" + KIND["D"] + ")(?:经|由)董事会(?:选任|选举|推选|通过)")


#: the day a regulator approved the post just given: "其任职资格已于D获核准", "其任职资格于D获批"
#: ("，P的" + a post + "任职资格" + "已于D获C核准": the person and the post named again, the regulator between)
_APPROVED_ON = re.compile("[，,](?:其|" + KIND["P"] + ")?(?:的)?" + KIND["T"] + "?(?:的)?任职资格(?:已|已经)?于(" + KIND["D"] + ")(?:获得?|得到)?"
                          "[^，。；" + KIND["P"] + "]{0,12}?(?:的)?(?:核准|批准|批复|批)")


def _date_after_effective(ctx: Context, sent: Sent, pos: int) -> str | None:
    own = _stated_effective(ctx, sent, pos)
    if own:
        return own
    if re.search(r"即日起|即时生效|当日起", sent.tpl[pos:pos + 30]):  # "相关任命即日起生效": the announcement's day
        return ctx.carried_date(sent)
    return None


#: a rank the role's own words may carry ("高级副总裁" is a vice president): the title says more than the role
_RANKED = re.compile(r"高级|资深|常务|执行副")


#: the kind of a supervisor's seat (职工监事) or an employees' director's (职工董事): a plain supervisor or director, no title of its own
_SEAT_KIND = re.compile(r"(?:职工代表|职工|外部|股东)监事|(?:职工代表|职工)董事")


#: a title that took in an unnamed firm before it: "某城商行宁波分行行长助理", "一家券商资管部总经理"
_UNNAMED_FIRM = re.compile(r"(?:某|一家|某家|某一)[\u4e00-\u9fff]{0,8}?(?:银行|城商行|农商行|证券公司|券商|信托|保险公司|基金公司|公司|集团|机构)")


def _qual(info: TitleInfo) -> dict[str, str]:
    q: dict[str, str] = {"role": str(info.role)}
    if info.role is Role.OTHER or (info.title not in PLAIN_TITLES.get(info.role, ()) and not _SEAT_KIND.fullmatch(info.title)) or _RANKED.match(
            info.title):
        q["title"] = info.title  # "技术副总裁", "常务副行长", "高级副总裁": the title as written, beside its role
    return q


def emit_position(ctx: Context, sent: Sent, person: str | None, company: str | None, info: TitleInfo,
                   rule: str, status: str, date: str | None, conf: float, end_date: str | None = None,
                   date_carried: bool = False) -> None:
    if info.modifier == "committee" or person is None or company is None or _UNNAMED_FIRM.match(info.title or ""):
        return  # ("此前担任某城商行" + a branch's post: a firm the text does not name, not the company spoken of)
    if ctx.type_of(person) != "Person" or ctx.type_of(company) != "Company":
        return
    q = _qual(info)
    if status == "start" and date:
        q["start"] = date
    elif status == "end" and date:
        q["end"] = date
    elif status == "range":
        if date:
            q["start"] = date
        if end_date:
            q["end"] = end_date
        status = ""
    elif status == "past":  # "曾任C总裁", "此前任C总裁": a post held once, over by the article's day
        q["left"] = True
        status = ""
    carried = frozenset(k for k in ("start", "end") if k in q) if date_carried else frozenset()
    ctx.emit(Predicate.HOLDS_POSITION, person, company, sent, rule, conf, status, carried, **q)


def stated_after(ctx: Context, sent: Sent, pos: int) -> str | None:
    """A date the sentence gives the post after the verb ("…，任职日期为D", "…D起生效")."""
    return _stated_effective(ctx, sent, pos)


def own_or_carried(ctx: Context, sent: Sent, date: str | None, after: int) -> tuple[str | None, bool]:
    """A date the sentence states (before the verb, or "…起生效" after it),
    else the announcement date carried from just before."""
    # a date the post takes effect on wins over the day it was announced
    # ("中国杭州，2024年7月2日——…获委任为首席执行官，自2024年7月20日起生效")
    stated = _stated_effective(ctx, sent, after, own_clause=date is not None)
    if stated:
        return stated, False
    if date:
        return date, False
    own = _date_after_effective(ctx, sent, after)
    if own:
        return own, False
    carried = ctx.carried_date(sent)
    return carried, carried is not None


def hedged(text: str) -> bool:
    return bool(HEDGES.search(text))


def clause_start(sent: Sent, pos: int) -> int:
    cut = max(sent.tpl.rfind(c, 0, pos) for c in "，；：,")
    return cut + 1


_HE_OR_SHE = re.compile(r"[他她]")


def subject_for(ctx: Context, sent: Sent, verb_pos: int) -> str | None:
    clause = clause_start(sent, verb_pos)
    # a person right after 接任/接替… is the one replaced, not the subject
    partners = [sent.pos_of(p) for p in sent.between(0, verb_pos, "P") if sent.tpl[sent.pos_of(p) - 1:sent.pos_of(p)] in ("与", "和", "同")
                and _FOUNDING_PARTNER.match(sent.tpl, sent.pos_of(p) + 1)]
    ps = [p for p in sent.between(0, verb_pos, "P") if (not _OBJECT_VERB.search(sent.tpl, 0, sent.pos_of(p))
                                                         or _appointed_to_take_over(sent.tpl, sent.pos_of(p), verb_pos))
          and not _HANDS_OF.match(sent.tpl, sent.pos_of(p) + 1)  # (nor the one in whose hands a post was: "从A手中接过…")
          and sent.pos_of(p) not in partners]
    if ps and _SELF_HEAD.match(sent.tpl, clause):
        return ps[0].key  # "A卸任董事长" + "，由B接棒" + "，其本人…担任…": 本人 sets A against the B just named
    if _HE_OR_SHE.search(sent.tpl[clause:verb_pos]) and (speaker := line_speaker(ctx.inv, ctx.text, sent.start)):
        # "S：在，他一直是…": 他 is not the speaker S (nor S's 我) but the other person the line names, or the one asked about
        others = [p for p in ps if p.key != speaker]
        if others:
            return others[-1].key
        if asked := asked_person(ctx.inv, ctx.text, sent.start):
            return asked
    if ps and sent.pos_of(ps[-1]) < clause and (held := _UNNAMED_HOLDER.search(sent.tpl, clause, verb_pos)) and plausible_person(
            held.group(1), get_lexicon(), strong=False):
        return None  # "…，原省联社主任Q出任行长": a holder we do not know heads this clause, not the person named before
    if ps:
        p = ps[-1]
        # the person must be in this clause or be the sentence's topic
        if sent.pos_of(p) >= clause or sent.pos_of(p) <= 2 or not [
                q for q in sent.between(sent.pos_of(p) + 1, verb_pos, "P") if q in ps]:
            return p.key
    if (form := ctx.memo.get("form_subject")) and sent.i in form:
        return form[sent.i]  # a notice's 过往从业经历: the person its form names
    head = sent.tpl[clause:verb_pos]
    ana = re.match(r"[\ue004\s]*(后者|前者)", head)
    if ana:  # "后者现为…": the latter of the two persons just named
        before = [m.key for m in sent.between(0, clause, "P")]
        if not before and sent.i > 0:
            before = [m.key for m in ctx.sentences[sent.i - 1].mentions if m.kind == "P"]
        if ana.group(1) == "后者":
            return before[-1] if before else None
        return before[-2] if len(before) >= 2 else None
    # 他/其 … or a bare clause ("历任…", "2016年起担任…"): the person talked about
    # just before. A clause with more text of its own may name someone unknown.
    bare = re.sub(r"[\ue001\ue004，、]|[先后曾又还也并已于在自从起]", "", head)
    if _UNKNOWN_PERSON.search(head) and plausible_person(_UNKNOWN_PERSON.search(head).group(1), get_lexicon(), strong=False):
        return None  # "继C冀某某卸任董事长之后": a person we do not know, not the one named before
    if _APPOINTED_UNKNOWN.search(head):
        return None  # "同意程某担任C总经理的任职资格": the one appointed is a name we do not know, not the one before
    if _ELDER.match(head):
        return _elder(ctx)  # "老爷子转任荣誉主席": the family's elder, not the last person named
    if re.search(r"(?:他|她|其|彼|该人士|佢)", head) or len(bare) <= 4:  # (佢: he or she, in Cantonese)
        # (not the one replaced, named between: "他于D接替伯父Q出任T" is about whom 他 stands for, before Q)
        objects = [sent.pos_of(p) for p in sent.between(clause, verb_pos, "P")] + partners if not ps else []
        objects.sort()  # (a founding partner too: "D与Q共同创立C，任T" is about the one before Q)
        return ctx.last_person(sent, objects[0] if objects else verb_pos)
    return None


#: a clause opening on the family's elder: "老爷子转任…", "邓老先生退任…"
_ELDER = re.compile(r"[\ue004\s，,]*[\u4e00-\u9fff]?(?:老爷子|老先生)")


def _elder(ctx: Context) -> str | None:
    """The person "X老爷子" (or "X老先生") names: the first person of surname X the article names."""
    m = re.search(r"([\u4e00-\u9fff])(?:老爷子|老先生)", ctx.text)
    if m is None:
        return None
    people = sorted((e for e in ctx.inv.entities.values() if e.type == "Person" and to_simplified(e.name).startswith(m.group(1))), key=lambda e: e.first)
    return people[0].key if people else None


#: a post we do not read as a title, then a name we do not know, right before the verb: "原省联社主任Q"
_UNNAMED_HOLDER = re.compile(r"(?:主任|理事长|秘书长|书记|负责人|专家|经理)([\u4e00-\u9fff]{2,3}?)(?:已|正式|将|则)?$")

#: a verb of appointing, then letters we did not read as a name, right before the verb of the post
_APPOINTED_UNKNOWN = re.compile(r"(?:同意|批准|核准|聘任|聘请|任命|委任|选举|推选)[\u4e00-\u9fff]{2,3}$")

#: "其本人", "他本人" at a clause's head: the sentence's own subject, not the last person named
_SELF_HEAD = re.compile(r"[\ue004\s]*(?:其|他|她)本人")
#: a name we do not know between a company and the verb ("C冀某某卸任…"): 2-3 letters
_UNKNOWN_PERSON = re.compile(r"\ue001([\u4e00-\u9fff]{2,3})(?:已|正式|因|将)?$")


_BOARD_SEATS = (Role.INDEPENDENT_DIRECTOR, Role.NON_EXECUTIVE_DIRECTOR, Role.EXECUTIVE_DIRECTOR)


def seat_left_here(ctx: Context, sent: Sent, company: str | None, info: TitleInfo, person: str | None, own: bool = False) -> TitleInfo:
    """The plain 董事 a sentence gives as a seat left is the kind of seat its
    leaver held there: "独立非执行董事A…" + "已辞任董事职务" + "，由B接替" — A leaves
    the independent director's seat (`own`: the title before A's name says
    which) and B takes it (the seat someone else leaves in the sentence)."""
    if info.role is not Role.DIRECTOR or company is None:
        return info
    kinds = {str(c.qualifiers.get("role")) for c in ctx.out if c.sent == sent.i and c.object == company
             and c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role") in _BOARD_SEATS
             and (c.subject == person if own else (c.subject != person and c.status == "end"))}
    if len(kinds) != 1:
        return info
    role = Role(kinds.pop())
    return TitleInfo(role, PLAIN_TITLES[role][0], info.modifier)
