"""The lines under a heading that names a person's career ("P同志主要工作经历：",
"P简历：") are that person's, each a date and a clause with no subject of its
own ("2008年9月　C1更名为C2，继续任董事长；"): an obituary or a résumé lists
them so. A line that names someone else ("行长一职由Q接任") does not make Q
the subject of the next line: the prose rules take the heading's person as the
subject of these lines (`position_emit.subject_for` reads `FORM_SUBJECT`)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.fund_notice import FORM_SUBJECT
from text.normalize import norm_name

#: the heading: a name (perhaps 同志/先生/女士), then the word for a career, closing its line with a colon
_HEADING = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,4}?)(?:同志|先生|女士)?(?:的)?(?:主要)?(?:工作经历|工作简历|个人简历|简历|履历)[：:][ \t\u3000]*$")
#: a line of the list: it opens on a date (a year, perhaps a month, or a range of them)
_DATED_LINE = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}年")


def career_heading_subjects(ctx: Context) -> None:
    """Map each sentence of the dated lines under a career heading to the heading's person."""
    if "经历" not in ctx.text and "简历" not in ctx.text and "履历" not in ctx.text:
        return
    subjects: dict[int, str] = ctx.memo.setdefault(FORM_SUBJECT, {})
    for m in _HEADING.finditer(ctx.text):
        key = ctx.inv.surface.get(norm_name(m.group(1)))
        if key is None or not key.startswith("P:"):
            continue
        line_start = m.end() + 1
        while line_start < len(ctx.text) and _DATED_LINE.match(ctx.text, line_start):
            line_end = ctx.text.find("\n", line_start)
            line_end = len(ctx.text) if line_end == -1 else line_end
            for sent in ctx.sentences:
                if line_start <= sent.start < line_end and sent.i not in subjects:
                    subjects[sent.i] = key
            line_start = line_end + 1
