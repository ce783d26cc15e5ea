"""A label line under the heading of a body other than the board: a Macau bank's statutory list of its
organs ("监事会" on one line, then "主席：P"), a committee's members under its name. The chair there is the
chair of that body (监事会主席, 委员会主席, 股东大会主席团主席), not of the board, so the line gives no
board post: the title rules would read "主席：P" as the company's chairman."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent

#: the line before: a body's name alone, not the board's ("监事会", "行政委员会", "股东大会主席团")
_BODY_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*[^\n，。：:]{0,12}?(?:委员会|监事会|主席团|监察会|理事会)[ \t\u3000]*\n[ \t\u3000]*$")
#: a line of the body: a label of its own before the chair's line ("秘书：P", "委员：A、B") is no heading
_BOARD = re.compile(r"董事会[ \t\u3000]*\n[ \t\u3000]*$")


def under_other_body(ctx: Context, sent: Sent) -> bool:
    """Whether the sentence is a label line right under the heading of a body that is not the board."""
    before = ctx.text[max(0, sent.start - 24):sent.start]
    return "\n" in before and _BODY_LINE.search(before) is not None and _BOARD.search(before) is None


#: a meeting record's header line: the chair's label spaced to the width of the others ("主　　席　P"), the
#: record's time and place on label lines of the same form beside it
_CHAIR_LABEL = re.compile(r"[ \t\u3000]*主[ \t\u3000]+席[ \t\u3000]")
_MEETING_LABEL = re.compile(r"(?:^|\n)[ \t\u3000]*(?:时[ \t\u3000]*间|地[ \t\u3000]*点)[ \t\u3000]")


def meeting_chair_line(ctx: Context, sent: Sent) -> bool:
    """Whether the sentence is a meeting record's chair line: who chaired the meeting, no company's chairman."""
    line = ctx.text.rfind("\n", 0, sent.start + 1) + 1
    return _CHAIR_LABEL.match(ctx.text, line) is not None and _MEETING_LABEL.search(ctx.text, max(0, line - 120), line) is not None
