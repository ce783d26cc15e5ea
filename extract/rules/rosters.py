"""A roster written as a table, a row a person: "祁远帆 | 总经理、董事 | 2020.03—至今"
(name, posts, tenure; the cells split by a bar, a tab, or under a header row naming the columns
("姓名  职务  任期") two spaces or more; a status in brackets after the posts,
"独立董事（已离任）", is the tenure's to tell). Each post is at the company the
table is of (the one the text speaks of); a tenure gives the start, and the end
unless it runs to 至今/今."""

from __future__ import annotations

import bisect
import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from extract.rules.topics import topic_of

_ROW = pattern(rf"^(?P<p><P>)(?P<bar>[|｜\t/／])(?P<chain>{CHAIN})(?:[（(][^（）()|｜\t]{{1,8}}[）)])?(?:(?P=bar)(?P<d1><D>)(?:[—－\-–~至到]+(?:(?P<d2><D>)|至今|今|现在))?)?(?=[|｜\t]|$)")
#: a row whose cells spaces set apart (the template squeezes them out), under a header row naming the columns
_SPACED = pattern(rf"^(?P<p><P>)(?P<chain>{CHAIN})(?:[（(][^（）()]{{1,8}}[）)])?(?:(?P<d1><D>)(?:[—－\-–~至到]+(?:(?P<d2><D>)|至今|今|现在))?)?$")
#: a row that names the company first: "松溪证券 | 祁远帆 | 总经理 | 186.20" (a pay table of several firms' officers)
_FIRM_ROW = pattern(rf"^(?P<c><C>)(?P<bar>[|｜\t])(?P<p><P>)(?P=bar)(?P<chain>{CHAIN})(?P<left>[（(](?:已)?(?:离任|离职|卸任)[）)])?(?=[|｜\t]|$)")
_HEADER_ROW = re.compile(r"^[ \t　]*姓名[ \t　|｜]+(?:现任|担任)?(?:职务|职位)", re.M)


def table_rosters(ctx: Context) -> None:
    spaced = "姓名" in ctx.text and _HEADER_ROW.search(ctx.text) is not None
    for sent in ctx.sentences:
        if "|" not in sent.tpl and "｜" not in sent.tpl and "\t" not in sent.tpl:
            if spaced and ctx.text[sent.start - 1:sent.start] in ("\n", "") and "  " in ctx.text[sent.start:sent.end]:
                m = _SPACED.match(sent.tpl)  # (the cells two spaces apart, or more)
            elif "/" in sent.tpl or "／" in sent.tpl:
                m = _ROW.match(sent.tpl)  # a team's heading line "P / T": a slash for the bar
            else:
                continue  # (no bar, no table)
        else:
            m = _ROW.match(sent.tpl)
            if m is None and (firm := _FIRM_ROW.match(sent.tpl)) is not None:
                company = sent.at(firm.start("c")).key
                for comp, info in chain_items(sent, firm.start("chain"), firm.end("chain"), company):
                    emit_position(ctx, sent, sent.at(firm.start("p")).key, comp, info, "table-roster", "past" if firm.group("left") else "", None, 0.8)
        if m is None:
            continue
        start = ctx.date_iso(sent.at(m.start("d1")), sent) if m.group("d1") else None
        end = ctx.date_iso(sent.at(m.start("d2")), sent) if m.group("d2") else None
        company = lead_company(ctx, sent) or ctx.nearest_company(sent, m.start("chain"))
        for comp, info in chain_items(sent, m.start("chain"), m.end("chain"), company):
            emit_position(ctx, sent, sent.at(m.start("p")).key, comp, info, "table-roster", "range" if start or end else "", start, 0.8, end)


#: how many rows up from a row its header may be
_MAX_ROWS = 40


def lead_company(ctx: Context, sent: Sent) -> str | None:
    """The company the line right before the table's header opens with ("C设…，…" + the header
    "姓名｜现任职务｜…"): the table is that company's officers, whatever its last column names (a parent's posts
    in a résumé) or whatever the text is mostly about. None when the header is not found or that line opens
    with no company."""
    text = ctx.text
    end = text.rfind("\n", 0, sent.start)
    for _ in range(_MAX_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _HEADER_ROW.match(line):
            memo = ctx.memo.setdefault("roster-lead", {})
            if start not in memo:
                memo[start] = _opener_before(ctx, start)
            return memo[start]
        if "|" not in line and "｜" not in line and "\t" not in line:
            return None
        end = start - 1
    return None


def _opener_before(ctx: Context, at: int) -> str | None:
    """The company the line that ends right before offset `at` opens with (its first sentence's topic)."""
    line = ctx.text.rfind("\n", 0, max(0, at - 1)) + 1
    starts = ctx.memo.setdefault("sentence_starts", [x.start for x in ctx.sentences])
    k = bisect.bisect_left(starts, line)
    if k >= len(starts) or starts[k] >= at or ctx.text[line:starts[k]].strip():
        return None
    lead = ctx.sentences[k]
    return topic_of(lead) if lead.tpl[:1] == "\ue001" else None
