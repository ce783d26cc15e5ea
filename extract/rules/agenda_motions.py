"""Board minutes' motions on officers: "案由：C T P因…请辞，拟自D起解任" and, in the next motion,
"案由：拟聘任C T2 Q为T". A motion only proposes (拟), so neither is a fact until its resolution
(决议：…通过) carries it; once carried, P leaves the post from the day the motion gives, Q takes the
post from the day the motion's notes give ("Q自D起生效"), and when the post Q takes is the one P
left, Q succeeds P — two agenda items apart, with no 接替 between them."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: a motion's subject line: a holder resigning, and the day the release would take effect
_RESIGNS = pattern(r"案由[：:](?P<chain>(?:<C>)?<T>)(?P<p><P>)[^，。；\ue000]{0,16}?(?:请辞|辞职|辞任|辞去)[^，。；\ue000]{0,6}?[，,]?"
                   r"(?:拟)?(?:自(?P<d><D>)起)?(?:解任|离任|卸任)?")
#: a motion's subject line: an appointment proposed
_APPOINTS = pattern(rf"案由[：:](?:拟)?(?:聘任|委任|任命|选任|聘请)(?:<C>)?(?:<T>)?(?P<p><P>)为(?P<chain>{CHAIN})")
#: the day a motion's notes give for the change ("Q自D起就任", "自D起生效")
_EFFECTIVE = pattern(r"自(?P<d><D>)起(?:生效|就任|到任|履新)")
#: the resolution that carries a motion (the raw text may be in either script)
_CARRIED = re.compile(r"[决決][议議][：:][^\n]{0,40}?(?:通过|通過)")
_MOTION = re.compile(r"案由[：:]")


def _motion_end(ctx: Context, sent: Sent) -> int:
    nxt = _MOTION.search(ctx.text, sent.end)
    return nxt.start() if nxt else len(ctx.text)


def _effective_day(ctx: Context, sent: Sent, until: int) -> str | None:
    for later in ctx.sentences[sent.i + 1:]:
        if later.start >= until:
            break
        if (m := _EFFECTIVE.search(later.tpl)) is not None:
            return ctx.date_iso(later.at(m.start("d")), later)
    return None


def agenda_motions(ctx: Context) -> None:
    if "案由" not in ctx.text or not ("决议" in ctx.text or "決議" in ctx.text):
        return
    left: list[tuple[str, str | None, str, str | None]] = []  # (person, company, role, day) of the last carried resignation
    for sent in ctx.sentences:
        if "案由" not in sent.tpl:
            continue
        until = _motion_end(ctx, sent)
        if not _CARRIED.search(ctx.text, sent.end, until):
            left = []
            continue
        default = ctx.focus
        if (m := _RESIGNS.search(sent.tpl)) is not None:
            day = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
            person = sent.at(m.start("p")).key
            left = []
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                emit_position(ctx, sent, person, company, info, "motion-resigned", "end", day, 0.8)
                left.append((person or "", company, str(info.role), day))
        elif (m := _APPOINTS.search(sent.tpl)) is not None:
            day = _effective_day(ctx, sent, until)
            person = sent.at(m.start("p")).key
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                emit_position(ctx, sent, person, company, info, "motion-appointed", "start", day, 0.8)
                for former, at, role, end in left:
                    if at == company and role == str(info.role) and former != person:
                        ent = ctx.inv.entities.get(company) if company else None
                        ctx.emit(Predicate.SUCCEEDED, person, former, sent, "motion-successor", 0.8,
                                 company=ent.name if ent else None, role=role, date=day or end)
            left = []


#: a motion's title around an appointing verb: "关于选举P为董事的议案", "關於委任P為執行董事之決議案"
_TITLE_OPEN = re.compile(r"[关關][于於](?:[^，。；》」\n]*)$")
_TITLE_CLOSE = re.compile(r"[^，。；《「\n]*?(?:的|之)?(?:议案|議案|决议案|決議案|提案)")
#: a list's heading that introduces motions: "…以下议案：", "…以下決議案："
_LIST_HEAD = re.compile(r"以下[^\n。]{0,8}?(?:议案|議案|决议案|決議案|提案|事项|事項)[：:]?\s*$", re.M)
#: an item of such a list: "3. ", "(3) ", "（三）", "二、"
_ITEM = re.compile(r"\s*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.．、]|[①-⑩])")
#: the text says the motion passed or the body decided: "审议通过", "获股东大会批准", "当选", "董事会决定以下事项",
#: "会议形成以下决议" (a resolution, not a 决议案 put to the vote), "同意聘任"
_PASSED = re.compile(r"通过|通過|批准|当选|當選|获准|獲准|表决结果|表決結果|决定|決定|同意|[决決][议議](?!案)|议定|議定")
#: how far back a list's heading may be (a heading a few motions above)
_HEAD_REACH = 1500


def _line_start(text: str, at: int) -> int:
    """The start of the line `at` is on, looked for no further back than a heading may be (a text of one long
    line costs no more per appointment than a short one)."""
    return max(text.rfind("\n", max(0, at - _HEAD_REACH), at) + 1, max(0, at - _HEAD_REACH))


def proposed_motion(ctx: Context, sent: Sent, start: int, end: int) -> bool:
    """Whether the appointment matched at [start, end) of the sentence is only a motion put to a meeting, which
    gives no post until the text says it passed (a proxy solicitation, a requisition for a meeting, an agenda):
    the verb inside a motion's title ("关于选举P为…的议案"), or an item of a list headed "审议以下议案" /
    "提呈以下決議案". A heading or the item saying 通过/批准/当选 carries it, so a meeting's results still give the post."""
    if _PASSED.search(sent.tpl):
        return False
    in_title = _TITLE_OPEN.search(sent.tpl, 0, start) is not None and _TITLE_CLOSE.match(sent.tpl, end) is not None
    text = ctx.text
    line = _line_start(text, sent.start)
    if not in_title and not _ITEM.match(text, line):
        return False
    if "以下" not in text[max(0, line - _HEAD_REACH):line]:
        return in_title  # a title with no heading and no word of passing: "股东提请审议关于选举P为董事的议案"
    head = next(reversed(list(_LIST_HEAD.finditer(text, max(0, line - _HEAD_REACH), line))), None)
    if head is None:
        return in_title
    head_line = text[_line_start(text, head.start()):head.end()]
    return not _PASSED.search(head_line) and not _PASSED.search(text, head.end(), line)
