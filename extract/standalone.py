"""Where a word stands on its own in a text: the places a short form, a stem or a brand is written
not as the start (or middle) of a longer name.

The linkers of short names (stems, brands, place abbreviations, trade short forms) each ask the same
question with their own test of "goes on into a longer name"; this walks the occurrences once for all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

#: a linker's test that text[start:end], an occurrence of its word, stands on its own
Alone = Callable[[str, int, int], bool]


def alone_at(text: str, word: str, alone: Alone) -> Iterator[int]:
    """Each offset of `word` in `text`, left to right, at which `alone(text, start, end)` holds."""
    i = text.find(word)
    while i >= 0:
        if alone(text, i, i + len(word)):
            yield i
        i = text.find(word, i + 1)


def first_alone(text: str, word: str, alone: Alone) -> int:
    """The first offset of `word` in `text` at which `alone(text, start, end)` holds, -1 if none."""
    return next(alone_at(text, word, alone), -1)
