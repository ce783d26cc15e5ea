"""What a correction notice withdraws: the lines it marks as the text before the
correction ("更正前：董事会秘书P" … "更正后：董事会秘书Q"). A value the issuer says
was written in error is no fact; the corrected line after it is."""

from __future__ import annotations

import re

from extract.rules.base import Context

#: the mark that opens a withdrawn line
_WITHDRAWN = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?(?:更正前|修订前|修改前|更改前|原披露)(?:内容|为)?[：:]")


def drop_corrected(ctx: Context) -> None:
    """Remove the facts read from lines a correction marks as the erroneous text."""
    if "前" not in ctx.text or not any(w in ctx.text for w in ("更正前", "修订前", "修改前", "更改前", "原披露")):
        return
    withdrawn = {s.i for s in ctx.sentences if _WITHDRAWN.match(ctx.text, ctx.text.rfind("\n", 0, s.start) + 1)}
    keep = [c for c in ctx.out if c.sent not in withdrawn]
    if len(keep) != len(ctx.out):
        ctx.out[:] = keep
        ctx.reindex()
