"""Whether a span a construction gives (a list member, a name before a ticker,
a place of work in a list of posts) reads as a name: a proper or unknown
part, no function word or common verb, no known name inside it. Shared by
`company_constructions` and `list_members`."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.name_words import BOUNDARY_WORDS, segment, word_tag
from extract.persons import plausible_person
from extract.proper_parts import short_prefix_ok
from text.kinds import GENERIC_PREFIX, SHORT_SUFFIX


def abbreviates(short: str, name: str) -> bool:
    """`short` is made of `name`'s characters in their order, as a short name is."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def list_post_name(name: str, inv: Inventory, lex: Lexicon) -> bool:
    """A name in a list of posts: a proper or unknown part, no function word,
    not a person, place, title or common word; a known name may begin it."""
    if (lex.company(name) or name in lex.places or name in lex.titles or name in GENERIC_PREFIX
            or plausible_person(name, lex, strong=False) or not oov_or_proper(name)):
        return False
    for tok in segment(name, False):
        tag, freq = word_tag(tok)
        if tok in BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            return False
    return not any(f in name[1:] for f in inv.forms if len(f) >= 2 and not name.startswith(f))


def oov_or_proper(name: str) -> bool:
    """A part of `name` is a word jieba does not know (its HMM joined it: "力勤")
    or a proper noun: a name, not a phrase of dictionary words ("发行价")."""
    return any(tag is None or tag[:2] in ("nr", "ns", "nt", "nz", "j")
               for tag, _f in map(word_tag, segment(name, True)))


def clean_member(name: str, inv: Inventory) -> bool:
    """A list member that is only a name: no verb, preposition or other function
    word in it ("曾任职于平安银行"), and no known name inside it."""
    if any(f in name for f in inv.forms if len(f) >= 2):
        return False
    for tok in segment(name, False):
        tag, freq = word_tag(tok)
        if tok in BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            return False
    return True


def coined_before(text: str, end: int) -> int:
    """How many letters before `end` (at most 6, back to the clause start) the
    HMM reads as words that can make a coined name: no function word, no
    common verb ("显示"), no digit."""
    lo = max(0, end - 8)
    left = text[lo:end]
    cut = max(left.rfind(c) for c in "，。；：、！？“”\"《》（）() \n")
    back = 0
    for tok in reversed(segment(left[cut + 1:], True)):
        tag, freq = word_tag(tok)
        if (back + len(tok) > 6 or tok in BOUNDARY_WORDS or re.search(r"[\d\W]", tok) or (len(tok) > 1 and tok in GENERIC_PREFIX)
                or (tag and (tag[0] in "pcudrmqft" or tag[0] == "v") and freq > 500)):
            break
        back += len(tok)
    return back


#: the country or city a listed company's short name may carry before or after its coined word
_SEAT_WORDS = frozenset(("中国", "香港", "美国"))


def listed_name(name: str, inv: Inventory) -> bool:
    """A name before a ticker with its exchange: two to six letters (or a Latin
    name), no known name inside it, and no function word or common verb among
    the words the HMM reads ("青禾" + "优选" stands; "公司股票", "发布公告" do not)."""
    if (not (2 <= len(name) <= 6 or name.isascii()) or any(f in name for f in inv.forms if len(f) >= 2)
            or not short_prefix_ok(name) or name[0] in "该本其此这那各每某"):
        return False  # a known name inside, or a word that points ("该股") or describes ("龙头股")
    toks = segment(name, True)
    if len(toks) == 1 and (tag := word_tag(name))[0] is not None and tag[0][:2] not in ("nr", "ns", "nt", "nz", "j") and tag[1] > 50:
        return False  # one common word ("股票", "该股")
    for k, tok in enumerate(toks):
        tag, freq = word_tag(tok)
        suffix = k == len(toks) - 1 and k > 0 and re.fullmatch(SHORT_SUFFIX, tok)  # "盛元" + "证券": the word for its kind
        # a Hong Kong short name joins a country or city to a coined word, either way round: "中国秋来", "香港德来"
        seat = tok in _SEAT_WORDS and len(toks) == 2 and word_tag(toks[1 - k])[0] is None
        if tok in BOUNDARY_WORDS or (tok in GENERIC_PREFIX and not (suffix or seat)) or (tag and tag[0] in "pcudrmqft" and freq > 5):
            return False
    return True
