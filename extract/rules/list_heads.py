"""The company whose board a list of posts is, when a head line announces the
list and its items follow, one per clause after ；: "C董事会成员如下：主席由A出任；
…；D、E及F为独立非执行董事。", or one per line ("C的董事会由下列成员组成：" + lines
"P（T）"). Each item's post with no
company of its own is at C, whatever company an item names to say where someone
came from ("X原联席主席P改任非执行董事": P's new seat is C's)."""

from __future__ import annotations

import re
from typing import Any

from extract.rules.templates import Sent

#: the head: the company, perhaps a few words, then the board made up of its members, and a colon
#: ("C由五名董事组成：", "C的董事会由十一名成员组成：", "C董事会成员如下：", "C新一届董事会包括：")
_HEAD = re.compile(r"(\ue001)(?:的)?[^，。；：:\ue000-\ue007]{0,12}?(?:(?:董事会)?由[^，。；：:\ue000-\ue007]{0,8}?(?:董事|成员|人士|人)组成"
                   r"|董事会(?:成员)?(?:如下|包括|名单如下|组成如下))[：:]")
#: how many sentences back a head may stand (one item a sentence)
_ITEMS = 8
#: an item on a line of its own: a name, perhaps its posts in brackets, nothing else ("P（主席）", "P")
_LINE_ITEM = re.compile(r"\s*\ue000(?:先生|女士)?(?:[（(][^（）()\ue000-\ue002]{1,20}[）)])?\s*$")


def _line_list(ctx: Any, k: int) -> bool:
    """Whether sentence k - 1 goes on a list sentence k is an item of, one item a line: k is a line holding a name
    alone, and k - 1 the list's head (ending in a colon) or another such line, on the line right before."""
    prev, cur = ctx.sentences[k - 1], ctx.sentences[k]
    gap = ctx.text[prev.end:cur.start]
    return (gap.count("\n") == 1 and not gap.strip() and _LINE_ITEM.match(cur.tpl) is not None
            and (prev.tpl.rstrip().endswith(("：", ":")) or _LINE_ITEM.match(prev.tpl) is not None))


def board_list_company(ctx: Any, sent: Sent, before: int) -> str | None:
    """The company of the board list whose item the post at template position `before` is in (the list's head earlier
    in the sentence, or in a sentence before, the items between each closing with ；), else None."""
    k = sent.i
    while k >= 0 and sent.i - k <= _ITEMS:
        s = ctx.sentences[k]
        head = None
        for m in _HEAD.finditer(s.tpl, 0, before if k == sent.i else len(s.tpl)):
            head = m.start(1)
        if head is not None:
            return s.at(head).key
        if k == 0 or not ((ctx.sentences[k - 1].tpl.rstrip().endswith(("；", ";")) and ctx.adjacent(k - 1, k))
                          or _line_list(ctx, k)):
            return None
        k -= 1
    return None
