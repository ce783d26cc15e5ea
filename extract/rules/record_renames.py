"""RENAMED_TO (and a parent) in the fields of a record, not in a sentence that says 更名为.

Two shapes of registry pages and licence bulletins:

* a former-names field listing each earlier name with the months it was used: "曾用名：A（D1—D2）；B（D2—D3）" on a
  page whose name field (or whose company) is C: A became B on D2, B became C on D3 (each end month is the
  day of the next rename; the names are put in the order of their end months);
* a licence bulletin's items, one "机构名称：X" line, then the reason lines of the item: "…事由：…（原名称：Y）"
  (Y renamed X), "…事由：改制为Z" (X reformed into Z), "备注：P全资子公司" (X a subsidiary of P, wholly owned when
  it says 全资).

The fields are read in the text itself: a row after the first of such a list is often no analysed sentence.
"""

from __future__ import annotations

import re

from extract.mention_records import Mention
from extract.rules.base import Context
from extract.rules.renames import emit_rename
from extract.rules.subsidiary_shapes import emit_subsidiary
from extract.rules.templates import Sent
from schema import SubsidiaryKind
from text.normalize import norm_name

#: a page's own name field: "公司名称：C", "机构名称：C" (a line of its own)
_NAME_FIELD = re.compile(r"^[ \t\u3000]*(?:\d+[.．、][ \t\u3000]*)?(?:公司|机构|企业)?名称[ \t\u3000]*[：:][ \t\u3000]*([^\s：:，。；;]{4,60})[ \t\u3000]*$", re.M)
#: the former-names field and its value (the rest of the line)
_FORMER_FIELD = re.compile(r"^[ \t\u3000]*(?:曾用名|历史名称|曾用名称)[ \t\u3000]*[：:][ \t\u3000]*([^\n]+)$", re.M)
#: one earlier name with the months it was used: "A（1998年5月—2006年9月）", "A(2001.03-2010.08)"
_RANGED = re.compile(r"([^；;、，,（()）\s]{4,60})[（(][ \t]*([^）)]{4,30}?)[ \t]*(?:—|－|–|-|~|～|至)+[ \t]*([^）)]{4,30}?)[ \t]*[）)]")
#: a year and a month (and perhaps a day)
_MONTH = re.compile(r"(\d{4})[年.\-/](\d{1,2})")
#: a licence item's reason or note line: "变更事由：…", "注销事由：…", "备注：…"
_REASON = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{0,4}事由|备注|说明)[ \t\u3000]*[：:][ \t\u3000]*([^\n]+)$", re.M)
#: the old name in a reason: "（原名称：Y）", "（原名：Y）"
_OLD_NAME = re.compile(r"[（(]原(?:名称|名|机构名称|公司名称)[：:][ \t]*([^）)]{4,60})[）)]")
#: the new name in a reason: "改制为Z", "更名为Z"
_NEW_NAME = re.compile(r"(?:改制为|更名为|变更为)[“\"]?([^，,。；;”\"\s]{4,60})")
#: a parent in a note: "P全资子公司", "P的控股子公司"
_PARENT_NOTE = re.compile(r"^([^，,。；;\s]{4,60}?)(?:的)?(全资|控股)?子公司[。]?$")


def _key(ctx: Context, name: str) -> str | None:
    key = ctx.inv.surface.get(norm_name(name.strip("“”\"")))
    return key if key and key.startswith("C:") else None


def _sent_at(ctx: Context, pos: int) -> Sent | None:
    """The analysed sentence that holds text offset `pos`, else the last one before it."""
    found = None
    for s in ctx.sentences:
        if s.start <= pos:
            found = s
        else:
            break
    return found


def _month(words: str) -> str | None:
    m = _MONTH.search(words)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}" if m else None


def _mention(ctx: Context, key: str, name: str, pos: int) -> Mention:
    return Mention("C", pos, pos, name, key=key)


def _former_names(ctx: Context) -> None:
    for field in _FORMER_FIELD.finditer(ctx.text):
        items = [(m.group(1), _month(m.group(3)), m.start(1) + field.start(1)) for m in _RANGED.finditer(field.group(1))]
        items = [it for it in items if it[1] and _key(ctx, it[0])]
        if not items:
            continue
        near = [m for m in _NAME_FIELD.finditer(ctx.text) if abs(m.start() - field.start()) < 300]
        now = _key(ctx, near[0].group(1)) if near else ctx.focus
        sent = _sent_at(ctx, field.start(1))
        if now is None or sent is None or now not in ctx.inv.entities:
            continue
        items.sort(key=lambda it: it[1] or "")
        # (the page's name as its field writes it: a dictionary may file the old and the new name as one entity)
        now_name = near[0].group(1) if near else ctx.inv.entities[now].name
        chain = [(_key(ctx, name) or "", name, pos) for name, _, pos in items] + [(now, now_name, field.end())]
        for (old, old_name, at), (new, new_name, at2), (_, end, _) in zip(chain, chain[1:], items, strict=False):
            emit_rename(ctx, _mention(ctx, old, old_name, at), _mention(ctx, new, new_name, at2), sent, "former-names-field", end)


def _licence_items(ctx: Context) -> None:
    heads = list(_NAME_FIELD.finditer(ctx.text))
    for i, head in enumerate(heads):
        item = _key(ctx, head.group(1))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(ctx.text)
        if item is None:
            continue
        for reason in _REASON.finditer(ctx.text, head.end(), end):
            words, sent = reason.group(1), _sent_at(ctx, reason.end(1) - 1)
            if sent is None:
                continue
            here = _mention(ctx, item, head.group(1), head.start(1))
            if (old := _OLD_NAME.search(words)) and (key := _key(ctx, old.group(1))):
                emit_rename(ctx, _mention(ctx, key, old.group(1), reason.start()), here, sent, "licence-former-name", None)
            elif (new := _NEW_NAME.search(words)) and (key := _key(ctx, new.group(1))):
                emit_rename(ctx, here, _mention(ctx, key, new.group(1), reason.start()), sent, "licence-reformed", None)
            elif (note := _PARENT_NOTE.match(words.strip())) and (parent := _key(ctx, note.group(1))):
                kind = SubsidiaryKind.WHOLLY_OWNED if note.group(2) == "全资" else SubsidiaryKind.SUBSIDIARY
                emit_subsidiary(ctx, sent, item, parent, "licence-note-parent", 0.8, kind)


def record_renames(ctx: Context) -> None:
    """Renames (and a parent) read in a record's fields (cheap: two words tell whether any such field is there)."""
    if "曾用名" in ctx.text or "历史名称" in ctx.text:
        _former_names(ctx)
    if "名称" in ctx.text and ("事由" in ctx.text or "备注" in ctx.text):
        _licence_items(ctx)
