"""A ministry's department written as a body of its own: "财政部国库署" issues a release, was renamed from
"财政部国库局", is what a heading names. The dictionary knows the ministry (经济部, 财政部); the letters after
it up to 司/署/局/委员会 are the department it runs, one body, when the text writes that name acting or standing alone
(a heading's line, before a bracket, a comma, a verb of saying). Before a post's title ("财政部金融司司长P") the
department stays a unit of the ministry, the post's title holding it, as the reference gold files it."""

from __future__ import annotations

import re

#: a department after a ministry's name, then what shows it is a body: the end of a line or clause, a bracket, a verb
#: of publishing or saying, a release's word ("新闻稿"), a date word
_UNIT = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,6}?(?:司|署|局|委员会))"
                   r"(?=\s*$|\s*\n|[（(，,。；：:、]|新闻稿|公布|发布|表示|指出|宣布|今|昨|于|在|已|将|自|经|与|和)", re.M)
#: a ministry's name: its unit is read only after one
_MINISTRY_END = "部"


def ministry_unit(text: str, surf: str, e: int) -> int | None:
    """The end of the department a ministry's name `surf` (ending at `e`) runs, when the text writes it as a body; else None."""
    if not surf.endswith(_MINISTRY_END):
        return None
    m = _UNIT.match(text, e)
    return m.end("unit") if m else None
