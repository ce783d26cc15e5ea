"""Chinese date expressions to ISO dates at the precision the text gives.

"2022年8月17日" → 2022-08-17, "2021年10月" → 2021-10, "2015年" → 2015.
A date without a year ("8月17日", "今年3月", "去年10月") takes its year from
the article's reference year; when that is unknown the date is dropped
rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from extract.numbers import cn_number

DATE_RE = re.compile(
    r"(?=今年|去年|前年|明年|同年|当年|次年|翌年|(?:19|20)\d{2}\s*年|(?:1[0-2]|0?[1-9])\s*月)"
    r"(?P<rel>今年|去年|前年|明年|同年|当年|次年|翌年)?"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年)?"
    r"(?:(?:(?<=年)|(?<![\d.]))(?P<m>1[0-2]|0?[1-9])\s*月)?"
    r"(?:(?<=月)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?"
    r"(?P<part>初|底|末|中|上半年|下半年|年初|年底|年末|年中|第[一二三四1-4]季度|[一二三四1-4]季度|[Qq][1-4]|年度|财年|全年|前三季度|前[一二三四五六七八九十\d]+个?月)?"
)
#: Parts that make a date a reporting period, not the day something happened.
PERIOD_PARTS = re.compile(r"半年|季度|[Qq][1-4]|年度|财年|全年|个?月$")
HALF_YEAR_RE = re.compile(r"(?<![年\d])(?:上半年|下半年)")
#: "18日晚间公告", "21日召开董事会": a day alone (of the article's month) before what is done or said that day
DAY_ONLY_RE = re.compile(r"(?<![\d月年.])(3[01]|[12]\d|0?[1-9])\s*日(?=晚间|晚|早间|上午|下午|发布|公告|宣布|披露|消息|表示|透露|回应|召开|举行|公布|起|，|,)")
#: "截至2023年三季度末", "一季度末", "今年上半年末", "第三季末", "首季末": the last day of a quarter (or half), the day figures stand at
#: ("三季度" alone is a reporting period; its 末 is a day)
QUARTER_END_RE = re.compile(r"(?P<rel>今年|去年|前年|明年|同年|当年)?(?:(?P<y>(?:19|20)\d{2})\s*年(?:度)?)?"
                            r"(?:第?(?P<q>[一二三四1-4首])\s*季度?|(?P<h>上半年|半年))(?:末|底)(?!\d)")
_QUARTER_END = {"首": (3, 31), "一": (3, 31), "1": (3, 31), "二": (6, 30), "2": (6, 30), "三": (9, 30), "3": (9, 30), "四": (12, 31), "4": (12, 31)}
#: "本月初", "上月底": a month named relative to the article's date
#: "三年后，…" heading a clause: the year so many after the last one named (a career told year by year)
YEARS_LATER_RE = re.compile(r"(?:^|(?<=[，。；\n]))([两二三四五六七八九十]|[1-9])年(?:之)?后(?=[，,])")
MONTH_REL_RE = re.compile(r"(?P<rel>本月|当月|上月|上个月|下月)(?:(?P<part>初|底|末|中)|(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?")
#: Taiwan writes years of the Republic era: "107 年 10 月 29 日" is 2018-10-29 (with month, to be sure)
ROC_RE = re.compile(r"(?<![\d.])(?:民国)?(?P<y>1[01]\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?")
#: Taiwan's forms write a day of the Republic era with figures: "113/07/01" is 2024-07-01, and so are "113.7.1",
#: "113-07-01" and "民國113/7/1" (one separator throughout; the month and day with one digit or two)
ROC_SLASH_RE = re.compile(r"(?<![\d./\-])(?:民[国國]\s*)?(?P<y>1[01]\d)(?P<sep>[/.\-])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
                          r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d|(?P=sep)\d)")
#: "108年起", "103年底" (a Taiwanese text's year of the Republic era, no 民国): a three-digit year a post starts
#: or ends with; no one counts a duration (近100年, 100年历史) that way
ROC_BARE_YEAR_RE = re.compile(r"(?<![\d.近约逾超过第余])(?P<y>1[01]\d)\s*年(?=起|底|初|至今)")
#: "84年更名", "93年於T上市": a Taiwanese text's year of the Republic era, no 民国, two or three
#: digits, then (in the same clause) the verb of what happened that year; read only where the article writes years so
#: (`republic_years`), since mainland talk says "98年成立" of 1998; not a count of years ("近50年", "成立50年", "50年代")
ROC_EVENT_YEAR_RE = re.compile(r"(?<![\d.近约逾超过第余满了去来多几前后整百])(?P<y>1[01]\d|[3-9]\d)\s*年(?![代间前后来多])"
                               r"(?=(?:在|于|起)?[^，。；\d年]{0,12}?(?:更名|改名|上市|挂牌|上柜|成立|创立|设立|改制|合并|卸任|退休|接任|出任|担任))")
#: what says an article writes years of the Republic era: the era's name, Taiwan's dollar, a year of it with a month
_ROC_SIGN_WORDS = ("民國", "民国", "新臺幣", "新台幣", "新台币")
#: (a year of it with a month: the literal 1 first, so `re` looks for that letter, not tries the lookbehind everywhere)
_ROC_YEAR_MONTH = re.compile(r"1(?<![\d.]1)[01]\d\s*年\s*(?:1[0-2]|0?[1-9])\s*月")
_ROC_ARTICLE: ContextVar[bool] = ContextVar("roc_article", default=False)


def _roc_signs(text: str) -> bool:
    """Whether `text` shows a sign of years of the Republic era (`_ROC_SIGN_WORDS`, `_ROC_YEAR_MONTH`)."""
    return any(w in text for w in _ROC_SIGN_WORDS) or ("月" in text and _ROC_YEAR_MONTH.search(text) is not None)


@contextmanager
def republic_years(text: str) -> Iterator[None]:
    """Within it, `find_dates` reads bare two-digit years before an event's verb as years of the Republic era when
    `text` (the article) shows it counts years so; the flag is the article's, not a sentence's, which rarely says."""
    token = _ROC_ARTICLE.set(_roc_signs(text))
    try:
        yield
    finally:
        _ROC_ARTICLE.reset(token)


#: "民国82年" alone (no month after it): a year of the Republic era, named as such
ROC_YEAR_RE = re.compile(r"民国\s*(?P<y>[1-9]\d{0,2})\s*年(?!\s*(?:1[0-2]|0?[1-9])\s*月)")
#: "中華民國八十七年十月五日", "民國一一二年": a year of the Republic era in Chinese numerals (a Taiwanese
#: annual report's or form's own way), counted ("一百一十三") or digit by digit ("一一三")
ROC_CN_RE = re.compile(r"民国\s*(?P<y>一百[一二三四五六七八九十零〇]*|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
                       r"|一[〇零一二][〇零一二三四五六七八九])\s*年"
                       r"(?:\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?)?")
#: "今（28）日", Taiwan's press: today, the 28th (of the article's month); "昨日（11日）", "今日（27日）" likewise
TODAY_DAY_RE = re.compile(r"[今昨]\s*[（(]\s*(3[01]|[12]\d|0?[1-9])\s*[）)]\s*日"
                          r"|[今昨](?:日|天)\s*[（(]\s*(3[01]|[12]\d|0?[1-9])\s*日?\s*[）)]")
#: "昨日公布", "今天宣布", "前日舉行": a day counted back from the article's date (Hong Kong's and Macau's press
#: name the day so); "今（28）日" and "昨日（11日）" are TODAY_DAY_RE's, "今日头条" an app, "日前" recently
NEAR_DAY_RE = re.compile(r"(?<![至截前])(?P<w>昨|今|前)(?:日|天)(?!\s*[（(]|\s*[头頭]条|\s*[头頭]條)")
_NEAR_DAY_BACK = {"今": 0, "昨": 1, "前": 2}
#: "四月一日", "三月十二日": a month and day in Chinese numerals with no year (the article's year)
CN_MONTH_DAY_RE = re.compile(r"(?<![〇零一二三四五六七八九十年])(?P<m>十[一二]?|[一二三四五六七八九])月"
                             r"(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]")
#: a date in Chinese numerals, the year digit by digit ("二〇二一年三月十五日", "一九九八年"): formal
#: notices and résumés write posts' dates so
_CN_D = "〇零一二三四五六七八九"
CN_DATE_RE = re.compile(
    rf"(?<![{_CN_D}十])(?P<y>(?:一九|二[〇零])[{_CN_D}]{{2}})\s*年"
    r"(?:\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?)?(?P<part>底|末)?")
#: "19年接的班", "18年底", "21年3月": a year written with its last two digits, as people say it (an interview,
#: a transcript); only with a month, a part of the year or the verb of what happened then after it, and a clause's
#: start or a verb's (是, 在, 于, 从, 到) before it, since "干了10年", "近10年", "10年后" count years
SHORT_YEAR_RE = re.compile(
    r"(?:^|(?<=[，。；：:、\s（(在于是从到自至]))(?P<y>[0-2]\d)\s*年"
    r"(?:(?P<part>底|末|初|年底|年末|年初)|(?=的时候|时[，,]|接|加入|离开|入职|进入|创办|创立|成立|开始|起|上市|退休|卸任|上任|就任|走的))"
    r"|(?<![\d.])(?P<y2>[0-2]\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月")  # (a month after it: the year wherever it stands)
#: "2024年第二次临时股东大会", "2022年度股东大会", "2024年股東常會": the year names a meeting (its series), not the
#: day anything happened; the meeting's own day ("11月28日召开…", "同日") is the one a post dates from
MEETING_YEAR_RE = re.compile(r"\s*年\s*度?\s*(?:第[一二三四五六七八九十\d]+次|(?:临时|臨時)?(?:股东|股東)(?:周年|週年)?[大常]?[会會])")
ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](1[0-2]|0?[1-9])(?:[-/.](3[01]|[12]\d|0?[1-9]))?(?!\d)")


@dataclass(frozen=True)
class DateValue:
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # 今年, 去年, 同年 …: resolved against context
    period: bool = False  # "2022年上半年", "第三季度": a reporting period

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


_REL_OFFSET = {"day": None, "今年": 0, "当年": None, "同年": None, "去年": -1, "前年": -2, "明年": 1, "次年": None, "翌年": None}


#: the end of a year names its December ("去年底", "2023年末"); its start ("年初") stays the year
_YEAR_END = ("底", "末", "年底", "年末")
_MAY_HAVE_DATE = re.compile(r"[年月日]|[昨今]天|\d[-/.]\d|季度?[末底]")
_MONTH_OFFSET = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1}


def find_dates(text: str) -> list[tuple[int, int, DateValue]]:
    """All date expressions in `text` with their spans, unresolved."""
    return list(_dates_in(text, _ROC_ARTICLE.get()))


@lru_cache(maxsize=64)
def _dates_in(text: str, roc: bool = False) -> tuple[tuple[int, int, DateValue], ...]:
    """`find_dates`, once per distinct text: the sentence pass reads a
    triggered sentence's dates for its mentions and again to carry dates
    forward. Each pattern runs only when a letter it cannot match without
    is in the text."""
    out: list[tuple[int, int, DateValue]] = []
    if not _MAY_HAVE_DATE.search(text):
        return ()
    for m in DATE_RE.finditer(text) if "年" in text or "月" in text else ():
        if m.start() == m.end():
            continue
        y, mo, d, rel = m.group("y"), m.group("m"), m.group("d"), m.group("rel")
        if not (y or mo or rel):
            continue
        if y and not mo and MEETING_YEAR_RE.match(text, m.end("y")):  # "2024年第二次临时股东大会": a meeting's name
            continue
        end = m.end()
        if d and m.group("part") in ("初", "底", "末", "中"):  # "9月23日中国平安…": 中 begins the next word
            end = m.start("part")
        period = bool(m.group("part") and PERIOD_PARTS.search(m.group("part")))
        if mo is None and m.group("part") in _YEAR_END:  # "去年底", "2023年末": the year's last month
            mo = "12"
        if mo is None and y is None:  # "今年" alone is a year
            out.append((m.start(), m.end(), DateValue(None, relative=rel, period=period)))
            continue
        if text[m.end():m.end() + 1] == "个" or (text[m.end():m.end() + 1] == "份" and not mo):
            continue  # "3个月" is a duration; "9月份" is September
        out.append((m.start(), end, DateValue(int(y) if y else None, int(mo) if mo else None, int(d) if d else None,
                                                 rel, period)))
    for m in MONTH_REL_RE.finditer(text) if "月" in text else ():
        day = (int(m.group("d")) if m.group("d").isdigit() else cn_number(m.group("d"))) if m.group("d") else None
        out.append((m.start(), m.end(), DateValue(None, day=int(day) if day else None, relative=m.group("rel"))))  # ("本月12日")
    for m in YEARS_LATER_RE.finditer(text) if "年后" in text else ():  # "三年后，他被调往C": counted from the last year named
        out.append((m.start(), m.end(), DateValue(None, relative=f"{cn_number(m.group(1)) or m.group(1)}年后")))
    for m in ROC_RE.finditer(text) if "月" in text else ():
        out.append((m.start(), m.end(), DateValue(1911 + int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)))
    for m in ROC_YEAR_RE.finditer(text) if "民国" in text else ():
        out.append((m.start(), m.end(), DateValue(1911 + int(m.group("y")))))
    for m in ROC_CN_RE.finditer(text) if "民国" in text else ():
        y = m.group("y")
        year = int("".join(str(max(_CN_D.index(c) - 1, 0)) for c in y)) if len(y) == 3 and "百" not in y and "十" not in y else cn_number(y)
        mo, d = (int(cn_number(g) or 0) if g else None for g in (m.group("m"), m.group("d")))
        out.append((m.start(), m.end(), DateValue(1911 + int(year or 0), mo, d)))
    for m in ROC_BARE_YEAR_RE.finditer(text) if "年" in text else ():
        out.append((m.start(), m.end(), DateValue(1911 + int(m.group("y")))))
    for m in ROC_EVENT_YEAR_RE.finditer(text) if roc and "年" in text else ():  # "84年更名": 1995, in a Taiwanese text
        out.append((m.start(), m.end(), DateValue(1911 + int(m.group("y")))))
    for m in CN_DATE_RE.finditer(text) if "〇" in text or "零" in text or "一九" in text else ():
        y = int("".join(str(max(_CN_D.index(c) - 1, 0)) for c in m.group("y")))  # digit by digit
        mo, d = (int(cn_number(g) or 0) if g else None for g in (m.group("m"), m.group("d")))
        mo = 12 if mo is None and m.group("part") else mo  # "二〇二一年底": the year's last month
        out.append((m.start(), m.end(), DateValue(y, mo, d)))
    for m in QUARTER_END_RE.finditer(text) if "末" in text or "底" in text else ():
        if m.start() > 0 and text[m.start() - 1] in "前后近每":  # ("前三季度末" adds up three quarters; "每季度末" is a schedule)
            continue
        mo, d = _QUARTER_END[m.group("q")] if m.group("q") else (6, 30)
        y = m.group("y")
        out.append((m.start(), m.end(), DateValue(int(y) if y else None, mo, d, relative=None if y else m.group("rel"))))
    for m in SHORT_YEAR_RE.finditer(text) if "年" in text else ():  # "19年": resolved against the article's decade
        mo = m.group("m") or ("12" if m.group("part") in _YEAR_END else None)
        out.append((m.start(), m.end(), DateValue(None, int(mo) if mo else None, relative="yy" + (m.group("y") or m.group("y2")))))
    for m in ISO_RE.finditer(text) if "-" in text or "/" in text or "." in text else ():
        y, mo, d = m.groups()
        out.append((m.start(), m.end(), DateValue(int(y), int(mo), int(d) if d else None)))
    for m in ROC_SLASH_RE.finditer(text) if "/" in text or "-" in text or "." in text else ():
        out.append((m.start(), m.end(), DateValue(1911 + int(m.group("y")), int(m.group("m")), int(m.group("d")))))
    for m in TODAY_DAY_RE.finditer(text) if "今" in text or "昨" in text else ():
        out.append((m.start(), m.end(), DateValue(None, None, int(m.group(1) or m.group(2)), relative="today")))
    for m in DAY_ONLY_RE.finditer(text) if "日" in text else ():
        out.append((m.start(), m.end(), DateValue(None, None, int(m.group(1)), relative="day")))
    for m in NEAR_DAY_RE.finditer(text) if "日" in text or "天" in text else ():
        out.append((m.start(), m.end(), DateValue(None, relative=f"back{_NEAR_DAY_BACK[m.group('w')]}")))
    for m in CN_MONTH_DAY_RE.finditer(text) if "月" in text else ():
        out.append((m.start(), m.end(), DateValue(None, int(cn_number(m.group("m")) or 0), int(cn_number(m.group("d")) or 0))))
    for m in HALF_YEAR_RE.finditer(text) if "半年" in text else ():  # "上半年" alone: this year's first half
        out.append((m.start(), m.end(), DateValue(None, relative="今年", period=True)))
    out.sort(key=lambda t: (t[0], -t[1]))
    merged: list[tuple[int, int, DateValue]] = []
    for s, e, v in out:
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e, v))
    return tuple(merged)


def resolve(value: DateValue, reference_year: int | None, last_year: int | None = None,
            last_month: tuple[int, int] | None = None, earlier_days: dict[int, DateValue] | None = None,
            published: str = "") -> DateValue | None:
    """Fill in the year (and for "17日" the month) from context; None when
    it cannot be known. "17日" is first the 17th already named in full
    ("8月17日晚间…。…17日发布的公告"), else the 17th of the month last named.
    "本月"/"上月" count from the article's date, when it is known."""
    if value.relative in _MONTH_OFFSET:
        if not re.match(r"\d{4}-\d{2}", published):
            return None
        y, mo = int(published[:4]), int(published[5:7]) + _MONTH_OFFSET[value.relative]
        if mo < 1:
            y, mo = y - 1, 12
        elif mo > 12:
            y, mo = y + 1, 1
        return DateValue(y, mo, value.day)
    if value.relative == "today":  # the day in the article's month (the month before when the day is later)
        if not re.match(r"\d{4}-\d{2}-\d{2}", published):
            return None
        y, mo = int(published[:4]), int(published[5:7])
        if value.day and value.day > int(published[8:10]):
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        return DateValue(y, mo, value.day)
    if value.relative and value.relative.startswith("back"):  # 昨日: the day before the article's
        if not re.match(r"\d{4}-\d{2}-\d{2}", published):
            return None
        day = date(int(published[:4]), int(published[5:7]), int(published[8:10])) - timedelta(days=int(value.relative[4:]))
        return DateValue(day.year, day.month, day.day)
    if value.relative == "day":
        if earlier_days and value.day in earlier_days:
            return earlier_days[value.day]
        if last_month is None:  # "11日宣布" in a report with no month named: the article's month (or the one before)
            return resolve(DateValue(None, None, value.day, relative="today"), reference_year, published=published)
        return DateValue(last_month[0], last_month[1], value.day)
    if value.relative and value.relative.startswith("yy"):  # "19年" in a text of the 2020s: 2019, never a year to come
        year = 2000 + int(value.relative[2:])
        if reference_year is None or reference_year < 2020 or year > reference_year:
            return None
        return DateValue(year, value.month, value.day)
    if value.relative:
        off = _REL_OFFSET.get(value.relative)
        if off is None:  # 同年/当年: the year last mentioned (and "三年后": three after it)
            year = last_year if value.year is None else value.year
            if value.relative.endswith("年后") and year is not None:
                year += int(value.relative[:-2])
            if value.relative in ("次年", "翌年") and year is not None:
                year += 1
        else:
            year = None if reference_year is None else reference_year + off
        if year is None:
            return None
        return DateValue(year, value.month, value.day, period=value.period)
    if value.year is None:
        if reference_year is None:
            return None
        return DateValue(reference_year, value.month, value.day, period=value.period)
    return value


_YEAR_MENTION = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
# "到2025年" is a forecast; "2019年到2021年" is a range and "截至2022年" a cut-off.
_FUTURE_CUE = re.compile(r"(?<![年截])(?:到|至)\s*$|(?:预计|预期|计划|目标|规划|展望|有望|力争|争取|将于|将在|会在|将|会)[^，。；]{0,12}$")
#: Cues that the article was written the year after the one named: a
#: comparison with that year's same period, or that year's annual results.
_LAST_YEAR_CUE = re.compile(  # (a comparator before the year, "比2021年同期", changes only where a match starts, not its year)
    r"((?:19|20)\d{2})\s*年同期"
    r"|((?:19|20)\d{2})\s*年(?:全年|年度)(?:业绩|财报|总收入|营收|收入|净利润|净亏损|报告)"
    r"|(?:发布|公布|披露)(?:了)?((?:19|20)\d{2})\s*年(?:财报|年报|年度报告|全年业绩|业绩报告)"
    # "发布了2022年未经审计的业绩报告", "2022年第四季度及全年财务业绩": a year's results, not an interim's
    r"|(?:发布|公布|披露)(?:了)?((?:19|20)\d{2})\s*年(?![^，。；]{0,12}?(?:中期|半年|一季|前三季|第[一二三]季))"
    r"[^，。；]{0,12}?(?:全年|年度|未经审计的?)(?:财务)?(?:业绩|财报|报告)"
    # "公布截至YYYY年12月31日止…业绩": a year's results, published once that year has ended
    r"|(?:发布|公布|披露)(?:了)?截至((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日止"
)


def reference_year(text: str, published: str = "") -> int | None:
    """The year "今年" means in this article.

    The publication date when known; otherwise the latest year the article
    mentions as past or present (years after 到/预计/计划… are forecasts).
    News reports on the current year and earlier ones, so the latest such
    year is the article's own in practice; articles that mention no year
    get None and their month-day dates are dropped.
    """
    if published[:4].isdigit():
        return int(published[:4])
    best: int | None = None
    for m in _YEAR_MENTION.finditer(text):
        if _FUTURE_CUE.search(text[max(0, m.start() - 16):m.start()]):
            continue
        y = int(m.group(1))
        if 1990 <= y <= 2100 and (best is None or y > best):
            best = y
    # "今年上半年…比2021年同期": the article's year follows the compared one
    for m in _LAST_YEAR_CUE.finditer(text):
        y = int(next(g for g in m.groups() if g)) + 1
        if best is None or y > best:
            best = y
    return best

