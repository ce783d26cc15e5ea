"""Posts that take effect on a regulator's approval.

"董事会于D1选举P为董事长" + "，其任职自" + "…" + the day the regulator approves it + "起生效。" + "…D2，本行收到
批复" + "，核准P" + a post + "的任职资格": P's post starts on D2, not on the day of the board
meeting; "A的辞职自P" + "任职资格获核准之日" + "起生效" ends A's post on D2 too, not on the
day A's letter was received. D2 is the date of a sentence near by that says
the qualification was approved.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate

#: a post (or a leaving) that takes effect on the approval: "自监管核准之日起生效", "自P" + "任职资格获核准之日" + "起"
_ON_APPROVAL = re.compile(r"(?:核准|批准|获批)[^。；，]{0,12}?之日")
#: a sentence that reports the approval and its date: "已于D获核准", "D，本行收到…批复，核准…任职资格"
_APPROVED = re.compile(r"核准|批准|批复|获批")
#: a date with the approval right after it: "于D获核准", "D获监管机构批准"
_DATE_THEN_APPROVED = re.compile(KIND["D"] + r"(?:[^，。；\ue000-\ue003]{0,10}?)(?:获|经|得到)[^，。；]{0,8}?(?:核准|批准|批复)")
#: how many analysed sentences away the approval may be reported
_WINDOW = 3


def _approval_date(ctx: Context, cue_sent: Sent, cue_at: int) -> str | None:
    """The date a sentence near the cue gives the approval: a date followed by
    获…核准, or the date that opens a sentence reporting the approval."""
    for j in sorted(range(max(0, cue_sent.i - _WINDOW), min(len(ctx.sentences), cue_sent.i + _WINDOW + 1)),
                    key=lambda j: abs(j - cue_sent.i)):
        sent = ctx.sentences[j]
        floor = cue_at if j == cue_sent.i else 0
        if not _APPROVED.search(sent.tpl, floor) or ("之日" in sent.tpl[floor:] and j != cue_sent.i):
            continue
        m = _DATE_THEN_APPROVED.search(sent.tpl, floor)
        pos = m.start() if m else None
        if pos is None and j != cue_sent.i:
            head = re.match(r"[^，。；\ue000-\ue003]{0,3}(" + KIND["D"] + r")[，,]", sent.tpl)
            if head and "任职资格" in sent.tpl and _APPROVED.search(sent.tpl, head.end()):
                pos = head.start(1)
        if pos is None:
            continue
        iso = ctx.date_iso(sent.at(pos), sent)
        if iso and len(iso) >= 7:
            return iso
    return None


def date_on_approval(ctx: Context) -> None:
    """Start (or end) on the approval's date the posts a sentence says take effect then:
    those the sentence gives, and the posts left by a person whose 辞职 it names."""
    for sent in ctx.sentences:
        m = _ON_APPROVAL.search(sent.tpl) if "之日" in sent.tpl else None
        if m is None:
            continue
        iso = _approval_date(ctx, sent, m.end())
        if iso is None:
            continue
        # "A的辞职自…之日起生效": A's leaving stated in the sentence before
        leaving = {p.key for p in sent.between(0, m.start(), "P")
                   if re.match(r"(?:的)?(?:辞职|辞任|离任|退任)", sent.tpl[sent.pos_of(p) + 1:sent.pos_of(p) + 4])}
        for c in ctx.out:
            if c.predicate is not Predicate.HOLDS_POSITION or c.status not in ("start", "end"):
                continue
            if c.sent == sent.i or (c.sent == sent.i - 1 and c.subject in leaving and c.status == "end"):
                c.qualifiers[c.status] = iso
                c.carried = c.carried - {c.status}
