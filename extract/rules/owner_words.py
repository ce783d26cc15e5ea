"""SUBSIDIARY_OF told by a word for the owner inside a person's line of posts:
"P　C1" + a post + "，兼任旗下C2" + a post (C2 is C1's: 旗下 after the post verb, its owner
the company the line named before), "P　C1行长，母行C2执行董事" (C1 is C2's:
母行/母公司 names the parent of the company named before it).

`corporate` reads 旗下 right after its owner ("C旗下A"); a roster or a résumé
puts a post verb between them, the owner named a clause earlier as the
person's first employer.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent, gated
from schema import Predicate

#: a post taken at a company under the one named before: "兼任旗下C2董事长", "并出任其旗下C2行长"
_UNDER_AFTER_POST = gated(r"(?:兼任|兼|并任|出任|担任|同时担任|还担任)(?:其)?旗下(?:的)?(?P<child><C>)", "旗下")
#: the parent of the company named before: "C1行长，母行C2执行董事", "C1（其母公司为C2）"
_PARENT_WORD = gated(r"(?:其)?(?P<word>母行|母公司|母集团|母银行)(?:为|是|系)?(?P<parent><C>)", "母行", "母公司", "母集团", "母银行")


def _before(sent: Sent, pos: int, other: str | None) -> str | None:
    """The last company named before template position `pos` that is not `other`."""
    return next((m.key for m in reversed(sent.between(0, pos, "C")) if m.key and m.key != other), None)


def owner_words(ctx: Context) -> None:
    for sent in ctx.sentences:
        tpl = sent.tpl
        for m in _UNDER_AFTER_POST.finditer(tpl):
            child = sent.at(m.start("child")).key
            parent = _before(sent, m.start(), child)
            if parent and child and not ctx.is_regulator(parent):
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "under-after-post", 0.75, kind="subsidiary")
        for m in _PARENT_WORD.finditer(tpl):
            parent = sent.at(m.start("parent")).key
            child = _before(sent, m.start(), parent)
            if child and parent and not re.search(r"[。；]", tpl[:m.start()]) and not ctx.is_regulator(child):
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "parent-word", 0.75, kind="subsidiary")
