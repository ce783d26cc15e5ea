"""The people of a team section written as heading lines, a name then its titles after a bar or a slash
("P｜创始人、CEO", "Q / CFO"), a business plan's or a deck's core team: a short name the
recogniser does not know on its own (two characters, a rare surname) is a person there, since every other line of
that shape names one. Registered before the mentions are found, the name is read wherever the text writes it
("D与P共同创立C"), and the table rules give each line its posts."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.titles import find_titles
from text.normalize import norm_name

#: a heading line: a name of two to four characters, a bar or a slash, then its titles
_LINE = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]*[|｜/／][ \t\u3000]*(?P<titles>[^|｜/／\n]{2,40}?)[ \t\u3000]*$", re.M)
#: what the titles part may hold besides titles: separators, brackets with a Latin abbreviation, founder words
_FILLER = re.compile(r"[、，,及和兼\s（）()A-Za-z]|(?:联合|共同)?创始人|合伙人")
#: a team has at least this many heading lines
_MIN_LINES = 2


def team_heading_names(inv: Inventory, text: str, lex: Lexicon, orig: Callable[[int, int], str]) -> None:
    """Register the names of a team's heading lines as people (when at least `_MIN_LINES` lines have the shape,
    each with titles and nothing else after the bar)."""
    if "|" not in text and "/" not in text:
        return
    found: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        titles = m.group("titles")
        spans = find_titles(titles, lex)
        rest = "".join(titles[a:b] if not any(s <= a and b <= e for s, e in spans) else "" for a, b in _chars(titles))
        if spans and not _FILLER.sub("", rest) and not titles.isdigit():
            found.append((m.start("name"), m.end("name"), m.group("name")))
    if len(found) < _MIN_LINES:
        return
    for start, end, name in found:
        key = inv.surface.get(norm_name(name))
        if key is None:
            inv.add("P:" + name, orig(start, end), "Person", norm_name(name), orig(start, end), start)


def _chars(s: str) -> list[tuple[int, int]]:
    return [(i, i + 1) for i in range(len(s))]
