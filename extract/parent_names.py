"""A name and the same name with a group's word ("X银行" and "X银行集团", "X证券" and "X证券控股") are one company in
most news; they are two where the text makes one the other's subsidiary ("A银行为在E上市的A银行集团（…）的子公司",
"A银行集团旗下的A银行"): a bank and its holding company, as banks abroad are held. `extract.stem_links` asks this before
it folds the shorter into the longer."""

from __future__ import annotations

import re

#: the words that make the company before them a subsidiary of the one they follow, or the one after them its member
_CHILD_WORDS = re.compile(r"子公司|附属公司|旗下|控股公司")
#: how far a clause reaches from the one name to the other (a listing, a code in brackets between)
_REACH = 60
_CLAUSE_END = re.compile(r"[。；\n]")


def stated_child(text: str, child: str, parent: str) -> bool:
    """Whether the text says `child` is `parent`'s subsidiary (or member), the shorter name before the longer in one
    clause with a word of subsidiaries after the longer ("A为…A集团（…）的全资子公司"), or the longer first and the
    shorter after its word ("A集团旗下的A", "A集团的子公司A")."""
    if not parent.startswith(child) or parent == child or child not in text:
        return False
    i = text.find(child)
    while i >= 0:
        if not text.startswith(parent, i):
            end = _CLAUSE_END.search(text, i)
            stop = min(end.start() if end else len(text), i + _REACH)
            j = text.find(parent, i + len(child), stop)
            if j >= 0 and _CHILD_WORDS.search(text, j + len(parent), min(stop, j + len(parent) + 48)):
                return True
        else:
            after = text[i + len(parent):i + len(parent) + 16]
            k = after.find(child)
            if k > 0 and _CHILD_WORDS.search(after, 0, k):
                return True
        i = text.find(child, i + 1)
    return False
