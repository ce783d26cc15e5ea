"""The company whose shares a sale or purchase moved, when a holding names none.

"A增持C 3000万股。增持完成后，持股比例升至…" and "A将所持C 40%股份转让予B。同时，
D将其所持10%股份转让予E，E持股由20%增至30%。余下…由F持有" speak of C's shares without
naming C again: the company is the one a verb of the deal moved, in this
sentence or the one before. A party that gives away shares of its own
("D将其所持…") is a holder then, never the company held.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent

#: a party that moves shares it holds: "A将其所持…", "A把所持有的…"
_SELLS_OWN = re.compile(r"(?:将|把)(?:其)?(?:所持|持有)")
#: …with no company named before the share: "A将其所持10%股份"; or the rest of it: "余下20%股份由A持有"
_OWN_SHARE = re.compile(r"(?:将|把)(?:其)?(?:所持|持有)(?:有)?(?:的)?\ue007|(?:余下|其余|剩余|剩下)(?:的)?\ue007")


def own_sellers(sent: Sent) -> tuple[str, ...]:
    """The parties of `sent` that give away shares they hold ("A将其所持…"): holders, not the company held."""
    return tuple(m.key for m in sent.mentions if m.key and _SELLS_OWN.match(sent.tpl, sent.pos_of(m) + 1))


def own_share_target(ctx: Context, sent: Sent, holders: tuple[str, ...]) -> str | None:
    """"…。同时，D将其所持10%股份转让予E", "…。余下20%股份由F持有": a share of no company named is of the company the sentence before moved."""
    if sent.i == 0 or not _OWN_SHARE.search(sent.tpl):
        return None
    prev = ctx.sentences[sent.i - 1]
    return bought_target(prev, len(prev.tpl), holders)


def bought_target(sent: Sent, pos: int, holders: list[str] | tuple[str, ...]) -> str | None:
    """The company whose shares a verb earlier in the sentence moved: "增持C (减持C)，
    …持股比例增至6%", "受让S持有的C 12%股权，持股比例升至35%", "持有C 21.5%的
    股权，…出资比例78.5%", "收购C 100%股权，交易对手方为A（持股70%）", "完成对C的增资，持股51%", "A与B共同设立C，A持股60%". ("受让S 19%股权" names the seller, not the company; "先后受让C股份", with no figure, C's own shares.)"""
    tpl = sent.tpl[:pos]
    # (a short name may be defined in brackets after the company: "所持C（下称“C”）12%股份")
    # (a trust's units: "所持有的C约" + a figure + "单位")
    found = list(re.finditer(r"(?:持有|所持|增持|减持|买入|买进|入股|认购|收购)(?:了|的|有的)?(\ue001)(?:[（(][^（）()]{0,16}[）)])?(?:的)?(?:约)?\ue007?(?:的)?(?:股权|股份|(?<=\ue007)单位)"
                        r"|(?<=将)(\ue001)(?:[（(][^（）()]{0,16}[）)])?\ue007(?:的)?(?:股权|股份)"
                        r"|(?:受让|购入)(?:了)?(\ue001)(?:的)?(?:部分)?(?:股权|股份)(?=[，,。；]|$)", tpl)) \
        or list(re.finditer(r"(?:增持|减持|买入|买进|入股|入主|认购|共同设立|发起设立|出资设立|合资设立)(?:了)?(\ue001)"
                            # a company described by its founding: "A发起设立的C于D开业，A持股100%"
                            r"|(?:共同|发起|出资|合资|独资|全资)?(?:设立|筹建|组建)的(\ue001)|在(\ue001)(?:的)?持股|对(\ue001)(?:[（(][^（）()]{0,16}[）)])?(?:的)?(?:增资|注资)"
                            r"|参股(?:了)?[^，。；\ue000\ue001]{0,10}?(\ue001)|(\ue001)(?:发起|出资|正式)?(?:设立|成立|筹建)时", tpl))  # "参股" + a kind + "C，持股比例为" + a figure, "C发起设立时" + "，A出资" + a sum + "，持股" + a figure
    for m in reversed(found):
        key = sent.at(m.start(next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g)))).key
        if key not in holders:
            return key
    return None
