"""A post at a branch of a company, as questions ask it: the store files it
at the parent with the branch in the title (role other, "湖南省分行行长",
the gold's convention), and a question may write the branch otherwise
("湖南分行", "the Hunan branch of …") or name its head by another word of
the same role (president for 行长, "heads" for whoever leads it)."""

from __future__ import annotations

import re
from functools import lru_cache

from text.names import lazy_pinyin
from text.places import place_names

#: a branch opening a title: the place, its kind of division, the kind of branch; the post after it
_BRANCH = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:省|市|自治区|特别行政区)?(?:中心)?(?P<kind>分行|支行|分公司)(?P<post>[\u4e00-\u9fff]+)$")
#: what "heads" asks of a branch: its head, by any of the words for one
HEAD = "负责人"
_HEAD_WORDS = ("行长", "总经理", "负责人", "主任", "总裁")


def _split(title: str) -> tuple[str, str, str] | None:
    """"湖南省分行行长" → ("湖南", "branch", "行长"); 分行 and 分公司 are one kind (English says branch for both)."""
    m = _BRANCH.fullmatch(title)
    if m is None:
        return None
    return m["place"], "sub" if m["kind"] == "支行" else "branch", m["post"]


def same_branch_post(asked: str, held: str, role_of_word: dict[str, object]) -> bool:
    """The title asked ("湖南分行总裁", "湖南省分行负责人") is the post held
    ("湖南省分行行长"): the same branch, and the same post, or a word of the
    same role, or a head asked of by `HEAD`."""
    a, h = _split(asked), _split(held)
    if a is None or h is None or a[:2] != h[:2]:
        return False
    if a[2] == h[2]:
        return True
    if a[2] == HEAD:
        return h[2] in _HEAD_WORDS
    ra, rh = role_of_word.get(a[2]), role_of_word.get(h[2])
    return ra is not None and ra == rh and str(getattr(ra, "value", ra)) != "other"


@lru_cache(maxsize=1)
def _places_en() -> dict[str, str]:
    """Each province and city by its pinyin ("hunan" → 湖南)."""
    return {"".join(lazy_pinyin(p)): p for p in place_names()}


_EN_BRANCH = re.compile(r"(?:the\s+)?(?P<place>[A-Za-z][A-Za-z' -]*?)\s+(?:(?:provincial|province|city|municipal)\s+)?"
                        r"(?P<kind>sub-?branch|branch|office)\s+(?:of|at)\s+(?P<company>.+)", re.I)


def english_branch(name: str) -> tuple[str, str] | None:
    """"the Hunan branch of 北林银行" → ("北林银行", "湖南分行"); None if the place is not one we know."""
    m = _EN_BRANCH.fullmatch(name.strip())
    if m is None:
        return None
    place = _places_en().get(re.sub(r"[^a-z]", "", m["place"].lower()))
    if place is None:
        return None
    return m["company"].strip(), place + ("支行" if m["kind"].lower().startswith("sub") else "分行")
