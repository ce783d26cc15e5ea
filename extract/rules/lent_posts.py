"""A post held by the holder of a post elsewhere: "C董事长P由C2行长兼任" — P holds the posts named after 由 at C2 as well.

A subsidiary's notice often says whom its parent lends it: "该公司董事长P由母公司C2执行董事、行长兼任". The posts after 由 are
P's at C2 (the company named right after 由); the post before P is at the sentence's company, which other rules read.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import gated

#: "P由C2" + its posts + "兼任": the person, the company that lends it, the posts there
_LENT = gated(r"(?P<p>\ue000)(?:同志|先生|女士)?(?:目前|现)?由(?:其在)?(?:母行|母公司|控股股东|股东)?(?P<c>\ue001)(?:的)?(?P<posts>\ue003(?:(?:、|和|及|兼)\ue003)*)(?:同志)?(?:兼任|兼职担任)", "兼任", "兼职")


def lent_posts(ctx: Context) -> None:
    if "兼" not in ctx.text:
        return
    for sent in ctx.sentences:
        for m in _LENT.finditer(sent.tpl):
            person, company = sent.at(m.start("p")).key, sent.at(m.start("c")).key
            for t in sent.between(m.start("posts"), m.end("posts"), "T"):
                emit_position(ctx, sent, person, company, t.value, "lent-post", "", None, 0.8)
