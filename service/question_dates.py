"""The date a question asks about: "2020年6月1日", "2020年底", "in March
2022", "as of 2020-06-01", "Q3 2021", lifted out of the question as an
ISO date of the precision it gives (`find_date`)."""

from __future__ import annotations

import calendar
import datetime
import re

from extract.numbers import cn_number

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ZH_PREFIX = r"(?:截至|截止到?|到|在|于|至)?"
_ZH_TAIL = r"(?:时|的时候|期间|当时)?[，,]?"
_DATE_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:自|从)?\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:至今|以来)[，,]?"), "now"),  # since then: the present
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]" + _ZH_TAIL), "ymd"),
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年(?P<m>\d{1,2})月份?(?P<edge>底|末|初|上旬|中旬|下旬)?" + _ZH_TAIL), "ym"),
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年?\s*Q(?P<q>[1-4])" + _ZH_TAIL, re.I), "q"),
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年(?:第)?(?P<q>[一二三四1-4])季度(?:末|底)?" + _ZH_TAIL), "q"),
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年(?P<h>上半年|下半年|年中)(?:末)?" + _ZH_TAIL), "h"),
    (re.compile(_ZH_PREFIX + r"(?P<y>\d{4})年(?:度)?(?P<edge>底|末|初|年底|年末|年初)?" + _ZH_TAIL), "y"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|in|at|by|during)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)\s+quarter"
                r"(?:\s+of)?)\s+(?P<y>(?:19|20)\d{2})\b", re.I), "q"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|on|in|at|by|during|per)\s+)?(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)", re.I), "ymd"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|in|at|by|during)\s+)?(?:the\s+)?(?:H(?P<hn>[12])|(?P<hw>first|second)\s+half(?:\s+of)?)\s+(?P<y>(?:19|20)\d{2})\b",
                re.I), "h"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|in|at|by|during)\s+)?(?:\byear[-\s]?(?=end))?\b(?P<rel>early|mid|late|end)[-\s]+(?P<y>(?:19|20)\d{2})\b", re.I), "rel"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|in|at|by|during|for)\s+)?\bFY\s?(?P<y>(?:19|20)\d{2})\b", re.I), "y"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|on|in|at|by|during)\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<mn>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b", re.I), "ymd"),
    (re.compile(rf"(?:\b(?:as\s+of|as\s+at|on|in|at|by|during)\s+)?(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                r"(?P<y>\d{4})\b", re.I), "ymd"),
    (re.compile(rf"(?:\b(?:as\s+of|as\s+at|in|at|by|during)\s+)?(?:(?:the\s+)?(?P<edge>end|beginning|start)\s+of\s+)?"
                rf"(?P<mn>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b", re.I), "ym"),
    (re.compile(r"\b(?:as\s+of|as\s+at|(?:back\s+)?in|at|by|during|before|prior\s+to)\s+(?:(?:the\s+)?(?P<edge>end|beginning|start)\s+of\s+)?(?P<y>(?:19|20)\d{2})\b"
                r"(?!\s*(?:shares|%)|[-/.]\d)", re.I), "y"),
    (re.compile(r"(?:\b(?:as\s+of|as\s+at|on|in|at|by|during|per)\s+)?(?<!\d)(?P<y>(?:19|20)\d{2})[-/](?P<m>\d{1,2})(?!\d)", re.I), "ym"),
]


_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_ZH_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=年)")
_ZH_MONTH_DAY = re.compile(r"(?<=\d年)(?P<m>十[一二]?|[一二三四五六七八九])月(?:(?P<d>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])(?P<u>[日号]))?")


def _arabic(q: str) -> str:
    """A date in Chinese numerals in digits: "二〇二三年三月五日" → "2023年3月5日"."""
    q = _ZH_YEAR.sub(lambda m: "".join(str(_ZH_DIGIT[c]) for c in m.group(0)), q)
    return _ZH_MONTH_DAY.sub(lambda m: f"{cn_number(m['m'])}月" + (f"{cn_number(m['d'])}{m['u']}" if m["d"] else ""), q)


#: words for a year or month counted from the day asked: 去年 is the calendar year before today's (an analyst
#: asks in the present, whatever the store's latest report), 今年初 this year's first month, 上个月 the month before
_RELATIVE_YEARS = (("大前年", 3), ("前年", 2), ("去年", 1), ("今年", 0), ("本年", 0))
_RELATIVE_EN = ((r"\bthe\s+year\s+before\s+last\b", 2), (r"\blast\s+year\b", 1), (r"\bthis\s+year\b", 0))


def _absolute(q: str, today: datetime.date) -> str:
    """Relative year and month words as the dates they mean on `today`."""
    for word, back in _RELATIVE_YEARS:
        q = q.replace(word, f"{today.year - back}年")
    for rx, back in _RELATIVE_EN:
        q = re.sub(rx, f"in {today.year - back}", q, flags=re.I)
    last = today.replace(day=1) - datetime.timedelta(days=1)
    q = re.sub(r"上(?:个)?月", f"{last.year}年{last.month}月", q)
    q = re.sub(r"\blast\s+month\b", f"in {calendar.month_name[last.month]} {last.year}", q, flags=re.I)
    return re.sub(r"本月|这个月", f"{today.year}年{today.month}月", q)


def find_date(q: str, today: datetime.date | None = None) -> tuple[str | None, str]:
    """The date a question asks about, as an ISO date of the precision it
    gives, and the question without it ("2019年3月东海银行的董事长是谁" →
    ("2019-03", "东海银行的董事长是谁")). Year-end words give the last month
    ("2020年底" → "2020-12"), year-start words the first; Chinese numerals
    are read as digits, and 去年, 今年初, last year as counted from `today`
    (None: the clock's)."""
    q = _absolute(_arabic(q), today or datetime.date.today())
    for pattern, precision in _DATE_FORMS:
        m = pattern.search(q)
        if not m:
            continue
        if precision == "now":
            return None, re.sub(r"\s{2,}", " ", (q[:m.start()] + " " + q[m.end():]).strip(" ，,"))
        g = m.groupdict()
        year = int(g["y"])
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mn"].lower().rstrip(".")] if g.get("mn") else None
        if precision == "q":  # the quarter's last month: a state "in Q3" is the state at its end
            month = 3 * ("一二三四".find(g["q"]) + 1 if g.get("q") and not g["q"].isdigit() else
                         int(g["q"]) if g.get("q") else ("first", "second", "third", "fourth").index(g["qw"].lower()) + 1)
        elif precision == "h":
            month = 6 if g.get("h") in ("上半年", "年中") or g.get("hn") == "1" or (g.get("hw") or "").lower() == "first" else 12
        elif precision == "rel":  # early/mid/late 2021: the end of its first quarter, of its first half, of the year
            month = {"early": 3, "mid": 6}.get(g["rel"].lower(), 12)
        edge = (g.get("edge") or "").lower()
        if month is None and edge:
            month = 12 if edge in ("底", "末", "年底", "年末", "end") else 1
        if month is not None and not 1 <= month <= 12:
            continue
        day = int(g["d"]) if precision == "ymd" and g.get("d") else None
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        start = m.start()
        before = re.search(r"\b(?:before|prior\s+to)\s+(?:(?:as\s+of|in|on)\s+)?$", q[:start], re.I)
        if before or re.match(r"(?:before|prior\s+to)\b", m.group(0), re.I):  # "before 2020": the last period before it
            iso, start = _period_before(year, month, day), before.start() if before else start
        rest = (q[:start] + " " + q[m.end():]).strip(" ，,")
        return iso, re.sub(r"\s{2,}", " ", rest)
    return None, q


def _period_before(year: int, month: int | None, day: int | None) -> str:
    """The period of the same precision just before a date: the year, month or day before it."""
    if month is None:
        return f"{year - 1:04d}"
    if day is None:
        return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"
    return (datetime.date(year, month, day) - datetime.timedelta(days=1)).isoformat()
