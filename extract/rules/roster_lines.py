"""A who's-who roster, a line a person: "周明远　北林银行股份有限公司董事长、行长。曾任…" — the line opens on
the name (a sex in brackets perhaps, a seat such as "省人大代表，"), then the company and its posts with no verb:
the layout alone says the posts are the person's, now. Further clauses of the line, each a company and its posts
("，兼任旗下C2董事长；"), are current posts too; "，D起任职" dates the line's first post; a clause opening on
原 (former) gives posts held once.

Two lines of that shape or more make the roster (a lone line of prose opening on a name and a company is any
sentence the other rules read)."""

from __future__ import annotations

import re

from extract.agenda_labels import AGENDA_LABEL_TPL
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate
from text.normalize import norm_name

#: the line's head: the name, a sex in brackets, a seat held in an assembly ("浙江省人大代表，"), then the posts
#: (an agenda's line opens on the person's part at the meeting: "主持人：P C T"; a bracket after the company is an
#: aside on it, its parent or former name: "P C（C2全资子公司）T", "P C（原“C3”）联合创始人、T")
_HEAD = pattern(rf"^\s*{AGENDA_LABEL_TPL}?(?P<p><P>)(?:[（(][男女][）)])?(?:[^，。；\ue000-\ue007]{{2,14}}(?:代表|委员)[，,])?"
                rf"(?:(?P<c0><C>)[（(][^（）()]{{1,24}}[）)])?(?P<chain>{CHAIN})(?=[，,；;。]|$)")
#: a founder's word among the line's posts ("联合创始人" + "、T")
_FOUNDER = re.compile(r"(?:联合)?(?:创始人|创办人)")
#: a further clause of current posts: "，兼任旗下C T", "，母行C T", "；C T"
_MORE = pattern(rf"[，,；;](?:同时)?(?:兼任|兼|并任)?(?:旗下|下属|母行|母公司|控股股东)?(?P<chain>{CHAIN})(?=[，,；;。]|$)")
#: the first post's start: "，2024年9月起任职"
_SINCE = pattern(r"[，,](?P<d><D>)(?:起|开始)(?:任职|担任该职|任该职)")
#: a former post on the line: "原C T", "；原C T"
_FORMER = pattern(rf"[，,；;]?原(?P<chain>{CHAIN})(?=[，,；;。]|$)")


def _at_line_start(ctx: Context, sent: Sent) -> bool:
    return ctx.text[max(0, sent.start - 1):sent.start] in ("\n", "") or not ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.start].strip()


def roster_lines(ctx: Context) -> None:
    if "\n" not in ctx.text:
        return
    heads = [(s, m) for s in ctx.sentences if (m := _HEAD.match(s.tpl)) is not None and _at_line_start(ctx, s)]
    if len(heads) < 2:
        return
    for sent, m in heads:
        person = sent.at(m.start("p")).key
        own = m.start("c0") if m.group("c0") else m.start("chain")
        company = sent.at(own).key if sent.tpl[own] == "\ue001" else ctx.focus
        first = chain_items(sent, m.start("chain"), m.end("chain"), company)
        if _FOUNDER.search(sent.tpl, m.start("chain"), m.end("chain")) and company and ctx.type_of(company) == "Company":
            ctx.emit(Predicate.FOUNDED, person, company, sent, "roster-line", 0.75)  # "P C（…）联合创始人、T": a founder of C
        since = _SINCE.match(sent.tpl, m.end())
        start = ctx.date_iso(sent.at(since.start("d")), sent) if since else None
        for k, (comp, info) in enumerate(first):
            emit_position(ctx, sent, person, comp, info, "roster-line", "start" if start and k == 0 else "", start if k == 0 else None, 0.8)
        end = m.end()
        while (more := _MORE.match(sent.tpl, end)) is not None:
            comp0 = sent.at(more.start("chain")).key if sent.tpl[more.start("chain")] == "\ue001" else company
            for comp, info in chain_items(sent, more.start("chain"), more.end("chain"), comp0):
                emit_position(ctx, sent, person, comp, info, "roster-line", "", None, 0.75)
            end = more.end()
        _former(ctx, sent, person, company, end)


def _former(ctx: Context, sent: Sent, person: str | None, company: str | None, end: int) -> None:
    """"原C T" in the line's own sentence or the one right after it (the roster's next sentence, not the next line)."""
    spots = [(sent, end)]
    nxt = ctx.next_adjacent(sent)
    if nxt is not None and "\n" not in ctx.text[sent.end:nxt.start]:
        spots.append((nxt, 0))
    for s, at in spots:
        if (old := _FORMER.match(s.tpl, at)) is None or not re.match(r"[，,；;。]?$", s.tpl[old.end():old.end() + 1]):
            continue
        comp0 = s.at(old.start("chain")).key if s.tpl[old.start("chain")] == "\ue001" else company
        for comp, info in chain_items(s, old.start("chain"), old.end("chain"), comp0):
            emit_position(ctx, s, person, comp, info, "roster-line", "past", None, 0.75)


#: a résumé's row: a span of years, then the company and its posts, nothing else ("2011.12—2016.04　C副行长"); a bracket
#: after the posts is an aside ("（C改制为C2）", "（C2控股子公司）")
_CAREER_ROW = pattern(rf"^\s*(?P<d1><D>)\s*[—－\-–~至到]+\s*(?:(?P<d2><D>)|至今|今)\s*[，,：:]?\s*(?:(?P<c0><C>)[（(][^（）()]*[）)])?(?P<chain>{CHAIN})\s*(?:[（(][^（）()]*[）)])?\s*$")


def career_rows(ctx: Context) -> None:
    """The rows of a résumé under a person's head ("P，男，…生，…。" then "D1—D2 C T" a line): each row is a post of
    the person the head names, from D1 to D2 (to now when 至今). Two rows or more, one after the other, make the list."""
    if "\n" not in ctx.text or not any(ch in ctx.text for ch in "—－-–~"):
        return
    rows = [(s, m) for s in ctx.sentences if (m := _CAREER_ROW.match(s.tpl)) is not None and _at_line_start(ctx, s)]
    listed = [(s, m) for k, (s, m) in enumerate(rows) if (k > 0 and rows[k - 1][0].i == s.i - 1) or (k + 1 < len(rows) and rows[k + 1][0].i == s.i + 1)]
    person = None
    for sent, m in listed:
        if sent.i == 0 or not any(r.i == sent.i - 1 for r, _m in listed):
            person = _head_person(ctx, sent)  # the head above the run of rows names whose they are
        if person is None:
            continue
        start = ctx.date_iso(sent.at(m.start("d1")), sent)
        end = ctx.date_iso(sent.at(m.start("d2")), sent) if m.group("d2") else None
        own = m.start("c0") if m.group("c0") else m.start("chain")  # "C（C2控股子公司）T": the aside names another
        for comp, info in chain_items(sent, m.start("chain"), m.end("chain"), sent.at(own).key if sent.tpl[own] == "\ue001" else None):
            emit_position(ctx, sent, person, comp, info, "career-row", "range", start, 0.75, end)


_RANGE_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*[.．/年]")


def _head_person(ctx: Context, sent: Sent) -> str | None:
    """The person the résumé's head names: the one its line opens on, the line above the run of lines opening on
    a year ("P，男，" + an ethnicity + "，" + a birth month + "生…" — a line no rule may have read, so it is found in the text)."""
    end = sent.start
    for _ in range(12):
        start = ctx.text.rfind("\n", 0, max(0, end - 1)) + 1
        line = ctx.text[start:end]
        if line.strip() and not _RANGE_LINE.match(line):
            break  # (blank lines between are skipped)
        end = start
    else:
        return None
    for n in (4, 3, 2):
        key = ctx.inv.surface.get(norm_name(line.strip()[:n]))
        if key and key.startswith("P:") and re.match(r"[，,（( 　]", line.strip()[n:n + 1]):
            return key
    return None
