"""Chains of posts — `<C>? <T> (兼|、|及 <C>? <T>)*` — and the verbs around
them (start, end, past, state, appointment, hedges): the patterns every
positions rule builds on, and reading a chain into (company, title) items."""

from __future__ import annotations

import re

from extract.mention_records import KIND, TitleInfo
from extract.rules.templates import Sent, pattern
from schema import Role

#: (a company may be marked former or present: "原C1行长、现C2行长P"; or local: "为本地C副首席执行员")
ITEM = (r"(?:(?:现任|时任|原|前|现|本地|当地|本港|本土)?<C>(?:[（(](?:以下|下文)?(?:简称|下称|称)[^）)]{0,20}[）)]|[（(][“「\"]?<C>[”」\"]?[）)])?"  # "前总经理、现任C副总经理"; "C（S）董事长": its short name in brackets
        r"(?:[（(](?:<X>[:：]?)?(?:<K>|\d{4,6}(?:\.[A-Z]{2})?)[）)])?"  # "C（600999.SH）副行长": the stock code between
        # "X及其附属公司的首席运营官": a post across a group is the parent's
        r"(?:及其(?:附属|下属|旗下)?(?:公司|子公司|附属机构|成员企业))?(?:的|之)?"
        # a department named between company and title ("央行支付结算司司长"); the title keeps the role
        r"(?:[\u4e00-\u9fff]{1,8}?(?:司|局|处|厅|室|分行|支行|事业部|事业群|中心)|个险|团险|银保|区域)?"
        r"(?:(?:联合)?(?:创始人|创办人)(?:兼|、))?)?"  # "现任C创始人兼CEO": the founder's post at C
        # 专职 (full-time) is a rank like 常务: "专职副行长" is a 副行长
        # (one of several holders of the title: "该行另一名副行长", "其中一位副总裁")
        r"(?:另一名|另一位|另外一名|另外一位|其中一名|其中一位)?(?:新任|新一任|首任|现任|时任)?(?:第[一二三四五六七八九十\d]+届)?(?:董事会|监事会)?(?:专职)?<T>"
        r"(?:[（(]<T>[）)])?")  # "总经理（首席执行官）": a second title in brackets
SEP = r"(?:、|，?兼任?|和|及|以及|与|暨|(?:一职|职务)?(?:并兼任|并担任|并出任)|并|/)"  # (暨: "副总经理暨发言人P")
#: what a list of posts may hold besides titles: committee seats, a department's manager, informal labels ("掌门人")
#: (a business line's head, perhaps at a company: "历任公司" + a business line + "负责人、副总经理")
SKIP = (r"(?:[^，。；、\ue000-\ue007]{2,16}?(?:委员|成员|召集人)|[^，。；、\ue000-\ue007]{0,10}?部门经理|掌门人|当家人|领军人"
        r"|(?:<C>(?:的)?)?[^，。；、\ue000-\ue007]{0,10}?负责人|创始人|联合创始人|创办人)")
CHAIN = rf"(?:{SKIP}{SEP})*{ITEM}(?:{SEP}(?:{SKIP}{SEP})*{ITEM})*"

START_VERBS = (r"获委任为|获委任|被派任为|被派任|获派任为|获派任|被任命为|获任命为|被委任为|获任为|获任|委任为|任命为|聘任为|获聘任为|获聘为|获聘|受聘为|被聘任为|被聘为|"
               r"当选为|当选|获选为|被选举为|获选举为|被选为|选任为|被推选为|获推选为|被推举为|"
               r"自任(?![职命期内])|接任|接棒|继任|升任为|升任|晋升为|晋升|被提拔为|获提拔为|提拔为|被擢升为|擢升为|转任为|转任|改任为|改任|调任为|调任|赴任|出任|起任|履新|获批兼任|获批出任|获批担任|获核准担任|获批|加盟并出任|正式出任|成为|新任|当上了?|(?<!充)当了")  # (当上, 当了: the spoken "became"; 自任: a founder "took the post himself")
PAST_VERBS = r"官拜|曾先后担任|曾先后出任|先后担任|先后出任|曾担任|曾出任|曾任职|曾任|历任|曾为|原是|原为|曾是|原任"
END_VERBS = r"辞去|辞任|卸任|不再担任|不再兼任|不再出任|不再任|退任|离任|请辞|卸下|退出|被免去|免去"
STATE_VERBS = r"现任|目前担任|身兼|仍担任|继续担任|仍然担任|仍保留|继续留任|留任|续任|连任|保留|专任|兼任|担任|任职|出任为|任|为|是"  # (专任: keeps one post only)
APPOINT_VERBS = r"续聘|任命|委任|聘任|聘请|核准|提名|选举|改选|补选|推选|推举|批准委任|批准任命|宣布任命|选任|免去"
HEDGES = re.compile(r"(?<![虚模])拟(?!合)|后续(?:将|会)|建议(?=委任|任命|选举|委聘|聘任|重选)|传闻|据传|传言|被曝|曝出|或将|有望|可能|考虑|预计|计划|并未|没有|未曾|否认|待[\ue000\ue001]|未$")  # (未 right before the verb: "未兼任其总经理")

#: a sentence that reports a rumour: nothing in it is a fact
RUMOUR = re.compile(r"^(?:[\ue004，\s]|据悉|近期|近日|日前|此前|另外|此外|不过)*(?:有消息(?:指|称)|消息(?:指|称|人士)|据传|传闻|市场传言|有媒体爆料|坊间传|(?:坊间|业内|市场|圈内)?盛传)")

#: text right before a title that is the end of an unrecognised name, not a verb,
#: preposition or modifier ("捷付睿通合规负责人P", "寿险总经理P")
_NOT_IN_NAME = set("的了着过有是为在于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系让给跟随和与及")


_NAME_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _name_run_before(tpl: str, pos: int) -> str:
    """The letters right before template position `pos` that could be the end
    of a name: back to punctuation, a mention or a function word."""
    i = pos
    while i > 0 and _NAME_LETTER.match(tpl[i - 1]) and tpl[i - 1] not in _NOT_IN_NAME:
        i -= 1
    return "" if _ANNOUNCED_NEW.search(tpl, i, pos) else tpl[i:pos]


#: a verb of announcing and "new" before a title ("C宣布新总经理P到任", "迎来新董事长P"): no name ends there
_ANNOUNCED_NEW = re.compile(r"(?:宣布|公布|公告|披露|迎来|介绍|欢迎)(?:了)?新$")


def _unrecognised_name(text: str) -> bool:
    """Whether text before a title reads as a name (proper or unknown words:
    "中泰国际策略", "捷付睿通") rather than common words ("工作安排")."""
    from extract.jieba_words import get_jieba, word_tags
    from extract.name_words import segment

    if len(text) < 3:
        return False
    tags, freq = word_tags(), get_jieba().dt.FREQ
    for tok in segment(text, False):
        tag = tags.get(tok)
        if len(tok) == 1 or tag is None or tag.startswith(("nr", "ns", "nt", "nz")) or (freq.get(tok) or 0) < 50:
            return True
    return False


#: what makes a title before a name a new post or a former one
NEW_BEFORE = re.compile(r"(?:新任|新一任|候任|新接任的|接任的|变更为|变为|改为|换成)$|^(?:新任|新一任|候任)")
FORMER_BEFORE = re.compile(r"(?:原任|原|前任|前)$")
#: acting for a post: 代理行长, 暂代, 代为履行…职责, 代行…职权
_ACTING = re.compile(r"(?:代理|暂代|代为履行|代为行使|代行|临时)$")
#: a verb acting for a post ("代任总经理职务", "代为履行行长职责")
ACTING_VERB = re.compile(r"代$|代为$|暂$")
DATE_RANGE_HEAD = re.compile(r"[及并]?(?:于|在|自|从)?\ue004(?:至|到|-|—)(?:\ue004|今)(?:间|期间|年间)?")
START_RE = re.compile(START_VERBS)
END_RE = re.compile(END_VERBS)
PAST_RE = re.compile(PAST_VERBS)
APPOINT_RE = re.compile(APPOINT_VERBS)


class Span:
    """Two spans read as one: the first's start and the last's end."""

    def __init__(self, first: re.Match[str], last: re.Match[str]) -> None:
        self._first, self._last = first, last

    def start(self, group: str = "") -> int:
        if group == "d2":
            return self._last.start(group)
        return self._first.start(group) if group else self._first.start()

    def end(self, group: str = "") -> int:
        return self._last.end(group) if group else self._last.end()


#: a title naming a local government's unit and its head ("县农业局局长", "市外事办主任", "镇委书记"): the unit's post
GOV_BODY_TITLE = re.compile(r"(?:省|市|区|县|州|镇|乡)(?![场域块长])(?:委|政府|人民政府|[\u4e00-\u9fff]{1,6}?(?:局|厅|委员会|委|办公室|办))"
                            r"副?(?:局长|厅长|主任|书记|处长|科长|县长|区长|市长|镇长|乡长)$")


def chain_items(sent: Sent, a: int, b: int, default_company: str | None,
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
            if (items and not own_company and items[-1][1].title != info.title and info.title == m.text.removeprefix(info.modifier)
                    and (dept := _dept_of(items[-1][1]) if sep in ("和", "及") or _branch_pair(items[-1][1], info, sep)
                         else _branch_of(items[-1][1], info.title) if sep == "、" else "")):
                info = TitleInfo(Role.OTHER, dept + info.title, info.modifier)
            # "原县农业局局长P出任C董事长": a title that names its own unit of government is held there, not at C
            items.append((None if not own_company and GOV_BODY_TITLE.search(info.title) else company, info))
            own_company = False
            prev_end = sent.pos_of(m) + 1
    return items


#: "曾任A总经理，B首席执行官，C副董事长等": a career list goes on over commas,
#: each clause a company and its posts and nothing else
#: a bracketed aside after a post ("副总监（主持工作）") does not end the list
_MORE_POSTS = pattern(rf"[，,](?=<C>)(?P<chain>{CHAIN})(?:[（(][^（）()\ue000-\ue007]{{1,8}}[）)])?(?=等|[，,。；、]|$)")


_CHAIN_THEN_COMMA = pattern(rf"(?P<chain>{CHAIN})、$")


def chain_before_unknown(sent: Sent, a: int) -> re.Match[str] | None:
    """"C监事会主席、南山联盟理事长P": when the chain before a name starts
    with an organisation we do not know, the posts listed before it (up to
    the 、) are the person's still; the match of that earlier chain."""
    run = _name_run_before(sent.tpl, a)
    if not run or not _unrecognised_name(run):
        return None
    return _CHAIN_THEN_COMMA.search(sent.tpl, 0, a - len(run))


def more_past_posts(sent: Sent, end: int) -> list[tuple[str | None, TitleInfo]]:
    """The posts of the clauses that continue a 曾任/历任 list after `end`."""
    items: list[tuple[str | None, TitleInfo]] = []
    while (more := _MORE_POSTS.match(sent.tpl, end)) is not None:
        items += chain_items(sent, more.start("chain"), more.end("chain"), sent.at(more.start("chain")).key)
        end = more.end()
    return items


#: a post of a unit's party committee; a branch's leadership is written as one with its executive post ("党委书记、行长")
_PARTY_POST = re.compile(r"(?:党委|党组|党总支)(?:副)?(?:书记|委员|成员)$")
_BRANCH_WORD = re.compile(r"(?:分行|支行|分公司)")


def _branch_pair(prev: TitleInfo, info: TitleInfo, sep: str) -> bool:
    """"C" + a province + "分行" + "党委书记、行长", "C" + a province + "分行行长兼党委副书记": a branch's
    party post and its executive post joined by 、 or 兼 are both the
    branch's (a party post is always some unit's, so the pair is one unit's
    leadership); the title before carries the branch, the one after none."""
    if sep not in ("、", "兼", "，兼") or not _BRANCH_WORD.search(prev.title):
        return False
    return bool(_PARTY_POST.search(prev.title) or _PARTY_POST.search(info.title))


def _dept_of(info: TitleInfo) -> str:
    """The department part of a title ("信用保证保险事业部" of "…事业部总经理助理")."""
    if info.role is not Role.OTHER:
        return ""
    if (party := _PARTY_POST.search(info.title)) and party.start() > 0:
        return info.title[:party.start()]
    for t in sorted(_ALL_TITLES, key=len, reverse=True):
        if info.title.endswith(t) and len(info.title) > len(t):
            return info.title[: -len(t)]
    return ""


#: a branch opening a title ("江西省分行" of "江西省分行党委书记"), whose posts listed after it with 、 are the branch's too
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,10}?(?P<kind>分行|支行|分公司)(?=[\u4e00-\u9fff])")
#: the posts of a branch's own leadership, by the kind of branch: only these take the branch from the post before them
_BRANCH_POSTS = {"分行": ("行长", "副行长", "行长助理", "党委书记", "党委副书记"), "分公司": ("总经理", "副总经理", "总经理助理", "党委书记", "党委副书记")}


def _branch_of(info: TitleInfo, title: str) -> str:
    """"X省分行" + "党委书记、行长": the branch leads the list, so 行长 is the
    branch's (not the bank's); "深圳分公司总经理、高级副总裁", a career, is not."""
    m = _BRANCH.match(info.title) if info.role is Role.OTHER else None
    return m.group(0) if m and title in _BRANCH_POSTS["分公司" if m["kind"] == "分公司" else "分行"] else ""


PLAIN_TITLES: dict[Role, tuple[str, ...]] = {}


def _plain_titles() -> None:
    from schema import ROLE_LABELS

    for role, (zh, _en) in ROLE_LABELS.items():
        PLAIN_TITLES[role] = zh


_plain_titles()
_ALL_TITLES = {t for ts in PLAIN_TITLES.values() for t in ts} | {"总经理助理", "副总经理", "总经理"}
