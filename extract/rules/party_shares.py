"""HOLDS_STAKE: the shares of parties just listed, referred to by their number.

"A、B、C三家新股东入股后，三者持股比例分别为x%、y%和z%", "A与B、C共同发起设立T，三方持股比例分别为
x%、y%和z%", "A与B合资成立T，双方分别持股60%及40%": the figures go, in order, to the
last parties the sentence named before them (not a name that only describes the next, "B全资子公司C"; as many as the number word says and the figures are), each a
holder of the company the shares are of (the one the sentence is about, never one of the holders).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_targets import target_for
from extract.rules.templates import gated
from schema import Predicate

_COUNT = {"二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5}
#: the parties by their number, then their shares each: "三者持股比例分别为", "双方分别持股", "两家公司的持股比例分别为"
_PARTIES_EACH = gated(r"(?:^|[，,；])(?:[^，。；\ue000-\ue007]{0,8}?)(?P<n>[二两双三四五])(?:者|方|家(?:公司|股东|机构)?|名股东|位股东)(?:的)?"
                      r"(?:持股(?:比例)?|股权比例|出资比例|持股比率|各自持股(?:比例)?)?(?:分别)(?:为|是|占|持股)?(?:约)?"
                      r"(?P<pcts>\ue007(?:(?:、|和|及|与|以及)(?:约)?\ue007)+)", "分别")

#: a name that describes the next one, not a party: "B全资子公司C", "B旗下C", "B的C" (C the party)
_OWNER_OF_NEXT = re.compile(r"(?:[（(][^（）()]{0,60}[）)])?(?:的)?(?:(?:间接)?(?:全资|控股)?(?:子公司|附属公司|孙公司)|旗下|下属|之子|之女|的)")
#: the company the parties set up, named after the verb: "合资成立T", "共同设立了T"
_SET_UP = re.compile(r"(?:成立|设立|组建|发起设立)(?:了)?(\ue001)")


def party_shares(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "分别" not in sent.tpl:
            continue
        for m in _PARTIES_EACH.finditer(sent.tpl):
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
            if _COUNT[m.group("n")] != len(pcts):
                continue
            parties = [x for x in sent.between(0, m.start()) if x.kind in ("C", "P") and x.key]
            owners = {x.key for x in parties if _OWNER_OF_NEXT.match(sent.tpl, sent.pos_of(x) + 1)}
            named: list[str] = []
            for x in parties:
                if x.key not in named and x.key not in owners:
                    named.append(x.key)
            set_up = list(_SET_UP.finditer(sent.tpl, 0, m.start()))  # "A与B合资成立T，双方…": T's shares
            target = sent.at(set_up[-1].start(1)).key if set_up else target_for(ctx, sent, m.start(), tuple(named[-len(pcts):]))
            holders = [k for k in named if k != target][-len(pcts):]
            if target is None or len(holders) != len(pcts) or ctx.type_of(target) != "Company" or any(
                    c.predicate is Predicate.HOLDS_STAKE and c.sent == sent.i and c.object == target for c in ctx.out):
                continue  # (a share another rule read here already: its reading of the parties stands)
            if re.search(r"拟|计划|预计|将(?!所持)", sent.tpl[m.start():m.end()]):
                continue  # shares planned, not held
            for holder, pct in zip(holders, pcts, strict=True):
                ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "party-shares", 0.75, percent=pct)
