"""A ranking's entries (a rich list, a league table of firms): each entry opens on its own heading line
("第N位　P", "第N名：C", "No.N P") and speaks of its own company, the first one it names (often on a label
line such as "所属机构：C"). A post with no company in an entry's prose ("现任T", "持有公司约N%") is that
entry's company, not the article's first company nor the last one an earlier entry named: the company in focus
resets at each heading (`entry_companies`, which the pipeline asks once per article)."""

from __future__ import annotations

import bisect
import re

from extract.mention_records import Inventory
from extract.name_scan import NameScan
from text.names import is_regulator
from text.normalize import norm_name

#: an entry's heading, at the head of a line: a rank ("第2位", "第十名", "No.4", "NO. 4", "Top 6"), then a break
_HEADING = re.compile(r"[ \t\u3000]*(?:第[ \t\u3000]*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t\u3000]*[位名]|"
                      r"(?:No|NO|no)\.?[ \t\u3000]*\d{1,3}|(?:TOP|Top)[ \t\u3000]*\d{1,3})"
                      r"(?:[ \t\u3000]+|[：:、.．][ \t\u3000]*)(?=\S)(?![至到\-－~～])"
                      # (a directory's record: each exhibitor's or member's entry opens on its booth or record number)
                      r"|[ \t\u3000]*(?:展位号|展位|摊位号|会员编号|登记编号)[ \t\u3000]*[：:][ \t\u3000]*[A-Za-z0-9\-－]{1,12}[ \t\u3000]*(?=\n|$)")
#: the cheap test before the line scan
_CUES = ("位", "名", "No", "NO", "no", "TOP", "Top", "编号")
#: ctx.memo key: the sorted (offset, company) of each entry's first sentence, for `entry_company`
ENTRY_STARTS = "entry_starts"
#: a ranking has at least this many entries
_MIN_ENTRIES = 2


def entry_companies(inv: Inventory, scan: NameScan | None, text: str,
                    spans: list[tuple[int, int]]) -> dict[int, str | None]:
    """Per sentence that opens a ranking's entry (the first sentence at or after its heading), the company the
    entry is about: the first company named from the heading to the next heading (None if it names none).
    Empty unless the text has `_MIN_ENTRIES` such headings."""
    if scan is None or not any(c in text for c in _CUES):
        return {}
    heads: list[int] = []
    pos = 0
    while True:
        if _HEADING.match(text, pos):
            heads.append(pos)
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    if len(heads) < _MIN_ENTRIES:
        return {}
    out: dict[int, str | None] = {}
    n = 0
    for i, head in enumerate(heads):
        end = heads[i + 1] if i + 1 < len(heads) else len(text)
        while n < len(spans) and spans[n][1] <= head:
            n += 1
        if n >= len(spans) or spans[n][0] >= end:
            continue
        out[n] = _first_company(inv, scan, text, head, end)
    return out


def _first_company(inv: Inventory, scan: NameScan, text: str, start: int, end: int) -> str | None:
    """The first company named in text[start:end] (not a regulator, not an exchange)."""
    for m in scan.finditer(text, start, end):
        key = inv.surface.get(norm_name(m.group(0)))
        if key and key.startswith("C:"):
            name = inv.entities[key].name
            if not is_regulator(name) and not name.endswith("交易所"):
                return key
    return None


def entry_company(memo: dict[str, object], pos: int) -> str | None:
    """The company of the ranking's or directory's entry the offset falls in (None outside any, or with none)."""
    starts = memo.get(ENTRY_STARTS)
    if not starts:
        return None
    k = bisect.bisect_right(starts, (pos, "\U0010ffff")) - 1  # type: ignore[arg-type]
    return starts[k][1] if k >= 0 else None  # type: ignore[index]
