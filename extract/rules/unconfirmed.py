"""Changes of post a sentence does not state as done: a rumour ("据知情人士透露，A将出任…",
"市场传闻…", "…，目前尚未获得官方确认") or a board's proposal still waiting for the
shareholders ("委任A为" + a post + "，尚须经股东大会批准", "…的议案" + "，将提请股东大会审议", "新人事将于
临时股东会后生效"), or a post the writer only expects someone to take ("新董事长预料由A出任", "预计将由A接任").
Guide v1.2: rumoured or proposed appointments are not facts. What such a
sentence says of someone's present post ("天衡人寿董事长A将调任…": A is
chairman) stays; the post taken or left, and a succession, go.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: a cheap gate: a sentence without one of these words is no rumour or pending proposal
_GATE = re.compile(r"知情|传闻|传言|传出|证实|确认|成真|股东|预料|预计|预期|可望|有望|料将|料由")
#: (and a rumour the sentence says came to nothing: "市场" + "传出将由A接任董座" + "，最终" + "并未成真")
_RUMOUR = re.compile(r"知情人士|(?:市场|业内|坊间)?传(?:闻|言)|(?:市场|业内|坊间)(?:原本|一度|此前|早前)?传出|(?:并未|未能?|没有)成真"
                     r"|(?:尚未|未|还未|并未)(?:获得?|得到)?(?:官方|公司)?(?:确认|证实)")
_FOR_SHAREHOLDERS = re.compile(r"(?:尚须|尚需|仍须|仍需|须|需|有待|将)(?:提交|提请|经|经过|获得?|取得)?(?:公司)?股东(?:大)?会(?:审议|批准|通过|表决)")
#: a whole slate waiting for a meeting ("新人事将于11月临时股东会后生效"): every post of the sentence, the board's too, waits
_AFTER_MEETING = re.compile(r"(?:将于|待|将在)[^，。；]{0,12}股东(?:大|常)?会(?:通过)?(?:后|之后|过后)生效")
#: a post the writer expects someone to take, not one given: an expectation's word, then 由A + a verb of taking a post
_EXPECTED = re.compile(r"(?:预料|预计|预期|可望|有望|料将|料)(?:将|会)?由[^，。；]{1,30}?(?:出任|接任|担任|接掌|兼任|接棒)")
#: the seats shareholders elect (a board appoints its managers itself: "聘任A为总经理" needs no meeting)
_ELECTED_SEATS = frozenset({"director", "independent_director", "non_executive_director", "executive_director", "supervisor"})


def unconfirmed_sentences(ctx: Context) -> dict[int, bool]:
    """The analysed sentences that state changes of post as rumour (True) or as a proposal for the shareholders (False)."""
    got = ctx.memo.get("unconfirmed")
    if got is None:
        got = {}
        for s in ctx.sentences:
            if _GATE.search(ctx.text, s.start, s.end):
                if any(r.search(ctx.text, s.start, s.end) for r in (_RUMOUR, _EXPECTED, _AFTER_MEETING)):
                    got[s.i] = True
                elif _FOR_SHAREHOLDERS.search(ctx.text, s.start, s.end):
                    got[s.i] = False
        ctx.memo["unconfirmed"] = got
    return got


def drop_unconfirmed(ctx: Context) -> None:
    """Remove the posts taken or left, and the successions, of rumours and pending proposals."""
    flagged = unconfirmed_sentences(ctx)
    if not flagged:
        return
    keep = []
    for c in ctx.out:
        rumour = flagged.get(c.sent)
        if rumour is None or (not rumour and c.qualifiers.get("role") not in _ELECTED_SEATS):
            keep.append(c)
        elif c.predicate is Predicate.HOLDS_POSITION and c.rule.startswith("title-name"):
            c.status = ""  # "董事长A将调任…": A is chairman; the leaving is the rumour's
            for k in ("start", "end"):
                c.qualifiers.pop(k, None)
            keep.append(c)
        elif not (c.predicate is Predicate.SUCCEEDED or (
                c.predicate is Predicate.HOLDS_POSITION and (c.status in ("start", "end") or c.rule.startswith("appoint")))):
            keep.append(c)
    if len(keep) != len(ctx.out):
        ctx.out[:] = keep
        ctx.reindex()
