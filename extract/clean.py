"""HTML to text, and which lines of an article are boilerplate.

Boilerplate is masked, not deleted: offsets into the article text must stay
valid, so `boilerplate_spans` returns the spans the extractor skips.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from importlib import resources

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
def _boilerplate_patterns() -> re.Pattern[str]:
    raw = resources.files("extract.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    pats = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in pats))


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines (or trailing sentences) that carry no news content."""
    pat = _boilerplate_patterns()
    spans: list[tuple[int, int]] = []
    for m in pat.finditer(text):
        # Mask from the match to the end of its line: disclaimers run on.
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def content_chars(text: str) -> int:
    """Chinese characters of `text` outside its boilerplate."""
    spans = boilerplate_spans(text)
    n = len(_CJK_CHAR.findall(text))
    return n - sum(len(_CJK_CHAR.findall(text[s:e])) for s, e in spans)


def body_from_title(title: str, text: str) -> str | None:
    """The article's body when it sits in the title: the text is empty or
    only boilerplate (a disclaimer, an app advert) and the title carries the
    news. Returns the text to extract from (the title, then the old text so
    that its boilerplate stays masked), or None when the text is the body."""
    if content_chars(text) >= 20 or content_chars(title) < 10:
        return None
    return f"{title}\n{text}" if text.strip() else title
