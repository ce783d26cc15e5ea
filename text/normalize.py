"""Matching form of Chinese text: NFKC, then Traditional → Simplified.

Matching runs on the normalised form; evidence and display names come from
the original. `Normalized.to_orig` maps every normalised offset back, so a
span found in one is a span in the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import opencc

from text.japanese_names import join_spaced_names


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


#: full-width punctuation NFKC maps to one ASCII letter each: written so beforehand, the text is most often
#: normalised already and NFKC returns after its quick check (≈ 9× faster on the corpus), with the same result
#: (NFKC decomposes each of these to that letter, a starter, before composing)
_FULL_WIDTH = tuple((ch, unicodedata.normalize("NFKC", ch)) for ch in "，：；（）！？％")


def normalize(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text, tuple(range(len(text) + 1)))
    nfkc = unicodedata.normalize("NFKC", _replace_all(text, _FULL_WIDTH))
    if len(nfkc) == len(text):
        mapping = tuple(range(len(text) + 1))
    else:  # some compatibility characters expand: each character normalised alone, mapped back to its offset
        forms = {ch: unicodedata.normalize("NFKC", ch) for ch in set(text)}
        nfkc = text.translate({ord(ch): n for ch, n in forms.items() if n != ch})
        out: list[int] = []
        done = 0
        for i in sorted(i for ch, n in forms.items() if len(n) != 1 for i in _occurrences(text, ch)):
            out += range(done, i)
            out += [i] * len(forms[text[i]])
            done = i + 1
        out += range(done, len(text) + 1)
        mapping = tuple(out)
    simp = t2s().convert(nfkc)
    if len(simp) != len(nfkc):  # phrase conversions that change length: go char by char
        simp = "".join(t2s().convert(c) or c for c in nfkc)
        if len(simp) != len(nfkc):
            simp = nfkc
    out_text = _cantonese_words(_cjk_punctuation(simp))
    if "○" in out_text:  # "二○○六年": Hong Kong's press writes a year's zero with a white circle, a numeral all the same
        out_text = _CIRCLE_YEAR.sub(lambda m: m.group(0).replace("○", "〇"), out_text)
    if " " in out_text:  # "北川 健一": a Japanese name's two halves, one word to match
        joined, joined_map = join_spaced_names(out_text, list(mapping))
        if len(joined) != len(out_text):
            return Normalized(joined, tuple(joined_map))
    return Normalized(out_text, mapping)


_CIRCLE_YEAR = re.compile("[一二〇○][一二三四五六七八九〇○]{3}年")


#: Cantonese function words and their Mandarin ones, letter for letter ("喺港交所上市": 在; "佢出任": 他; "嘅", "咗")
_CANTONESE = (("喺", "在"), ("嘅", "的"), ("咗", "了"), ("佢", "他"), ("冇", "没"))
#: letters only written Cantonese has: a text with two of them is written so
_CANTONESE_ONLY = ("嘅", "咗", "喺", "佢", "哋", "冇", "嚟", "啲", "唔")


def _cantonese_words(text: str) -> str:
    """A Hong Kong column written in Cantonese, read with Mandarin's function words (one letter for one)."""
    if sum(1 for ch in _CANTONESE_ONLY if ch in text) < 2:
        return text
    return _replace_all(text, _CANTONESE)


def _occurrences(text: str, ch: str) -> Iterator[int]:
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """`text` with each pair's first letter replaced by its second (no second is a first: the order does not matter);
    `str.replace` per letter present scans far faster than `str.translate`, which looks every letter up."""
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


#: Hong Kong, Taiwan and Macau quote with corner brackets: one form of quotes for every pattern ("更名為「X」")
_PUNCT = tuple({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
                "「": "“", "」": "”", "『": "“", "』": "”"}.items())
#: the separator first, the letter before it looked behind at from there: the engine finds the separators by their letters
_KEEP_ASCII = re.compile(r"[,:](?<=[0-9A-Za-z][,:])(?=[0-9A-Za-z])")


def _cjk_punctuation(text: str) -> str:
    """NFKC turns full-width ，；：（） into ASCII; turn them back (one char for
    one, so offsets hold) so that patterns see one form. Separators inside
    numbers and tickers (1,000, HK:06638) stay ASCII."""
    parts: list[str] = []
    done = 0
    for m in _KEEP_ASCII.finditer(text):  # translate the runs between the kept separators, not char by char
        parts += (_replace_all(text[done:m.start()], _PUNCT), m.group(0))
        done = m.end()
    parts.append(_replace_all(text[done:], _PUNCT))
    return "".join(parts)


@lru_cache(maxsize=65536)
def norm_name(name: str) -> str:
    """Key for comparing names: NFKC, simplified, lower-case, no spaces."""
    return "".join(to_simplified(name).lower().split())
