"""The predecessor's own leaving date, told in the clause that names him: "B接替今年7月退休的
原董事长A", "接替已于今年3月退休的前任行长A", "接替去年11月辞任的行长A",
"接替2024年6月到龄退休的A".

The date sits at A's own verb (退休, 辞任, 离任) inside the 的-clause, so it is A's end,
not B's start: the post was vacant in between. Without this pass A's end was the
day B took the post (the succession's date), a later day the sentence gives B.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: "接替(已于)D(因…)(到龄)退休的" (the date in `d`), then the predecessor ("原董事长A", "前任行长A", "A")
_LEFT = re.compile(r"接替(?:了)?(?:已|早)?(?:于|於)?(?P<d>(?:今年|去年|[0-9一二三四五六七八九十〇零]{2,4}年)[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}[日号])?(?:底|初|中旬|下旬|上旬)?)"
                   r"(?:因[^，。；的]{1,12}?)?(?:到龄|届龄|屆齡|正式)?(?:退休|离任|離任|辞任|辭任|卸任|离职|離職|辞职|辭職|退任|离开|離開)(?:[^，。；的]{0,6})?的")


def left_before(ctx: Context) -> None:
    """Date the predecessor's end by the date at his own verb in the "接替…的A" clause."""
    if "接替" not in ctx.text:
        return
    for sent in ctx.sentences:
        for m in _LEFT.finditer(ctx.text, sent.start, sent.end):
            person = next((x.key for x in sent.mentions if x.kind == "P" and x.key and m.end() <= x.start <= m.end() + 12
                           and not any(y.kind == "P" and m.end() <= y.start < x.start for y in sent.mentions)), None)
            iso = ctx.written_iso(m.start("d"), m.end("d"), sent) if person else None
            if not iso or len(iso) < 7:
                continue
            for c in ctx.out:
                if (c.predicate is Predicate.HOLDS_POSITION and c.subject == person and "end" in c.qualifiers
                        and (c.sent == sent.i or "end" in c.carried)):
                    c.qualifiers["end"] = iso
                    c.carried = c.carried - {"end"}
