"""A bilingual deck's team page: each person a name line, the Chinese name then its Latin spelling with the
family name in capitals ("林澈 LIN Che"), then the title in English and in Chinese, then bullets
("• Joined in 2020, succeeding 王某"). The name line and the English "succeeding" make people of names no
verb of the Chinese text marks; `extract.rules.deck_profiles` reads the posts.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: a name line: the Chinese name, then the Latin one, its family name in capitals ("DAI Qihang", "FU Zi'ang")
NAME_LINE = re.compile(r"^[^\S\n]*([\u4e00-\u9fff]{2,4})[^\S\n]+[A-Z]{1,10}(?:[^\S\n]+[A-Z][a-z'’]+(?:[-'’][A-Za-z]+)*){1,2}[^\S\n]*$", re.M)
#: the one a post was taken from, in English: "succeeding 王某", "replacing 王某"
SUCCEEDING = re.compile(r"(?:succeeding|replacing|who succeeded|succeeded|succeeds|replaces)[^\S\n]+([\u4e00-\u9fff]{2,4})(?=[\s,.;)），。]|$)")


def deck_names(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """The names of a deck's name lines and of its "succeeding X" (both only a person fits)."""
    if not re.search(r"[A-Z]{2}", text):
        return []
    found = [(m.group(1), m.start(1)) for m in NAME_LINE.finditer(text)]
    found += [(m.group(1), m.start(1)) for m in SUCCEEDING.finditer(text)]
    return [(n, at) for n, at in found if plausible_person(n, lex, strong=True, bounded=True)]
