"""A chronicle (大事记): a text whose headline says so ("X大事记", "发展历程"), or whose lines open on a
date and a colon ("2019年3月：更名为…"). Its dated lines have no subject of their own; each is about the
firm the chronicle is of. One test serves both readers that need it: `extract.covered_company` (is the
whole text one, so that its bare posts are the covered company's?) and the paragraph reader (is this
sentence one of its lines, whatever the line before named?)."""

from __future__ import annotations

import re
from itertools import islice

#: a headline that calls the text a chronicle
_TITLE = re.compile(r"大事记|发展历程|历史沿革|里程碑|大事年表|发展沿革")
#: a line opening on a year (month, day) and a colon, after any indent but a line break
#: (or on a bullet, a date and a comma: "· " + a date + "，公司更名为…", an encyclopedia's 发展历程)
_DATED_LINE = re.compile(r"^[^\S\n]*(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[：:]|[·•●▪][^\S\n]*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[：:，,])", re.M)
#: dated lines that make a text a chronicle without a headline saying so
MIN_DATED_LINES = 3


def has_dated_lines(text: str) -> bool:
    """Whether at least `MIN_DATED_LINES` lines of `text` open on a date and a colon (stops counting there)."""
    return sum(1 for _m in islice(_DATED_LINE.finditer(text), MIN_DATED_LINES)) >= MIN_DATED_LINES


def is_chronicle(title: str, text: str) -> bool:
    """Whether the headline calls the text a chronicle or its lines read as one."""
    return _TITLE.search(title) is not None or has_dated_lines(text)


#: a line whose first column is a date or a span of years, then a colon or a wide space ("1997年3月　任…",
#: "D1—D2" + a space + "任…"): a line of a chronicle or of a career told year by year (an obituary's, a résumé's)
_DATE_COLUMN = re.compile(r"[^\S\n]*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[—–\-至~～]{1,2}\d{4}年(?:\d{1,2}月)?)?(?:[：:]|[ \u3000\t])")


def opens_on_date_column(text: str, start: int) -> bool:
    """Whether the line holding the offset `start` opens on a date column (`_DATE_COLUMN`)."""
    return _DATE_COLUMN.match(text, text.rfind("\n", 0, start) + 1) is not None


def is_dated_line(text: str, start: int) -> bool:
    """Whether the line holding the offset `start` opens on a date and a colon."""
    return _DATED_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None


#: a yearbook's chronicle section, its heading on a line of its own: "【大事记】", "大事记"
_SECTION = re.compile(r"^[^\S\n]*(?:【大事记】|〔大事记〕|大事记)[^\S\n]*$", re.M)
#: a line of that section opening on a month and a day but no year: "5月6日　…"
_DAY_LINE = re.compile(r"^[^\S\n]*\d{1,2}月\d{1,2}日", re.M)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def yearbook_year(text: str) -> int | None:
    """The year a yearbook's entry is of, when it has a chronicle section whose lines name days with no year
    ("【大事记】" + a line "5月6日　P卸任…"): the last year the entry names before that section ("D年末，
    全行资产…"), which its days are of, not the year the yearbook came out (the article's date). None elsewhere."""
    section = _SECTION.search(text) if "大事记" in text else None
    if section is None or not _DAY_LINE.search(text, section.end()):
        return None
    years = [int(y) for y in _YEAR.findall(text, 0, section.start())]
    return years[-1] if years else None
