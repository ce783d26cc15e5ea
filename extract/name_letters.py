"""Whether the letters and words before a company's suffix may be its name's own: the tests the left walk of
`extract.company_names` asks of one token or letter (a rare measure word, a one-letter head before 和, a run of
rare words, a place a name is seated in) and the description of a bank it steps past."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.name_words import BOUNDARY_WORDS, word_tag


def rare_measure(tok: str) -> bool:
    """A letter jieba knows only as a rare measure word (泓, 斛, 缕): in a name it is one of the name's letters."""
    tag, freq = word_tag(tok)
    return len(tok) == 1 and tag == "q" and freq < 200


def one_letter_name_head(letter: str) -> bool:
    """Whether `letter` may be the first of a name's letters (京, 广): no pronoun, adverb or other function word."""
    tag, _freq = word_tag(letter)
    # a verb letter jieba knows rarely (盛, 兴) opens names; the clause's own verbs before 和 (要, 会, 能) are common;
    # so does a measure word it knows rarely (楹), where the common ones (家, 名, 批) count what follows
    return re.fullmatch(r"[\u4e00-\u9fff]", letter) is not None and (
        tag is None or tag[0] in "nab" or (tag == "v" and _freq < 10000) or (tag == "q" and _freq < 1000))


def kind_word_before(text: str, i: int) -> bool:
    """Whether a word for a kind of company ends at `i` ("全资子公司" + "广和资本…"): the name's apposition, so the
    letter after it opens the name and 和 after that letter joins nothing."""
    return any(text.endswith(w, 0, i) for w in _KIND_WORDS)


#: the nouns of a company's kind or place in a group an apposed name follows
_KIND_WORDS = ("子公司", "母公司", "旗下", "控股股东", "股东", "公司")


#: kinds of bank a name may be introduced by ("虚拟银行汇澄银行", "纯网银北林银行"): a description, not the name
_BANK_KIND = re.compile(r"(?:虚拟|数字|数码|互联网|纯网络|网络|民营|直销)银行|纯网银|城商行|农商行")


def past_kind_and_time(text: str, start: int, suffix_start: int) -> int:
    """The name's start after a kind of bank written before it, or after a
    时 that ends a word of time before it ("成立时" + "富泽集团", "同时" + …)."""
    for kind in _BANK_KIND.finditer(text, max(0, start - 4), suffix_start):  # the walk may stop inside it (虚拟 | 银行…)
        if kind.start() <= start < kind.end() and suffix_start - kind.end() >= 2:
            return kind.end()
    if text[start:start + 1] == "时" and suffix_start - start >= 3 and start > 0 and word_tag(text[start - 1:start + 1])[0]:
        return start + 1
    return start


def place_start(tokens: Sequence[str], places: set[str]) -> int:
    """How many characters back from the end of `tokens` a place name starts,
    over name-like tokens only (no function words, verbs or digits); 0 if none.
    A single letter right after the place is a name's letter the segmenter
    cut off, whatever word it also is ("北京" + "天" + "同" + "赛伯…有限公司")."""
    back = 0
    for k, tok in enumerate(reversed(tokens[-4:])):
        back += len(tok)
        if tok in places and len(tok) >= 2:
            j = len(tokens) - 2 - k  # a city before its district ("广州" + "南沙" + "开发建设集团"): the name opens at the city
            if j >= 0 and tokens[j] in places and len(tokens[j]) >= 2:
                back += len(tokens[j])
            return back
        tag, freq = word_tag(tok)
        cut_letter = len(tok) == 1 and k < len(tokens[-4:]) - 1 and tokens[-2 - k] in places
        if tok in BOUNDARY_WORDS or re.search(r"\d", tok) or (tag and tag[0] in "pcudrmqf" and freq > 5 and not cut_letter):
            return 0
    return 0


def rare_words(tokens: Sequence[str]) -> bool:
    """Whether `tokens` (at most 6 letters) are all unknown, proper or rare
    words: the start of a name, not a phrase ("前海" before "联合数科")."""
    if sum(map(len, tokens)) > 6:
        return False
    for tok in tokens:
        tag, freq = word_tag(tok)
        if tok in BOUNDARY_WORDS or re.search(r"[\d\W]", tok) or not (tag is None or tag[:2] in ("nr", "ns", "nt", "nz", "j") or freq <= 50):
            return False
    return True
