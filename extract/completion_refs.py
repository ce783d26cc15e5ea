"""The day a deal was completed, and the later sentences that date themselves by it.

A report says once that a deal is done, with its day ("合并交易已于5月8日完成", "收购已于D顺利交割"),
and then, often paragraphs later, tells what holds from then on by that completion alone:
"新公司自完成日起由五名董事组成：…", "完成后，A的持股增至N%", "B于完成时辞任". Those
sentences name no day of their own; their day is the completion's. The sentence pass
(extract/pipeline.py) keeps the last completion day and carries it into such sentences, as it
carries the day of "同日".
"""

from __future__ import annotations

import re

#: right after a day: the deal was done that day ("…于D完成", "D已完成交割", "D顺利完成")
_DONE_AFTER = re.compile(r"\s*(?:已经|已經|已|正式|顺利|順利|如期)*(?:完成|交割完成|完成交割)(?![前之]|[后後](?:将|將))")
#: before the day: a completion still to come ("预计于D完成", "拟于D完成") is no completion day
_PENDING_BEFORE = re.compile(r"(?:预计|預計|预期|預期|拟|擬|计划|計劃|有望|将|將|争取|爭取|力争|力爭|目标|目標|料|或于|或於|须于|須於|最迟|最遲)[^，。；,;]{0,6}$")
#: a sentence that dates itself by the completion: "自完成日起", "于完成时", "完成后，", "完成当日"
AT_COMPLETION = re.compile(r"(?:自|由|从|從|于|於)?完成(?:之)?(?:日|时|時|当日|當日|当天|當天)(?:起)?|(?:^|(?<=[，,。；;\s]))(?:[^，,。；;]{0,12}?)完成(?:之)?[后後][，,]")


def completes_on(seg: str, start: int, end: int) -> bool:
    """Whether the day at seg[start:end] is the day a deal was completed (done, not planned)."""
    return _DONE_AFTER.match(seg, end) is not None and _PENDING_BEFORE.search(seg, max(0, start - 12), start) is None


#: "…，自完成日起生效": the day one change takes effect, its own clause's alone
_TAKES_EFFECT = re.compile(r"\s*(?:正式)?(?:生效|起效)")


def dated_by_completion(seg: str) -> bool:
    """Whether a sentence dates what it tells by a completion it does not date itself."""
    return AT_COMPLETION.search(seg) is not None


def sets_the_time(seg: str) -> bool:
    """Whether the completion a sentence refers to is the time of the sentences after it too ("自完成日起由五名
    董事组成：A…；B…", "于完成时，…"), not only the day its own clause takes effect ("…，自完成日起生效")."""
    return any(not _TAKES_EFFECT.match(seg, m.end()) for m in AT_COMPLETION.finditer(seg))
