"""A person's name as a question may write it and the store does not:
pinyin in Western order, with tone marks, with a title before or after it."""

from __future__ import annotations

import re
import unicodedata


def western_order(name: str, type_: str | None) -> list[str]:
    """A romanised person's name with the family name moved first: "Wangchun Ye" → "Ye Wangchun"."""
    words = name.split()
    if type_ not in (None, "Person") or not name.isascii() or not 2 <= len(words) <= 3:
        return []
    return [" ".join([words[-1], *words[:-1]])]


_TITLE_EN = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam)\.?\s+", re.I)
_TITLE_ZH = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:先生|女士|博士|教授)$")


def plain_person(name: str, type_: str | None) -> list[str]:
    """A person's name as written without what is not part of it: tone
    marks ("Yè Wàngchūn"), a title before it ("Dr. Ye Wangchun") or after
    it ("叶望春博士")."""
    if type_ not in (None, "Person"):
        return []
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = _TITLE_ZH.sub("", _TITLE_EN.sub("", plain)).strip()
    return [plain] if plain and plain != name else []
