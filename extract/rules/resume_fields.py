"""A résumé written as labelled fields: "现任职务：C T、T" and "主要经历：D—D C T；D至今 C T（D起任T）".

A recruitment notice, a nomination's annex or a candidate list gives each person a head line ("（一）P，男，汉族，
1976年8月出生，…") and then fields with no subject and no verb: the label says the posts are the person's, current
(现任职务) or held over each line's span of dates (主要经历, its items split by "；", an open span 至今 still held,
a bracketed "（D起任T）" a post added on D). The person is the one the nearest head line above names.
"""

from __future__ import annotations

import re

from extract.layout_names import PROFILE_HEAD
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from text.normalize import norm_name

#: the field of current posts
_CURRENT = pattern(rf"^\s*(?:现任职务|现任职位|现职|现任)[：:](?P<chain>{CHAIN})\s*[。；]?\s*$")
#: the field of side posts (a member's page: "社会兼职：C T，C T。"), its posts apart by commas
_SIDE = re.compile(r"^\s*(?:主要)?(?:社会兼职|社会职务|社会任职|兼职情况|其他兼职)[：:]")
_SIDE_ITEM = pattern(rf"(?:^|(?<=[：:，,；;]))(?P<chain>{CHAIN})(?=[，,；;。]|\s*$)")
#: the label of a career's field, before its first item
_CAREER_LABEL = re.compile(r"^\s*(?:主要经历|工作经历|主要工作经历|工作简历|个人简历|简历|履历)[：:]")
#: one item: its span of dates, the company and its posts, and a post added within the span
#: (an open span may be a bare dash: "2019.09—　C T", a page's last line; a bracketed note of what happened within the
#: span, "（其间，…）", is read by the rules of renames and closes nothing)
_ITEM = pattern(rf"(?P<d1><D>)(?:\s*(?:—|–|－|-|~|～|至)\s*(?P<d2><D>)|\s*[—–－-]?\s*至今|\s*[—–－-]\s*今|\s*[—–－-]{{1,2}}|起)\s*(?P<verb>[，,]\s*(?:先后)?(?:任|担任|出任|历任|任职))?\s*(?P<chain>{CHAIN})"
                rf"(?:[（(](?P<d3><D>)起(?:任|兼任)?(?P<chain2>{CHAIN})[）)])?(?:[（(](?:其间|期间|任内)[^（）()]*[）)])?\s*[；;。]?\s*$")
#: a career label alone on its line: its items follow one a line
_LABEL_LINE = re.compile(r"^[ \t　]*(?:主要经历|工作经历|主要工作经历|工作简历|个人简历|简历|履历)[：:][ \t　]*$")
#: a line of a career's items: it opens on a year
_DATED_LINE = re.compile(r"[ \t　]*(?:19|20)\d{2}")
#: a résumé's head line: an item number perhaps, the name, then the sex
_HEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])?[^\S\n]*"
                   r"([\u4e00-\u9fff·]{2,4}?)(?:先生|女士)?[，,](?:男|女)[，,]")
#: a Taiwan filing's note on a newcomer: "（2）P学历：…。经历：C T、C T。" — the career field has no dates and no
#: subject: its posts (held before or besides) are those of the person the line's 学历 field opens with
_UNDATED_CAREER = pattern(rf"^\s*(?:经历|主要经历|经历及现职)[：:](?P<chain>{CHAIN})\s*[。；]?\s*$")
_EDUCATION_HEAD = re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:先生|女士)?(?:之)?学历[：:][^\n]*$")
#: how far above a field its head line may be
_REACH = 800


def _person(ctx: Context, sent: Sent) -> str | None:
    """The person the nearest résumé head line above the sentence names (a notice's "P，男，" line, or a profile
    page's name line over its 性别 field)."""
    heads = list(_HEAD.finditer(ctx.text, max(0, sent.start - _REACH), sent.start)) or list(
        PROFILE_HEAD.finditer(ctx.text, max(0, sent.start - _REACH), sent.start))
    key = ctx.inv.surface.get(norm_name(heads[-1].group(1))) if heads else None
    return key if key and key.startswith("P:") else None


def _under_label(text: str, start: int) -> bool:
    """Whether the line at `start` is one of the dated lines under a career label alone on its line (the label and an
    undated item hold no mention, so they are no sentence the rule walks)."""
    line = text.rfind("\n", 0, start) + 1
    if not _DATED_LINE.match(text, line):
        return False
    for _ in range(40):
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        above = text[line:text.find("\n", line)]
        if _LABEL_LINE.match(above):
            return True
        if above.strip() and not _DATED_LINE.match(above):
            return False
    return False


def _educated(ctx: Context, sent: Sent) -> str | None:
    """The person whose 学历 field opens the sentence's line or the line before ("P学历：…。" + "经历：…")."""
    line = ctx.text.rfind("\n", 0, sent.start)
    head = _EDUCATION_HEAD.search(ctx.text, line + 1, sent.start) or (
        _EDUCATION_HEAD.search(ctx.text, ctx.text.rfind("\n", 0, line) + 1, line) if line > 0 else None)
    key = ctx.inv.surface.get(norm_name(head.group(1))) if head else None
    return key if key and key.startswith("P:") else None


def _emit_chain(ctx: Context, sent: Sent, person: str, m: re.Match[str], group: str, start: str | None, end: str | None,
                company: str | None = None) -> str | None:
    """The posts of the match's `group` (at `company` when the group names none); the last company they are at."""
    status = "range" if start or end else ""
    for at, info in chain_items(sent, m.start(group), m.end(group), company):
        if at is not None:
            emit_position(ctx, sent, person, at, info, "resume-field", status, start, 0.8, end_date=end)
            company = at
    return company


def resume_fields(ctx: Context) -> None:
    if "：" not in ctx.text or ("现任" not in ctx.text and "经历" not in ctx.text and "简历" not in ctx.text):
        return
    in_career = False
    for sent in ctx.sentences:
        line_head = ctx.text[sent.start - 1:sent.start] in ("\n", "")
        label = _CAREER_LABEL.match(sent.tpl)
        if label or (line_head and not in_career):
            in_career = bool(label) or (line_head and _under_label(ctx.text, sent.start))
        if (und := _UNDATED_CAREER.match(sent.tpl)) is not None and (person := _educated(ctx, sent)):
            _emit_chain(ctx, sent, person, und, "chain", None, None)
            continue
        if (side := _SIDE.match(sent.tpl)) is not None and (person := _person(ctx, sent)):
            for m in _SIDE_ITEM.finditer(sent.tpl, side.end()):
                _emit_chain(ctx, sent, person, m, "chain", None, None)
            continue
        if (cur := _CURRENT.match(sent.tpl)) is not None and (person := _person(ctx, sent)):
            _emit_chain(ctx, sent, person, cur, "chain", None, None)
            continue
        item = _ITEM.search(sent.tpl, label.end() if label else 0)
        if item is not None and not in_career and item.start() == 0 and item.group("verb"):
            in_career = True  # "D至D，任C T；": a résumé's item in prose, under the person's head line
        if not in_career or item is None:
            continue
        if (person := _person(ctx, sent)) is None:
            continue
        d1 = ctx.date_iso(sent.at(item.start("d1")), sent)
        d2 = ctx.date_iso(sent.at(item.start("d2")), sent) if item.group("d2") else None
        company = _emit_chain(ctx, sent, person, item, "chain", d1, d2)
        if item.group("chain2"):  # "（2021.01起任党委副书记）": a post added at the item's company
            _emit_chain(ctx, sent, person, item, "chain2", ctx.date_iso(sent.at(item.start("d3")), sent), d2, company)
