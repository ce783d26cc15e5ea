"""The company a numbered item opens with: a notice's "2. C为B控股的企业。…该机构…" is about C all along its item,
whatever company the sentence before named last or the notice is most about."""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from text.normalize import norm_name

#: an item's mark at a line's head: "（二）", "2、", "三、", "(3)"
_MARK = re.compile(r"[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)[^\S\n]*")
#: the longest name looked for after the mark
_LONGEST = 40


def item_opener(text: str, at: int, inv: Inventory | None) -> str | None:
    """The key of the company whose name follows the item mark of the line holding offset `at`, else None."""
    if inv is None:
        return None
    line = text.rfind("\n", 0, at) + 1
    mark = _MARK.match(text, line)
    if mark is None or mark.end() >= at:
        return None
    head = text[mark.end():min(at, mark.end() + _LONGEST)]
    for n in range(len(head), 1, -1):
        key = inv.surface.get(norm_name(head[:n]))
        if key is not None and key.startswith("C:"):
            return key
    return None
