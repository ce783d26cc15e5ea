"""Which company a bare post belongs to, read from the paragraph around it (for
`Context.nearest_company`): a chronicle's dated line is the chronicle's company's; a paragraph opened by
"管理层方面，" is the article's company's; "A退休，T由B接任" is the company where A held T; "组建了C，P被推选为T" is the firm just formed."""

from __future__ import annotations

import re
from typing import Any

from extract.chronicle import has_dated_lines, is_dated_line
from extract.mention_records import KIND, TitleInfo
from schema import Predicate

#: a sentence opening with a post, perhaps after a short head clause (a head clause ("…方面") + ", 总经理P…"); a dated line ("<D>：")
_OPENS_ON_POST_OR_DATE = re.compile(r"(?:[^，。；\ue000-\ue007]{1,8}[，,])?" + KIND["T"] + "|" + KIND["D"] + "[：:]")
#: a paragraph turning to the company's people
PERSONNEL_HEAD = re.compile(r"(?:人事(?:变动|调整|安排)?|管理层|高管(?:团队)?|管理团队)(?:方面|上|部分)[，,]")
#: a person leaving, no post named, closing a clause: "A同志退休，", "A到龄退休，"
_LEAVER = re.compile(r"(\ue000)(?:同志|先生|女士)?(?:已|因[^，。；\ue000-\ue003]{0,8})?(?:到龄)?(?:退休|离任|卸任|辞职|离职)[，,](?!.*\ue001)")


def opens_on_post_or_date(tpl: str) -> bool:
    """Whether a sentence template opens on a bare post or a timeline's date: in a research note or a
    chronicle, such a sentence is about the covered company whatever the sentence before named."""
    return _OPENS_ON_POST_OR_DATE.match(tpl) is not None


def timeline_line(text: str, memo: dict[str, Any], start: int) -> bool:
    """Whether the sentence at `start` is a dated line of a chronicle (`extract.chronicle`)."""
    if (lines := memo.get("timeline")) is None:
        lines = memo["timeline"] = has_dated_lines(text)
    return bool(lines) and is_dated_line(text, start)


def under_personnel_head(text: str, before: Any, start: int) -> bool:
    """Whether a sentence at `start` goes on, in the same paragraph, from `before` that opened "管理层方面，…"
    naming no company first (not "人事方面，C1同日…": C1's paragraph)."""
    head = PERSONNEL_HEAD.match(before.tpl)
    return head is not None and "\n" not in text[before.end:start] and before.tpl[head.end():head.end() + 1] != "\ue001"


def leaver_company(ctx: Any, sent: Any, before: int) -> str | None:
    """"A退休" + "，董事长职务由B接任": the company where the text last gave A the post at `before`."""
    if "\ue000" not in sent.tpl[:before] or (m := _LEAVER.search(sent.tpl, 0, before)) is None:
        return None
    info = sent.at(before).value if sent.tpl[before:before + 1] == "\ue003" else None
    who = sent.at(m.start(1)).key
    if not isinstance(info, TitleInfo) or who is None:
        return None
    held = [c.object for c in ctx.by_subject(who) if c.predicate is Predicate.HOLDS_POSITION and c.sent <= sent.i
            and c.qualifiers.get("role") == str(info.role) and c.status != "end"]
    return held[-1] if held else None


#: a post handed on, opening its clause: "总裁一职交由P接任", "董事长职务由P接替"
_HANDED_ON = re.compile(r"(\ue003)(?:一职|职务|职位)?(?:交由|交给|由)[^，。；\ue001]*")


def handed_on_company(sent: Any, clause: int, before: int) -> str | None:
    """"P2加盟C任总裁" + "，后改任董事长" + "，总裁一职交由" + a former post + "Q接任": the post handed on is the one the
    sentence gave at C before, so Q's titles in that clause are C's (not an earlier employer's)."""
    if (m := _HANDED_ON.match(sent.tpl, clause)) is None or m.end() < before or "\ue001" in sent.tpl[clause:before]:
        return None
    role = getattr(sent.at(m.start(1)).value, "role", None)
    for p in range(clause - 1, -1, -1):
        if sent.tpl[p] == "\ue003" and getattr(sent.at(p).value, "role", None) == role:
            named = sent.between(0, p, "C")
            return named[-1].key if named else None
    return None


#: a clause that forms a firm, right before the clause that gives its first posts ("组建了C" + "，P被推选为首任董事长")
_FORMED = re.compile(r"(?:组建|成立|创办|创立|设立|筹建|办起|组成|合并为|改制为)(?:了)?(\ue001)[，,]$")


def formed_before(sent: Any, clause: int, before: int) -> str | None:
    """The firm the clause before the post's formed, when the post's clause names a person and no firm."""
    if clause < 2 or "\ue001" in sent.tpl[clause:before] or "\ue000" not in sent.tpl[clause:before]:
        return None
    m = _FORMED.search(sent.tpl, max(0, clause - 12), clause)
    return sent.at(m.start(1)).key if m else None


#: a clause with 他/她 as its subject: a story going on about the person named before
_HE_SUBJECT = re.compile(r"(?:^|[，,；])(?:[^，,；\ue000-\ue007]{0,6}[，,])?(?:他|她)(?![们的])")


def pronoun_run(sentences: list[Any], i: int) -> int:
    """How many sentences right before sentence `i` speak of their person only as 他/她 (a career told
    year by year: "2000年，他加入C…。两年后，他被调往D…"): the reach back to the name grows by as many."""
    n = 0
    while i - 1 - n >= 0 and "\ue000" not in (tpl := sentences[i - 1 - n].tpl) and _HE_SUBJECT.search(tpl) and n < 6:
        n += 1
    return n


#: a sentence saying a company is (has become) another's subsidiary: "交易完成后，S成为F的子公司", "S仍为F的控股子公司"
_BECAME_SUB = re.compile(r"(\ue001)(?:仍|已|正式|随即|即|将|即将|亦将)?(?:成为|为|是|变为|沦为)(\ue001)(?:的|之)(?:控股|全资|非全资)?(?:子公司|附属公司|附属机构)[。；]?$")


def deal_target(ctx: Any, sent: Any) -> str | None:
    """A personnel paragraph ("人事方面，" / "管理层方面，") right after a sentence saying S is or has become the
    subsidiary of F (a takeover, a capital increase told just before): its bare posts are S's,
    the firm whose people the deal changes, not the buyer's ("…S成为F的子公司。" + "人事上，A已离任，…")."""
    head = sent.i
    while head >= 0 and not PERSONNEL_HEAD.match(ctx.sentences[head].tpl):
        if head == 0 or "\n" in ctx.text[ctx.sentences[head - 1].end:ctx.sentences[head].start] or sent.i - head >= 4:
            return None
        head -= 1
    if head <= 0 or ctx.sentences[head].tpl[PERSONNEL_HEAD.match(ctx.sentences[head].tpl).end():][:1] == KIND["C"]:
        return None
    last = ctx.sentences[head - 1]
    if not ctx.adjacent(head - 1, head):
        return None
    m = _BECAME_SUB.search(last.tpl)
    if m is None or ctx.is_regulator(last.at(m.start(2)).key or ""):
        return None
    return last.at(m.start(1)).key
