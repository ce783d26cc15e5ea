"""The merged group's word (see _WORDS): the group a merger or a rename the text tells of has made.

A merger story names the group once ("A、B合并后改名为C集团") and from then on calls it by such a word
("P任合并后的集团总裁"): those posts are C's, the group the merger named, not the company the story named
last nor one of the two that merged.
"""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from text.normalize import norm_name

#: the words for the merged group
_WORDS = ("新集团", "合并后的集团", "合并后集团")
#: the verbs that name what a merger or a rename made
_MADE = re.compile(r"(?:更名为|改名为|合并为|合并成立|合并组成|合组为|组建为)[\s“「\"]*")
#: the longest name looked up after the verb
_LONGEST = 40


def _company_at(inv: Inventory, text: str, at: int) -> str | None:
    """The key of the company whose name the text writes at `at` (the longest the inventory knows)."""
    for n in range(min(_LONGEST, len(text) - at), 1, -1):
        key = inv.surface.get(norm_name(text[at:at + n]))
        if key is not None and key.startswith("C:"):
            return str(key)
    return None


def new_group_words(inv: Inventory, text: str) -> None:
    """Link the merged group's words (_WORDS) to the first group the text says a merger or a rename made."""
    words = [w for w in _WORDS if w in text and norm_name(w) not in inv.surface]
    if not words:
        return
    for m in _MADE.finditer(text):
        key = _company_at(inv, text, m.end())
        ent = inv.entities.get(key) if key else None
        if ent is not None and "集团" in norm_name(ent.name):
            for word in words:
                inv.link(norm_name(word), word, key)
            return
