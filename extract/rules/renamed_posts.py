"""A post the text gives after a company's rename, in a sentence that names no
company ("…公司名称由A变更为B。…P现任董事会主席"): the company the text speaks of
goes by its new name by then, so the post is at B, not at A (the name the
article used most, which the sentence rules fell back on)."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from schema import Predicate

#: a sentence of people leaving or coming: a change the rename's event may include, not a post held now
_LEAVES = re.compile(r"卸任|退出|辞|离任|新任|新增|变更|接任|接替|转任|调任|出任|上任|由")


def posts_after_rename(ctx: Context) -> None:
    # (a rename's ends are keyed "entity#name as written": the entity is before the #)
    renamed = {c.subject.split("#")[0]: (c.object.split("#")[0], c.sent) for c in ctx.out if c.predicate is Predicate.RENAMED_TO}
    if not renamed:
        return
    for c in ctx.out:
        if (c.predicate is not Predicate.HOLDS_POSITION or c.object not in renamed or c.status
                or any(k in c.qualifiers for k in ("start", "end", "left"))):
            continue  # (a change of post may be the rename's own event, or before it: "同时法定代表人由A变更为B")
        new, at = renamed[c.object]
        sent = ctx.sentences[c.sent]
        if (new != c.object and new in ctx.inv.entities and c.sent > at and KIND["D"] not in sent.tpl
                and not _LEAVES.search(sent.tpl) and not any(m.kind == "C" and m.key == c.object and not m.focus for m in sent.mentions)):
            c.object = new
