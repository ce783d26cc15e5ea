"""Two owners and their shares told apart from the company they own.

* "C由A及其胞弟B分别拥有x%及y%": a company and, after 由, its two owners (the second perhaps
  named by kin or as a partner of the first: "C由A与合伙人B分别持股…"); the shares are of C. (`owned_by_pair`, read inside `stakes`' pair reader.)
* "C由A与B于D创立，股权比例分别是x成及y成": the founders of the clause before hold the shares
  the next clause gives them, of the company they founded. (`founders_shares`, a rule of its own.)
"""

from __future__ import annotations

import re

from extract.kinship import RELATIVE
from extract.rules.base import Context
from extract.rules.holder_slots import keys_in
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent

_KIN_WORDS = f"配偶|夫人|太太|胞弟|胞兄|胞妹|胞姐|{RELATIVE}"
#: a business partner named as such before the second owner: "C由A与合伙人B", "C由A及其创业伙伴B"
_PARTNER_WORDS = "(?:联合)?创始人|(?:创始|创业|生意)?合伙人|(?:创业|生意|商业)?伙伴|拍档|搭档|老搭档"
#: "C由A及其胞弟B": the owned company, then its owners after 由 (kin words before the second)
_OWNED_BY = re.compile(rf"(\ue001)由((?:[\ue000\ue001])(?:(?:及|和|与|、)(?:其)?(?:{_KIN_WORDS}|{_PARTNER_WORDS}|\ue003(?=\ue000))?[\ue000\ue001])+)$")
#: the founders: "C由(a description)A与B于D(在P)创办" + "，(原)持股比例分别为" + figures
_FOUNDERS_SHARES = re.compile(
    r"(\ue001)由[^，。；\ue000\ue001]{0,10}?(\ue000|\ue001)(?:与|和|及|、)(\ue000|\ue001)[^，。；\ue000\ue001]{0,14}?"
    r"(?:共同|联合)?(?:创办|创立|创建|成立|设立)[^，。；]{0,4}?[，,](?:其)?(?:原|原始|初始|当时|创立时)?(?:的)?(?:持股|股权)(?:比例)?分别(?:为|是)"
    r"(\ue007)(?:及|和|与|、)(\ue007)")


def owned_by_pair(sent: Sent, a: int, b: int) -> tuple[str, list[str]] | None:
    """The company and its two owners where the names at template positions [a, b) read "C由A及其胞弟B"."""
    m = _OWNED_BY.search(sent.tpl, a, b)
    if m is None or m.start() != a:
        return None
    target = sent.at(m.start(1)).key
    owners = keys_in(sent, m.start(2), m.end(2))
    return (target, owners) if target and len(owners) == 2 and target not in owners else None


def founders_shares(ctx: Context) -> None:
    """"C由A与B…创立，持股比例分别是x及y": A held x of C and B held y (as first held: no date)."""
    if "分别" not in ctx.text and "分別" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "分别" not in sent.tpl:
            continue
        for m in _FOUNDERS_SHARES.finditer(sent.tpl):
            target = sent.at(m.start(1)).key
            owners = [sent.at(m.start(g)).key for g in (2, 3)]
            pcts = [sent.at(m.start(g)).value for g in (4, 5)]
            if target in owners or len(set(owners)) != 2:
                continue
            for owner, pct in zip(owners, pcts, strict=True):
                emit_stake(ctx, sent, owner, target, "founders-shares", 0.75, pct, 0, parents=False)
