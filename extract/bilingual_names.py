"""A person named first in Latin letters, with the Chinese name in brackets: "Sophie Laurent（罗素菲）",
"Martin Keller（中文名：柯马丁）". A foreign firm's release, or a wire story translated from English,
writes its people so; the Chinese name is the one a Chinese reader (and a question) uses, the Latin
one is the same person. The bracket is the cue: a Chinese name alone, starting with a surname."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.name_words import CJK
from text.normalize import norm_name

#: a personal name in Latin letters (two or three capitalised words), then its Chinese form in brackets
_LATIN_THEN_CHINESE = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]{{1,15}}(?: [A-Z][a-z]{{1,15}}){{1,2}})[（(](?:中文名|中文名字|中文姓名)?[：:]?([{CJK}]{{2,4}})[）)]")
#: the words of a firm's Latin name, which no person's has
_FIRM_WORD = re.compile(r"\b(?:Bank|Group|Capital|Partners|Holdings?|Securities|Insurance|Fund|Investments?|Financial|Asset|"
                        r"Management|Trust|Life|Limited|Ltd|Company|Corporation|Technology|Technologies|International)\b")
#: a bracket that names a firm, not a person
_FIRM_TAIL = re.compile(r"(?:银行|集团|资本|证券|保险|基金|投资|控股|公司|金融|信托|人寿|科技)$")


def bilingual_people(text: str, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(Latin name, Chinese name, offset of the Chinese name) of each such pair in the text."""
    if "（" not in text and "(" not in text:
        return []
    out = []
    for m in _LATIN_THEN_CHINESE.finditer(text):
        latin, chinese = m.group(1), m.group(2)
        if _FIRM_WORD.search(latin) or _FIRM_TAIL.search(chinese) or not lex.is_surname_start(chinese) or lex.company(chinese):
            continue
        out.append((latin, chinese, m.start(2)))
    return out


def link_bilingual(inv: Inventory, pairs: list[tuple[str, str, int]]) -> None:
    """The Latin name is another name of the Chinese one's person (an entity a cue made of it folds in)."""
    for latin, chinese, _at in pairs:
        key = inv.surface.get(norm_name(chinese))
        if key is None or not key.startswith("P:"):
            continue
        other = inv.surface.get(norm_name(latin))
        if other is not None and other != key and other.startswith("P:") and other in inv.entities:
            merge_entities(inv, other, key)
        elif other is None:
            inv.link(norm_name(latin), latin, key)
