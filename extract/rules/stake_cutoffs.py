"""The day a holding is told as of, when the sentence names a cut-off rather
than a day: "截至" + a year's end + "，A持股" + a figure (the year's last day, 2024-12-31);
"截至报告期末，A持有C 51%的股份" (the last day of the period the article's
report covers: 2023年年度报告 → 2023-12-31, 半年度报告 → 06-30); and a
cut-off that frames the sentences after it ("截至报告期末" + "，该行" + "发起设立N家
村镇银行。具体来看，该行持有C1 51%的股份…。另外两家中，该行对C4持股20%"):
a holding with no date of its own, told in the next two sentences, is of
that cut-off too — unless it says it is of another time (目前, 此前, 曾).
"""

from __future__ import annotations

import calendar
import re

from extract.dates import find_dates, resolve
from extract.mention_records import Mention
from extract.rules.base import Context
from extract.rules.templates import Sent

#: the end of a year or month: "2024年末", "2024年底", "6月末"
_END_OF = re.compile(r"(?:年|月)(?:末|底)$")
_REPORT_END = r"(?:本)?报告期(?:末|期末)"
_CUT = r"(?:截至|截止|截止到|截至到)"
#: the day of the document itself as the cut-off: "截至本公告披露日", a reply's "截至本回复…披露日", "于本公告日期",
#: "截至本报告书签署日", "截至本说明书刊印日", "截至目前" (the day the article is published)
_NOTICE_DAY_SRC = (r"(?:截至|截止|于|於)本(?:次)?(?:回复|回覆)?(?:公告|报告书|報告書|说明书|說明書)(?:披露|签署|簽署|刊印|发布|發布)?(?:日期|日)")
NOTICE_DAY = re.compile(_NOTICE_DAY_SRC + r"|截至目前")
#: a cut-off that opens the sentence (after a short lead: "年报显示" + "，截至报告期末，…")
_FRAME = re.compile(rf"^(?:[^，。；]{{0,12}}[，,])?{_CUT}(?:(?P<d>(?:19|20)\d{{2}}\s*年)(?:\d{{1,2}}月)?(?:\d{{1,2}}日|(?P<end>末|底))?|(?P<rep>{_REPORT_END}))[，,]")
#: a sentence opened (after a short lead or an item's number) by the notice's own day as its cut-off
_NOTICE_FRAME = re.compile(r"^(?:\d{1,2}[、.．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]、)?(?:[^，。；]{0,12}[，,])?" + _NOTICE_DAY_SRC)
#: what a framing sentence speaks of: holdings ("截至" + a year's end + "，A持股" + a figure), subsidiaries, banks it set up — not its assets
_ABOUT_HOLDINGS = re.compile(r"股|子公司|持有|发起设立|合并范围|附属")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_REPORT_IN = re.compile(rf"{_CUT}{_REPORT_END}")
#: the periods reports cover, by the words that name them
_REPORTS = (
    (re.compile(r"((?:19|20)\d{2})\s*年(?:年度报告|年报|年度业绩|全年业绩)"), 12),
    (re.compile(r"((?:19|20)\d{2})\s*年(?:半年度报告|半年报|中期报告|中期业绩|上半年)"), 6),
    (re.compile(r"((?:19|20)\d{2})\s*年(?:第三季度|三季度|前三季度)(?:报告|季报|业绩)"), 9),
    (re.compile(r"((?:19|20)\d{2})\s*年(?:第一季度|一季度)(?:报告|季报|业绩)"), 3),
)
_CUT_BEFORE = re.compile(rf"{_CUT}\s*$")
#: a holding that says it is of another time than the cut-off before it
_OTHER_TIME = re.compile(r"目前|现时|当前|如今|此前|之前|曾|原|拟|将")


def month_end(d: Mention, iso: str | None) -> str | None:
    """"2024年末" → 2024-12-31; other dates as they are."""
    if iso and len(iso) == 7 and _END_OF.search(d.text):
        year, month = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}"
    return iso


def report_end(ctx: Context) -> str | None:
    """The last day of the period the article's report covers."""
    for rx, month in _REPORTS:
        m = rx.search(ctx.text)
        if m:
            year = int(m.group(1))
            return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return None


def _same_sentence_cutoff(ctx: Context, head: str) -> str | None:
    """A cut-off named in an earlier clause of the same full sentence ("截至2024年末，C资产…；A为第一大股东，持股"
    + a figure, "A为第一大股东，截至2024年末持股" + a figure + "；B为第二大股东，持股" + a figure): the clauses
    joined by "；" up to the full stop are told as of it, when it is the last date before the holding."""
    lead = _SENTENCE_END.split(head)[-1]
    if "；" not in lead and ";" not in lead:
        return None  # (not a later clause of a sentence: the sentence before is read by `cutoff_date`)
    dates = find_dates(lead)
    if (day := NOTICE_DAY.search(lead)) and ctx.published and not any(s >= day.end() for s, _e, _v in dates):
        return ctx.published  # "截至本公告披露日，A持有…；其一致行动人B持有…": the day of the notice
    if not dates or not _CUT_BEFORE.search(lead, max(0, dates[-1][0] - 4), dates[-1][0]):
        return None
    s, e, v = dates[-1]  # ("2024年末": the date's span holds its 末)
    d = resolve(v, ctx.ref_year)
    iso = d.iso() if d and d.year else None
    return f"{iso}-{calendar.monthrange(d.year, d.month)[1]:02d}" if iso and len(iso) == 7 and _END_OF.search(lead[s:e]) else iso


def cutoff_date(ctx: Context, sent: Sent, pos: int) -> str | None:
    """The cut-off a holding told at `pos` (with no date before it in its sentence) is of."""
    if _REPORT_IN.search(sent.tpl, 0, pos):
        return report_end(ctx)
    if "截" in sent.tpl or _OTHER_TIME.search(sent.tpl, 0, pos):
        return None
    head = ctx.text[max(0, sent.start - 400):sent.start]
    if (same := _same_sentence_cutoff(ctx, head)) is not None:
        return same
    before = [c for c in _SENTENCE_END.split(head) if c.strip()][-2:]
    for chunk in reversed(before):
        frame = _FRAME.match(chunk.strip()) if _ABOUT_HOLDINGS.search(chunk) else None
        if _ABOUT_HOLDINGS.search(chunk) and _NOTICE_FRAME.match(chunk.strip()) and ctx.published and not find_dates(chunk):
            return ctx.published  # "2、截至本公告披露日，公司控股股东为A…。" + "P持有…": the notice's day
        if frame and frame.group("rep"):
            return report_end(ctx)
        dates = find_dates(chunk)
        if frame and dates and dates[0][0] == frame.start("d") + len(chunk) - len(chunk.lstrip()):
            d = resolve(dates[0][2], ctx.ref_year)
            iso = d.iso() if d and d.year else None
            return f"{iso}-{calendar.monthrange(d.year, d.month)[1]:02d}" if iso and len(iso) == 7 and frame.group("end") else iso
        if dates:
            return None  # a sentence between of its own time
    return None
