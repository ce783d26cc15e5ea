"""What stands around a company suffix the inventory found: the content words before it when the left walk
stopped at a verb, a title after a short prefix, a place word it would cut, a longer common word or a government
unit it begins — the checks `extract.companies` makes before it takes the suffix for a name."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import BOUNDARY_WORDS, segment, word_tag
from text.kinds import SHORT_SUFFIX


def words_before(text: str, pos: int, floor: int) -> int:
    """How many characters before `pos` (at most 4, back to the clause start)
    are content words (verbs and adjectives included, function words not):
    the proper part of a legal name whose walk stopped at a verb."""
    lo = max(floor, pos - 6)
    left = text[lo:pos]
    cut = max(left.rfind(c) for c in "，。；：、！？“”‘’\"《》「」『』 \n（）()")
    left = left[cut + 1:]
    back = 0
    for tok in reversed(segment(left, False)):
        tag, freq = word_tag(tok)
        if tok in BOUNDARY_WORDS or re.search(r"[\d\W]", tok) or (tag and tag[0] in "pcudrmqf" and freq > 5) or back + len(tok) > 4:
            break
        back += len(tok)
    return back


def named_by_title_after(text: str, start: int, suffix_start: int, end: int, lex: Lexicon) -> bool:
    """"微医集团副董事长": a short prefix that is no word itself, an organisation
    suffix and a title right after it name a company even when the prefix is
    made of common letters (微, 医); "两家银行行长" (两家 is a word) does not."""
    prefix = text[start:suffix_start]
    if not (2 <= len(prefix) <= 3):
        return False
    return word_tag(prefix)[0] is None and lex.title_re.match(text, end) is not None


#: after a short suffix, the rest of a government department and the title of
#: its head ("支付" + "结算司司长", "金融" + "稳定局副局长"): the suffix is a word of that unit's name
#: (or a bank's department, perhaps with its head: "普惠金融" + "部总经理", "公司金融" + "部的…"; not 部分, a part)
UNIT_HEAD_AFTER = re.compile(r"(?!" + SHORT_SUFFIX + r")(?:[\u4e00-\u9fff]{0,4}?(?:司|局|处|厅)副?(?:司长|局长|处长|厅长|巡视员)"
                             r"|部(?![分委长位件队]))")


def inside_place_word(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a place name the segmenter reads as a word straddles `s` ("南京"
    in "南京东南": 京东 would begin inside it; "原平" in "原平安" is no word there)."""
    if not any(text[s - n:s + k] in lex.places for n in (1, 2) for k in (1, 2) if k < e - s):
        return False
    lo = max(0, s - 2)
    pos = lo
    for tok in segment(text[lo:min(e, s + 4)], False):
        if pos < s < pos + len(tok) and tok in lex.places:
            return True
        pos += len(tok)
    return False


#: trades whose firms Taiwan's press calls by the trade and 商 (期货商, 证券商, 软体商): a kind of firm before its name
_DEALER_TRADES = frozenset({"期货", "证券", "软体", "软件", "保险", "支付"})
#: 商 beginning a word of its own after the trade (商务, 商业…): the suffix may still end a name
_TRADE_WORD = re.compile(r"商(?:务|业|贸|城|行|会|品|标|用|户|银|场)")


def continues_word(text: str, s: int, e: int) -> bool:
    """"金融科技…": the suffix is the start of a longer common word; "投资机构", "金融机构": of a kind of institution
    ("日本投资机构" + "X资本": a description before the name)."""
    if text.startswith("机构", e):
        return True
    if text.startswith("系统", e) and text[s:e] in ("金融", "银行", "保险", "证券"):
        return True  # "从西北省金融系统获悉": the province's financial sector (its officials), no firm
    if text.startswith("业者", e) or (text.startswith("商", e) and text[s:e] in _DEALER_TRADES and not _TRADE_WORD.match(text, e)):
        return True  # "上柜期货商" + a name, "电支业者": a trade's dealers (Taiwan's word for a kind of firm), no firm's name
    for n in (1, 2):
        tag, freq = word_tag(text[s:e + n])
        if tag and freq > 100:
            return True
    return False
