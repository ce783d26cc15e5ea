"""A sentence as its template: each mention replaced by its kind's character
(the rules' patterns read `<C>`, `<P>`, `<T>` … over it), with the maps from
template positions back to mentions and to offsets in the text."""

from __future__ import annotations

import re

from extract.mention_records import KIND, Mention

#: a company's Latin-script name in brackets right after its Chinese one: two or more capitalised words, no code
#: or exchange ("（NYSE: X）", "（2788.HK）" stay: they say where it is listed)
_LATIN_NAME_AFTER = re.compile(r"[（(][A-Z][A-Za-z&'.\-]*(?: [A-Za-z&'.\-]+){1,6}[）)]")


def template(mentions: list[Mention], text: str, start: int, end: int) -> tuple[str, list[int], list[int]]:
    """The sentence with each mention replaced by its kind character.

    Returns the template; for each template position, the index of the
    mention there (-1 for plain text); and each position's offset in `text`.
    """
    out: list[str] = []
    index: list[int] = []
    offsets: list[int] = []
    pos = start
    for i, m in enumerate(mentions):
        out.append(text[pos:m.start])
        index.extend([-1] * (m.start - pos))
        offsets.extend(range(pos, m.start))
        out.append(KIND[m.kind])
        index.append(i)
        offsets.append(m.start)
        pos = m.end
        if m.kind == "C" and text.startswith(("（", "("), pos) and (latin := _LATIN_NAME_AFTER.match(text, pos, end)) and (
                i + 1 == len(mentions) or mentions[i + 1].start >= latin.end()):
            pos = latin.end()  # "松溪资本（Songxi Capital）" + a post: the company's own Latin name, no word between it and the post
    out.append(text[pos:end])
    index.extend([-1] * (end - pos))
    offsets.extend(range(pos, end))
    offsets.append(end)
    return "".join(out), index, offsets
