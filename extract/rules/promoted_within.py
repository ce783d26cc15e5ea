"""The company of a promotion whose new post names no company: "由C的T2 P升任T" — P rises
within C, where P holds the post the clause names, whatever company (a parent whose board decided,
a regulator that approved) the sentence named before."""

from __future__ import annotations

import re

from extract.rules.templates import Sent

#: the verbs of a rise within one firm
PROMOTED = frozenset({"升任", "升任为", "晋升", "晋升为", "升为", "擢升", "擢升为", "获擢升为"})
#: the clause up to the verb: the firm, the post held there and its holder ("由C的T2 P", "C的T2 P")
#: (the whole clause: perhaps a few words of time or a 由 first, nothing else)
_HELD_BEFORE = re.compile(r"(?:[^，,；;：:。\ue000-\ue007]{0,4}?由)?(\ue001)(?:的)?(?:原|现任)?\ue003(?:[、兼及]\ue003)*\ue000(?:先生|女士)?")


def promoted_within(sent: Sent, clause: int, verb_at: int, verb: str, chain_start: int, chain_end: int) -> str | None:
    """The company P is promoted within: the one whose post P holds in the clause before the verb, when the
    post risen to names no company of its own; else None."""
    if verb not in PROMOTED or sent.between(chain_start, chain_end, "C"):
        return None
    m = _HELD_BEFORE.fullmatch(sent.tpl, clause, verb_at)
    return sent.at(m.start(1)).key if m else None
