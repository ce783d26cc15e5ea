"""The day a sale of a stake was done: "…由B受让，上述股份已于D完成过户",
"…工商变更登记已于D完成", a date then "相关股权已过户至B名下",
"交割基准日订为D".

A sale's date is the day the shares changed hands (GUIDE: an approved, registered
or completed transfer is the sale), not the day the agreement was signed, the
regulator approved it or the paper reported it; those days come first in the
sentence, so without this pass the sale took them.
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate

_D = r"[0-9一二三四五六七八九十〇零年月日号號初底中旬本当當同上个個\s]{2,16}"
#: "已于D完成过户", "于D在…登记结算…完成过户登记", "于D获…批复并完成过户", "手续已于D办理完毕", "交易D完成过户"
_DONE = r"(?:完成|辦理完畢|办理完毕|办妥|辦妥)"
_WHAT = r"(?:了)?(?:相关|相關|相应|相應)?(?:的)?(?:股权|股權|股份)?(?:的)?(?:过户|過戶|交割|工商变更|工商變更|变更登记|變更登記|过户登记|過戶登記|登记|登記)"
_COMPLETED = re.compile(
    rf"(?:于|於)(?P<d>{_D})(?:在|获|獲|经|經)?[^，。；,;\n]{{0,36}}?(?:并|並)?{_DONE}{_WHAT}"
    rf"|(?:过户|過戶|交割|登记|登記|手续|手續|变更|變更)(?:已)?(?:于|於)(?P<d2>{_D}){_DONE}"
    rf"|(?<![于於])(?P<d3>{_D}){_DONE}{_WHAT}"
    rf"|(?:^|[，。；\n])(?P<d4>{_D})，(?:双方|雙方|相关|相關|上述|该笔|該筆)?(?:股权|股權|股份)?(?:已)?(?:完成|过户|過戶|交割)"
    rf"|交割(?:基准日|基準日|日)(?:订为|訂為|定为|定為|为|為)(?P<d5>{_D})(?=[，。；,;\n]|$)")
#: "同月完成…", "当日完成…": the month (the day) of the sale's own date
_SAME = {"同月": 7, "当月": 7, "當月": 7, "同日": 10, "当日": 10, "當日": 10, "同天": 10, "当天": 10}


def _full_span(text: str, pos: int) -> tuple[int, int]:
    """The full sentence holding `pos` (a "；" does not end it)."""
    a = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [k for k in (text.find("。", pos), text.find("\n", pos)) if k >= 0]
    return a, (min(ends) + 1 if ends else len(text))


def _day(ctx: Context, sent: Sent, at: int, d: str, own: str | None) -> str | None:
    """The day `d` (at text offset `at`) names, read as the sale's sentence reads its dates."""
    d = d.strip()
    if d in _SAME:
        return own[:_SAME[d]] if own and len(own) >= _SAME[d] else None
    found = find_dates(d)
    if not found:
        return None
    for s in ctx.sentences:  # the date as the sentence that holds it reads it (its year, its 本月)
        if s.start <= at < s.end:
            for m in s.mentions:
                if m.kind == "D" and at <= m.start < at + len(d) + 1:
                    iso = ctx.date_iso(m, s)
                    if iso and len(iso) >= 7:
                        return iso
            break
    full = ctx.resolve_in(found[-1][2], sent)
    value = found[-1][2]
    if full is not None and full.month and own and len(own) >= 4 and value.year is None and not value.relative:
        full = type(full)(int(own[:4]), full.month, full.day)  # ("2024年9月签约…12月3日过户": the year of the sale's own date)
    iso = full.iso() if full is not None else None
    return iso if iso and len(iso) >= 7 else None


def _completion(ctx: Context, lo: int, hi: int, sent: Sent, own: str | None) -> str | None:
    """The day the first completed transfer in text[lo:hi] was done."""
    for m in _COMPLETED.finditer(ctx.text, lo, hi):
        g = next(k for k in ("d", "d2", "d3", "d4", "d5") if m.group(k) is not None)
        iso = _day(ctx, sent, m.start(g), m.group(g), own)
        if iso:
            return iso
    return None


def completion_days(ctx: Context) -> None:
    """Date each sale by the completion its sentence, or the next one, tells."""
    if not re.search(r"完成|办理完毕|辦理完畢|办妥|辦妥|交割", ctx.text):
        return
    sales = [c for c in ctx.out if c.predicate is Predicate.SOLD_STAKE]
    for c in sales:
        sent = ctx.sentences[c.sent]
        lo, hi = _full_span(ctx.text, sent.start)
        own = c.qualifiers.get("date")
        iso = _completion(ctx, lo, hi, sent, own)
        if iso is None and hi < len(ctx.text) and ctx.text[hi - 1] != "\n":
            nlo, nhi = _full_span(ctx.text, hi)
            if not any(o.predicate is Predicate.SOLD_STAKE and nlo <= ctx.sentences[o.sent].start < nhi for o in sales):
                iso = _completion(ctx, nlo, nhi, sent, own)  # (the sentence after, telling no other sale)
        if iso:
            c.qualifiers["date"] = iso
