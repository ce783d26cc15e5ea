"""Controllers by a concert-party agreement: "A、B、C签署《一致行动协议》…，为公司共同实际控制人".

The people who sign an agreement to act in concert (一致行动协议) and are then said to be the company's joint
actual controllers (共同实际控制人, 共同控制) each control it. The signers are named before 签署/签订, or
referred to by their count ("三人签署…", "上述两人", "双方"): then they are the people last named together (in
this sentence or the two before), as many as the count says. The company is the one named right before
共同实际控制人, else the one the article is about.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate

#: the signing: who signs comes right before it ("A、B签署", "三人签订了", "双方于D签署")
_SIGNED = re.compile(r"(?P<who>(?:\ue000(?:(?:、|和|与|及)\ue000)+)|(?:上述|该|这)?(?P<n>[两二三四五六七八九十])(?:人|名股东|位股东|位创始人)|双方|各方)"
                     r"(?:已|还|共同|又)?(?:于\ue004)?(?:共同)?(?:签署|签订|订立|达成)(?:了)?[^。；]{0,6}?一致行动")
#: the joint control: "为公司共同实际控制人", "系C的共同实际控制人", "共同控制C"
_JOINT = re.compile(r"(?:为|是|系|认定为|成为)(?P<c>\ue001)?(?:的)?共同实际控制人|共同控制(?P<c2>\ue001)")
#: people named together: "A、B、C", "A和B"
_PEOPLE = re.compile(r"\ue000(?:(?:、|和|与|及)\ue000)+")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: how many sentences after the signing may say the control
_WITHIN = 2


def concert_parties(ctx: Context) -> None:
    if "一致行动" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "一致行动" not in sent.tpl:
            continue
        m = _SIGNED.search(sent.tpl)
        if m is None:
            continue
        signers = _signers(ctx, sent, m)
        if len(signers) < 2:
            continue
        for k in range(sent.i, min(len(ctx.sentences), sent.i + 1 + _WITHIN)):
            s = ctx.sentences[k]
            j = _JOINT.search(s.tpl, m.end() if k == sent.i else 0)
            if j is None:
                continue
            at = j.start("c") if j.group("c") else j.start("c2") if j.group("c2") else -1
            target = s.at(at).key if at >= 0 else ctx.focus or ctx.announcer
            if target and ctx.type_of(target) == "Company":
                for p in signers:
                    ctx.emit(Predicate.HOLDS_STAKE, p, target, s, "concert-party", 0.75, controlling=True)
            break


def _signers(ctx: Context, sent: Sent, m: re.Match[str]) -> list[str]:
    """The people who signed: those named before the verb, else the last people named together (as many as the
    count says, when it gives one)."""
    if m.group("who").startswith("\ue000"):
        return _keys(sent, m.start("who"), m.end("who"))
    want = _COUNTS.get(m.group("n") or "", 0)
    for k in range(sent.i, max(-1, sent.i - 3), -1):
        s = ctx.sentences[k]
        stop = m.start() if k == sent.i else len(s.tpl)
        groups = [g for g in _PEOPLE.finditer(s.tpl, 0, stop)]
        if groups:
            people = _keys(s, groups[-1].start(), groups[-1].end())
            return people if not want or len(people) == want else []
    return []


def _keys(sent: Sent, a: int, b: int) -> list[str]:
    return list(dict.fromkeys(x.key for x in sent.between(a, b, "P") if x.key))
