"""The offeror of a Hong Kong offer document named by its adviser's line on the cover: "(adviser)\n代表C\n提出…要约"
(on C's behalf the adviser makes the offer), so 要约人 in the rest of the document is C.

The cover's line may reach the name scan as one name with 代表 before it; that name is C's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.mention_records import Inventory, merge_entities
from text.normalize import norm_name

#: "代表C" + (a line break) + "提出/作出/发出…要约"
_ON_BEHALF = re.compile(r"代表\s*(?P<name>[^\s，。；,（）()]{2,40}?)\s*(?:提出|作出|发出)[^。；\n]{0,30}?要约")
_ROLE = "要约人"


def offeror_on_behalf(inv: Inventory, text: str, show: Callable[[int, int], str]) -> None:
    """Link 要约人 to the company an adviser makes the offer for, when the document has not named it otherwise."""
    if "代表" not in text or (at := text.find(_ROLE)) < 0:
        return
    for m in _ON_BEHALF.finditer(text):
        key = inv.surface.get(norm_name(m.group("name")))
        glued = inv.surface.get(norm_name("代表" + m.group("name")))
        if key is None and glued in inv.entities and inv.entities[glued].name.startswith("代表"):
            ent = inv.entities[glued]  # the name only ever written glued: cut 代表 off it
            ent.name = ent.name[2:]
            ent.aliases = {(a[2:] if a.startswith("代表") else a): n for a, n in ent.aliases.items()}
            inv.link(norm_name(m.group("name")), show(m.start("name"), m.end("name")), glued)
            key = glued
        if key is None or key not in inv.entities or inv.entities[key].type != "Company":
            continue
        if glued and glued != key and glued in inv.entities:
            merge_entities(inv, glued, key)
        if inv.surface.get(norm_name(_ROLE)) is None:
            inv.link(norm_name(_ROLE), show(at, at + len(_ROLE)), key)
        return
