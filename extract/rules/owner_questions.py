"""The company a question asks the owners of, right before its answer:
"那X" + "又是谁的？" + "股东两家：A持股…，B持股…", "X的股东是谁？" + "A，持股…".

Explainers (a thread, a video's subtitles, a Q&A column) walk up an equity
chain by asking of each company who owns it and answering with its holders,
none of whom names that company again: the holdings of the answer are of
the company asked about, not of the one whose holders the text told last
(`stake_targets.target_for` asks here before it falls back on those).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from text.normalize import norm_name

#: a question after the company asked about: "是谁的？", "又是谁家的？", "背后又是谁？", "的股东是谁呢？", "归谁所有？"
_ASKED = re.compile(r"(?P<about>[^。？?！!\n，,；;]{2,30}?)(?:又|到底|究竟|背后|的背后)*"
                    r"(?:是谁的|是谁家的|是谁|的股东(?:又|到底|究竟)?是谁|的(?:大|实际)?老板是谁|的实控人是谁|的实际控制人是谁|归谁(?:所有)?)"
                    r"(?:呢|啊|呀|了)?\s*[？?]\s*$")
_WINDOW = 40  # how far back the question may begin


def asked_owner(ctx: Context, sent: Sent) -> str | None:
    """The company the question ending right before `sent` asks the owners of, if one does."""
    head = ctx.text[max(0, sent.start - _WINDOW):sent.start]
    if "？" not in head and "?" not in head:
        return None
    m = _ASKED.search(head)
    if m is None:
        return None
    about = m.group("about")
    for i in range(len(about)):  # the longest company name in the question, the first such
        for j in range(len(about), i + 1, -1):
            key = ctx.inv.surface.get(norm_name(about[i:j]))
            if key and key.startswith("C:") and ctx.type_of(key) == "Company":
                return key
    return None
