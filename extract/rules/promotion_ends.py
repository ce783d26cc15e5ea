"""A promoted person's former post ends on the day the new one starts.

"由副总经理B升任总经理，自D起生效", "副董事长B接任董事长", "原首席财务官B接任首席执行官": the post
written right before B's name is the one B gives up by rising — the deputy of the post B takes
(副总经理 → 总经理), or a post the text itself marks as past (原/前/时任). When the new post has its
start, the old one (told in the same sentence, with no end of its own) ends then. A title with
neither mark stays open: "首席执行官B接任董事长" says B takes the chair, not that B left the other
post (a chief executive often chairs the board as well).
"""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import Predicate, Role

#: the post a deputy rises to
_DEPUTY_OF = {Role.VICE_PRESIDENT: Role.PRESIDENT, Role.DEPUTY_GENERAL_MANAGER: Role.GENERAL_MANAGER,
              Role.VICE_CHAIRMAN: Role.CHAIRMAN}
#: title, person, then the verb of rising within the clause ("副总经理B于D升任总经理")
_RISES = re.compile(r"\ue003(\ue000)[^，,。；;\ue000\ue003]{0,16}?(?:升任|接任|晋升|擢升|升为)")
_FORMER = re.compile(r"^(?:原|前|时任)")


def promotion_ends(ctx: Context) -> None:
    posts: dict[tuple[int, str], list[Candidate]] = {}
    for c in ctx.out:
        if c.predicate is Predicate.HOLDS_POSITION:
            posts.setdefault((c.sent, c.subject), []).append(c)
    if not posts:
        return
    for sent in ctx.sentences:
        for m in _RISES.finditer(sent.tpl):
            person, title = sent.at(m.start(1)), sent.at(m.start())
            info = title.value
            if not isinstance(info, TitleInfo) or info.role is Role.OTHER:
                continue
            told = posts.get((sent.i, person.key), [])
            old = [c for c in told if c.qualifiers.get("role") == str(info.role) and not c.qualifiers.get("end")]
            rises_to = _DEPUTY_OF.get(info.role)
            new = [c for c in told if c.qualifiers.get("start") and c.qualifiers.get("role") != str(info.role)
                   and (str(rises_to) == c.qualifiers.get("role") or _FORMER.match(info.modifier or ""))]
            if not old or not new:
                continue
            day = new[0].qualifiers["start"]
            for c in old:
                if c.object == new[0].object and str(c.qualifiers.get("start") or "") <= str(day):
                    c.qualifiers["end"] = day
