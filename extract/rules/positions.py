"""HOLDS_POSITION, SUCCEEDED and founders.

Positions are read from title chains — `<C>? <T> (兼|、|及 <C>? <T>)*` — and
whom they attach to:

* title before name: "金融壹账通首席财务官罗永涛", "执行董事兼董事长叶望春";
* name, verb, chain: "沈崇锋曾任金蝶软件…高级副总裁、总裁及轮值总裁",
  "杨峻已辞去陆金所控股首席风控官一职", "罗伟杰自2019年10月起担任…";
* verb, name, chain: "董事会任命原联席CEO赵容奭接任董事长", "核准杨铮…董事长的任职资格";
* chain, 由/为, name: "董事会主席由…周鸿祎担任", "法定代表人为刘威".

The verb decides the time: appointment verbs give `start`, resignation verbs
(辞去, 不再担任, 卸任 …) give `end`, career verbs (曾任, 历任) give neither.
Hedged statements are not facts: 拟 (proposed), 传闻/据传/被曝 (rumour),
有望/或将 (speculation) stop the clause; 将 (announced) is kept.

Successions are inferred where one person leaves a role and another takes the
same role at the same company in the same or the next sentence, or where 接任
/接棒/接替 name both.
"""

from __future__ import annotations

import itertools
import re
from collections import deque

from extract.lexicon import get_lexicon
from extract.mention_records import KIND, Mention, TitleInfo
from extract.persons import plausible_person
from extract.rules.base import Candidate, Context, Sent, list_items, pattern
from schema import Predicate, Role

ITEM = (r"(?:<C>(?:[（(](?:以下|下文)?(?:简称|下称|称)[^）)]{0,20}[）)])?"
        # "X及其附属公司的首席运营官": a post across a group is the parent's
        r"(?:及其(?:附属|下属|旗下)?(?:公司|子公司|附属机构|成员企业))?(?:的|之)?"
        # a department named between company and title ("央行支付结算司司长"); the title keeps the role
        r"(?:[\u4e00-\u9fff]{1,8}?(?:司|局|处|厅|室|分行|支行|事业部|事业群|中心)|个险|团险|银保|区域)?)?"
        r"(?:新任|新一任|现任|时任)?(?:第[一二三四五六七八九十\d]+届)?(?:董事会|监事会)?<T>"
        r"(?:[（(]<T>[）)])?")  # "总经理（首席执行官）": a second title in brackets
SEP = r"(?:、|，?兼任?|和|及|以及|与|并兼任|并担任|并出任|并|/)"
#: what a list of posts may hold besides titles: committee seats and informal labels ("掌门人")
SKIP = r"(?:[^，。；、\ue000-\ue007]{2,16}?(?:委员|成员|召集人)|掌门人|当家人|领军人|负责人|创始人|联合创始人|创办人)"
CHAIN = rf"{ITEM}(?:{SEP}(?:{SKIP}{SEP})*{ITEM})*"

START_VERBS = (r"获委任为|获委任|被任命为|获任命为|被委任为|获任为|获任|委任为|任命为|聘任为|获聘任为|获聘为|获聘|受聘为|被聘任为|被聘为|"
               r"当选为|当选|获选为|被选举为|获选举为|被选为|选任为|"
               r"接任|接棒|继任|升任为|升任|转任|改任|调任|赴任|出任|起任|履新|获批兼任|获批出任|获批担任|获核准担任|获批|加盟并出任|正式出任|成为")
PAST_VERBS = r"曾先后担任|曾先后出任|先后担任|先后出任|曾担任|曾出任|曾任职|曾任|历任|曾为|原是|原为|曾是|原任"
END_VERBS = r"辞去|辞任|卸任|不再担任|不再兼任|不再出任|不再任|退任|离任|请辞|卸下|退出|被免去|免去"
STATE_VERBS = r"现任|目前担任|仍担任|继续担任|仍然担任|仍保留|继续留任|留任|保留|兼任|担任|任职|出任为|任|为|是"
APPOINT_VERBS = r"任命|委任|聘任|聘请|核准|提名|选举|推选|批准委任|批准任命|宣布任命|选任|免去"
HEDGES = re.compile(r"拟|传闻|据传|传言|被曝|曝出|或将|有望|可能|考虑|预计|计划|并未|没有|未曾|否认|待[\ue000\ue001]")
#: verbs whose object is a person ("接任金立群出任…": 金立群 is not the subject)
_OBJECT_VERB = re.compile(r"(?:接任|接替|接棒|继任|取代|替代|任命|聘任|委任|免去)(?:了)?$"
                          r"|(?:接任|接替|接棒|继任|取代|替代)[^，。；\ue000-\ue007]{1,8}的$")  # "接替到龄退休的P"
#: a sentence that reports a rumour: nothing in it is a fact
RUMOUR = re.compile(r"^(?:[\ue004，\s]|据悉)*(?:有消息(?:指|称)|消息(?:指|称|人士)|据传|传闻|市场传言|有媒体爆料|坊间传)")
#: nominated, not appointed: "提名其为执行董事候选人"
_CANDIDATE_AFTER = re.compile(r"(?:的)?(?:候选人|人选)")

_VERB_CHAIN = pattern(
    rf"(?P<verb>{PAST_VERBS}|{END_VERBS}|{START_VERBS}|{STATE_VERBS})(?:了|过)?(?:(?<=为)“)?(?:子公司|旗下|下属)?(?P<chain>{CHAIN})(?P<tail>一职|职务|的职务|职位|等职|等职务)?"
)
_TITLE_BEFORE_NAME = pattern(rf"(?P<chain>{CHAIN})(?:的)?(?P<p><P>)")
_APPOINT = pattern(rf"(?P<verb>{APPOINT_VERBS})(?:了)?(?:(?P<pre>{CHAIN}))?(?P<p><P>)(?:为|担任|出任|接任|作为)?(?P<chain>{CHAIN})")
_BY_PERSON = pattern(rf"(?P<chain>{CHAIN})(?:一职|职务)?(?:将|则|改|仍)?由(?:{CHAIN})?(?P<p><P>)(?:担任|接任|出任|接替|兼任)")
_CHAIN_IS_PERSON = pattern(rf"(?P<chain>{CHAIN})(?:人选)?(?:为|是)(?P<p><P>)")
_TAKE_OVER = pattern(r"(?P<verb>接任|接棒|继任|接替|接过)(?P<chain>" + CHAIN + r")?(?:一职|职务)?(?:的(?P<p><P>))?(?!\ue000)")
# "沈崇锋接棒叶望春担任董事长职务", "由林允祯接替杨峻出任首席风控官"
_SUCCEEDS_NAMED = pattern(
    rf"(?P<succ><P>)?(?:[^，。；\ue000\ue001]{{0,4}}?)(?:正式|将|已)?(?:接棒|接替|接任|继任)(?:[^，。；\ue000\ue001\ue003]{{0,8}}的)?(?:{CHAIN})?(?P<pred><P>)(?:的)?"
    rf"[，,]?(?:已|将|正式)?(?:担任|出任|成为|任|接任|升任)?(?P<chain>{CHAIN})")
# "A将董事长一职交棒给B", "A交棒B，由其出任董事长"
_HANDS_OVER = pattern(
    rf"(?P<pred><P>)(?:[^，。；\ue000\ue001\ue003]{{0,4}}?)(?:将)?(?:(?P<chain1>{CHAIN})(?:一职|职务)?)?(?:正式)?(?:交棒|交班|让位|让贤)(?:给|予)?(?P<succ><P>)"
    rf"(?:[，,]?(?:由其|由后者)?(?:担任|出任|接任|接掌)(?P<chain>{CHAIN}))?")
# "董事长由原董事长A变更为现任董事长B": a succession an announcement of change writes
_CHANGED_TO = pattern(
    rf"(?P<chain>{CHAIN})?(?:职位|一职)?(?:发生了?变更[，,])?由(?:原|前)?(?P<chain1>{CHAIN})?(?P<pred><P>)(?:变更为|变为|更换为|改为)(?:现任|新任)?(?:{CHAIN})?(?P<succ><P>)")
# "接替A担任董事长的是B"
_WHO_SUCCEEDS = pattern(rf"(?:接替|接任|接棒)(?P<pred><P>)(?:的)?(?:担任|出任)?(?P<chain>{CHAIN})(?:一职|职务)?的(?:是|为)(?P<succ><P>)")
_RANGE = pattern(r"(?P<d1><D>)(?:至|到|-|—|~)(?P<d2><D>)(?:间|期间|年间)?")
_FOUNDER = pattern(rf"(?:(?P<c><C>)(?:的|及其|其)?)?(?:联合)?(?:创始人|创办人|创立者|创始团队(?:核心)?(?:成员|领导)?)(?:之一)?(?:(?:兼|、|/|及)(?P<chain>{CHAIN}))?[、，]?(?:的)?(?P<p><P>)")
_FOUNDED_VERB = pattern(r"(?P<p><P>)?(?P<mid>[^\ue000。；]{0,14}?)(?:创立|创办|创建|发起设立|一手创办)(?:了)?(?P<c><C>)")
_CO_FOUNDERS = pattern(r"(?:联合|共同)?(?:发起人|创始人|创办人)(?:分别)?(?:为|是|包括|有)[：:]?(?P<list>[^。；]{2,80})")
_FOUNDED_BY = pattern(r"(?P<c><C>)(?:由|是由)(?P<people>\ue000(?:(?:、|和|及|与)\ue000)*)(?:等人)?(?:于<D>)?(?:共同|联合|一手)?(?:创立|创办|创建|发起设立|发起成立|创设)")

#: a departure written after the name: "前董事长P日前闪电请辞", "原总经理P因个人原因离任"
_DEPARTS_AFTER = re.compile(r"[^，。；\ue000\ue001\ue003]{0,10}?(?:请辞|辞职|辞任|离职|离任|卸任|退休|转任|调任|改任|去职)")
#: text right before a title that is the end of an unrecognised name, not a verb,
#: preposition or modifier ("捷付睿通合规负责人P", "寿险总经理P")
_NOT_IN_NAME = set("的了着过有是为在于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系让给跟随和与及")


def _name_run_before(tpl: str, pos: int) -> str:
    """The letters right before template position `pos` that could be the end
    of a name: back to punctuation, a mention or a function word."""
    i = pos
    while i > 0 and re.match(r"[\u4e00-\u9fffA-Za-z]", tpl[i - 1]) and tpl[i - 1] not in _NOT_IN_NAME:
        i -= 1
    return tpl[i:pos]


def _unrecognised_name(text: str) -> bool:
    """Whether text before a title reads as a name (proper or unknown words:
    "中泰国际策略", "捷付睿通") rather than common words ("工作安排")."""
    from extract.lexicon import get_jieba, word_tags

    if len(text) < 3:
        return False
    tags, freq = word_tags(), get_jieba().dt.FREQ
    for tok in get_jieba().lcut(text, HMM=False):
        tag = tags.get(tok)
        if len(tok) == 1 or tag is None or tag.startswith(("nr", "ns", "nt", "nz")) or (freq.get(tok) or 0) < 50:
            return True
    return False
#: an announcement that makes a plain "P任C T" an appointment
_ANNOUNCED = re.compile(r"(?:宣布|宣读|决定|同意|通过了?(?:关于)?)[^。；]{0,12}[，,：:]?$")
#: what makes a title before a name a new post or a former one
_NEW_BEFORE = re.compile(r"(?:新任|新一任|候任|新接任的|接任的|变更为|变为|改为|换成)$|^(?:新任|新一任|候任)")
_FORMER_BEFORE = re.compile(r"(?:原任|原|前任|前)$")
#: acting for a post: 代理行长, 暂代, 代为履行…职责, 代行…职权
_ACTING = re.compile(r"(?:代理|暂代|代为履行|代为行使|代行|临时)$")
#: a verb acting for a post ("代任总经理职务", "代为履行行长职责")
_ACTING_VERB = re.compile(r"代$|代为$|暂$")
_DATE_RANGE_HEAD = re.compile(r"[及并]?(?:于|在|自|从)?\ue004(?:至|到|-|—)\ue004(?:间|期间|年间)?")
_START = re.compile(START_VERBS)
_END = re.compile(END_VERBS)
_PAST = re.compile(PAST_VERBS)
_APPOINT_RE = re.compile(APPOINT_VERBS)


class _Span:
    """Two spans read as one: the first's start and the last's end."""

    def __init__(self, first: re.Match[str], last: re.Match[str]) -> None:
        self._first, self._last = first, last

    def start(self, group: str = "") -> int:
        if group == "d2":
            return self._last.start(group)
        return self._first.start(group) if group else self._first.start()

    def end(self, group: str = "") -> int:
        return self._last.end(group) if group else self._last.end()


def _chain_items(sent: Sent, a: int, b: int, default_company: str | None,
                 before_name: bool = False) -> list[tuple[str | None, TitleInfo]]:
    """(company, title) for each title in a chain; a company carries forward,
    and so does a department across 和/及 ("…事业部总经理助理和副总经理")."""
    items: list[tuple[str | None, TitleInfo]] = []
    company = default_company
    if before_name and a > 0 and sent.tpl[a] == KIND["T"] and _unrecognised_name(_name_run_before(sent.tpl, a)):
        company = None  # "中泰国际策略分析师P": a title owned by a name we do not know
    own_company = False
    prev_end = a
    for m in sent.between(a, b):
        if m.kind == "C":
            company = m.key
            own_company = True
        elif m.kind == "T" and isinstance(m.value, TitleInfo):
            info = m.value
            if _ACTING.search(sent.tpl, 0, sent.pos_of(m)) or info.title.startswith(("代理", "代")):
                prev_end = sent.pos_of(m) + 1
                continue  # 代理行长, 临时负责人: acting duties are not positions (guide v1.2)
            sep = sent.tpl[prev_end:sent.pos_of(m)]
            if (items and not own_company and sep in ("和", "及") and items[-1][1].title != info.title
                    and info.title == m.text.removeprefix(info.modifier) and (dept := _dept_of(items[-1][1]))):
                info = TitleInfo(Role.OTHER, dept + info.title, info.modifier)
            items.append((company, info))
            own_company = False
            prev_end = sent.pos_of(m) + 1
    return items


#: "曾任A总经理，B首席执行官，C副董事长等": a career list goes on over commas,
#: each clause a company and its posts and nothing else
#: a bracketed aside after a post ("副总监（主持工作）") does not end the list
_MORE_POSTS = pattern(rf"[，,](?=<C>)(?P<chain>{CHAIN})(?:[（(][^（）()\ue000-\ue007]{{1,8}}[）)])?(?=等|[，,。；、]|$)")


def _more_past_posts(sent: Sent, end: int) -> list[tuple[str | None, TitleInfo]]:
    """The posts of the clauses that continue a 曾任/历任 list after `end`."""
    items: list[tuple[str | None, TitleInfo]] = []
    while (more := _MORE_POSTS.match(sent.tpl, end)) is not None:
        items += _chain_items(sent, more.start("chain"), more.end("chain"), sent.at(more.start("chain")).key)
        end = more.end()
    return items


def _dept_of(info: TitleInfo) -> str:
    """The department part of a title ("信用保证保险事业部" of "…事业部总经理助理")."""
    if info.role is not Role.OTHER:
        return ""
    for t in sorted(_ALL_TITLES, key=len, reverse=True):
        if info.title.endswith(t) and len(info.title) > len(t):
            return info.title[: -len(t)]
    return ""


def _date_before(ctx: Context, sent: Sent, pos: int, floor: int = 0) -> tuple[str | None, Mention | None]:
    ds = sent.between(floor, pos, "D")
    for events_only in (True, False):  # a day or month first; a reporting period ("2022年上半年") only failing that
        for d in reversed(ds):
            iso = ctx.date_iso(d, sent, events_only=events_only)
            if iso:
                return iso, d
    return None, None


def _date_after_effective(ctx: Context, sent: Sent, pos: int) -> str | None:
    tail = sent.tpl[pos:]
    m = re.search(KIND["D"] + r"(?:起|开始)?(?:正式)?生效", tail) or re.search(
        r"(?:任职|离任|辞任|生效|任命|聘任|批复)(?:的)?(?:日期|时间)(?:为|是|：)?" + KIND["D"], tail)
    if m:
        return ctx.date_iso(sent.at(pos + m.end() - 1 if m.group(0).endswith(KIND["D"]) else pos + m.start()), sent)
    if re.search(r"即日起|即时生效|当日起", tail[:30]):  # "相关任命即日起生效": the announcement's day
        return ctx.carried_date(sent)
    return None


def _qual(info: TitleInfo) -> dict[str, str]:
    q: dict[str, str] = {"role": str(info.role)}
    if info.role is Role.OTHER or info.title not in _PLAIN_TITLES.get(info.role, ()):
        q["title"] = info.title
    return q


_PLAIN_TITLES: dict[Role, tuple[str, ...]] = {}


def _plain_titles() -> None:
    from schema import ROLE_LABELS

    for role, (zh, _en) in ROLE_LABELS.items():
        _PLAIN_TITLES[role] = zh


_plain_titles()
_ALL_TITLES = {t for ts in _PLAIN_TITLES.values() for t in ts} | {"总经理助理", "副总经理", "总经理"}


def _emit_position(ctx: Context, sent: Sent, person: str | None, company: str | None, info: TitleInfo,
                   rule: str, status: str, date: str | None, conf: float, end_date: str | None = None,
                   date_carried: bool = False) -> None:
    if info.modifier == "committee" or person is None or company is None:
        return
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
    carried = frozenset(k for k in ("start", "end") if k in q) if date_carried else frozenset()
    ctx.emit(Predicate.HOLDS_POSITION, person, company, sent, rule, conf, status, carried, **q)


def _own_or_carried(ctx: Context, sent: Sent, date: str | None, after: int) -> tuple[str | None, bool]:
    """A date the sentence states (before the verb, or "…起生效" after it),
    else the announcement date carried from just before."""
    if date:
        return date, False
    own = _date_after_effective(ctx, sent, after)
    if own:
        return own, False
    carried = ctx.carried_date(sent)
    return carried, carried is not None


def _hedged(text: str) -> bool:
    return bool(HEDGES.search(text))


def _clause_start(sent: Sent, pos: int) -> int:
    cut = max(sent.tpl.rfind(c, 0, pos) for c in "，；：,")
    return cut + 1


def extract_positions(ctx: Context) -> None:
    for sent in ctx.sentences:
        if RUMOUR.search(sent.tpl):
            continue
        if KIND["T"] not in sent.tpl:
            _founders(ctx, sent)
            continue
        _title_before_name(ctx, sent)
        _verb_chains(ctx, sent)
        _appointments(ctx, sent)
        _approvals(ctx, sent)
        _by_person(ctx, sent)
        _founders(ctx, sent)


def finish_positions(ctx: Context) -> None:
    """After the sentence rules and the posts named as a theme
    (`role_first.themed_positions`): the positions in sentence order, dated
    by the company's events, and the successions they imply."""
    ctx.out.sort(key=lambda c: c.sent)
    _date_company_events(ctx)
    _successions(ctx)


#: after a person, the company where the sentence gives them another post: "P通过其担任执行事务合伙人的X", "P作为X的董事"
_OTHER_POST_AT = re.compile(r"(?:通过|借助|经由|以)?其?(?:担任|出任|作为)[^，。；\ue000-\ue002]{0,8}?\ue003(?:的)?\ue001")


def _title_before_name(ctx: Context, sent: Sent) -> None:
    for m in _TITLE_BEFORE_NAME.finditer(sent.tpl):
        person = sent.at(m.start("p")).key
        default = ctx.nearest_company(sent, m.start("chain"))
        vehicle = _OTHER_POST_AT.match(sent.tpl, m.end("p"))
        if vehicle and default == sent.at(vehicle.end() - 1).key:
            default = None  # "董事长P通过其担任执行事务合伙人的X…": X is where P holds that other post, not where P is chairman
        after = sent.tpl[m.end("p"):m.end("p") + 14]
        status, rule = "", "title-name"
        departs = _DEPARTS_AFTER.match(after)
        if departs and not _hedged(departs.group(0)):
            status = "end"
        elif re.match(r"[^，。；\ue000\ue001\ue003]{0,6}?(?:正式)?(?:上任|履新|到任|就任|走马上任)", after):
            status = "start"  # "2023年12月总经理P上任"
        items = _chain_items(sent, m.start("chain"), m.end("chain"), default, before_name=True)
        lead = sent.tpl[max(0, m.start("chain") - 5):m.start("chain")] + re.sub(r"[\ue000-\ue007].*", "", m.group("chain"))
        if not status and ((items and items[0][1].modifier in ("新任", "候任")) or _NEW_BEFORE.search(lead)):
            status = "start"
            own = sent.between(m.start("chain"), m.end("chain"), "C")
            if not own:  # "…前董事长A请辞，新接任的董事长B": the post A left
                left = [c.object for c in ctx.out if c.status == "end" and sent.i - 1 <= c.sent <= sent.i
                        and c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role") == str(items[0][1].role)] if items else []
                if left:
                    items = [(left[-1], info) for _co, info in items]
        elif not status and items and (items[0][1].modifier in ("原", "前") or _FORMER_BEFORE.search(lead)):
            status, rule = "end", "title-name-former"  # a former holder: pairs with a successor, no date of its own
        date, carried = None, False
        if status and rule == "title-name":
            date, _ = _date_before(ctx, sent, m.start("chain"))
            date, carried = _own_or_carried(ctx, sent, date, m.end())
        for company, info in items:
            _emit_position(ctx, sent, person, company, info, rule, status, date, 0.85, date_carried=carried)


def _subject_for(ctx: Context, sent: Sent, verb_pos: int) -> str | None:
    clause = _clause_start(sent, verb_pos)
    # a person right after 接任/接替… is the one replaced, not the subject
    ps = [p for p in sent.between(0, verb_pos, "P") if not _OBJECT_VERB.search(sent.tpl, 0, sent.pos_of(p))]
    if ps:
        p = ps[-1]
        # the person must be in this clause or be the sentence's topic
        if sent.pos_of(p) >= clause or sent.pos_of(p) <= 2 or not [
                q for q in sent.between(sent.pos_of(p) + 1, verb_pos, "P") if q in ps]:
            return p.key
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
    if re.search(r"(?:他|她|其|彼|该人士)", head) or len(bare) <= 4:
        return ctx.last_person(sent, verb_pos)
    return None


#: a name we do not know between a company and the verb ("C冀某某卸任…"): 2-3 letters
_UNKNOWN_PERSON = re.compile(r"\ue001([\u4e00-\u9fff]{2,3})(?:已|正式|因|将)?$")


def _verb_chains(ctx: Context, sent: Sent) -> None:
    for m in _VERB_CHAIN.finditer(sent.tpl):
        verb = m.group("verb")
        vpos = m.start("verb")
        clause = _clause_start(sent, vpos)
        if _hedged(sent.tpl[clause:vpos]) or _ACTING_VERB.search(sent.tpl, 0, vpos):
            continue
        if verb == "任" and sent.tpl[vpos - 1:vpos] in tuple("新现原时前继接历离上首"):
            continue  # 新任, 现任 … modify a title; 任 is not the verb there
        # "任/为" are too common to stand alone: require the chain to be a
        # position (not 为公司 …) and the subject right before.
        person = _subject_for(ctx, sent, vpos)
        if person is None:
            continue
        persons = [person]
        group = re.search(r"((?:\ue000(?:、|和|及|与))+\ue000)(?:都|均|也|则|分别|同时)*(?:在\ue001)?(?:都|均)?$", sent.tpl[clause:vpos])
        if group:  # "A、B都在C担任董事": each of them
            persons = [k for k in (x.key for x in sent.between(clause + group.start(1), clause + group.end(1), "P")) if k]
        respectively = bool(group) and "分别" in group.group(0)  # "A和B分别担任C董事长和行长": in order
        head = sent.tpl[clause:vpos]
        if (verb in ("为", "是", "任") and not sent.between(clause, vpos, "P")
                and not re.search(r"(?:加入|就职于|进入)", head)
                and not re.search(r"(?:他|她|彼|其|后者|前者)(?:现|目前|仍|原|曾)?\s*$|^\s*$", head)
                and not (re.fullmatch(r"(?:退任前|离任前|卸任前|退休前|此前|之前|目前|现|曾|原|后|随后|同时|同时还|同时也|并|还|也|亦|职位|职务|现任职务)", head)
                         and sent.between(0, clause, "P"))  # "P出生于…，退任前为C董事长": the person named in the sentence
                and not _DATE_RANGE_HEAD.fullmatch(head)):
            continue
        # A verb-position pattern reached from an appointment verb is handled by _appointments.
        if _APPOINT_RE.search(sent.tpl[clause:vpos]) and sent.between(clause, vpos, "P"):
            ps = sent.between(clause, vpos, "P")
            if ps and _APPOINT_RE.search(sent.tpl[clause:sent.pos_of(ps[0])]):
                continue
        if sent.tpl[m.end("chain"):m.end("chain") + 1] == KIND["P"]:
            continue  # "现任平安普惠首席财务官蔡国强": the title is 蔡国强's
        if _CANDIDATE_AFTER.match(sent.tpl, m.end("chain")):
            continue  # "提名其为执行董事候选人": a nomination
        if re.search(r"在[\u4e00-\u9fffA-Za-z]{2,12}$", head):
            continue  # "他曾在华融基金担任…" with 华融基金 not recognised: the post's company is unknown
        jfrom = max(0, vpos - 24)
        joined = re.search(r"(?:加入|就职于|进入|加盟|空降|调入|调任至|转战|回归)(\ue001)[^\ue000\ue001。；]{0,3}$", sent.tpl[jfrom:vpos])
        default = sent.at(jfrom + joined.start(1)).key if joined else ctx.nearest_company(sent, vpos)
        items = _chain_items(sent, m.start("chain"), m.end("chain"), default)
        if _PAST.fullmatch(verb) and not m.group("tail"):
            items += _more_past_posts(sent, m.end("chain"))
        if _END.fullmatch(verb):
            status = "end"
        elif _PAST.fullmatch(verb):
            status = "past"
        elif _START.fullmatch(verb) or joined:
            status = "start"
        else:
            status = ""
        date, dm = _date_before(ctx, sent, vpos)
        end_date = None
        spans = list(_RANGE.finditer(sent.tpl, clause, vpos))
        rng = spans[-1] if spans else None
        if rng and sent.between(rng.end(), vpos, "D"):
            rng = None  # a later date nearer the verb
        if rng and len(spans) > 1 and all(re.fullmatch(r"(?:以及|及|和|、|，)", sent.tpl[a.end():b.start()])
                                          for a, b in itertools.pairwise(spans)):
            rng = _Span(spans[0], spans[-1])  # "2011年1月至2014年3月以及2015年1月至2020年9月担任"
        if rng and status in ("", "past", "start") and verb not in ("先后担任", "先后出任", "历任", "曾先后担任", "曾先后出任"):
            date = ctx.date_iso(sent.at(rng.start("d1")), sent)
            end_date = ctx.date_iso(sent.at(rng.start("d2")), sent)
            status = "range"
        elif status == "":
            before = sent.tpl[max(0, (sent.pos_of(dm) if dm else vpos) - 2):vpos]
            after_date = sent.tpl[sent.pos_of(dm) + 1:vpos] if dm else ""
            if dm and (re.match(r"[^，。；]{0,10}?(?:起|开始|以来|之初|伊始|时)", after_date)
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
        carried = False
        if status in ("start", "end"):
            date, carried = _own_or_carried(ctx, sent, date, m.end())
        conf = 0.8 if verb not in ("为", "是", "任") else 0.65
        pairs = list(zip(persons, items, strict=True)) if respectively and len(persons) == len(items) else [
            (who, item) for who in persons for item in items]
        for who, (company, info) in pairs:
            _emit_position(ctx, sent, who, company, info, f"verb-chain:{verb}", status if status != "past" else "",
                           date, conf, end_date, date_carried=carried)


def _appointments(ctx: Context, sent: Sent) -> None:
    for m in _APPOINT.finditer(sent.tpl):
        clause = _clause_start(sent, m.start())
        if _hedged(sent.tpl[clause:m.start()]) or m.group("verb") == "提名" or _CANDIDATE_AFTER.match(sent.tpl, m.end()):
            continue  # a nomination is a proposal, not an appointment
        person = sent.at(m.start("p")).key
        default = ctx.nearest_company(sent, m.start())
        date, _ = _date_before(ctx, sent, m.start())
        date, carried = _own_or_carried(ctx, sent, date, m.end())
        if m.group("pre"):
            for company, info in _chain_items(sent, m.start("pre"), m.end("pre"), default):
                _emit_position(ctx, sent, person, company, info, "appoint-pre", "", None, 0.8)
        status = "end" if m.group("verb") == "免去" else "start"
        for company, info in _chain_items(sent, m.start("chain"), m.end("chain"), default):
            _emit_position(ctx, sent, person, company, info, f"appoint:{m.group('verb')}", status, date, 0.85,
                           date_carried=carried)


#: "P担任C T的任职资格获监管核准", "P的董事长任职资格已获批复": a regulator's approval (guide v1.2)
_APPROVED = pattern(rf"(?P<p><P>)(?:的)?(?:担任|出任)?(?P<chain>{CHAIN})?(?:的)?(?:任职资格|高管任职资格)(?:已|正式)?(?:获得?|得到)(?:了)?[^，。；\ue000]{{0,16}}?(?:核准|批复|批准|同意)")


def _approvals(ctx: Context, sent: Sent) -> None:
    for m in _APPROVED.finditer(sent.tpl):
        if not m.group("chain") or _hedged(sent.tpl[_clause_start(sent, m.start()):m.start()]):
            continue
        date = _date_before(ctx, sent, m.start())[0]
        for company, info in _chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
            _emit_position(ctx, sent, sent.at(m.start("p")).key, company, info, "approved", "start", date, 0.8)


def _by_person(ctx: Context, sent: Sent) -> None:
    for rx, status in ((_BY_PERSON, ""), (_CHAIN_IS_PERSON, "")):
        for m in rx.finditer(sent.tpl):
            clause = _clause_start(sent, m.start())
            if _hedged(sent.tpl[clause:m.start()]):
                continue
            person = sent.at(m.start("p")).key
            default = ctx.nearest_company(sent, m.start("chain"))
            head = sent.tpl[max(0, m.start("chain") - 4):m.start("chain")]
            st = "start" if re.search(r"新一届|新任|接任|继任", head) or "接任" in m.group(0) else status
            date, _ = _date_before(ctx, sent, m.start()) if st else (None, None)
            for company, info in _chain_items(sent, m.start("chain"), m.end("chain"), default):
                _emit_position(ctx, sent, person, company, info, "chain-by-person", st, date, 0.8)


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


def _founders(ctx: Context, sent: Sent) -> None:
    for m in _FOUNDER.finditer(sent.tpl):
        person = sent.at(m.start("p")).key
        company = sent.at(m.start("c")).key if m.group("c") else None
        if company is None and (owner := re.search(r"(\ue001)(?:的)?(?:主要股东|大股东|第一大股东|控股股东|实际控制人)(?:为|是)$", sent.tpl[:m.start()])):
            company = sent.at(owner.start(1)).key  # "C主要股东为创办人兼主席P": the company whose founder
        if company is None and re.search(r"作为$", sent.tpl[max(0, m.start() - 2):m.start()]):
            # "作为创始团队核心成员之一，P…出任C…": the company the sentence goes on to name
            after = sent.between(m.end(), len(sent.tpl), "C")
            company = after[0].key if after else None
        if company:
            ctx.emit(Predicate.FOUNDED, person, company, sent, "founder-title", 0.8)
    for m in _FOUNDED_BY.finditer(sent.tpl):  # "C由A和B于2015年共同创立"
        if _hedged(sent.tpl[m.start():m.end()]):
            continue
        date, _ = _date_before(ctx, sent, m.end(), m.start())
        for key in [x.key for x in sent.between(m.start("people"), m.end("people"), "P")]:
            ctx.emit(Predicate.FOUNDED, key, sent.at(m.start("c")).key, sent, "founded-by", 0.85, date=date)
    for m in _FOUNDED_VERB.finditer(sent.tpl):
        if _hedged(sent.tpl[m.start():m.end()]) or KIND["C"] in m.group("mid"):
            continue
        person = sent.at(m.start("p")).key if m.group("p") else _founder_after(sent, m.end("c"))
        if person is None and not _FOUNDING_AS_MODIFIER.match(sent.tpl, m.end("c")):
            person = _subject_for(ctx, sent, m.start("mid"))
        date, _ = _date_before(ctx, sent, m.end("c"), m.start())
        ctx.emit(Predicate.FOUNDED, person, sent.at(m.start("c")).key, sent, "founded-verb", 0.85, date=date)
    for m in _CO_FOUNDERS.finditer(sent.tpl):
        target = ctx.nearest_company(sent, m.start())
        for key in list_items(ctx, sent, m.start("list"), m.end("list"), person_ok=True):
            if ctx.type_of(key) == "Person":
                ctx.emit(Predicate.FOUNDED, key, target, sent, "founders-list", 0.7)


#: How far (in analysed sentences) a company's dated reshuffle dates the
#: undated appointments and departures at the same company that follow.
_EVENT_WINDOW = 8


def _date_company_events(ctx: Context) -> None:
    """"8月8日，陆金所控股…披露…。…陆金所控股还有多名高管同时更换。陈东起被任命为…":
    an undated start or end at a company takes the date of the dated start or
    end at that company just before it (marked as carried, so a date the
    sentence states itself always wins)."""
    dated: dict[str, deque[tuple[int, str]]] = {}
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION or c.status not in ("start", "end") or c.rule in ("title-name-former", "role-first"):
            continue
        key = c.status
        window = dated.setdefault(c.object, deque())
        while window and c.sent - window[0][0] > _EVENT_WINDOW:
            window.popleft()
        if c.qualifiers.get(key) and key not in c.carried:
            window.append((c.sent, c.qualifiers[key]))
        elif not c.qualifiers.get(key):
            near = [d for _s, d in window]
            if near:  # the reshuffle's own date is the latest one named (not a career start)
                c.qualifiers[key] = max(near, key=lambda d: (d[:7], len(d)))
                c.carried = c.carried | {key}


def _successions(ctx: Context) -> None:
    """SUCCEEDED from explicit take-over verbs and from end/start pairs."""
    positions = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION]
    by_sent: dict[int, list[Candidate]] = {}
    for c in positions:
        by_sent.setdefault(c.sent, []).append(c)
    # 接任/接棒 without a title: the successor takes the role just vacated.
    for sent in ctx.sentences:
        for m in _TAKE_OVER.finditer(sent.tpl):
            if m.group("chain"):
                continue
            succ = sent.at(m.start("p")).key if m.group("p") else _subject_for(ctx, sent, m.start())
            if succ is None:
                continue
            ends = [c for j in (sent.i, sent.i - 1) for c in by_sent.get(j, [])
                    if c.status == "end" and c.subject != succ and c.rule != "title-name-former"]
            if not ends:
                continue
            e = ends[-1]
            q = {k: v for k, v in e.qualifiers.items() if k in ("role", "title")}
            if "end" in e.qualifiers:
                q["start"] = e.qualifiers["end"]
            new = ctx.emit(Predicate.HOLDS_POSITION, succ, e.object, sent, "take-over", 0.8, "start", **q)
            if new:
                by_sent.setdefault(sent.i, []).append(new)
    for sent in ctx.sentences:
        for m in (m for rx in (_SUCCEEDS_NAMED, _HANDS_OVER, _WHO_SUCCEEDS, _CHANGED_TO) for m in rx.finditer(sent.tpl)):
            succ = sent.at(m.start("succ")).key if m.group("succ") else _subject_for(ctx, sent, m.start())
            pred = sent.at(m.start("pred")).key
            if succ is None or succ == pred or _hedged(sent.tpl[_clause_start(sent, m.start()):m.start("pred")]):
                continue
            g = "chain" if m.group("chain") else "chain1" if "chain1" in m.groupdict() and m.group("chain1") else None
            if g is None:
                continue
            default = ctx.nearest_company(sent, m.start(g))
            date, _ = _date_before(ctx, sent, m.start())
            date, carried = _own_or_carried(ctx, sent, date, m.end())
            items = _chain_items(sent, m.start(g), m.end(g), default)
            # "接任A出任董事、董事长": A left the posts the article gives A, when it gives any
            known = {(c.object, c.qualifiers.get("role")) for c in positions if c.subject == pred}
            left = [(co, info) for co, info in items if (co, str(info.role)) in known] or items
            n = len(ctx.out)
            for company, info in items:
                _emit_position(ctx, sent, succ, company, info, "succeeds-named", "start", date, 0.85, date_carried=carried)
            for company, info in left:
                _emit_position(ctx, sent, pred, company, info, "succeeds-named", "end", date, 0.8, date_carried=carried)
            by_sent.setdefault(sent.i, []).extend(ctx.out[n:])
    def slot(c: Candidate, sent_i: int) -> tuple[str, object, object, int]:
        return (c.object, c.qualifiers.get("role"), c.qualifiers.get("title"), sent_i)

    ends_at: dict[tuple[str, object, object, int], list[Candidate]] = {}
    for cs in by_sent.values():
        for c in cs:
            if c.status == "end":
                ends_at.setdefault(slot(c, c.sent), []).append(c)
    # every pair is emitted: the article may state one succession several times, the merge keeps the dated statement
    starts = [c for cs in by_sent.values() for c in cs if c.status == "start"]
    for s in starts:
        for e in (e for d in (-1, 0, 1) for e in ends_at.get(slot(s, s.sent + d), [])):
            if s.subject == e.subject:
                continue
            date = s.qualifiers.get("start") or e.qualifiers.get("end")
            q = {k: v for k, v in s.qualifiers.items() if k in ("role", "title")}
            ent = ctx.inv.entities.get(s.object)
            sent = ctx.sentences[max(s.sent, e.sent)]
            ctx.emit(Predicate.SUCCEEDED, s.subject, e.subject, sent, "end-start-pair", 0.8,
                     company=ent.name if ent else None, date=date, **q)
