"""People a construction names, whatever the name's letters.

A list followed by its count: "由A、B、C三人共同创立", "A和B两人", "A、B等三位".

The count of people after the names (三人, 两位) says every name of the list is a person's, as many as it
counts, so a name the other cues miss (a given name that is a common word, a surname that is also a word, 方)
is a person's too. The first name may follow the preposition the clause opens with (由, 与).

Several names, then one verb of taking a post: "A、B、C任副局长" at a clause's head: three people, each given the post
(every name must read as a person's: a surname and a given name).

A relative of someone, named after the word for the kin, who holds or controls: "剩余1%由其配偶B持有",
"其妻子B持股30%": a holder who is someone's spouse or child is a person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.kinship import RELATIVE
from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: names joined by 、/和/与/及, then their count of people ("三人", "两位", "等三人")
_COUNTED = re.compile(r"((?:[\u4e00-\u9fff]{2,5})(?:(?:、|和|与|及)[\u4e00-\u9fff]{2,4})+)(?:等)?([两二三四五六七八九十])(?:人|位)(?![民员士才工家口])")
#: the count every match of `_COUNTED` ends with: a text without one has no list to read (`_COUNTED` starts at any
#: CJK letter, so a text's scan costs a try at each; this one starts at a count's few letters)
_COUNT = re.compile(r"[两二三四五六七八九十](?:人|位)(?![民员士才工家口])")
#: a preposition or verb a clause may open with before the first name
_OPENERS = frozenset("由与和及是为被")
_SEP = re.compile(r"、|和|与|及")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def construed_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each person a construction names."""
    yield from counted_people(text, lex)
    yield from kin_people(text, lex)
    yield from kin_named_people(text, lex)
    yield from posted_list_people(text, lex)
    yield from framed_people(text, lex)


def counted_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each name of a list its count of people closes."""
    if _COUNT.search(text) is None:
        return
    for m in _COUNTED.finditer(text):
        parts = _SEP.split(m.group(1))
        if len(parts) != _COUNTS[m.group(2)]:
            continue
        starts = (1, 0, 2) if parts[0][0] in _OPENERS else (0, 1, 2)  # ("由A": 由 is a surname too, and a preposition first)
        first = next((parts[0][k:] for k in starts if len(parts[0]) - k >= 2 and plausible_person(parts[0][k:], lex)), None)
        if first is None or not all(plausible_person(p, lex) for p in parts[1:]):
            continue
        at = m.start(1) + len(parts[0]) - len(first)
        for p in (first, *parts[1:]):
            at = text.find(p, at)
            yield p, at
            at += len(p)


#: the kin written as one letter, only after 其 where it can be nothing but the kin: 其妻, 其弟, 其兄, 其女
#: (其子 not before 公司: "其子公司" is its subsidiary)
_KIN_LETTER = "(?:[妻夫弟兄姐妹女]|子(?!公司))"
#: a kin word after 其/的, a name, then a holding verb ("由其配偶B持有", "其女儿B持股")
_KIN_HOLDER = re.compile(rf"(?:其|的)(?:{RELATIVE}|配偶|夫人|母亲|父亲|(?<=其){_KIN_LETTER})([\u4e00-\u9fff]{{2,3}}?)(?=持有|持股|出资|控制|代持|名下)")


def kin_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each relative named before a holding verb."""
    if "其" not in text and "的" not in text:
        return
    for m in _KIN_HOLDER.finditer(text):
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)


#: a kin word opening a clause or a list's item, then a name: "董事包括A、其妻B，以及长子C", "次女D则于…出任…"
#: (其妻, 其夫: the bare letter only after 其, where it can be nothing but the kin)
#: (or after 的, the kin of someone named: "P的外孙Q现任…"; after 为/是 or a verb of taking over: "前身为其外祖父Q开办的C",
#: "接替伯父Q出任T")
#: (or a family firm's generation: "第二代P1998年接任董事经理", "家族第三代P出任…": the heir of the founder named before)
_GENERATION = r"(?<!家族)(?:家族)?第[二三四五]代(?:传人|接班人)?|(?<![一-龥])[二三]代传人"
_KIN_NAMED = re.compile(rf"(?:^|(?<=[，,、；;。：:\n的为是由])|(?<=以及|接替|接任|接棒)|(?<=及|和|与))(?:其)?(?:{RELATIVE}|(?<=其){_KIN_LETTER}|{_GENERATION})"
                        r"([\u4e00-\u9fff]{2,3})")
#: the kin word every match of `_KIN_NAMED` holds: its scan (lookbehinds first, no fixed first letter) only where one stands
_KIN_WORD = re.compile(rf"{RELATIVE}|其{_KIN_LETTER}|第[二三四五]代|代传人")
#: what may follow a name: a clause's end, a list's joint, or the first letter of a verb or adverb of a post
#: the first letters of the adverbs that follow a name: 现任, 目前, 则, 亦, 也, 已, 曾
_ADVERB_FIRST = frozenset("现目则亦也已曾")
#: a courtesy word right after a name ("由其长女B女士接任"): the name ends before it
_HONORIFICS = ("女士", "先生")
_AFTER_NAME = frozenset("，,、；;。（(及和与现目则于出任担为是亦也已曾持获接兼0123456789")  # (目: 目前; a digit: a year, "长子P2019年出任")


def kin_named_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each person named right after a kin word that opens a clause or a list's item: the word
    says the name is a person's, a relative of someone the story names (the name is no part of the word)."""
    if _KIN_WORD.search(text) is None:
        return
    for m in _KIN_NAMED.finditer(text):
        run = m.group(1)
        for n in (3, 2):
            name = run[:n]
            if n == 3 and name[2:] in _ADVERB_FIRST:
                continue  # "儿子B现任…": 现 opens what B does, not the third letter of B's name
            polite = text.startswith(_HONORIFICS, m.start(1) + n)  # (the kin word and 女士 fix both ends: 以 may be inside)
            if len(name) == n and (text[m.start(1) + n:m.start(1) + n + 1] in _AFTER_NAME or polite) \
                    and plausible_person(name, lex, cued=True, bounded=polite):
                yield name, m.start(1)
                break


#: at a clause's head, names joined by 、 (and a last 和/及), then the verb of a post and its title: "A、B、C任副局长"
_POSTED_LIST = re.compile(r"(?:^|(?<=[。；：，\n]))([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+(?:(?:和|及)[\u4e00-\u9fff]{2,3})?)(?:分别|均)?(?:任|担任|出任)(?=[\u4e00-\u9fff])")
#: the end every match of `_POSTED_LIST` holds, from its last 、 on: it starts at a fixed letter, so a text without one
#: costs one quick scan instead of `_POSTED_LIST`'s try at every clause's head
_POSTED_LIST_END = re.compile(r"、[\u4e00-\u9fff]{2,3}(?:(?:和|及)[\u4e00-\u9fff]{2,3})?(?:分别|均)?(?:任|担任|出任)")


def posted_list_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each name of a list that takes a post."""
    if _POSTED_LIST_END.search(text) is None:
        return
    for m in _POSTED_LIST.finditer(text):
        parts = _SEP.split(m.group(1))
        if all(plausible_person(p, lex) for p in parts):
            at = m.start(1)
            for p in parts:
                at = text.find(p, at)
                yield p, at
                at += len(p)


#: a name opening a paragraph or a sentence, then the speech it gives at an event ("P致辞时表示", "P在会上讲话时说"): a
#: speaker, so a person, however its first letter also reads as a word (何, 于, 高)
_SPEECH = re.compile(r"(?:^|(?<=[。！？\n]))[ \t\u3000]*([\u4e00-\u9fff]{3})(?=(?:(?:在|于)[\u4e00-\u9fff]{1,10}?)?(?:致辞|致词|讲话)时?(?:表示|指出|说|称|透露|强调|介绍))", re.M)
#: a profile's label, then the name it is of and a comma ("人物简介：P，C" + posts; "个人简历：P，男，…")
_PROFILED = re.compile(r"(?:人物|个人)?(?:简介|简历|小传)[：:][ \t\u3000]*([\u4e00-\u9fff]{2,3})(?=[，,])")
#: each frame that says the name in it is a person's, with the words one of which a text must hold for it to be tried
_FRAMES = ((("致辞", "致词", "讲话"), _SPEECH), (("简介", "简历", "小传"), _PROFILED))


def framed_people(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, position) of each speaker a sentence opens with and each person a profile's label names."""
    for words, frame in _FRAMES:
        if any(w in text for w in words):
            for m in frame.finditer(text):
                if plausible_person(m.group(1), lex, cued=True):
                    yield m.group(1), m.start(1)
