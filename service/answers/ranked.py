"""A holder asked by its rank below the first ("X的第二大股东", "the third
largest shareholder of X"): the holders of record ranked by their stated
shares, or, with too few shares stated, the holder an article calls so
("B成为C第二大股东", "C的第二大股东B"). The first is the controller
answer's (`service.answers.controller`), which weighs control as well."""

from __future__ import annotations

import re
from typing import Any

from service.answers.told import holder_names, stake_sentences, told
from service.questions import Backend, FactD

_RANKS = {"二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5,
          "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_RANK_ASKED = re.compile(r"第([二三四五2-5])大股东|\b(second|third|fourth|fifth)[-\s]+(?:largest|biggest)\s+shareholder", re.I)
_ZH = {2: "二", 3: "三", 4: "四", 5: "五"}


def rank_asked(text: str) -> int | None:
    """The rank below the first a question asks for (2 for "第二大股东"), None when it asks for none."""
    m = _RANK_ASKED.search(text)
    return _RANKS[(m[1] or m[2]).lower()] if m else None


def rank_words(rank: int) -> tuple[str, str]:
    """How an answer names the rank: 第二大股东, second largest shareholders."""
    return f"第{_ZH[rank]}大股东", f"{next(w for w, r in _RANKS.items() if r == rank and w.isalpha() and w.isascii())} largest shareholders"


#: a sentence that calls a holder by its rank ("B成为C第二大股东", "C的第二大股东为B"), by rank
_TOLD_RANK = {r: told(after=f"(?:(?!不再|不是|并非|不为)[^，。；,;]){{0,16}}?{rank_words(r)[0]}",
                      before=f"{rank_words(r)[0]}(?:已|则|仍)?(?:为|是|系|变更为|变为)?") for r in (2, 3, 4, 5)}


def ranked_holders(b: Backend, now: list[Any], rank: int) -> tuple[list[str], list[FactD]]:
    """The holders at `rank` among the stakes of record `now`: by the shares
    held directly (a parent's figure for a stake held through another holder
    is that holder's), ties sharing a rank; with fewer distinct shares than
    the rank, the holders an article calls so."""
    direct = [s for s in now if s.percent is not None and not all(f["qualifiers"].get("indirect") for f in s.facts)]
    shares = sorted({s.percent for s in direct}, reverse=True)
    if len(shares) >= rank:
        chosen = [s for s in direct if s.percent == shares[rank - 1]]
        return [s.holder for s in chosen], [f for s in chosen for f in s.facts]
    said = _TOLD_RANK[rank]
    chosen = [s for s in now if said.says_any(stake_sentences(s), holder_names(b, s.holder))]
    return [s.holder for s in chosen], [f for s in chosen for f in s.facts]
