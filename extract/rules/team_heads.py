"""A clause that announces a company's new management, then the posts: "C（简称S）调整管理团队：原T P
升任T2，董事长由Q兼任", "C完成换帅，…". The posts after it are that company's, even when the
sentence opens with its parent (集团旗下子公司C…): the parent is what the sentence starts from, the
company whose team changes is the one the clause names right before its verb of change."""

from __future__ import annotations

import re
from typing import Any

#: the clause before: a company (its short name in brackets perhaps), then a change of its management team
_TEAM_CHANGES = re.compile(
    r"(\ue001)(?:[（(][^（）()]{0,24}[）)])?[^，。；：\ue000-\ue003\ue005-\ue007]{0,10}?"
    r"(?:管理层|领导班子|管理团队|高管团队|经营班子|换帅|人事调整|人事变动|人事更迭)[^，。；：\ue000-\ue007]{0,6}$")


def team_head_company(sent: Any, clause: int) -> str | None:
    """The company whose management the clause before `clause` says changes ("…调整管理团队："), if any."""
    if clause < 2 or sent.tpl[clause - 1] not in "：:，,":
        return None
    colon = max(sent.tpl.rfind("：", 0, clause), sent.tpl.rfind(":", 0, clause))
    if colon > 0:
        clause = colon + 1  # "…管理团队：" + "P升任T，T2由Q兼任": every clause of the list after the colon
    prev = max(sent.tpl.rfind(c, 0, clause - 1) for c in "，；：,。") + 1
    m = _TEAM_CHANGES.search(sent.tpl, prev, clause - 1)
    return sent.at(m.start(1)).key if m else None
