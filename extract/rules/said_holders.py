"""Companies a sentence introduces as shareholders ("新股东A", "A作为原股东",
"A、B两家原股东放弃本轮认购"): holders, so never the company a later holding
with no company of its own is of. After a capital increase the text lists the
new shares clause by clause ("增资后，A持股比例维持51%；B持股20%"), and the
last company the sentence before spoke of is one of those shareholders, not
the company whose capital grew."""

from __future__ import annotations

import re

from extract.rules.templates import Sent

#: the shareholder's word right before it: "新股东A", "原股东A"
_BEFORE = re.compile(r"(?:原|新|老|现有|其他)股东$")
#: … or after it (its short name in brackets, more of them listed): "A（以下简称“A”）和B两家原股东", "A作为原股东"
_BRACKET = r"(?:[（(][^（）()。；]{0,40}[）)])?"
_AFTER = re.compile(rf"{_BRACKET}(?:(?:、|和|及|与)\ue001{_BRACKET})*(?:作为|等|均为|均系|为|系)?"
                    r"(?:[两二三四五六七八九几数]家)?(?:原|新|老|现有)股东")


def said_shareholder(sent: Sent, key: str) -> bool:
    """Whether `sent` names the company `key` as one of the shareholders (原股东, 新股东)."""
    for m in sent.mentions:
        if m.key != key or m.kind != "C":
            continue
        try:
            p = sent.pos_of(m)
        except ValueError:
            continue  # a mention the template does not show (inside another)
        if _BEFORE.search(sent.tpl, 0, p) or _AFTER.match(sent.tpl, p + 1):
            return True
    return False
