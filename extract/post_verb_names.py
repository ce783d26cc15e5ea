"""Names the inventory would miss, found by what stands on both sides of them: a verb
of appointing before and a company after ("核准孙某某" + "C总经理的任职资格"), a company
before and a verb of taking or leaving a post after ("C王某某卸任董事长"), a line's start
before and 任 + a company after ("P任C董事长；"). `extract.inventory` adds them.
"""

from __future__ import annotations

import bisect
import re

from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.persons import plausible_person, qualification_follows

#: right after a company, a name then a verb of taking or leaving a post ("C王某某卸任董事长")
_NAME_BEFORE_POST_VERB = re.compile(rf"([{CJK}]{{2,3}}?)((?:已|正式|将)?(?:卸任|辞任|辞去|请辞|离任|出任|接任|升任))")


#: a verb of appointing or approving someone, then a name, right before a company ("核准孙某某" + "C总经理的任职资格")
_APPOINTED_NAME = re.compile(rf"(?:核准|任命|委任|聘任|聘请|提名|选举|选任|免去|免除|罢免)了?([{CJK}]{{2,3}})$")  # ("免去P北林银行行长职务")
#: the next name of a list a verb of appointing opens: "核准A、B C副行长的任职资格", "核准A C1 T1、B C2 T2的…"
#: the same before the word for the company in focus: "核准孙某某" + "该行行长的任职资格", "聘任孙某某公司副总裁"
_APPOINTED_BEFORE_SELF = re.compile(rf"(?:核准|任命|委任|聘任|聘请|选举|选任)了?([{CJK}]{{2,3}}?)(?=(?:该|本)?(?:行|公司)(?:的)?[^，。；]{{0,8}}?(?:董事|总裁|总经理|行长|主席|首席|秘书|监事))")
_LISTED_NAME = re.compile(rf"(?:核准|任命|委任|聘任|聘请|提名|选举|选任)了?(?P<before>[^，。；：]{{2,36}}?)、([{CJK}]{{2,3}})$")


def names_before_companies(text: str, company_starts: list[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"核准孙某某华瑞人寿总经理的任职资格": the name between a verb of
    appointing and a company is the person appointed there."""
    found: list[tuple[str, int]] = []
    for s0 in company_starts:
        m = _APPOINTED_NAME.search(text, max(0, s0 - 6), s0)
        listed = None if m else _LISTED_NAME.search(text, max(0, s0 - 45), s0)
        if listed:  # the names before it too, when the list holds only names ("核准A、B C…")
            names = listed.group("before").split("、")
            if all(plausible_person(n, lex, strong=False) for n in names):
                at = listed.start("before")
                for n in names:
                    found.append((n, at))
                    at += len(n) + 1
            m = listed
        if m:
            name = m.group(m.lastindex or 1)
            strong = qualification_follows(text, s0)  # "核准P C T任职资格": only a person is approved for a post
            for cand in (name, name[-2:]):
                if text.startswith(cand, s0 - len(cand)) and plausible_person(cand, lex, strong=strong, bounded=strong and len(cand) == 3):
                    found.append((cand, s0 - len(cand)))
                    break
            else:
                continue
            listed = _APPOINTED_BARE_LIST.search(text, max(0, s0 - 44), s0 - len(found[-1][0]))
            if listed:  # "核准A、B C副行长的任职资格": the names listed before the last are people too
                at = listed.start("names")
                for cand in listed.group("names").split("、"):
                    if plausible_person(cand, lex, strong=False):
                        found.append((cand, at))
                    at += len(cand) + 1
    if "该行" in text or "本行" in text or "公司" in text:
        found += [(m.group(1), m.start(1)) for m in _APPOINTED_BEFORE_SELF.finditer(text)
                  if plausible_person(m.group(1), lex, strong=False)]
    return found


#: names alone listed after a verb of appointing, up to the last one before a company ("核准A、B、" + "C C副行长")
_APPOINTED_BARE_LIST = re.compile(rf"(?:核准|任命|委任|聘任|选举)(?P<names>[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{0,4}})、$")


def names_before_post_verbs(text: str, company_ends: list[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"继C王某某卸任董事长之后": a name between a company (ending at one of
    `company_ends`) and a verb of taking or leaving a post, with its offset."""
    found: list[tuple[str, int]] = []
    for e0 in company_ends:
        after = _NAME_BEFORE_POST_VERB.match(text, e0)
        if after:
            for cand in (after.group(1), after.group(1)[:2]):
                if text.startswith(cand + after.group(2), e0) and plausible_person(cand, lex, strong=False):
                    found.append((cand, e0))
                    break
    return found


#: what a clause opens after: a line's start, a stop, a comma, a colon
_CLAUSE_OPENERS = frozenset("\n。；，：;")
#: adverbs that go with 任 ("曾任", "现任", "兼任"): the letter before 任 is then no name's last
_ADVERBS_BEFORE_REN = frozenset("仍现曾再又并兼继留已均另亦也改转调升出担拟将新暂")


def names_opening_post_lines(text: str, company_starts: list[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"P任C董事长；": a notice of appointments writes one line a person, the name opening the line (or clause)
    and 任 (takes the post of) before the company. Line start and 任 bound the name on both sides, so a name
    whose last letter is also a function word (苗清和) stands."""
    found: list[tuple[str, int]] = []
    for s0 in company_starts:
        if text[s0 - 1:s0] != "任":
            continue
        for n in (3, 2):
            st = s0 - 1 - n
            if text[s0 - 2] in _ADVERBS_BEFORE_REN:
                break  # "P曾任C…", "P现任C…": an adverb and 任, the name before the adverb (found by other readers)
            if st >= 0 and (st == 0 or text[st - 1] in _CLAUSE_OPENERS) and plausible_person(
                    text[st:s0 - 1], lex, strong=False, bounded=True):
                found.append((text[st:s0 - 1], st))
                break
    return found


#: a roster's line: a name opening the line, then a dash, then the person's posts ("P——T兼T。")
_DASH_ROW = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]*(?:——|—|－－|--|–)[ \t\u3000]*", re.M)


def names_opening_dash_rows(text: str, title_starts: set[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"P——T兼T。": an offering document's or an annual report's roster writes one line a person, the
    name, a dash, then the posts; the line's start and the dash bound the name, a post right after says it is one."""
    if "—" not in text and "－－" not in text and "--" not in text:
        return []
    return [(m.group("name"), m.start("name")) for m in _DASH_ROW.finditer(text)
            if m.end() in title_starts and plausible_person(m.group("name"), lex, strong=False, bounded=True)]


#: a Latin name alone at a line's head, then a bracket ("Latin Name（T）"): a roster's line
_LATIN_ROW = re.compile(r"^[ \t\u3000]*(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[ \t\u3000]*[（(](?P<inside>[^（）()\n]{2,30})[）)][ \t\u3000]*$", re.M)


#: the last word of a post a title list may not hold ("华东区仓储主管", "数据合规顾问")
_POST_END = re.compile(r"(?:主管|总监|经理|董事|主席|总裁|行长|秘书|顾问|合伙人|负责人|主任|官)$")


def latin_names_over_posts(text: str, title_spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """"Latin Name（T）": a line of a roster that is a Latin name and, in brackets, a post held — a
    listing document names a foreign director so, under the Chinese ones; the post in the bracket says it is a person."""
    if "（" not in text and "(" not in text:
        return []
    starts = [a for a, _b in title_spans]
    found = []
    for m in _LATIN_ROW.finditer(text):
        lo, hi = m.start("inside"), m.end("inside")
        if _POST_END.search(m.group("inside")) or starts[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
            found.append((m.group("name"), m.start("name")))
    return found
