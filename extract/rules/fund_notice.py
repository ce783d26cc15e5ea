"""Posts from a fund manager's senior-management change notice, read as a
form (`extract.notice_fields`), not as prose.

Each 新任 block (职务, 姓名, 任职日期) gives its person the post at the company
of 基金管理人名称, starting on 任职日期; each 离任 block (职务, 姓名, 离任日期)
ends one. When the notice's newcomer takes the post its leaver gives up, the
one succeeds the other. 代任 (acting) blocks are not posts (guide v1.2).
The sentences of 过往从业经历 speak of the block's person: the prose rules
take them as their subject (`form_subject`).
"""

from __future__ import annotations

import bisect
import re

from extract.dates import find_dates, resolve
from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.notice_fields import Field, field_names, read_fields
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Candidate, Sent
from schema import Predicate, Role
from text.normalize import norm_name

#: ctx.memo key: sentence number → the person the form's career field speaks of
FORM_SUBJECT = "form_subject"


def form_subject(ctx: Context, sent: Sent) -> str | None:
    """The person a sentence of a notice's 过往从业经历 field is about."""
    subjects = ctx.memo.get(FORM_SUBJECT)
    return subjects.get(sent.i) if subjects else None


def notice_positions(ctx: Context) -> None:
    fields = read_fields(ctx.text)
    if not fields:
        ctx.memo[FORM_SUBJECT] = {}
        return
    company = _company(ctx, fields)
    blocks: list[dict[str, Field]] = []
    open_block: dict[str, dict[str, Field]] = {}
    subjects: dict[int, str] = {}
    for f in fields:
        kind = f.label[:2]
        if f.label.endswith(("职务", "姓名")):
            slot = f.label[-2:]
            block = open_block.get(kind)
            if block is None or slot in block:
                block = {"kind": f}
                blocks.append(block)
                open_block[kind] = block
            block[slot] = f
        elif f.label in ("任职日期", "离任日期", "代任日期"):
            block = open_block.get({"任职": "新任"}.get(kind, kind))
            if block is not None and "日期" not in block:
                block["日期"] = f
        elif f.label == "转任本公司其他工作岗位的说明" and (block := open_block.get("离任")) is not None:
            block["转任"] = f
        elif f.label == "过往从业经历" and (block := open_block.get("新任")) is not None and "姓名" in block:
            who = _persons(ctx, block["姓名"])
            for sent in ctx.sentences:
                if who and sent.start < f.end and f.start < sent.end:
                    subjects[sent.i] = who[0]
    ctx.memo[FORM_SUBJECT] = subjects
    taken: list[Candidate] = []
    left: list[Candidate] = []
    for block in blocks:
        kind = block["kind"].label[:2]
        if kind == "代任" or "姓名" not in block or company is None:
            continue
        status = "start" if kind == "新任" else "end"
        date = _date(ctx, block["日期"].value) if "日期" in block else None
        sent = _sentence_at(ctx, block["姓名"].start)
        if sent is None:
            continue
        for person in _persons(ctx, block["姓名"]):
            for info in _titles(ctx, block.get("职务")):
                n = len(ctx.out)
                emit_position(ctx, sent, person, company, info, "fund-notice", status, date, 0.9)
                (taken if status == "start" else left).extend(ctx.out[n:])
            moved = block.get("转任")
            if moved is not None and re.match(r"(?:转任|改任|调任|担任|出任|任)", moved.value):
                for info in _titles(ctx, moved, whole=False):  # "转任公司董事长": the post the leaver moves to
                    emit_position(ctx, sent, person, company, info, "fund-notice", "start", date, 0.85)
    name = ctx.inv.entities[company].name if company in ctx.inv.entities else None
    for new in taken:
        for old in left:
            if new.subject != old.subject and all(new.qualifiers.get(k) == old.qualifiers.get(k) for k in ("role", "title")):
                q = {k: new.qualifiers[k] for k in ("role", "title") if k in new.qualifiers}
                ctx.emit(Predicate.SUCCEEDED, new.subject, old.subject, ctx.sentences[new.sent], "fund-notice", 0.85,
                         company=name, date=new.qualifiers.get("start") or old.qualifiers.get("end"), **q)


def _company(ctx: Context, fields: list[Field]) -> str | None:
    """The company 基金管理人名称 names, else the one the notice is about."""
    for f in fields:
        if f.label == "基金管理人名称" and f.value:
            key = ctx.inv.surface.get(norm_name(f.value))
            if key is None and re.fullmatch(r"[\u4e00-\u9fff（）()A-Za-z]{4,40}", f.value):
                key = "C:" + f.value
                ctx.inv.add(key, ctx.show(f.start, f.end), "Company", norm_name(f.value), ctx.show(f.start, f.end), f.start)
            if key:
                return key
    return ctx.announcer or ctx.focus


def _persons(ctx: Context, f: Field) -> list[str]:
    keys = [ctx.inv.surface.get(norm_name(n)) for n in field_names(f.value)]
    return [k for k in keys if k and k.startswith("P:")]


def _titles(ctx: Context, f: Field | None, whole: bool = True) -> list[TitleInfo]:
    """The posts a 职务 field names: its title mentions, else (`whole`) the
    value as a title of its own ("督察长")."""
    if f is None or not f.value:
        return []
    sent = _sentence_at(ctx, f.start)
    infos = [m.value for m in (sent.mentions if sent else []) if m.kind == "T" and f.start <= m.start and m.end <= f.end
             and isinstance(m.value, TitleInfo)]
    infos = [i for i in infos if not i.title.startswith("代")]  # an acting post is not a post
    if infos:
        return infos
    if whole and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", f.value) and not f.value.startswith("代"):
        return [TitleInfo(get_lexicon().titles.get(f.value, Role.OTHER), f.value)]
    return []


def _sentence_at(ctx: Context, pos: int) -> Sent | None:
    """The analysed sentence holding text offset `pos`, else the last one before it."""
    starts = [s.start for s in ctx.sentences]
    i = bisect.bisect_right(starts, pos) - 1
    return ctx.sentences[i] if i >= 0 else None


def _date(ctx: Context, value: str) -> str | None:
    for _s, _e, v in find_dates(value):
        full = resolve(v, ctx.ref_year)
        if full is not None and full.year:
            return full.iso()
    return None
