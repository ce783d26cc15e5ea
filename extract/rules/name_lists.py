"""Lists of persons' names as the subject of a post's verb ("A、B和C三人",
"独立董事A、B、C因任职届满，不再担任…"): names the text has not met elsewhere
count when every item of the list reads as a person's name."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.enumerations import list_items
from extract.rules.templates import Sent

#: a list of names only, up to the end of its clause ("A、B和C三人"): no mention but persons, no other words
_NAME_LIST = re.compile(r"(?:(?:(?![和及与])[\ue000\u4e00-\u9fff]){1,4}(?:、|和|及|与)){1,12}(?:(?![和及与])[\ue000\u4e00-\u9fff]){1,4}?"
                        r"(?:[一二三四五六七八九十\d](?:人|位|名))?$")


_ADVERBS = r"(?:均|都|也|则|分别|同时|已|将|已经|正式)*"
#: a reason clause between a subject and its verb: "A、B因工作调整原因，不再担任…"
_REASON_BEFORE = re.compile(r"(?:因|由于)[^，。；：\ue000-\ue007]{1,20}[，,]" + _ADVERBS + "$")
#: a list of names that ends where the verb's subject ends, after a stop, a company or a title ("独立董事A、B、C")
_LIST_TAIL = re.compile(r"(?:^|(?<=[，,：:；\ue001\ue003]))((?:(?:(?![和及与])[\ue000\u4e00-\u9fff]){1,4}(?:、|和|及|与)){1,12}"
                        r"(?:(?![和及与])[\ue000\u4e00-\u9fff]){1,4})" + _ADVERBS + "$")


def list_before(ctx: Context, sent: Sent, clause: int, vpos: int) -> list[str]:
    """The persons a list of names before the verb makes its subject, names the text
    did not know before too: "A、B不再担任…", "独立董事A、B、C因任职届满，不再担任…"."""
    end = vpos
    if re.fullmatch(_ADVERBS, sent.tpl[clause:vpos]) and (reason := _REASON_BEFORE.search(sent.tpl, max(0, clause - 24), vpos)):
        end = reason.start()
    if "、" not in sent.tpl[max(0, end - 24):end] and "和" not in sent.tpl[max(0, end - 24):end]:
        return []
    m = _LIST_TAIL.search(sent.tpl, max(0, end - 64), end)
    return named_list(ctx, sent, m.start(1), m.end(1)) if m else []


def named_list(ctx: Context, sent: Sent, a: int, b: int, cued: bool = False) -> list[str]:
    """The persons of an enumeration of names filling template positions [a, b) ("A、B和C"), names the
    text has not met elsewhere too; nothing unless every item reads as a person's name (`cued`: a title
    before the list says they are people, see `list_items`)."""
    m = _NAME_LIST.fullmatch(sent.tpl, a, b)
    if not m or not re.search(r"[、和及与]", m.group(0)):
        return []
    count = re.search(r"[一二三四五六七八九十\d](?:人|位|名)$", m.group(0))
    end = b - (len(count.group(0)) if count else 0)
    items = re.split(r"、|和|及|与", sent.tpl[a:end])
    persons = KIND["P"] in sent.tpl[a:end] or sent.tpl[a - 1:a] == KIND["T"]  # "独立董事A、B", "A、B和C" with A known
    keys = list_items(ctx, sent, a, end, person_ok=True, strong=persons, cued=cued and persons)
    return keys if len(keys) == len(items) and all(k.startswith("P:") for k in keys) else []
