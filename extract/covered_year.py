"""The year a report on a year covers: "2019年工作总结", "二〇一八年度工作报告", "2017年年报" written early the
next year. Its days written without a year ("于3月开业", "6月18日上市") are of the year it reports on, not of the
year it came out (the article's date, which `extract.dates.reference_year` would give them)."""

from __future__ import annotations

import re

#: a report's name on a year, in its headline or its first line: the year, then within a few words a kind of report
#: that looks back on it ("2019年工作总结和2020年工作思路", "2018年度社会责任报告", "2023年年報", "年度述職報告")
_REPORT = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年(?:度)?(?:[^\d，。；\n]{0,10}?)"
    r"(?:工作总结|工作總結|总结|總結|工作报告|工作報告|年度报告|年度報告|年报|年報|述职报告|述職報告|工作回顾|工作回顧"
    r"|社会责任报告|社會責任報告|年鉴|年鑑)")
#: how far into the text a headline line is looked for when the article has no title of its own
_HEAD = 200


def covered_year(title: str, text: str, published: str) -> int | None:
    """The year the report covers when its headline (or first line) names a report on year Y and it came out in
    year Y + 1; None otherwise (a report named in passing, or published the same year, changes nothing)."""
    if not published[:4].isdigit():
        return None
    head = title + "\n" + text[:_HEAD].split("\n", 1)[0]
    if "年" not in head:
        return None
    out = int(published[:4]) - 1
    return out if any(int(m.group("y")) == out for m in _REPORT.finditer(head)) else None
