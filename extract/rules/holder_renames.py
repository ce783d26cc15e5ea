"""RENAMED_TO told by a notice of another company's new name: "公司收到股东A的通知，其名称变更为“B”，并已于D完成登记".

The issuer is not renamed: 其 is the company the notice came from, the last one named before it that is not the
issuer itself (an issuer's notice calls itself 公司). The day is the one the clause after gives for the registration
(or a day written before the new name in the sentence).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.renames import emit_rename
from extract.rules.templates import Sent, pattern

#: "其名称变更为“B”", "其企业名称已变更为B", "其公司名称由…" is not this (name-from-to reads it)
_ITS_NAME = pattern(r"[，,]其(?:企业|公司|中文)?名称(?:已|正式)?(?:变更为|更改为|更名为)[“\"「『]?(?P<new><C>)")


def _renamed_holder(ctx: Context, sent: Sent) -> None:
    for m in _ITS_NAME.finditer(sent.tpl):
        before = [c for c in sent.between(0, m.start(), "C") if c.key and not c.focus and c.key != ctx.focus]
        new = sent.at(m.start("new"))
        if not before or not new.key:
            continue
        ds = sent.between(m.end(), len(sent.tpl), "D")[:1] or sent.between(0, m.start(), "D")[-1:]
        emit_rename(ctx, before[-1], new, sent, "holder-renamed", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)


def holder_renames(ctx: Context) -> None:
    """Each sentence that says 其…名称变更为 (a substring test first)."""
    if "其" not in ctx.text or "名称" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "其" in sent.tpl and "名称" in sent.tpl:
            _renamed_holder(ctx, sent)
