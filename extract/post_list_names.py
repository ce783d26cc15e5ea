"""People a board's or an officers' list names, where no title stands right
before each name: the list and then the post it fills ("A、B及C为独立非执行董事"),
the post and then the list it is filled by ("独立董事由A、B出任") or that follows
it ("独立非执行董事A、B及C组成"), the one a
holder nominated to a seat ("由C的股东提名的P担任"), a foreign name in Chinese letters
before its original in brackets ("拿督阿斯里（Datuk Asri Kamaruddin）"), and a
Latin-script name with its honorific ("Fiona Blake女士"), which ends a list
of Chinese names in Hong Kong's filings.

The other cues find a name beside a title or a verb; in these lists only the
first or the last name stands there, so the names between them go unfound and
the list is read as one person's, or as none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.kinship import RELATIVE
from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: a Latin-script personal name: two or three capitalised words ("Oliver Grant")
_LATIN = r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}"
#: a Latin-script name right before an honorific: a person's, whatever else stands around it
_LATIN_HONORIFIC = re.compile(rf"(?<![A-Za-z])({_LATIN})(?=先生|女士|博士|爵士)")
#: one item of the list: a Chinese name or a Latin one
_ITEM = rf"(?:[\u4e00-\u9fff]{{2,3}}?|{_LATIN})(?:先生|女士)?"
_LIST = rf"{_ITEM}(?:、{_ITEM})*(?:(?:及|和|与|以及){_ITEM})"
#: the seats of a board or its officers' posts, as a list's post names them
_SEAT = r"(?:独立非执行董事|非执行董事|执行董事|独立董事|外部董事|董事|监事|常驻监察人|监察人|副总经理|副总裁|副行长)"
#: at a clause's head, the list, then 为/是 (perhaps 均, 分别) and the seat: "A、B及C为独立非执行董事"
_LIST_IS_SEAT = re.compile(rf"(?:^|(?<=[。；：，\n]))(?P<list>{_LIST})(?:均|则|亦|分别)?(?:为|是|出任|担任)(?:公司|本公司)?(?=(?:新任|新一届)?{_SEAT})")
#: the seat, then 由 and the list that fills it: "独立董事由A、B出任", "监察人则由A及B担任"
_SEAT_BY_LIST = re.compile(rf"{_SEAT}(?:一职|席位)?(?:则|将|均|分别)?由(?P<list>{_LIST})(?:分别|共同)?(?=出任|担任|接任|获选|当选)")
#: the one a holder nominated, taking the seat: "由C" + who in C + "提名的P担任" (a name no title stands beside)
_NOMINATED = re.compile(r"由[^，。；]{0,20}?(?:提名|推荐|委派|派出|选派)的([\u4e00-\u9fff]{2,3}?)(?=担任|出任|接任|兼任)")
#: the seat right before the list, which closes its clause or makes up a body: "独立非执行董事A、B及C组成"
_SEAT_THEN_LIST = re.compile(rf"{_SEAT}(?P<list>{_LIST})(?=[；;。，,]|$|(?:共同)?组成)")
#: a body made up of the people listed: "（分行）领导班子由A、B、C组成", "董事会由A、B及C三人组成"
_BODY_OF_LIST = re.compile(rf"(?:领导班子|班子成员|管理团队|高管团队|经营班子|董事会|监事会|委员会)(?:成员)?由(?P<list>{_ITEM}(?:(?:、|及|和|与|以及){_ITEM})+)"
                           r"(?:[一二两三四五六七八九十]?(?:人|名|位))?(?:共同)?组成")
#: a foreign name written in Chinese letters, then its original in brackets: "拿督阿斯里（Datuk Asri Kamaruddin）",
#: "任满离职的苏莱雅（Suraya Ismail）" (a Malay name has no Chinese surname for the other cues to see); after a title of
#: honour or a word a name follows, and the original a person's (honours, bin/binti, capitalised words, no firm's word)
_TRANSLITERATED = re.compile(r"(?:拿督斯里|丹斯里|拿督|拿汀|敦|的|委任|接替|由|^|(?<=[，。；：\n]))([\u4e00-\u9fff]{2,5})"
                             r"[（(](?:(?:Datuk|Dato'?|Datin|Tan Sri|Tun|Puan|Encik|Dr\.?) )*[A-Z][a-z]+(?: (?:bin|binti|[A-Z][a-z]+)){1,4}[）)]")
_FIRM_WORDS = re.compile(r"\b(?:Bank|Berhad|Bhd|Sdn|Group|Capital|Holdings?|Securities|Insurance|Islamic|Fund|Investments?|Financial|"
                         r"Limited|Company|Corporation|Technology|Takaful|Assurance|Life)\b")
_KIN_HEAD = re.compile(rf"(?:拿督斯里|丹斯里|拿督|拿汀|敦)|(?:其)?(?:{RELATIVE}|胞妹|胞弟|胞兄|胞姐)")
_SEP = re.compile(r"、|以及|及|和|与")
_HONORIFIC = re.compile(r"(?:先生|女士)$")
_LATIN_ITEM = re.compile(_LATIN)


def post_list_names(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each person a post's list names, and of each Latin name an honorific closes."""
    for m in _LATIN_HONORIFIC.finditer(text) if "士" in text or "先生" in text else ():
        if not lex.company(m.group(1)):
            yield m.group(1), m.start(1)
    for m in _TRANSLITERATED.finditer(text) if "（" in text or "(" in text else ():
        kin = _KIN_HEAD.match(m.group(1))  # "胞妹" + the name, "委任拿督" + the name: the kin word, the honour are no part of it
        name, at = (m.group(1)[kin.end():], m.start(1) + kin.end()) if kin else (m.group(1), m.start(1))
        if len(name) >= 2 and not _FIRM_WORDS.search(m.group(0)) and not lex.company(name):
            yield name, at
    for m in _NOMINATED.finditer(text) if "的" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)
    if "、" not in text and "及" not in text and "和" not in text:
        return
    for rx in (_LIST_IS_SEAT, _SEAT_BY_LIST, _SEAT_THEN_LIST, _BODY_OF_LIST):
        for m in rx.finditer(text):
            yield from _items(text, m.start("list"), m.group("list"), lex)


def _items(text: str, at: int, run: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """The names of a list, each only if every Chinese one reads as a person's (or the list is no list of names)."""
    parts = [_HONORIFIC.sub("", p) for p in _SEP.split(run)]
    if not all(_LATIN_ITEM.fullmatch(p) or plausible_person(p, lex, cued=True) for p in parts):
        return
    for p in parts:
        at = text.find(p, at)
        yield p, at
        at += len(p)
