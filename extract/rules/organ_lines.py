"""A founding deed's organs, each on one line with its posts run in, and its subscribers' shares of the capital.

    董事會：主席　甲；董事　乙、丙
    監事會：主席　丁；成員　戊、己
    公司秘書：庚

The organ names the post: the chair and the members of a board-like organ (董事會, 行政管理機關) are its chairman and
directors, everyone on the supervisory board's line a supervisor, the 股東會主席團's people the meeting's bureau's (a
post of its own). A person named on such a line holds the post at the company the deed sets up (the focus), not at a
company the lines name as a member (a holder that chairs the meeting's bureau): posts the sentence rules gave such a
person at a company their sentence does not name go to the focus.

    一、A，持有N股，佔股本百分之x；

A subscriber's line: the company holds that share of the company the deed sets up.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.numbers import cn_number
from extract.rules.base import Context
from extract.rules.organ_lists import listed_person
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent
from extract.rules.spaced_tables import entity
from schema import Predicate, Role
from text.normalize import to_simplified

#: an organ's line (Simplified): the organ, a colon, its posts and names
_LINE = re.compile(r"\s*(?P<organ>股东(?:大)?会主席团|董事会|董事局|监事会|(?:行政)?管理机[关构]|监察机[关构]|公司秘书)\s*[：:]\s*(?P<rest>\S.*?)\s*")
#: one post's run on the line: the label, a gap or a colon, the names
_PART = re.compile(r"(?P<label>主席|副主席|成员|委员|董事|监事|秘书)?[\s：:]*(?P<names>\S.*?)")
_SEP = re.compile(r"[、，,]")
_PARTS = re.compile(r"[；;]")
_BRACKET = re.compile(r"\s*[（(][^（()）]*[）)]\s*$")
_BOARDS = ("董事会", "董事局", "管理机关", "管理机构", "行政管理机关", "行政管理机构")
_MEMBER_LABELS = ("成员", "委员", "董事", None)
#: a subscriber's line: an item mark, the company, its shares, its part of the capital in words or figures
_SUBSCRIBER = re.compile(r"\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*(?P<name>[^，,；;：:]{4,40}?)\s*[，,]\s*(?:认购|认缴|持有)[^，,；;]{1,30}[，,]\s*"
                         r"占(?:公司|本公司)?(?:资本|股本|注册资本)(?:总额)?(?:的)?百分之(?P<pct>[一二三四五六七八九十百零〇点\d.]{1,8})")


def organ_lines(ctx: Context) -> None:
    if "：" not in ctx.text and ":" not in ctx.text:
        return
    if "机关" in ctx.text or "会：" in ctx.text or "会:" in ctx.text or "机构" in ctx.text:
        _organ_lines(ctx)


def subscriber_lines(ctx: Context) -> None:
    """A deed's subscriber lines, read before `renamed_objects` moves what follows a rename to the new name (amended
    articles give the capital of the company as renamed)."""
    if "百分之" in ctx.text and ("认购" in ctx.text or "认缴" in ctx.text or "持有" in ctx.text):
        _subscribers(ctx)


def _lines(text: str) -> list[tuple[int, int, re.Match[str]]]:
    out = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if (m := _LINE.fullmatch(line)) is not None:
            out.append((start, start + len(line), m))
    return out


def _organ_lines(ctx: Context) -> None:
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    lines = _lines(ctx.text)
    if sum(1 for _s, _e, m in lines if m.group("organ") != "公司秘书") < 2:
        return  # (a deed's organs: several lines, one each)
    titles = get_lexicon().titles
    listed: set[str] = set()
    spans: list[tuple[int, int]] = []
    for start, end, m in lines:
        organ, row = m.group("organ"), Row([], start, end)
        sent = row_sent(ctx, row)
        spans.append((start, end))
        shown = ctx.show(start + m.start("rest"), start + m.end("rest"))
        for part in _PARTS.split(shown):
            part = part.strip()
            pm = _PART.fullmatch(to_simplified(part))
            if pm is None or len(to_simplified(part)) != len(part):
                continue
            info = _info(ctx, organ, pm.group("label"), part[:pm.end("label")] if pm.group("label") else "", start, m, titles)
            for name in _SEP.split(part[pm.start("names"):]):
                p = listed_person(ctx, row, _BRACKET.sub("", name.strip()))
                if p is None:
                    continue
                listed.add(p)
                if info is not None:
                    emit_position(ctx, sent, p, company, info, "organ-line", "", None, 0.8)
    _to_focus(ctx, company, listed, spans)


def _info(ctx: Context, organ: str, label: str | None, label_shown: str, start: int, m: re.Match[str],
          titles: dict[str, Role]) -> TitleInfo | None:
    """The post a label on an organ's line names (its title as the text writes it)."""
    organ_shown = ctx.show(start + m.start("organ"), start + m.end("organ"))
    if organ in _BOARDS:
        if label in _MEMBER_LABELS:
            return TitleInfo(Role.DIRECTOR, "董事")
        role = titles.get(label or "")
        return TitleInfo(role, label_shown) if role is not None else None
    if organ == "监事会" or organ.startswith("监察"):
        return TitleInfo(Role.SUPERVISOR, organ_shown + label_shown)
    if organ == "公司秘书" or organ.startswith("股东"):
        return TitleInfo(Role.OTHER, organ_shown + label_shown)
    return None


def _to_focus(ctx: Context, company: str, listed: set[str], spans: list[tuple[int, int]]) -> None:
    """Posts of the listed people: on the organs' lines only the organ reader's; elsewhere, a post at a company
    the sentence does not name is the focus's."""
    keep = []
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION or c.subject not in listed or c.rule == "organ-line":
            keep.append(c)
            continue
        sent = ctx.sentences[c.sent]
        if any(sent.start < e and s < sent.end for s, e in spans):
            continue
        if c.object != company and not _named_in(ctx, c.object, sent.start, sent.end):
            c.object = company
        keep.append(c)
    ctx.out[:] = keep
    ctx.reindex()


def _named_in(ctx: Context, key: str, start: int, end: int) -> bool:
    ent = ctx.inv.entities.get(key)
    seg = ctx.text[start:end]
    return ent is not None and any(to_simplified(a) in seg for a in (ent.name, *ent.aliases) if a)


def _subscribers(ctx: Context) -> None:
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if "百分之" not in line or (m := _SUBSCRIBER.match(line)) is None:
            continue
        raw = m.group("pct")
        value = float(raw) if raw.replace(".", "", 1).isdigit() else cn_number(raw)
        if value is None or not 0 < float(value) <= 100:
            continue
        row = Row([], start, start + len(line))
        holder = entity(ctx, row, ctx.show(start + m.start("name"), start + m.end("name")), False, True)
        if holder is None or holder == company or ctx.type_of(holder) != "Company":
            continue
        ctx.emit(Predicate.HOLDS_STAKE, holder, company, row_sent(ctx, row), "subscriber-line", 0.8, percent=float(value))

