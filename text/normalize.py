"""Matching form of Chinese text: NFKC, then Traditional → Simplified.

Matching runs on the normalised form; evidence and display names come from
the original. `Normalized.to_orig` maps every normalised offset back, so a
span found in one is a span in the other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def t2s() -> opencc.OpenCC:
    """The Traditional → Simplified converter, one per process (the
    extractor's matching form and the graph's name keys both use it)."""
    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Normalized:
    text: str
    to_orig: tuple[int, ...]  # len(text) + 1 entries

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_orig[start], self.to_orig[end]


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Simplified form of a string (no offsets): for names and queries."""
    return normalize(text).text


def normalize(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text, tuple(range(len(text) + 1)))
    nfkc = unicodedata.normalize("NFKC", text)
    if len(nfkc) == len(text):
        mapping = list(range(len(text) + 1))
    else:  # some compatibility characters expand: map char by char
        parts: list[str] = []
        mapping = []
        for i, ch in enumerate(text):
            n = unicodedata.normalize("NFKC", ch)
            parts.append(n)
            mapping.extend([i] * len(n))
        mapping.append(len(text))
        nfkc = "".join(parts)
    simp = t2s().convert(nfkc)
    if len(simp) != len(nfkc):  # phrase conversions that change length: go char by char
        simp = "".join(t2s().convert(c) or c for c in nfkc)
        if len(simp) != len(nfkc):
            simp = nfkc
    return Normalized(_cjk_punctuation(simp), tuple(mapping))


#: Hong Kong, Taiwan and Macau quote with corner brackets: one form of quotes for every pattern ("更名為「X」")
_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
                        "「": "“", "」": "”", "『": "“", "』": "”"})
_KEEP_ASCII = re.compile(r"(?<=[0-9A-Za-z])[,:](?=[0-9A-Za-z])")


def _cjk_punctuation(text: str) -> str:
    """NFKC turns full-width ，；：（） into ASCII; turn them back (one char for
    one, so offsets hold) so that patterns see one form. Separators inside
    numbers and tickers (1,000, HK:06638) stay ASCII."""
    parts: list[str] = []
    done = 0
    for m in _KEEP_ASCII.finditer(text):  # translate the runs between the kept separators, not char by char
        parts += (text[done:m.start()].translate(_PUNCT), m.group(0))
        done = m.end()
    parts.append(text[done:].translate(_PUNCT))
    return "".join(parts)


@lru_cache(maxsize=65536)
def norm_name(name: str) -> str:
    """Key for comparing names: NFKC, simplified, lower-case, no spaces."""
    return "".join(to_simplified(name).lower().split())
