"""A registry form's officer items (`extract.registry_forms`): "身份 Capacity: T" opens an item, its name and its
date of appointment (a start) or of cessation (an end) follow on the lines below, up to the next item. The posts
are at the company the form is filed for."""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.registry_forms import DATE_FIELD, NAME_FIELD
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from text.normalize import norm_name

#: the item's capacity: "身份 Capacity: 董事 Director"
_CAPACITY = pattern(r"身份\s*(?:Capacity)?\s*[：:]\s*(?P<t><T>)")
_NEXT_ITEM = re.compile(r"身份\s*(?:Capacity)?\s*[：:]|\n\s*\n")


def registry_forms(ctx: Context) -> None:
    company = ctx.announcer or ctx.focus
    if company is None or "身份" not in ctx.text or "姓名" not in ctx.text:
        return
    for sent in ctx.sentences:
        if (cap := _CAPACITY.search(sent.tpl)) is None or not isinstance(info := sent.at(cap.start("t")).value, TitleInfo):
            continue
        nxt = _NEXT_ITEM.search(ctx.text, sent.end)
        end = nxt.start() if nxt else len(ctx.text)
        name = NAME_FIELD.search(ctx.text, sent.end, end)
        person = ctx.inv.surface.get(norm_name(name.group(1))) if name else None
        if person is None or not person.startswith("P:"):
            continue
        date = DATE_FIELD.search(ctx.text, sent.end, end)
        iso = f"{date.group(4)}-{int(date.group(3)):02d}-{int(date.group(2)):02d}" if date else None
        status = "" if date is None else "start" if date.group(1) == "委任" else "end"
        emit_position(ctx, sent, person, company, info, "registry-form", status, iso, 0.8)
