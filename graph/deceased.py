"""A holder an article reports dead holds no post now.

An obituary (讣告) names the deceased with the posts of a life ("原南屿银行
党委书记、董事长甲同志，因病医治无效，于…逝世"): a post it names without
"原", or whose end no article gives, is still open in the store, and a
question about the holder now would name the dead. The sentence that tells
the death is the fact's own evidence, so it is read there.
"""

from __future__ import annotations

import re
from typing import Any

_DEATH_WORDS = ("逝世", "去世", "病逝", "辞世", "離世", "离世", "過世", "病故", "与世长辞", "與世長辭", "辭世")
#: What stands between the name and the word when the sentence tells another's death to this holder ("甲对乙的逝世表示哀悼").
_OTHERS = re.compile(r"对|對|向|悼|唁|慰问|慰問|家属|家屬|父亲|母亲|父親|母親|夫人|妻子|丈夫")

#: Another person, or the holder reporting something, between the name and the word ("据甲介绍，创始人乙先生已去世").
_ANOTHER = re.compile(r"同志|先生|女士|介绍|介紹|表示|指出|透露|称|稱|说|說|告诉|告訴")


def told_dead(t: Any) -> bool:
    """`t` (a `graph.temporal.Tenure`): one of its fact's sentences tells its holder's death: the name, then within
    the clause that follows ("同志，因病医治无效，于D在某地") a word of dying, with nothing between that
    makes the death another's."""
    name = str(t.fact["subject"].get("name") or "")
    if len(name) < 2:
        return False
    for e in t.fact.get("evidence") or []:
        text = str(e.get("evidence") or "")
        if name not in text or not any(w in text for w in _DEATH_WORDS):
            continue
        for m in re.finditer(re.escape(name), text):
            between = re.match(r"[^。；！？]{0,60}?(?:" + "|".join(_DEATH_WORDS) + ")", text[m.end():])
            rest = re.sub(r"^(?:同志|先生|女士)", "", between.group(0)) if between else ""
            if between and not _OTHERS.search(rest) and not _ANOTHER.search(rest):
                return True
    return False
