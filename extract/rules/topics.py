"""The company a sentence is about (its topic), which a bare title or 公司
later in the text falls back to.

A sentence's first company is its topic only when nothing but a date, a
connective or an attribution comes before it; a person, a title or a
preposition before it makes it something said about another.
"""

from __future__ import annotations

import re
from typing import Protocol

from extract.mention_records import Inventory, Mention
from extract.name_scan import NameScan
from text.normalize import norm_name


class Sent(Protocol):
    """What the topic reads of a sentence (`extract.rules.templates.Sent`; a protocol, as `base` imports this module through `post_company`)."""

    tpl: str
    mentions: list[Mention]

    def at(self, pos: int) -> Mention: ...

    def pos_of(self, m: Mention) -> int: ...


#: (the owner's stock code may come between: "A集团（0871）旗下B宣布…")
_TICKER = r"(?:[（(][0-9A-Za-z.:：\s\u4e00-\u9fff]{1,16}[）)])?"
#: (or a line of business before 子公司 and a dash before the name: "C财富管理子公司——B…")
_LINE_SUB = r"(?:[^\ue000-\ue007，。；、：“”]{0,8}?(?:全资|控股)?子公司(?:——|—)|(?:全资|控股)?子公司)"
#: a sentence that opens with a subsidiary's line of business, a dash and its name
_LINE_SUB_HEAD = re.compile(r"^[^\ue000-\ue007，。；、：“”]{0,8}?(?:全资|控股)?子公司(?:——|—)\ue001")
#: (系 the group a firm belongs to, "A系B": not 系由, "was set up by")
_OWNER_OF_NEXT = re.compile(rf"{_TICKER}(?:的)?(?:旗下|{_LINE_SUB}(?=\ue001))|系(?!由)")


_ONCE_HELD = re.compile(r"(?:时任|曾任|原任)$")
#: a company a person comes from, before 的 and the person: "来自C的P", "出身C的P"
_CAME_FROM = re.compile(r"(?:来自|出身于|出身|源自)$")
#: a sentence that opens with a company and its former self: "C前身为B", "C的前身是B" (C is the name it has now)
_NOW_NAMED_HEAD = re.compile(r"(\ue001)(?:的)?前身(?:为|是)")
#: a company founded, its verb closing the clause: "…，C创办，…", "C正式揭牌成立，…"
_FOUNDED_HERE = re.compile(r"\ue001(?:正式)?(?:创办|创立|成立|设立|开业|揭牌成立|挂牌成立)[，,]")
#: after a company, its post and a person elected or appointed to a post at another company: "C1 T P获选为C2 T2"
#: (not one who moves, "时任C1 T P转任C2 T2": the text may go on about C1)
_DESCRIBED_TAKES = re.compile(r"(?:的)?\ue003(?:[、兼及]\ue003)*\ue000[^，。；\ue001]{0,3}?(?:获选为|当选为|获委任为|获任命为)\ue001")
#: …and one elected to a post named with no company: the post is at the company spoken of before (a meeting's: "会上，
#: C1" + a post + "P获选为董事会主席"), C1 only describes P
_DESCRIBED_TAKES_BARE = re.compile(r"(?:的)?\ue003(?:[、兼及]\ue003)*\ue000[^，。；\ue001]{0,3}?(?:获选为|当选为|获委任为|获任命为|获推选为)\ue003")
#: a clause of time that opens a sentence ("C1成为C2控股股东后，"): the sentence's subject is the next clause's
#: an opinion's frame of its own checking before the clause it states ("经C律师核查，", "据C核实，", "C经审查，"): the author
#: checks, the company after the comma is what the sentence is about (a law firm's, an auditor's report on its client)
_CHECKED_BY = re.compile(r"(?:经|据|根据)?\ue001(?:经办)?(?:律师|会计师|注册会计师|审计师)?(?:经)?(?:核查|查验|审查|审核|核实|调查|了解|确认|查阅)"
                         r"[^，,。；\ue000-\ue007]{0,8}[，,](?=\ue001)")
_TIME_CLAUSE = re.compile(r"[^，。；：]{2,40}?(?:之后|以后|后|之际|时)[，,](?P<gap>[^，。；：\ue000-\ue007]{0,6}?)(?=\ue001)")
_DESCRIBES_HOLDER = re.compile(r"(?:的)?(?:\ue003|[\u4e00-\u9fff]{1,6}?)的")


#: a sentence turning to a company as its topic ("说到C，其原行长P…", "最后是C，该行…", "至于C，…"): a column's
#: next item, about that company (after 是 the company is otherwise an object: `_OBJECT_HEAD`)
TURNS_TO = re.compile(r"^(?:(?:最后|其次|再次|接下来|然后|再)(?:是|看)|说到|谈到|提到|说起|谈起|至于|先看|回到|轮到)\ue001[，,]")


def topic_of(sent: Sent) -> str | None:
    """The company a sentence is about: its first company, when that comes
    at the head of the sentence (after a date at most) and is not a modifier
    (平安集团旗下的…, 来自…的). A sentence that ends in the name the company
    has now ("A成立于D1" + "，D2更名为现名") is about the company it became,
    the one the text has been speaking of: no topic of its own."""
    if (turns := TURNS_TO.match(sent.tpl)) is not None:
        return sent.at(turns.end() - 2).key
    if sent.tpl[:3].find("\ue001") >= 0 and (checked := _CHECKED_BY.match(sent.tpl)) is not None:
        return sent.at(checked.end()).key  # "经B律师核查，C于D设立，现法定代表人为P": C's, not the law firm's
    if (dash := _LINE_SUB_HEAD.match(sent.tpl)) is not None:
        return sent.at(dash.end() - 1).key  # "产业投资子公司——B…，…": the subsidiary the dash names
    if "为现名" in sent.tpl:
        if (named := _NOW_NAMED_HEAD.match(sent.tpl)) is not None:
            return sent.at(named.start(1)).key  # "C前身为B，…更名为现名": C is the name now, the company spoken of
        return None
    if (joins := _JOINS.match(sent.tpl)) and re.search(r"\ue000|[他她]", joins.group(0)) and _TAKES_POST_NEXT.match(sent.tpl, joins.end()) and not any(
            m.kind == "C" and not m.focus and sent.pos_of(m) >= joins.end() for m in sent.mentions):
        return sent.at(joins.end() - 1).key  # "2011年，P加盟C，出任副行长": the text follows P to C
    if (founds := _FOUNDS.match(sent.tpl)) and "\ue000" in founds.group(0):
        return sent.at(founds.end() - 1).key  # "P与Q共同发起设立C，…。P自公司设立起担任…": the text follows the company founded
    if (born := _FOUNDED_HERE.search(sent.tpl)) is not None:
        return sent.at(born.start()).key  # "在P等人的倡议下，C创办，P任首任理事长": the company the sentence founds
    if ((clause := _TIME_CLAUSE.match(sent.tpl)) is not None and not _PREAMBLE.sub("", clause.group("gap"))
            and (head := sent.at(clause.end())).kind == "C" and head.key):
        return head.key  # "C1成为C2控股股东后，该行随即召开董事会": the main clause's subject, not the time clause's
    for m in sent.mentions:
        if m.kind != "C" or (m.text.endswith("交易所") and not m.focus):
            continue  # "在新加坡交易所上市的X…": an exchange is where the company lists, not what the text is about
        p = sent.pos_of(m)
        if not head_is_preamble(sent.tpl[:p]) and not (
                _OWNER_OF_NEXT.match(sent.tpl, p + 1) and head_is_preamble(_BYLINE.sub("", sent.tpl[:p]))):
            return None  # (a byline before a parent and its arm: "【X讯】（记者P）A旗下B宣布…" is about B)
        if _ONCE_HELD.search(sent.tpl[:p]) and _DESCRIBES_HOLDER.match(sent.tpl[p + 1:]):
            return None  # "时任C主任的他辞职…": the company describes the person, who the sentence is about
        if _CAME_FROM.search(sent.tpl[:p]) and sent.tpl.startswith("的\ue000", p + 1):
            return None  # "来自C的P获批出任总经理": where P comes from describes P; the post is at the company spoken of
        if _OWNER_OF_NEXT.match(sent.tpl, p + 1):
            # "A集团旗下（的又一家子公司）B发布…", "A子公司B近年…": B is what the sentence is about
            owned = OWNED_NEXT.match(sent.tpl, p + 1)
            return sent.at(owned.end() - 1).key if owned else None
        if _DESCRIBED_TAKES_BARE.match(sent.tpl, p + 1):
            return None  # "C1" + a post + "P获选为董事会主席": the board of the company spoken of before, not C1
        if (took := _DESCRIBED_TAKES.match(sent.tpl, p + 1)) is not None:
            return sent.at(took.end() - 1).key  # "C1亚太区首席执行官P获选为C2董事长": C1 describes P; the sentence is about C2
        if _HOLDS_SHARES_OF_IT.match(sent.tpl, p + 1) or _FORMER_HOLDER_NEXT.match(sent.tpl, p + 1) or _HOLDER_OF_IT.match(sent.tpl, p + 1):
            return None  # "其他股东中，A持股12%": a holder of the company the text speaks of, which stays the topic
        return m.key
    return None


#: a person joining or founding a company, the sentence's first: "P加盟C", "P于2011年加入C", "她与Q共同创立C"
_JOINS = re.compile(r"[^。；\ue001]{0,24}?(?:加盟|加入|调入|入职|创立|创办|创建)(?:了)?\ue001")

#: people registering a company, the sentence's first: "D，P与Q共同发起设立C" (a record's words; a story's 创办
#: goes on to the company the founded one became, which the text names by its present name; but not a founding
#: together, "P与Q共同创办C，Q任T": the text follows the company the partners founded)
_FOUNDS = re.compile(r"[^。；\ue001]{0,24}?(?:(?:共同|联合|一起|合伙)?(?:发起设立|出资设立|共同设立)|(?:共同|联合|一起|合伙)(?:创办|创立|创建))(?:了)?\ue001")
#: …and takes a post there in the next clause: "，出任副行长", "，担任首席风控官" (not "，历任…": a past career)
_TAKES_POST_NEXT = re.compile(r"[，,](?:并|随即|即)?(?:出任|担任|任)\ue003")

#: a company's former holder named after it ("B原股东A持股12%"): A and its holding are the sentence's, B only describes A
_FORMER_HOLDER_NEXT = re.compile(r"(?:的)?(?:原|前)(?:控股|第一大|大)?股东(?:之一)?\ue001")
#: a holding with no company after it: the holder's share of the company being spoken of
#: a holder named as one with no company after ("C是主要出资人", "C为第一大股东"): a holder of the company spoken of
_HOLDER_OF_IT = re.compile(r"(?:是|为|系)(?:主要|最大|第一大|第二大|控股|大)?(?:出资人|股东|发起人)(?:之一)?[，,。；]")
_HOLDS_SHARES_OF_IT = re.compile(r"(?:则|也|另|亦|合计|共|目前|现)?(?:持股|持有)(?:比例)?(?:为|达|约)*\ue007")


#: what follows a parent before the company it owns: "旗下的又一金融科技子公司B"
OWNED_NEXT = re.compile(rf"{_TICKER}(?:的)?(?:旗下(?:的)?[^\ue000-\ue007，。；、：“”]{{0,12}}?|{_LINE_SUB})\ue001")


_PREAMBLE = re.compile(
    r"[\ue004，、：“”\s\d年月日]|据悉|此外|同时|其中|目前|日前|近日|另外|而|但|此前|随后|截至|今年以来|数据显示|财报显示|公告显示"
    r"|资料显示|上半年|下半年|值得注意的是|与此同时|不过|对此|据了解|同日|当日|当天|同月|当月|同年|当年|次日|翌日|当晚"
    r"|《[^》\ue000-\ue007]{1,12}》(?=记者)|记者|笔者"  # "《某报》记者" + a verb + "，C…": the reporter's attribution
)

#: a paper's dateline or its reporter's byline opening a story ("【北岛日报讯】（记者P）", "【记者P／台北报道】"): no subject
_BYLINE = re.compile(r"^\s*(?:【[^】\ue001\ue002]{1,24}】|[（(]记者[^（）()\ue001]{1,10}[）)])+")


#: a head that makes the company after it an object, not the subject ("受益于平安集团的…", "对于X等公司")
#: and a speaker's possessive ("我们的X模式"): what follows is a thing of theirs, not a company the sentence is about
#: and a career verb with no person before it ("曾任C" + a department's head + "，" + a year + "加盟…": a résumé's line, the company a former employer)
_OBJECT_HEAD = re.compile(r"(?:于|对|向|从|与|和|给|被|把|由|跟|同|替|为|是|及|以及|包括|除|我们的|我的|曾任|曾担任|历任|原任|曾在|通过|透过)$")


#: a party's label in a judgment's or a contract's list of parties ("第三人：C", "乙方：C"): the company is one party
#: among others, not what the text goes on to speak of
_PARTY_LABEL = re.compile(r"(?:原告|被告|第三人|申请人|上诉人|原审[\u4e00-\u9fff]{0,3}|申请执行人|被执行人|[甲乙丙丁]方|转让方|受让方|出让方"
                          r"|委托人|受托人|债权人|债务人|担保人|抵押人|质权人|出质人)$")


def is_party(head: str) -> bool:
    """Whether the words before a company end in a party's label ("第三人：", "乙方:")."""
    return _PARTY_LABEL.search(head.rstrip("：: \u3000")) is not None


def head_is_preamble(head: str) -> bool:
    """Whether what precedes a sentence's first company is only a date, a
    connective or an attribution ("数据显示" + "，" + a period + "…"), so that the
    company is the sentence's subject. A person or a title before it
    ("新任董事长P曾任C…") or a preposition right before it ("实施收入受益于C")
    makes the company something the sentence says about another."""
    if "\ue000" in head or "\ue003" in head:
        return False
    rest = _PREAMBLE.sub("", head)
    return len(rest) <= 8 and not (rest and (_OBJECT_HEAD.search(rest) or _PARTY_LABEL.search(rest)))



#: a rename's verb: the company named after it is the one the text goes on calling 公司
_RENAMED_AS = re.compile(r"(?:更名|变更|改名)为")


class CalledCompany:
    """The company a story calls 公司 (its own), which a new paragraph is about rather than the last company
    named (a former employer, a sister firm). A rename of it ("C1公告称，公司名称变更为C2") makes the new name
    the one meant, even where 公司 is later read as the old name."""

    def __init__(self) -> None:
        self.key: str | None = None
        self._renamed: dict[str, str] = {}

    def paragraph(self, inv: Inventory, surf_re: NameScan | None, seg: str, topic: str | None) -> str | None:
        """The topic a new paragraph (`seg`, its first sentence) starts from: the company the story calls 公司,
        not the last one named. One opening on a firm at its head goes on from there ("C成立于…，…更为现名"),
        and one opening on another firm turns the story to it ("而在此前，C2披露…"): 公司 is no longer known."""
        m = surf_re.search(seg, 0, 40) if surf_re is not None else None
        key = inv.surface.get(norm_name(m.group(0))) if m and head_is_preamble(seg[:m.start()]) else None
        if key is None or not key.startswith("C:"):
            return self.key
        if key != self.key:
            self.key = None
        return topic

    def update(self, ms: list[Mention], start: int, seg: str) -> None:
        said = next((m.key for m in reversed(ms) if m.kind == "C" and m.text == "公司" and m.key), None)
        if said is not None:
            self.key = self._renamed.get(said, said)
        if self.key and "为" in seg and (rn := _RENAMED_AS.search(seg)) and next(
                (m.key for m in reversed(ms) if m.kind == "C" and m.start < start + rn.start()), None) == self.key:
            new = next((m.key for m in ms if m.kind == "C" and m.key and m.start >= start + rn.end()), None)
            if new and new != self.key:
                self._renamed[self.key], self.key = new, new


#: the last clause of a sentence: a person, perhaps an adverb, then a verb of holding a post at the article's own
#: company called by its self word ("，P现任集团T。")
_OWN_LAST_CLAUSE = re.compile(r"[，,；;]\ue000(?:先生|女士)?(?:现|目前|现时|亦|也|同时|则)?(?:任|担任|出任|兼任)(\ue001)\ue003[^，,；;\ue000-\ue007]{0,6}[。；;]?\s*$")
#: the self words by which an article calls its own company: 集团, 公司, 本集团, 该行
_SELF_WORDS = frozenset({"集团", "公司", "本集团", "本公司", "该集团", "该公司", "该行", "本行"})


def returned_to_own(sent: Sent) -> str | None:
    """The article's own company when a sentence ends in a clause that gives someone a post there, calling it by its
    self word ("C2由P与Q创立，Q目前担任集团T。"): the story is back at its own company, whatever the sentence
    opened on; else None."""
    if "\ue000" not in sent.tpl or (m := _OWN_LAST_CLAUSE.search(sent.tpl)) is None:
        return None
    own = sent.at(m.start(1))
    return own.key if own.text in _SELF_WORDS else None
