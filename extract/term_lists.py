"""The holders of a post listed with their years: "C主任：A（1979—1986）、B（1986—1995）、C（1995—）".

A chronicle (县志, 行志, an institution's history) lists the heads of a firm so, under a label of the firm
and the post and a colon, each name with the years it held the post in full-width brackets, the last
one's span open when the holder is still in post. No verb marks the names as people: the bracketed span
of years after each, in a list after a post's label, does. `term_list_names` finds them for the
inventory; `extract.rules.term_lists` reads the posts and the successions the order implies.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.persons import plausible_person

#: a span of years in brackets: "（1980—1984）", "（2016—）", "（1993年—2005年）", "（2016—今）"
YEARS = r"（(?P<y1>\d{4})年?\s*[—–\-－~～至]{1,2}\s*(?:(?P<y2>\d{4})年?|今|至今)?）"
#: a name after the label's colon or a list's 、 then its span of years
_ITEM = re.compile(rf"(?<=[：:、])([{CJK}]{{2,4}}?){YEARS}")
#: the label before the list: a line's text up to a colon, with no stop or clause mark of prose in it
_LABEL = re.compile(r"(?:^|\n)[^\n：:。；，]{2,40}[：:]")


def term_list_names(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """Names listed after a post's label, each with its span of years in brackets (a first one at the label's
    colon, the others after 、): the list, not a verb, says they are people."""
    if "—" not in text and "-" not in text:
        return []
    found: list[tuple[str, int]] = []
    for label in _LABEL.finditer(text):
        end = text.find("\n", label.end())
        line_end = end if end >= 0 else len(text)
        for m in _ITEM.finditer(text, label.end() - 1, line_end):
            if plausible_person(m.group(1), lex, strong=True, bounded=True):
                found.append((m.group(1), m.start(1)))
    return found
