"""HTML to text, and which lines of an article are boilerplate.

Boilerplate is masked, not deleted: offsets into the article text must stay
valid, so `boilerplate_spans` returns the spans the extractor skips.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import chain

_BLOCK_TAGS = re.compile(r"<\s*/?\s*(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)
_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BARE_URL_LINE = re.compile(r"^\s*<?https?://\S+>?\s*$", re.M)


def html_to_text(markup: str) -> str:
    """Strip tags and entities, keeping paragraph breaks as newlines."""
    text = _DROP.sub("", markup)
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _MD_LINK.sub(r"\1", text)
    text = _BARE_URL_LINE.sub("", text)
    text = text.replace("\xa0", " ")
    if "<" in markup:  # HTML: paragraphs are tags, blank lines are noise
        return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The lines of boilerplate.txt as one pattern, and the letters a match can
    begin with away from the text's start (None: not simply told, scan all)."""
    raw = resources.files("extract.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    pats = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    pat = re.compile("|".join(f"(?:{p})" for p in pats))
    firsts = [_first_letters(p) for p in pats if not p.startswith("^")]  # ^ without re.M: the text's start only
    if any(f is None for f in firsts) or pat.fullmatch(""):
        return pat, None
    letters = "".join(sorted(set().union(*firsts)))
    return pat, re.compile(f"[{re.escape(letters)}]" if letters else "(?!)")


_META = set("\\.^$*+?{}[]|()")


def _first_letters(p: str) -> set[str] | None:
    """The letters a boilerplate line's match begins with, read from its first
    item (a letter, a class of letters, or an optional group of words before
    the rest), or None when it is written otherwise."""
    if _top_level_bar(p):  # an alternation outside groups: each branch begins anew
        return None
    if p.startswith("(") and (close := p.find(")")) > 0 and p[close + 1:close + 2] == "?" and "(" not in p[1:close]:
        alts = p[1:close].split("|")
        rest = _first_letters(p[close + 2:])
        return None if rest is None or any(not a or a[0] in _META for a in alts) else {a[0] for a in alts} | rest
    if p.startswith("[") and (close := p.find("]")) > 1 and not set(p[1:close]) & set("\\^-[") and p[close + 1:close + 2] not in "*?{":
        return set(p[1:close])
    if p and p[0] not in _META and p[1:2] not in ("*", "?", "{"):
        return {p[0]}
    return None


def _top_level_bar(p: str) -> bool:
    """Whether `p` has a | outside its groups (escapes and classes skipped)."""
    i, depth = 0, 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # to the class's end: a ] first in it (after ^) is one of its letters
            i += 1 + (p[i + 1:i + 2] == "^")
            i += p[i:i + 1] == "]"
            while i < len(p) and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif ch == "(" or ch == ")":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines (or trailing sentences) that carry no news content."""
    pat, gate = _boilerplate_patterns()
    spans: list[tuple[int, int]] = []
    for m in _boilerplate_matches(pat, gate, text):
        # Mask from the match to the end of its line: disclaimers run on.
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans


def _boilerplate_matches(pat: re.Pattern[str], gate: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """`pat.finditer(text)`, trying the pattern only at the text's start and
    where a letter of the gate stands (the alternation has no fixed first
    letter, so the engine would try all of it at every letter)."""
    if gate is None:
        yield from pat.finditer(text)
        return
    pos = 0
    for at in chain((0,), (g.start() for g in gate.finditer(text, 1))):
        if at >= pos and (m := pat.match(text, at)):
            yield m
            pos = m.end()


#: a run of letters no Chinese character is in: what is left after dropping every run is the Chinese characters
#: (counted so: a third of the CPU of a list of every character, `findall`)
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def _cjk_count(text: str) -> int:
    return len(_NOT_CJK.sub("", text))


def content_chars(text: str) -> int:
    """Chinese characters of `text` outside its boilerplate."""
    spans = boilerplate_spans(text)
    return _cjk_count(text) - sum(_cjk_count(text[s:e]) for s, e in spans)


def body_from_title(title: str, text: str) -> str | None:
    """The article's body when it sits in the title: the text is empty or
    only boilerplate (a disclaimer, an app advert) and the title carries the
    news. Returns the text to extract from (the title, then the old text so
    that its boilerplate stays masked), or None when the text is the body."""
    if content_chars(text) >= 20 or content_chars(title) < 10:
        return None
    return f"{title}\n{text}" if text.strip() else title
