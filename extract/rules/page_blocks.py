"""The company of a roster line: a line of a title and a name alone, under a line naming a company.

A signature block, a page of announcements or of advertisements sets its people in lines of their own,
the company on the line above ("X有限公司" / "總經理　P" / "董事　Q", or "X有限公司董事長　P" / "總經理　Q"),
an occasion line perhaps between ("X有限公司" / an occasion / "總經理　P"). Such a page holds several
blocks of several companies, so the company of a bare title there is the block's, not the article's
most named one: walk up the block's lines to the first that names a company whole.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from extract.rules.templates import Sent
from text.normalize import norm_name

#: a roster line's template: a title or two (perhaps after a word joined to it by 暨), the person, perhaps the
#: closing words of a greeting ("敬贺")
_ROSTER = re.compile(r"(?:[^\ue000-\ue007，。；：:]{1,6}暨)?\ue003(?:[、暨兼及]\ue003)*\ue000(?:敬贺|谨贺|同贺|敬启)?")
#: a line that opens with a company, then a title and a person ("X有限公司主席　P"): the company heads the block
_COMPANY_ROSTER = re.compile(r"\ue001(?:[、暨兼及]?\ue003)+\ue000")
#: a line that ends a block: a rule of dashes or box-drawing strokes
_RULE_LINE = re.compile(r"[\s\-—―─━=＝_＿~～·•*＊]+")
#: how many lines of another kind (an occasion: "成立N週年") the walk passes at most
_OTHER_LINES = 2
#: how long such a line may be
_OTHER_LEN = 14


def _whole_line(text: str, s: int, e: int) -> bool:
    """Whether [s, e) stands alone on its line (only spaces besides)."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    return not text[a:s].strip() and not text[e:b if b >= 0 else len(text)].strip()


def page_block_company(ctx: Any, sent: Sent, before: int) -> str | None:
    """The company of the block a roster line `sent` stands in (for a title at `before`), else None."""
    if before > 8 or not _ROSTER.fullmatch(sent.tpl) or not _whole_line(ctx.text, sent.start, sent.end):
        return None
    text = ctx.text
    starts = ctx.memo.get("page-block-starts")
    if starts is None:
        starts = ctx.memo["page-block-starts"] = [s.start for s in ctx.sentences]
    end = text.rfind("\n", 0, sent.start)
    others = 0
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or _RULE_LINE.fullmatch(line):
            return None
        key = ctx.inv.surface.get(norm_name(line))
        if key is not None and key.startswith("C:"):
            return str(key)
        at = start + (len(text[start:]) - len(text[start:].lstrip(" \t\u3000")))
        i = bisect.bisect_left(starts, at)
        above = ctx.sentences[i] if i < len(starts) and starts[i] == at else None
        if above is not None and _COMPANY_ROSTER.fullmatch(above.tpl):
            return above.at(0).key
        if above is not None and _ROSTER.fullmatch(above.tpl):
            continue  # another roster line of the block
        others += 1
        if others > _OTHER_LINES or len(line) > _OTHER_LEN or any(c in line for c in "，。；：:"):
            return None
    return None
