"""A notice's list of appointments under its "…决定：" line, one item a line, each closed by ；
("经研究决定：\n任命A为…；\n免去B…职务。\n以上同志任职时间自D起计算"): a closing line that dates "以上"
(the changes above) dates every item of the list, not only the last few sentences."""

from __future__ import annotations


def list_above(text: str, at: int) -> int:
    """Where the list of items a notice gives under its "…决定：" line starts, when the paragraph at `at` closes
    it ("决定：\n任命A为…；\n免去B…职务。\n以上同志任职时间自D起计算"); else `at`."""
    colon = text.rfind("：\n", 0, at)
    if colon < 0:
        return at
    lines = text[colon + 2:text.rfind("\n", 0, at) + 1].split("\n")[:-1]
    if lines and sum(ln.rstrip().endswith("；") for ln in lines) >= 2 and all(ln.rstrip()[-1:] in ("；", "。") for ln in lines):
        return colon + 2
    return at
