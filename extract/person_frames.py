"""The person cues read in a name's frame: kin words and pairs, a first-person
text's teller, an age, a post held before, a verb before or after the name,
a clause's head, a second subject, brackets of posts or stakes, a post's
approval, compound surnames and colleagues. They run after the cues of
`extract.person_cues` (the order keeps which offset a name is first seen at)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.compound_names import compound_surname_names
from extract.framed_names import framed_name, keep_framed
from extract.kinship import PAIR_KIN
from extract.lexicon import Lexicon
from extract.name_words import CJK, glued_word
from extract.persons import (
    PERSON_VERB_AFTER,
    PERSON_VERB_AFTER_RE,
    PERSON_VERB_BEFORE,
    glued_before_verb,
    name_after,
    name_despite_word,
    plausible_person,
)
from extract.relation_names import related_names
from extract.titles import straddles

#: a person's name in Latin letters filling a bracket after the Chinese one: "X（Kevin Tang）"
_LATIN_IN_BRACKETS = re.compile(r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}）")
#: after 由 and a name, the verb of taking the post, closing the clause: "(总经理一职)由P出任。"
_TAKES_IT = re.compile(r"(?:正式|将|则)?(?:出任|担任|接任|接替|继任|兼任|升任|递补|填补|补任|接掌|接手|执掌)(?:[，。；]|$)")
#: what kind of person takes a post, between 由 and the name: "一职由专业经理人P出任" (rules/post_then_holder.py too)
DESCRIBER = r"(?:资深|职业|专业|外聘)?(?:经理人|银行家|投资人|律师|会计师)"
#: after a post's 一职 and 由, a word for what kind of person takes it, before the name: "一职由专业经理人P出任"
_BY_DESCRIBED = re.compile(rf"(?:一职|职务|职位)(?:则|将|改|亦|也)?由{DESCRIBER}")
#: after 由, a unit and its head's title, then the name and the verb of taking the post ("由C2 U主任P接任", U a unit of C2)
_BY_TITLED = re.compile(rf"由[^，。；由]{{2,24}}?(?:主任|总经理|总裁|董事长|行长|总监|负责人|主席|秘书)([{CJK}]{{2,3}}?)"
                        r"(?=(?:正式|将|则)?(?:接任|出任|担任|接替|继任|兼任)(?:[，。；]|$))")
TITLE_NEXT = re.compile(r"(?:为|担任|出任)(?:新任|新一任|公司|该行)?(?:第[一二三四五六七八九十\d]+届)?(?:董事会)?(?:独立非执行|非执行|执行|独立)?(?:董事|总裁|总经理|行长|主席|首席|副)")
#: a post's qualification approved for the name before it: "同意程某担任C总经理的任职资格"
_QUALIFIED_FOR = re.compile(r"(?:担任|出任)[^，。；]{2,30}?(?:的)?任职资格")
_CLAUSE_MARK = re.compile(r"[，。；、\s]")
#: the teller of a first-person text, named in an editor's note or a credit line ("本文作者P，…", "口述：P")
_TOLD_BY = re.compile(rf"(?:本文作者|口述人?[：:／/]|讲述人?[：:]|^发件人[：:])\s*([{CJK}]{{2,3}})(?=[，,。；（()）<\s]|$)", re.M)
#: two names and the kin they are to each other: "A、B夫妇", "A与B父子" (a couple or a family holds and controls together)
_KIN_WORD = re.compile(PAIR_KIN)
_KIN_PAIR = re.compile(rf"(?:^|(?<=[，。；：\s由是为与和及的]))([{CJK}]{{2,3}}?)[、和与及]([{CJK}]{{2,3}}?)(?:{_KIN_WORD.pattern})")
#: a verb of leaving or taking a post, or of being chosen for one, that only a person is the subject of
_TAKE_OR_LEAVE = "继续担任|离任|辞任|卸任|辞职|请辞|出任|接任|升任|上任|到任|履新|接棒|获任|获委任|被选举为|被选为|当选|被任命为|被委任为"
_CHOSEN = {"被选举为", "被选为", "当选", "被任命为", "被委任为"}
#: the second of two names joined at a clause's head, then a verb of taking or leaving a post ("A和B获聘为…")
_SECOND_SUBJECT = re.compile(rf"[、和与及]([{CJK}]{{2,3}})(?=(?:已|将|正式|同时|均|都|分别)?(?:{_TAKE_OR_LEAVE}|获聘|获委任|获任))")
#: a name and a verb of its own at a clause's head, the text's start or after a clause mark (the mark is read,
#: not looked behind at: the engine then finds the marks by their letters instead of trying all at every letter)
_HEAD_NAME = re.compile(rf"([{CJK}]{{2,3}}){PERSON_VERB_AFTER}")
#: (or after a year: "2018年P加入C")
_MARK_NAME = re.compile(rf"(?:[，。；：、\s“—月日]|(?<=\d)年)([{CJK}]{{2,3}}){PERSON_VERB_AFTER}")


def _clause_head_names(text: str) -> Iterator[re.Match[str]]:
    """Matches of a name (group 1) and its verb at clause heads (no match ends on a clause mark, so none hides the next)."""
    first = _HEAD_NAME.match(text)
    if first:
        yield first
    yield from _MARK_NAME.finditer(text, first.end() if first else 0)


#: a name at a line's or clause's head, then a founder's role in brackets: "· P（联合创始人）：", "P（创始人、董事长）表示"
_NAME_THEN_ROLE = re.compile(rf"(?:^|(?<=[，。；：、\s·•\-－]))([{CJK}]{{2,3}})[（(](?:另一位|另一名|其中一位)?(?:联合)?(?:创始人|创办人)[^（）()\n]{{0,10}}[）)]", re.M)
#: a name at a clause's head, then 为/是/系 and a company's post ("P为C董事长", "P现为该行行长"): the title is
#: checked against the title spans, the company being the up to 20 letters between
_IS_POST = re.compile(rf"(?:^|(?<=[，。；：、\s]))([{CJK}]{{2,3}})(?:现|目前|仍|亦|也|则)?(?:为|是|系)", re.M)
_VERB_WEI = re.compile(r"[成作认因称视改更较列选定评升]为")
_IS_POST_GAP = re.compile(r"[^，。；、\s（）()“”]{0,20}")


#: a child named as heir ("由长子P接棒"): a substring gate for the scan after 由/其
_HEIRS = ("长子", "次子", "幼子", "独子", "长女", "次女", "幼女", "独女")
_STAKE_IN_BRACKETS = re.compile(r"(?:持股)?(?:约)?\d+(?:\.\d+)?%")
#: "X出生于1970年", "X生于…" at a clause's head
_BORN_IN = re.compile(rf"(?:^|(?<=[，。；：、\s“]))([{CJK}]{{3}})(?=(?:出生于|生于|出生在)(?:19|20)\d{{2}}年)", re.M)


def add_frame_cues(found: dict[str, int], framed: set[str], text: str, lex: Lexicon,
                   title_spans: list[tuple[int, int]]) -> None:
    """Add to `found` the names these frames say (a name already found keeps its first offset)."""
    title_at = {s for s, _e in title_spans}
    kin = list(re.finditer(r"之子|之女|之妻|之夫|之父|之母|的儿子|的女儿|的妻子|的丈夫|胞弟|胞兄|胞妹|胞姐"
                           r"|(?<![大小])(?:侄子|侄女|侄仔|姪仔|外甥|细妹|细佬|家姐)"  # (and a Cantonese column's 细妹P, 侄仔P)
                           r"|(?:^|(?<=[，,；。！\n]))其[子女妻夫弟兄妹](?=[\u4e00-\u9fff]{2,3}(?:亦|也|则|已)?(?:(?:自|于|在)?\d{4}年(?:起|开始)?)?"
                           r"(?:辞|卸|出任|担任|获|留任|接任))", text, re.M))  # "…，其子P辞任…", "。其子P自2001年起出任…"
    if any(w in text for w in _HEIRS):
        kin = sorted([*kin, *re.finditer(r"(?<=[由其])[长次幼独][子女]", text)], key=lambda m: m.start())
    for m in kin:
        name = name_after(text, m.end(), lex, strong=False)  # "董事长王某某之子王某某持有…", "由长子P接棒": a kin of a person is a person
        if name:
            found.setdefault(name, m.end())
    for m in _KIN_PAIR.finditer(text) if _KIN_WORD.search(text) else ():  # "由A、B夫妇分别持股", "A、B父子为共同实际控制人"
        for g in (1, 2):
            if plausible_person(m.group(g), lex, strong=False):
                found.setdefault(m.group(g), m.start(g))
    for m in _TOLD_BY.finditer(text) if "作者" in text or "口述" in text or "讲述" in text or "发件人" in text else ():
        if plausible_person(m.group(1), lex, strong=False):  # "（本文作者P，…）", "口述：P", "发件人：P": who tells a first-person text
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(r"(?:现年)?\d{2}岁的", text) if "岁的" in text else ():  # "52岁的沈崇峰"
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:担任|出任|任)[^，。；]{1,16}?(?:期间|任内|任上)[，,]", text):
        name = name_after(text, m.end(), lex, strong=False)  # "出任首席执行官期间，P带领…": the one who held the post
        if name:
            found.setdefault(name, m.end())
    for m in _BY_TITLED.finditer(text) if "由" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))  # "由C2 U主任P接任": a unit's head named before the verb
    for m in _BY_DESCRIBED.finditer(text) if "由" in text else ():
        if (name := name_after(text, m.end(), lex)) and _TAKES_IT.match(text, m.end() + len(name)):
            found.setdefault(name, m.end())  # T + "一职则由" + "资深银行家P出任": who the person is, told between 由 and the name
    for m in re.finditer(r"(?:一职|职务|职位)的", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(PERSON_VERB_BEFORE, text):
        if three := framed_name(text, m.end(), lex, title_at, "verb"):
            keep_framed(found, framed, text, three, m.end())  # "任命胡也平为行长"
            continue
        name = name_after(text, m.end(), lex, strong=False)
        if name and re.match(r"(?:为|担任|出任|任(?![务何期职命意])|接任|接替|接棒|接掌|接手|执掌|的|先生|女士|请辞|辞去|提出|不再担任|不再兼任|辞任|卸任|离任|主持|在|于|创办|创立|创建|联合创办|共同创办|[，,](?:正式|将|已)?(?:出任|担任)|$)", text[m.end() + len(name):m.end() + len(name) + 5]):
            found.setdefault(name, m.end())
        elif name is None and (name := name_after(text, m.end(), lex)) and (
                TITLE_NEXT.match(text, m.end() + len(name)) or _QUALIFIED_FOR.match(text, m.end() + len(name))):
            found.setdefault(name, m.end())  # "选任何嘉言为新任行长": a title after it makes an ambiguous surname a name
        elif (m.group(0) == "由" and (strong := name_after(text, m.end(), lex))
              and _TAKES_IT.match(text, m.end() + len(strong))):
            found.setdefault(strong, m.end())  # "一职由高某出任。", "由罗某某接替。": only a person takes a post so
        elif (name and len(name) == 2 and TITLE_NEXT.match(text, m.end() + 3)
              and plausible_person(c3 := text[m.end():m.end() + 3], lex, strong=False)):
            found.setdefault(c3, m.end())  # "选举周某华为董事长": 华为 is a word, but 为 + a title says the name has three letters
    # Names a leave or take verb follows, after 的 ("任职三年的韩某某离任") or a
    # successor's 接替…的 ("接替到龄退休的高某某，").
    for m in re.finditer(rf"的([{CJK}]{{2,3}})(?={_TAKE_OR_LEAVE})", text):
        for cand in (m.group(1), m.group(1)[:2]):
            verb = re.match(_TAKE_OR_LEAVE, text[m.start(1) + len(cand):])
            # being chosen for a post ("的高某某被选举为") makes even an ambiguous surname (高, 曾 …) a name
            chosen = verb is not None and verb.group(0) in _CHOSEN
            if text.startswith(cand, m.start(1)) and verb and plausible_person(cand, lex, strong=chosen):
                found.setdefault(cand, m.start(1))
                break
    for m in _NAME_THEN_ROLE.finditer(text) if "创" in text else ():
        # "· P（联合创始人）：经由X持有…": a list line's name, then who the person is in brackets
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:派出|派驻|委派|选派|指派)的([{CJK}]{{2,3}})(?=(?:继续)?(?:担任|兼任))", text) if "派" in text else ():
        # "董事长由C派出的P担任": only a person is sent to hold a post
        for cand in (m.group(1), m.group(1)[:2]):
            if re.match(r"(?:继续)?(?:担任|兼任)", text[m.start(1) + len(cand):]) and plausible_person(cand, lex, strong=False):
                found.setdefault(cand, m.start(1))
                break
    for m in re.finditer(rf"随着([{CJK}]{{2,3}}?)的(?:上任|到任|履新|就任|加入)", text):  # "随着P的上任，…"
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:接替|接任|继任)[^，。；]{{0,12}}的([{CJK}]{{2,3}})(?=[，。；、])", text):
        if plausible_person(m.group(1), lex, cued=True) or name_despite_word(m.group(1), lex, text):
            found.setdefault(m.group(1), m.start(1))
    # "X出生于1970年", "X生于…": only a person is born
    for m in _BORN_IN.finditer(text) if "生于" in text or "出生在" in text else ():  # (every match is followed by one of them)
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _clause_head_names(text):
        if three := framed_name(text, m.start(1), lex, title_at, "clause"):
            keep_framed(found, framed, text, three, m.start(1))  # "严谨之出任总经理", "李思成为副行长"
            continue
        for cand in (m.group(1), m.group(1)[:2]):
            if text.startswith(("先生", "女士"), m.start(1) + len(cand) - 1):
                continue  # "柯先生于" + a year + "…": a surname and its honorific (生于 is no verb here), not a name 唐先
            if len(cand) == 3 and glued_word(text, m.start(1) + 2) and not glued_before_verb(text, m.start(1)):
                continue  # "洪某申请辞去": 申 begins 申请, the name is two letters
            if (plausible_person(cand, lex, strong=False) and text.startswith(cand, m.start(1))
                    and PERSON_VERB_AFTER_RE.match(text, m.start(1) + len(cand))):
                found.setdefault(cand, m.start(1))
                break
    for m in _IS_POST.finditer(text):  # "P为C董事长": what holds a company's post is a person
        gap = _IS_POST_GAP.match(text, m.end())
        if _VERB_WEI.search(text, m.end(1) - 1, m.end(1) + 1):
            continue  # "李某成为公司总经理": 成为 (becomes) is a verb of its own; the name before it is another cue's
        if gap and any(t in title_at for t in range(m.end(), gap.end() + 1)) and plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _SECOND_SUBJECT.finditer(text):  # "A和B获聘为副总裁", "A、B当选为独立董事": both are people
        for ln in (3, 2):
            first = text[max(0, m.start() - ln):m.start()]
            if (len(first) == ln and (m.start() == ln or text[m.start() - ln - 1] in "，。；：“ \n" or any(e == m.start() - ln for _s, e in title_spans))
                    and plausible_person(first, lex, strong=False) and plausible_person(m.group(1), lex, strong=False, cued=len(m.group(1)) == 3)):
                found.setdefault(first, m.start() - ln)
                found.setdefault(m.group(1), m.start(1))
                break
    # A name with what it is in brackets after it: titles ("X（执行董事、首席执行官）"),
    # a stake in a list of holders ("股东A（34%）、B（22%）") or the name in Latin letters ("X（Kevin Tang）").
    for m in re.finditer(r"（(?=[^（）]{1,30}）)", text):
        inner, k = m.end(), m.start()
        if inner in title_at or _STAKE_IN_BRACKETS.match(text[inner:inner + 12]) or _LATIN_IN_BRACKETS.match(text, inner):
            for ln in (3, 2):
                cand = text[k - ln:k]
                if (len(cand) == ln and plausible_person(cand, lex, strong=False) and not lex.company(cand)
                        and not straddles(text, k - ln - 1)):
                    found.setdefault(cand, k - ln)
                    break
    for s0, e in title_spans:  # "P的" + a post + "任职资格已获核准", "P的C" + a post + "任职资格获得核准": only a person is approved for a post
        if text.startswith("任职资格", e) and (de := text.rfind("的", max(0, s0 - 15), s0)) >= 0 and not _CLAUSE_MARK.search(text, de, s0):
            for ln in (3, 2):
                cand = text[max(0, de - ln):de]
                if len(cand) == ln and plausible_person(cand, lex) and not straddles(text, de - 1 - ln):
                    found.setdefault(cand, de - ln)
                    break
    compound_surname_names(found, text, lex, title_spans)
    for m in re.finditer(rf"(?:免去|免除|罢免|任命|聘任|选举|提名|新任)([{CJK}]{{2,3}})", text):  # "免去X行长、董事职务", "聘任P为T" (P may end in 和)
        for cand in (m.group(1), m.group(1)[:2]):
            wei = text.startswith("为", m.start(1) + len(cand))
            if (wei or m.start(1) + len(cand) in title_at) and plausible_person(cand, lex, strong=False, final_stop_ok=wei):
                found.setdefault(cand, m.start(1))
                break
    for name, at in related_names(text, lex):  # "与同乡P合伙创办", "前同事P": a person's colleague is a person
        found.setdefault(name, at)
