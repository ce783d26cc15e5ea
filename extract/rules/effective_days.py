"""The day a reshuffle takes effect, told in its own clause: "…由B接任，自9月1日起
生效", "…改由C担任，于2026年2月1日生效；…D补任，同日生效", "…出任行长，生效于D",
or in the sentence right after ("有关任命…，四月一日生效。").

A post starts (or ends) on the day it takes effect, not on the day the board met
or the paper reported it: the meeting's day (the day a board met, "今（N）日" in a Taiwan daily) is the date
a sentence names first, so without this pass the posts took it. A date written
at the person's own verb ("将于年底退任") is that person's and stays.
"""

from __future__ import annotations

import re

from extract.dates import DateValue, find_dates
from extract.rules.base import Context
from extract.rules.templates import Candidate, Sent
from schema import Predicate

#: "自5月15日起生效", "2027年3月1日生效", "六月一日起正式生效" (the date in `d`), "生效于D", "生效日均为D" (in `d2`),
#: "同日生效" (the day of the clause before it)
_CLAUSE = re.compile(r"(?:(?:自|从|從|於|于)?(?P<d>[^，。；,;：:\n自从從於于]{2,16}?)(?:起|开始|開始)?(?:正式)?生效(?!日)"
                     r"|生效(?:日期|日)?(?:均|皆|都)?(?:为|為|于|於|是)(?P<d2>[^，。；,;\n]{3,16}))")
_SAME_DAY = re.compile(r"(?:同日|同天|当日|當日)$")
#: a sentence that dates the changes told just before it: "有关任命…生效", "上述人事…生效", "新人事均自D起生效"
_REFERS_BACK = re.compile(r"^(?:有关|有關|相关|相關|上述|以上|前述|该项?|該項?|此项|此項|两人|兩人|二人|新人事|新任命|人事)")
#: a date at the person's own verb ("将于年底退任", "于6月30日离任"): that person's, kept
_OWN_VERB = re.compile(r"(?:起)?(?:正式)?(?:退任|退休|离任|離任|卸任|辞任|辭任|辞去|辭去|离职|離職|到龄|届龄|屆齡|接任|出任|上任|就任|履新)")
_SEGMENT = re.compile(r"[；;]")
#: a clause for all the changes the sentence tells: "相关人事均自D起生效", "生效日均为D", "上述任命…生效"
_ALL = re.compile(r"均|皆|一律|全部")


def _clause_day(ctx: Context, sent: Sent, text: str, at: int, d: str, before: str | None) -> str | None:
    """The day the clause names (resolved as the sentence's own dates are), the clause before's for "同日"."""
    if _SAME_DAY.search(d):
        return before
    found = find_dates(d)
    if not found:
        return None
    value: DateValue = found[-1][2]
    for m in sent.mentions:  # the sentence's own reading of that date (its year, its 今/昨)
        if m.kind == "D" and at <= m.start - sent.start < at + len(d) + 4 and isinstance(m.value, DateValue):
            iso = ctx.date_iso(m, sent)
            return iso if iso and len(iso) >= 7 else None
    full = ctx.resolve_in(value, sent)
    iso = full.iso() if full is not None else None
    return iso if iso and len(iso) >= 7 else None


def _own_date(ctx: Context, sent: Sent, lo: int, hi: int, iso: str) -> bool:
    """Whether `iso` is written in text[lo:hi] at a person's own verb ("将于年底退任")."""
    for m in sent.mentions:
        if m.kind == "D" and lo <= m.start < hi and ctx.date_iso(m, sent) == iso and _OWN_VERB.match(ctx.text, m.end):
            return True
    return False


#: "T(一职)(则)由[title]P接掌": the post named before 由 is the one P takes (P's title after 由 is the one P holds)
_TAKEN = re.compile(r"(?:一职|一職|职务|職務)?(?:则|則|将|將)?由(?P<gap>[^，。；,;]{0,12}?)$")
_TAKES = re.compile(r"(?:出任|接任|接掌|升任|担任|擔任|兼任|接替)")


def _taken_by(ctx: Context, sent: Sent, lo: int, hi: int, c: Candidate) -> bool:
    """Whether the stretch text[lo:hi] says "T由…P接掌" with T the candidate's post and P its person."""
    role = c.qualifiers.get("role")
    for p in sent.mentions:
        if p.kind != "P" or p.key != c.subject or not lo <= p.start < hi or not _TAKES.match(ctx.text, p.end):
            continue
        for t in sent.mentions:
            if t.kind != "T" or not lo <= t.start < p.start or getattr(t.value, "role", None) != role:
                continue
            m = _TAKEN.search(ctx.text, t.end, p.start)
            if not m or m.start() != t.end or any(x.kind == "P" and t.end <= x.start < p.start for x in sent.mentions):
                continue
            own = [x for x in sent.mentions if x.kind == "C" and t.start - 1 <= x.end <= t.start]
            if (own[-1].key == c.object) if own else not any(x.kind == "C" and t.end <= x.start < p.start for x in sent.mentions):
                return True  # (the post's company written at its title, or none between 由 and P: P's own title is no other firm's)
    return False


def _apply(ctx: Context, sent: Sent, lo: int, hi: int, iso: str, whole: bool) -> None:
    """Date the posts taken or left in text[lo:hi] of `sent` (all of the sentence's when `whole`)."""
    for c in ctx.out:
        if c.sent != sent.i or c.predicate is not Predicate.HOLDS_POSITION:
            continue
        if c.status not in ("start", "end"):
            if not _taken_by(ctx, sent, lo, hi, c):
                continue
            c.qualifiers.setdefault("start", iso)
            continue
        if not whole and not any(m.kind == "P" and m.key == c.subject and lo <= m.start < hi for m in sent.mentions):
            continue
        old = c.qualifiers.get(c.status)
        if old == iso or (old and c.status not in c.carried and _own_date(ctx, sent, lo, hi, old)):
            continue
        c.qualifiers[c.status] = iso
        c.carried = c.carried - {c.status}


def _full_start(text: str, pos: int) -> int:
    """Where the full sentence holding `pos` begins (after its 。 or line break; a "；" does not end it)."""
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


def _within(ctx: Context, lo: int, hi: int) -> list[Sent]:
    """The analysed sentences in text[lo:hi]."""
    return [s for s in ctx.sentences if lo <= s.start and s.end <= hi + 1]


def date_by_effective_day(ctx: Context) -> None:
    """Posts dated by the clause that says when they take effect: in the same
    stretch of a sentence (up to its "；"), the whole sentence when the clause
    is for all of them ("均自D起生效"), or the sentence right before when the
    clause's sentence refers back to it ("有关任命…生效")."""
    if "生效" not in ctx.text:
        return
    before: str | None = None
    for sent in ctx.sentences:
        text = ctx.text[sent.start:sent.end]
        _next_sentence(ctx, sent)
        if "生效" not in text:
            continue
        for m in _CLAUSE.finditer(text):
            d = m.group("d") or m.group("d2") or ""
            iso = _clause_day(ctx, sent, text, m.start("d") if m.group("d") else m.start("d2"), d, before)
            if iso is None:
                continue
            before = iso
            _apply(ctx, sent, sent.start, sent.start + m.start(), iso, whole=False)
            full = _full_start(ctx.text, sent.start + m.start())
            if _ALL.search(text, 0, m.end()) or _REFERS_BACK.match(text.lstrip()):
                for prev in _within(ctx, full, sent.start):  # (the stretches before its "；")
                    _apply(ctx, prev, prev.start, prev.end, iso, whole=True)
            if _REFERS_BACK.match(ctx.text[full:sent.end].lstrip()) and full > 0:
                for prev in _within(ctx, _full_start(ctx.text, full - 1), full):  # (the full sentence before)
                    _apply(ctx, prev, prev.start, prev.end, iso, whole=True)


def _next_sentence(ctx: Context, sent: Sent) -> None:
    """"…委任B为行政总裁。有关任命已获批准，四月一日生效。": the sentence after, left unread by the
    rules (no post in it), dates the posts of this one when it refers back to them."""
    if not ctx.text[sent.end - 1:sent.end + 1].strip().startswith("。"):
        return  # (a stretch before "；": the full sentence goes on)
    if sent.i + 1 < len(ctx.sentences) and ctx.sentences[sent.i + 1].start <= sent.end + 2:
        return  # (the next sentence is read: the loop sees it)
    rest = ctx.text[sent.end:sent.end + 80].lstrip()
    end = min((k for k in (rest.find("。"), rest.find("\n")) if k >= 0), default=-1)
    nxt = rest[:end] if end >= 0 else ""
    if "生效" not in nxt or not _REFERS_BACK.match(nxt):
        return
    for m in _CLAUSE.finditer(nxt):
        d = m.group("d") or m.group("d2") or ""
        if _SAME_DAY.search(d) or not find_dates(d):
            continue
        iso = _clause_day(ctx, sent, "", -10**6, d, None)
        for part in _within(ctx, _full_start(ctx.text, sent.end - 2), sent.end) if iso else ():
            _apply(ctx, part, part.start, part.end, iso, whole=True)
        return
