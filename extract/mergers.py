"""The company a merger leaves: what 新公司, 合并后的公司 and 存续公司 stand for.

"A吸收合并B…公司名称由“A股份有限公司”变更为“C股份有限公司”…选举P为新公司
董事长": the new name of the rename the article reports; with no rename,
the survivor it names ("以A为存续机构"), else
the absorbing company ("A吸收合并B…存续公司董事长由P担任").
"""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from text.normalize import norm_name

#: the words for the company a merger leaves
MERGED_WORDS = re.compile(r"合并后(?:的)?(?:新)?公司|新公司|存续公司")
#: after those words, their company is the one being renamed (its old name): "合并后的公司名称变更为“C”"
RENAMED_AFTER = re.compile(r"(?:的)?(?:中文|证券|股票)?(?:名称|简称|更名|改名)")
#: a verb of renaming, then the new name (in quotes or not)
_RENAMED_TO = re.compile(r"(?:变更|更改|改|更名)为[“\"「『]?")
_ABSORBS = re.compile(r"(?:换股)?吸收合并")
#: the survivor named: "以A为存续机构" (Taiwan's merger notices), "A为存续银行"
_SURVIVOR = re.compile(r"为存续(?:公司|银行|机构)")
_LONGEST = 30


def _name_at(inv: Inventory, text: str, pos: int, backwards: bool = False) -> str | None:
    """The company whose longest known name starts (or, backwards, ends) at `pos`."""
    for n in range(_LONGEST, 1, -1):
        span = text[pos - n:pos] if backwards else text[pos:pos + n]
        if len(span) == n and (key := inv.surface.get(norm_name(span))) and key.startswith("C:"):
            return key
    return None


def merged_company(inv: Inventory, text: str) -> str | None:
    """The company 新公司 / 合并后的公司 / 存续公司 stand for in an article about a merger, or None."""
    if "合并" not in text or not MERGED_WORDS.search(text):
        return None
    merger = text.find("合并")
    for m in _RENAMED_TO.finditer(text, max(0, text.rfind("。", 0, merger))):
        if (key := _name_at(inv, text, m.end())) is not None:
            return key
    for m in _SURVIVOR.finditer(text):
        if (key := _name_at(inv, text, m.start(), backwards=True)) is not None:
            return key  # "以A为存续机构，B为消灭机构"
    absorbs = _ABSORBS.search(text)
    return _name_at(inv, text, absorbs.start(), backwards=True) if absorbs else None
