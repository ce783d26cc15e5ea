"""A label the document defines for a party, written glued before the party's legal name: label L + "A…有限公司
（下称“L”）", L being a party's role ("运营方", "托管机构", "X经理"). The bracket
after the name defines the label, so the label's letters at the head of the name are the label, not the name's."""

from __future__ import annotations

import re

#: a bracket right after a name that defines a label for it ("（下称“L”）", "（以下简称「L」）")
#: (a party's role noun, never the name's own short form: "（以下简称“A养老”）" after A养老保险… is that)
_DEFINES = re.compile(r"[（(](?:以下|下文)?(?:简称|下称|称)[：:]?[“「『\"]?(?P<label>[\u4e00-\u9fff]{1,6}(?:人|方|经理|机构))[”」』\"]?[）)，,]")


def label_start(text: str, start: int, suffix_start: int, end: int) -> int:
    """Where a legal name [start, end) really begins when the label its defining bracket gives stands glued at its head
    (and the name keeps two letters of its own before its suffix at `suffix_start`); else `start`."""
    m = _DEFINES.match(text, end)
    if m is None:
        return start
    label = m.group("label")
    if text.startswith(label, start) and suffix_start - (start + len(label)) >= 2:
        return start + len(label)
    return start
