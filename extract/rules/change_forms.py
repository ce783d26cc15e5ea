"""A personnel-change form, its fields numbered, a label and its value a line
(Taiwan's material-information notices on a manager's change):

    1.人员变动别（…）：财务主管
    2.发生变动日期：112/11/03
    3.旧任者姓名及简历：P1／本公司财务长
    4.新任者姓名及简历：P2／本公司会计主管
    7.新任生效日期：112/11/10

The post of 人员变动别 passes from the 旧任者 to the 新任者 at the company the
form is of, on the 新任生效日期 (else the 发生变动日期); the 新任者's own
post after the slash is the one he holds besides. The layout, not a phrase,
says who leaves and who takes the post."""

from __future__ import annotations

import re

from extract.dates import find_dates, resolve
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

#: a numbered field: "旧任者姓名…：P／…" (a bracketed instruction may stand between label and colon)
_FIELD = re.compile(r"^[ \t　]*\d{1,2}[.．、]\s*(?P<label>[^：:\n（(]{2,16})(?:[（(][^\n]*?[）)])?[：:][ \t　]*(?P<value>[^\n]*)$", re.M)
_POST_VALUE = pattern(rf"[：:](?P<chain>{CHAIN})\s*$")
_HOLDER_VALUE = pattern(rf"[：:](?P<p><P>)(?:先生|女士)?\s*(?:[/／]\s*(?P<co><C>)?(?:执行|常务|资深)?(?P<chain>{CHAIN}))?")


def _sent_at(ctx: Context, pos: int) -> Sent | None:
    return next((s for s in ctx.sentences if s.start <= pos < s.end), None)


def _day(ctx: Context, value: str) -> str | None:
    found = find_dates(value)
    full = resolve(found[0][2], ctx.ref_year) if found else None
    return full.iso() if full is not None and full.month else None


#: a Taiwan filing's spokesman line: the label 发言人 and a name, then the label 发言人职称 and the post (the filer's officer, its spokesman)
_SPOKESMAN = pattern(rf"^\s*(?P<label>\ue003)[：:]\s*(?P<p><P>)\s*\ue003?职称[：:]\s*(?P<chain>{CHAIN})")


#: a Taiwan filing made for a subsidiary: "主旨：代子公司C公告…" (the filer files what C must disclose)
_FOR_SUBSIDIARY = pattern(r"代(?:子公司|孙公司)(?P<c><C>)(?:公告|公布|申报)")


def spokesman_lines(ctx: Context) -> None:
    """A spokesman's name and title fields (发言人 / 发言人职称): P holds T at the filer and is its spokesman (代理发言人: its acting one);
    and "代子公司C公告": C is the filer's subsidiary."""
    if "发言人职称" not in ctx.text or ctx.announcer is None:
        return
    for sent in ctx.sentences:
        for m in _FOR_SUBSIDIARY.finditer(sent.tpl) if "代子公司" in sent.tpl or "代孙公司" in sent.tpl else ():
            if (child := sent.at(m.start("c")).key) and child != ctx.announcer:
                ctx.emit(Predicate.SUBSIDIARY_OF, child, ctx.announcer, sent, "for-subsidiary", 0.8, kind=str(SubsidiaryKind.SUBSIDIARY))
    for sent in ctx.sentences:
        if (m := _SPOKESMAN.match(sent.tpl)) is None or "发言人" not in sent.at(m.start("label")).text:
            continue
        person = sent.at(m.start("p")).key
        for a, b in ((m.start("label"), m.end("label")), (m.start("chain"), m.end("chain"))):
            for at, info in chain_items(sent, a, b, ctx.announcer):
                emit_position(ctx, sent, person, at, info, "change-form", "", None, 0.8)


def change_forms(ctx: Context) -> None:
    """Each form of the notice: a filing may hold several ("序号：3" then "序号：4"), each opening again with its
    人员变动别 field, so the fields are read form by form, not the first of each label in the whole text."""
    if "新任者" not in ctx.text or "变动" not in ctx.text:
        return
    fields: dict[str, tuple[re.Match[str], Sent | None]] = {}
    for m in _FIELD.finditer(ctx.text):
        label = m.group("label")
        key = next((k for k in ("变动别", "旧任者", "新任者", "新任生效日期", "发生变动日期") if k in label), None)
        if key == "变动别" and fields:
            _one_form(ctx, fields)
            fields = {}
        if key and key not in fields:
            fields[key] = (m, _sent_at(ctx, m.start("label")))
    if fields:
        _one_form(ctx, fields)


def _one_form(ctx: Context, fields: dict[str, tuple[re.Match[str], Sent | None]]) -> None:
    """The post of one form's 人员变动别, passed from its 旧任者 to its 新任者."""
    post_sent = fields.get("变动别", (None, None))[1]
    new = fields.get("新任者", (None, None))[1]
    day = None
    for key in ("新任生效日期", "发生变动日期"):
        if key in fields and (day := _day(ctx, fields[key][0].group("value"))):
            break
    for key, status in (("新任者", "start"), ("旧任者", "end")):
        if key in fields and not fields[key][0].group("value").strip():
            _post_lines(ctx, fields[key][0].end(), status, day)
    if new is None:
        return
    if post_sent is None or (post := _POST_VALUE.search(post_sent.tpl)) is None:
        _post_after_slash(ctx, new, day)  # (a kind of post, "重要营运主管": the post is the newcomer's after the slash)
        return
    for who, status in ((new, "start"), (fields.get("旧任者", (None, None))[1], "end")):
        if who is None or (h := _HOLDER_VALUE.search(who.tpl)) is None:
            continue
        person = who.at(h.start("p")).key
        mine = who.at(h.start("co")).key if h.group("co") else ctx.focus  # "／本公司执行副总经理"
        own = chain_items(who, h.start("chain"), h.end("chain"), mine) if h.group("chain") else []
        company = next((c for c, _i in own if c), None) or ctx.focus
        for at, info in chain_items(post_sent, post.start("chain"), post.end("chain"), company):
            emit_position(ctx, who, person, at, info, "change-form", status, day if status == "start" else None, 0.85)
        if status == "start":  # the newcomer's post before this one, which the form gives after the slash
            for at, info in own:
                emit_position(ctx, who, person, at, info, "change-form", "", None, 0.8)


def _post_after_slash(ctx: Context, new: Sent, day: str | None) -> None:
    """"1.人员变动别：重要营运主管" (a kind of post, no title) + "新任者的姓名、级职及简历" field's "P／C总经理": the post
    the form changes is the one the newcomer's field gives after the slash, taken on the form's day."""
    if (h := _HOLDER_VALUE.search(new.tpl)) is None or not h.group("chain"):
        return
    person = new.at(h.start("p")).key
    mine = new.at(h.start("co")).key if h.group("co") else ctx.focus
    for at, info in chain_items(new, h.start("chain"), h.end("chain"), mine):
        emit_position(ctx, new, person, at, info, "change-form", "start", day, 0.85)


#: a line under an empty 旧任者/新任者 field when the form changes several posts: "（1）董事长：P／" + P's posts
_POST_LINE = pattern(rf"^\s*[（(]\d{{1,2}}[）)]\s*(?P<post>\ue003)[：:]\s*(?P<p><P>)(?:先生|女士)?\s*(?:[/／]\s*(?P<co><C>)?(?P<chain>{CHAIN}))?")


def _post_lines(ctx: Context, after: int, status: str, day: str | None) -> None:
    """"3.旧任者姓名及简历：" + "（1）董事长：P1／…" + "（2）总经理：P2／…": each line's post, its holder leaving it (旧任者)
    or taking it on the form's day (新任者); a newcomer's posts after the slash are those he holds besides."""
    nxt = _FIELD.search(ctx.text, after)
    upto = nxt.start() if nxt else len(ctx.text)
    for sent in ctx.sentences:
        if not after <= sent.start < upto or (m := _POST_LINE.match(sent.tpl)) is None:
            continue
        person = sent.at(m.start("p")).key
        own = chain_items(sent, m.start("chain"), m.end("chain"), sent.at(m.start("co")).key if m.group("co") else ctx.focus) if m.group("chain") else []
        company = next((c for c, _i in own if c), None) or ctx.focus
        for at, info in chain_items(sent, m.start("post"), m.end("post"), company):
            emit_position(ctx, sent, person, at, info, "change-form-line", status, day if status == "start" else None, 0.85)
        for at, info in own if status == "start" else ():
            emit_position(ctx, sent, person, at, info, "change-form-line", "", None, 0.8)
