"""The day a regulator's letter was signed: the date on a line of its own after the letter's body.

A reply (批复) tells what it approves ("同意你公司名称变更为B") without a date in the sentence: the approval is of the
day the letter is signed, written alone on a line under the body ("2024年5月6日"), before the next letter of a
bulletin (a rule of ━ or ─, or the next heading) begins.
"""

from __future__ import annotations

import re

#: the words a reply calls its addressee by: what a clause of it approves is the addressee's
ADDRESSED = frozenset({"你公司", "贵公司", "你行", "贵行", "你司", "贵司"})
#: a date alone on its line: "2024年5月6日"
_DAY_LINE = re.compile(r"^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.M)
#: where a letter ends and the next begins: a rule line
_RULE = re.compile(r"^[ \t\u3000]*[━─—=＝]{4,}", re.M)
#: how far below the sentence the signature's date may stand
_REACH = 600


def letter_day(text: str, after: int) -> str | None:
    """The ISO day of the first date-only line after offset `after`, unless a rule line comes first."""
    day = _DAY_LINE.search(text, after, after + _REACH)
    if day is None:
        return None
    if _RULE.search(text, after, day.start()):
        return None
    return f"{int(day.group(1)):04d}-{int(day.group(2)):02d}-{int(day.group(3)):02d}"
