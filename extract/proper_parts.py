"""Whether a prefix is a name: the tests that tell a firm's proper name
("汉富", "瑛联", a place, letters jieba does not know) from a phrase of
common words ("所属金融", "这家科技") before an organisation's word."""

from __future__ import annotations

import re

from extract.name_words import BOUNDARY_WORDS, CJK_CHAR, LEGAL_SUFFIX, ORG_WORD, segment, word_tag
from text.kinds import GENERIC_PREFIX, SHORT_SUFFIX

#: compass words that open many firms' names (东方证券, 南方基金, 西南证券, 北方信托): as a name's whole prefix they
#: name a firm, though jieba knows them as common words of place (西方 stays out: "西方银行" is the West's banks)
COMPASS_PREFIXES = frozenset({"东方", "南方", "北方", "东北", "西北", "西南", "东南"})

def name_part(tok: str) -> bool:
    """A token that can stand inside a name: no function word, verb or digit
    ("睿" before "通" can; "转让" before "予" cannot)."""
    tag, freq = word_tag(tok)
    return not (tok in BOUNDARY_WORDS or re.search(r"\d", tok)
                or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5))


_DESCRIPTORS = re.compile(r"老牌|知名|大型|头部|龙头|领先|著名|国内|国际|全球|首家|一家|多家|这家|那家|该|本土|传统|新兴|民营|国有")


_NUMBER_LIKE = re.compile(r"[\d.%]+")


def short_prefix_ok(prefix: str) -> bool:
    p = prefix.strip()
    if len(p) < 2 or p in GENERIC_PREFIX or _DESCRIPTORS.search(p):
        return False
    if _NUMBER_LIKE.fullmatch(p):
        return False
    return not any(p.endswith(g) and len(p) - len(g) < 2 for g in ("该", "这家", "一家", "多家", "各"))


def name_has_proper_part(name: str) -> bool:
    """A name needs a part that is not a common word (or is Latin script),
    or an organisation suffix after a specific prefix ("微医集团"); a clause
    that opens with a common verb ("实现…前景") is not a name."""
    first = segment(name, False)[0]
    tag, freq = word_tag(first)
    if tag and tag.startswith("v") and freq > 1000 and len(first) > 1:
        return False
    suffix = re.search(SHORT_SUFFIX + "$", name) or re.search(LEGAL_SUFFIX + "$", name)
    if suffix and suffix.start() >= 1 and name[: suffix.start()] not in GENERIC_PREFIX:
        return True
    org = re.search(f"(?:{ORG_WORD.pattern})$", name)
    if org and 2 <= org.start() <= 3 and word_tag(name[: org.start()])[0] is None and CJK_CHAR.match(name):
        return True  # "安科技术": a prefix that is no word, and an organisation word
    return proper_prefix(name)


def coined_word(prefix: str) -> bool:
    """"智达", "汇融": letters the HMM joins into one word jieba does not know,
    a coined name before a group's word (控股, 集团); before a sector's word it
    may be a phrase jieba lacks ("小微" + "金融"), so that is left to `proper_prefix`."""
    return 2 <= len(prefix) <= 4 and CJK_CHAR.match(prefix) is not None and word_tag(prefix)[0] is None and segment(prefix, True) == (prefix,)


def coined_letters(prefix: str) -> bool:
    """"瑛联": two letters jieba cuts apart and knows no word of, the first no
    function word or verb (the second may be: 联, 通): a coined name before a
    group's word, where a phrase would be a word ("关联", "两家") or begin with
    a function word ("并联" is a word, "各大" begins with 各)."""
    return (len(prefix) == 2 and CJK_CHAR.match(prefix) is not None and word_tag(prefix)[0] is None
            and name_part(prefix[0]) and prefix[1] not in BOUNDARY_WORDS)


#: words for a kind of owner that the segmenter rates rare but the financial press writes all the time: no name's part
#: ("地方国资" + "控股" is "controlled by local state capital"; "北林国资控股" keeps its proper 北林)
_COMMON_OWNERSHIP_WORDS = frozenset({"国资", "国企", "央企", "民企", "外资"})


_DIGITS = re.compile(r"\d+")

#: the letters a rare place jieba knows opens with that open a phrase as often ("两国" + "银行" are two countries'
#: banks, "上列" + "公司" the companies listed above): such a place is no short name's proper part
_PHRASE_OPENERS = frozenset("一二三四五六七八九十两几百千万上下中内外前后各每本该这那此其")


def known_proper_name(word: str) -> bool:
    """Whether jieba knows a word of two letters or more as a proper name (a person's, a brand's, a
    place's, an abbreviation), though its segmenter cuts it into letters each a common word alone
    ("万" + "利", "东" + "都"): a name's part, as a word it keeps whole would be."""
    tag, _freq = word_tag(word)
    return bool(tag) and len(word) >= 2 and (tag[:2] in ("nr", "nz") or tag == "j"
                                             or (tag[:2] == "ns" and word[0] not in _PHRASE_OPENERS))


def proper_prefix(prefix: str) -> bool:
    """A short name ("汉富资本") needs a part that is not a common word:
    "所属金融", "这家科技" are phrases, not names."""
    if prefix in COMPASS_PREFIXES:
        return True
    if known_proper_name(prefix):
        return True
    for tok in segment(prefix, False):
        if tok in _COMMON_OWNERSHIP_WORDS:
            continue
        tag, freq = word_tag(tok)
        if tag in ("i", "l"):
            continue  # an idiom or set phrase ("特别感谢" + "集团"): words of a sentence, never a name
        if (tok.isascii() and tok.strip()) or _DIGITS.fullmatch(tok):
            return True
        if tag is None or freq < 200 or (tag and tag[:2] in ("nr", "ns", "nt", "nz", "j")):
            return True  # j: an abbreviation (中投, 国开)
    return False


def proper_name_words(prefix: str) -> bool:
    """Whether a short name's prefix is made of proper names or letters the
    dictionary does not know, never of a common word ("财务", "医疗", "利用")."""
    if not 2 <= len(prefix) <= 4:
        return False
    tag, _freq = word_tag(prefix)
    if tag is not None:
        return tag[:2] in ("ns", "nr", "nz") or tag == "j"
    return all(len(tok) == 1 or word_tag(tok)[0] is None or (word_tag(tok)[0] or "")[:2] in ("ns", "nr", "nz")
               for tok in segment(prefix, False))
