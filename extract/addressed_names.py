"""A transcript's way of naming: the surname, the title, then the given name ("X委员YZ：", "Q部长RS：",
"主　　席　P议员TU"). A legislature's record names its speakers so, at a line's head before the colon or
alone at a line's end; the person is the surname and the given name, and the surname with the title alone
("X委员", "请Q部长") is that person too.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.persons import _common_word, plausible_person

#: the titles a legislature's record puts between a surname and a given name
_TITLES = "主任委员|副主任委员|委员|部长|次长|主委|院长|副院长|局长|署长|处长|召委|议员|立委|主席|总裁|董事长|总经理"
_ADDRESSED = re.compile(rf"(?:^|(?<=[ \t\u3000]))([{CJK}])({_TITLES})([{CJK}]{{1,2}})(?=[：:]|[ \t\u3000]*$)", re.M)


def addressed_names(text: str, lex: Lexicon) -> tuple[dict[str, tuple[int, int]], dict[str, str]]:
    """({name: (offset of the surname, offset of the given name)}, {form: name}) of each surname + title + given name
    the text writes at a line's head or end; the forms are the surname with the title, and the whole addressed form."""
    if "：" not in text and ":" not in text:
        return {}, {}
    names: dict[str, tuple[int, int]] = {}
    owners: dict[str, set[str]] = {}
    for m in _ADDRESSED.finditer(text):
        sur, title, given = m.groups()
        name = sur + given
        if _common_word(given, 1000) or not plausible_person(name, lex, bounded=True):
            continue  # ("王董事长表示：": a verb, not a given name)
        names.setdefault(name, (m.start(), m.start(3)))
        owners.setdefault(sur + title, set()).add(name)
        owners.setdefault(m.group(0), set()).add(name)
    # (two people of one surname and title: the short form is neither's)
    return names, {form: next(iter(who)) for form, who in owners.items() if len(who) == 1}
