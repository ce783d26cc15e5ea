"""The company an offer document is about: its target, not the offeror its cover names first.

A Hong Kong takeover's composite document opens with both parties, the offeror's name first ("X有限公司"
… "代表X…要约以收购Y…股份"), and the offeror, called 要约人 throughout, is the company it names most.
Yet its 董事会 and 本集团 are the target's: the board letter is the target's board speaking, and the
offeror's own directors are written "要约人之董事为…". So the
company in focus of such a document is the one whose shares the offer is made for.
"""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from text.normalize import norm_name

#: the offer's head: "…要约" + "以收购" + the target + "全部已发行股份" (the text normalised, so in Simplified)
_OFFER_FOR = re.compile(r"要约\s*(?:以|藉以)?\s*收购\s*([^\s，,。；：:（()）]{2,40}?)\s*(?:之|的)?\s*(?:全部|所有)?\s*(?:已发行)?\s*(?:股份|股本)")
#: how far into the text the offer's head is looked for (the cover and its first letter)
_HEAD = 1500


def offer_target(inv: Inventory, text: str) -> str | None:
    """The key of the company an offer document's head says the offer is for, when the text calls its offeror
    要约人 (an offer document, not a story that mentions an offer); None otherwise. (What 要约人 stands for:
    `extract.offeror_names`.)"""
    if "要约人" not in text or "要约" not in text[:_HEAD]:
        return None
    m = _OFFER_FOR.search(text, 0, _HEAD)
    if m is None:
        return None
    key = inv.surface.get(norm_name(m.group(1)))
    return key if key is not None and key.startswith("C:") else None
