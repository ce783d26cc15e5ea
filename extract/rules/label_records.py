"""A person's record written as label:value lines, one field a line, a
record a run of such lines ("姓名：P\\n职务：董事长\\n任期：2021.06—至今"; the
labels in any order, a blank line or a label said again starting the next
record). The 职务 line's posts are the 姓名's, at the company of a 单位 line,
else the one the text is about; a 任期 line gives the start, and the end
unless it runs to 至今. The layout, not a verb, ties the name to the post."""

from __future__ import annotations

import re

from extract.dates import find_dates, resolve
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from text.normalize import norm_name

_LABELS = {"姓名": "name", "职务": "post", "职位": "post", "现任职务": "post", "担任职务": "post", "任职单位": "unit",
           "所在单位": "unit", "工作单位": "unit", "单位": "unit", "任期": "term", "任职时间": "term", "任职期间": "term",
           # a disclosure party's résumé: the post at the listed company, then posts elsewhere with their companies
           "在上市公司任职情况": "post", "在上市公司任职": "post", "其他任职": "elsewhere", "其他任职情况": "elsewhere",
           "在其他公司任职情况": "elsewhere", "在其他单位任职情况": "elsewhere",
           # a firm's record: "名称：X\n执行事务合伙人：P" — the label is P's post at X
           "名称": "firm", "企业名称": "firm", "执行事务合伙人": "head", "法定代表人": "head",
           # lines a résumé holds between its name and its posts: they neither end the record nor say a post
           "性别": "sex", "国籍": "nation", "出生年月": "born", "出生日期": "born", "身份证号码": "id", "住所": "home",
           "通讯地址": "address", "是否取得其他国家或地区居留权": "residence", "学历": "degree"}
_LINE = re.compile(r"^[ \t　]*(?:\d{1,2}[.．、][ \t　]*)?(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True))
                   + r")[ \t　]*[：:][ \t　]*(?P<value>[^\n]*?)[ \t　]*$", re.M)
_POST = pattern(rf"[：:](?P<chain>{CHAIN})\s*$")
_HONORIFIC = re.compile(r"(?:先生|女士)$")


def _records(text: str) -> list[dict[str, re.Match[str]]]:
    """The runs of label lines, each a record: a blank or other line, or a label said again, ends one."""
    out: list[dict[str, re.Match[str]]] = []
    cur: dict[str, re.Match[str]] = {}
    last_end = -2
    for m in _LINE.finditer(text):
        kind = _LABELS[m.group("label")]
        if m.start() != last_end + 1 or kind in cur:
            if cur:
                out.append(cur)
            cur = {}
        cur[kind] = m
        last_end = m.end()
    if cur:
        out.append(cur)
    return out


def _sent_at(ctx: Context, pos: int) -> Sent | None:
    return next((s for s in ctx.sentences if s.start <= pos < s.end), None)


def label_records(ctx: Context) -> None:
    if "姓名" not in ctx.text and "名称" not in ctx.text:
        return
    for rec in _records(ctx.text):
        if "firm" in rec and "head" in rec:
            _firm_head(ctx, rec)
        if "name" in rec and "elsewhere" in rec:
            _elsewhere(ctx, rec)
        if "name" not in rec or "post" not in rec:
            continue
        person = ctx.inv.surface.get(norm_name(_HONORIFIC.sub("", rec["name"].group("value"))))
        sent = _sent_at(ctx, rec["post"].start("value"))
        post = _POST.search(sent.tpl) if sent is not None else None
        if not person or not person.startswith("P:") or sent is None or post is None:
            continue
        company = ctx.inv.surface.get(norm_name(rec["unit"].group("value"))) if "unit" in rec else None
        company = company if company and company.startswith("C:") else ctx.announcer or ctx.focus
        start = end = None
        if "term" in rec:
            days = [resolve(v, ctx.ref_year) for _s, _e, v in find_dates(rec["term"].group("value"))]
            isos = [d.iso() for d in days if d is not None and d.month]
            start, end = [*isos, None, None][:2]
        for at, info in chain_items(sent, post.start("chain"), post.end("chain"), company):
            emit_position(ctx, sent, person, at, info, "label-record", "range" if start or end else "", start, 0.8, end)


def _person_of(ctx: Context, value: str) -> str | None:
    key = ctx.inv.surface.get(norm_name(_HONORIFIC.sub("", value)))
    return key if key and key.startswith("P:") else None


def _elsewhere(ctx: Context, rec: dict[str, re.Match[str]]) -> None:
    """"其他任职：C1全资子公司C2执行董事": each post of the value at the company
    the value names before it (none named: no post, the listed company is not meant)."""
    person = _person_of(ctx, rec["name"].group("value"))
    line = rec["elsewhere"]
    sent = _sent_at(ctx, line.start("value"))
    if person is None or sent is None or "：" not in sent.tpl:
        return
    for at, info in chain_items(sent, sent.tpl.find("：") + 1, len(sent.tpl), None):
        if at is not None:
            emit_position(ctx, sent, person, at, info, "label-elsewhere", "", None, 0.75)


def _firm_head(ctx: Context, rec: dict[str, re.Match[str]]) -> None:
    """"名称：X\n执行事务合伙人：P": the label names P's post at the firm of the record."""
    firm = ctx.inv.surface.get(norm_name(rec["firm"].group("value")))
    person = _person_of(ctx, rec["head"].group("value"))
    line = rec["head"]
    sent = _sent_at(ctx, line.start())
    if not firm or not firm.startswith("C:") or person is None or sent is None:
        return
    for at, info in chain_items(sent, 0, sent.tpl.find("：") if "：" in sent.tpl else 0, firm):
        emit_position(ctx, sent, person, at, info, "label-head", "", None, 0.75)
