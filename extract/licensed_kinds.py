"""A brand before the kind of a licensed institution is a name, even when the brand is a common word.

"光明城市信用合作社", "春风消费金融", "青松农村商业银行": the kinds a regulator licenses
(消费金融, 城市信用合作社, 农村商业银行, 村镇银行, 金融租赁, …) are never a
company's whole name; the two or three letters before one are its brand.
A brand may read as a common word to the segmenter (光明 "bright", 春风 "spring
wind"), which the short-name guard refuses in general ("财务资源",
"所属金融"), but no common word is followed by such a long, specific kind,
except a word that says which market or which sort of firm is meant:
a verb ("发展消费金融"), a pronoun or number ("我国", "多家"), a frequent
noun ("个人消费金融", "农村信用社"), or a modifier of the trade ("持牌",
"线上"). Those stay refused.
"""

from __future__ import annotations

import re

from extract.name_words import CJK, word_tag

#: the kinds of licensed institution that end a name (as `SHORT_SUFFIX` matches them)
_KINDS = frozenset({
    "消费金融", "金融租赁", "村镇银行", "农商银行", "农村合作银行", "城市合作银行",
    "城市信用合作社", "城市信用社", "农村信用社", "信用合作联社", "农村信用合作联社", "农村信用联社",
    "农村信用合作社联合社", "城市信用合作社联合社", "信用合作社联合社", "农村信用社联合社", "城市信用社联合社",
})
#: the head of a bank's kind, written before 银行 ("X农村商业银行": SHORT_SUFFIX ends at 银行)
_BANK_KIND_HEAD = re.compile(r"(?:农村商业|城市商业|农村合作|城市合作)$")
#: words of the trade that say which sort of firm, not which firm
_MODIFIERS = frozenset({"线上", "线下", "持牌", "新型", "全国", "全省", "全市", "各地", "首家", "同类", "一般", "普通"})
#: tags of words that never begin a name: verbs, pronouns, numbers, adverbs, prepositions, conjunctions, particles
_NO_NAME_TAGS = ("v", "r", "m", "d", "p", "c", "u", "q", "b")
#: a noun more frequent than this is a common word of a sentence ("个人", "农村"), not a brand
_COMMON_FREQ = 2000


def licensed_kind_prefix(prefix: str, kind: str) -> bool:
    """Whether `prefix` + `kind` (the short suffix found) names a licensed institution by its brand."""
    if kind == "银行" and (head := _BANK_KIND_HEAD.search(prefix)):
        prefix = prefix[:head.start()]
    elif kind not in _KINDS:
        return False
    if not re.fullmatch(rf"[{CJK}]{{2,3}}", prefix) or prefix in _MODIFIERS:
        return False
    tag, freq = word_tag(prefix)
    if tag is None:
        first, _ = word_tag(prefix[0])
        return not (first or "").startswith(_NO_NAME_TAGS[:1])  # "持牌": a verb's letter and its object
    return not tag.startswith(_NO_NAME_TAGS) and freq <= _COMMON_FREQ
