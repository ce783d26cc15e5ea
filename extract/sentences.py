"""Sentence splitting that keeps quotations whole.

A sentence ends at 。！？；!? or a line break, but not inside “…”, 「…」 or
『…』 (a quoted statement with its own full stop stays part of the sentence
that reports it, unless a paragraph break follows the quote). Unbalanced quotes are closed at the line end so one stray
mark cannot swallow an article.
"""

from __future__ import annotations

import re

_ENDERS = set("。！？!?；;")
_OPEN = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")"}
_CLOSERS_AFTER = set("”」』）)】\"'")
_REACH = {"“": 400, "「": 400, "『": 400, "《": 60, "（": 120, "(": 120}
_MAX_SENTENCE = 600  # split overlong runs at commas to bound rule cost
#: every letter the loop below acts on (a line break, an ender, an opener, a closer): the others are skipped
#: by one search in C instead of a Python step per letter (the set's letters sorted: one pattern in every process,
#: which `extract.pattern_cache` then compiles once)
_ACTS_ON = re.compile("[" + re.escape("\n" + "".join(sorted(_ENDERS)) + "".join(_OPEN) + "".join(_OPEN.values())) + "]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of sentences, whitespace trimmed, none empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth: list[str] = []
    n = len(text)
    find = _ACTS_ON.search
    i = 0
    while (m := find(text, i)) is not None:
        i = m.start()
        ch = text[i]
        if ch == "\n":
            depth.clear()
            _emit(text, start, i, spans)
            start = i + 1
        elif depth and ch == depth[-1]:
            depth.pop()
            if not depth and _paragraph_after_quote(text, i):
                _emit(text, start, i + 1, spans)
                start = i + 1
        elif ch in _OPEN and text.find(_OPEN[ch], i + 1, min(n, i + _REACH[ch])) > 0:
            depth.append(_OPEN[ch])  # only an opener whose closer follows soon: a stray （ must not swallow a paragraph
        elif ch in _ENDERS and not depth:
            j = i + 1
            while j < n and text[j] in _CLOSERS_AFTER:
                j += 1
            _emit(text, start, j, spans)
            start = j
            i = j
            continue
        i += 1
    _emit(text, start, n, spans)
    return spans


def _paragraph_after_quote(text: str, i: int) -> bool:
    """A quotation closed at `i` after its own full stop, then a paragraph
    break (two spaces where the source had one): the reporting sentence ended
    with the quote, and the paragraph after it is a sentence of its own, not
    a continuation (its company must not take the reporter for its topic)."""
    return text[i - 1:i] in _ENDERS and text[i + 1:i + 3].isspace() and len(text[i + 1:i + 3]) == 2


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    while end - start > _MAX_SENTENCE:
        cut = max(text.rfind("，", start, start + _MAX_SENTENCE), text.rfind(",", start, start + _MAX_SENTENCE))
        if cut <= start:
            cut = start + _MAX_SENTENCE - 1
        spans.append((start, cut + 1))
        start = cut + 1
    if end > start:
        spans.append((start, end))
