"""Two-letter names spaced out to the width of three on a list's lines ("林　岚　（专职）" beside "陈思源　…"):
a convention of Chinese rosters, so a line that opens with a surname, a space and one letter, then a space,
a bracket or the line's end, names a person whose name is the two letters without the space. The inventory
registers the spaced form as the surface and the joined form as the name."""

from __future__ import annotations

import re

from extract.agenda_labels import AGENDA_LABEL
from extract.lexicon import Lexicon
from extract.name_words import word_tag

#: a line opening (after an agenda's role label perhaps: "主持人：") with one letter, one or two spaces, one letter, then a space, a bracket or the line's end
_SPACED = re.compile(r"^[ \t\u3000]*" + AGENDA_LABEL + r"?([\u4e00-\u9fff])([ \u3000]{1,2})([\u4e00-\u9fff])(?=[ \t\u3000]|[（(]|$)", re.M)


def spaced_names(text: str, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(name, surface as written, position) of each spaced two-letter name opening a list's line; a spaced
    heading ("会　长", "理　事") is a title or a word, no name."""
    out: list[tuple[str, str, int]] = []
    titles = lex.titles
    for m in _SPACED.finditer(text):
        name = m.group(1) + m.group(3)
        if not lex.is_surname_start(name) or name in titles or word_tag(name)[0] is not None:
            continue
        out.append((name, text[m.start(1):m.end(3)], m.start(1)))  # (the surface leaves a role label out)
    return out
