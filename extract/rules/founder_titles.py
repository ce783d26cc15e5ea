"""The company of a founder's title in a passive founding clause: "C2由T P和Q在D合伙创立".
The title says who P is now, in a story about another company (the article's own, whose arm C2 is), not
a post at C2 in the year it was founded."""

from __future__ import annotations

import re
from typing import Any

from extract.rules.templates import Sent

#: the founded company, 由, then (after the title chain) the founders and the verb of founding
#: (a word of the title the chain leaves out may stand before it: "由执行" + "主席P")
_FOUNDED_HEAD = re.compile(r"(\ue001)由(?:执行|联席|现任|署理)?$")
_FOUNDED_TAIL = re.compile(r"(?:先生|女士)?(?:(?:与|和|及|、)[^，,；;。\ue001-\ue007]{0,4}\ue000(?:先生|女士)?)*"
                           r"[^，,；;。\ue001-\ue003]{0,12}?(?:共同|联合|合资|合伙)?(?:创办|创立|创建|创设|成立|设立)")


def founder_title_company(ctx: Any, sent: Sent, chain_start: int, person_end: int) -> str | None:
    """The article's own company, for the title chain at `chain_start` when it stands between 由 and a founder of a
    company that is not the article's own ("C2由" + title + "P…创立"); else None."""
    if "由" not in sent.tpl or not ctx.focus:
        return None
    head = _FOUNDED_HEAD.search(sent.tpl, 0, chain_start)
    if head is None or not _FOUNDED_TAIL.match(sent.tpl, person_end):
        return None
    founded = sent.at(head.start(1))
    return None if founded.key == ctx.focus or founded.focus else ctx.focus
