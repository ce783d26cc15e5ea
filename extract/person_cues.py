"""The cues that find person names in an article: after a title, before
an honorific, as the subject or object of a verb only a person takes (出任,
辞去, 任命 …), in a résumé's head, in lists of appointees or founders, in
brackets with their posts or stakes, framed by a title and a person's verb.
What a name may be is `extract.persons`'s; a name a frame finds even when
its letters read as words is `extract.framed_names`'s; the names beside a
title (under it, on a résumé's heading line) are `extract.title_names`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.compound_names import compound_surname_names
from extract.framed_names import drop_framed_halves, framed_name, keep_framed
from extract.kinship import PAIR_KIN, RELATIVE
from extract.layout_names import layout_names
from extract.lexicon import Lexicon
from extract.name_words import CJK, glued_word
from extract.persons import (
    PERSON_HONORIFIC,
    PERSON_VERB_AFTER,
    PERSON_VERB_AFTER_RE,
    PERSON_VERB_BEFORE,
    cut_from_word_before,
    glued_before_verb,
    name_after,
    name_despite_word,
    plausible_person,
)
from extract.relation_names import related_names
from extract.table_names import holder_cells
from extract.title_names import add_listed, names_at_titles
from extract.titles import straddles
from extract.vote_tables import vote_rows

#: a person's name in Latin letters filling a bracket after the Chinese one: "X（Kevin Tang）"
_LATIN_IN_BRACKETS = re.compile(r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}）")

#: after 由 and a name, the verb of taking the post, closing the clause: "(总经理一职)由P出任。"
_TAKES_IT = re.compile(r"(?:正式|将|则)?(?:出任|担任|接任|接替|继任|兼任|升任|递补|填补|补任|接掌|接手|执掌)(?:[，。；]|$)")

#: a name opening a clause, then the verb of winning a seat and the post ("陈某获选为独立董事", "王某当选董事长")
_WINS_SEAT = re.compile(rf"(?:^|(?<=[，。；：\s]))([{CJK}]{{2,3}}?)(?:获选|当选|获委任|获任命|获聘)为?(?=[^，。；]{{0,12}}?(?:董事|监事|主席|行长|总裁|总经理|首席))", re.M)
_TITLE_NEXT = re.compile(r"(?:为|担任|出任)(?:新任|新一任|公司|该行)?(?:第[一二三四五六七八九十\d]+届)?(?:董事会)?(?:独立非执行|非执行|执行|独立)?(?:董事|总裁|总经理|行长|主席|首席|副)")


#: a name set off by a comma at a sentence's head, then the verb of a résumé ("王某某，现任C董事长"): only a person has posts
#: a résumé's item between a name and its posts: "王某某，1970年出生，硕士研究生学历，现任…"
_RESUME_ITEM = r"(?:男|女|汉族|中共党员|[^，。；]{0,12}?(?:出生|生人|学历|学位|国籍|籍贯|毕业|党员|经济师|会计师|研究生|硕士|博士|MBA))"
_NAME_THEN_CAREER = re.compile(
    rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})，(?:{_RESUME_ITEM}，){{0,3}}(?:现任|曾任|历任|先后任|先后担任|曾先后担任|此前任|此前担任|目前担任|现担任|现为|曾为|自\d{{4}}年|(?:此前|之前|早年)?曾(?:在|就职于|任职于)|早年(?:在|就职于|任职于))", re.M)
#: a name opening a sentence, a comma, then a clause that ends in a founder's word or holds a title ("P，C联合创始人、…")
_NAME_THEN_POST = re.compile(rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})，([^，。；]{{2,16}}?(?:联合创始人|创始人|创办人)|[^，。；]{{2,24}}(?=[，。；]|$))", re.M)
#: "王某某是/为C的创始人": a name whose clause calls it a founder (a company founds nothing in these words)
_NAME_IS_FOUNDER = re.compile(
    rf"(?:^|(?<=[，。；！\n]))([{CJK}]{{2,3}})(?:是|为|系)[^，。；]{{0,40}}?(?:联合创始人|创始人|创办人)", re.M)
#: "王某某通过北林投资间接控制C": a name at a clause's head that holds or controls through something
_HOLDS_THROUGH = re.compile(rf"(?:^|(?<=[，。；：\n]))([{CJK}]{{2,3}}?)((?:曾|已|则|也|还|一直|主要)?(?:通过|透过))[^，。；]{{2,20}}?(?:间接|直接)?(?:控制|持有|持股|控股)", re.M)
#: a holder and its parties acting in concert: "P及其一致行动人", "A与其一致行动人P" (a name after it is one of them),
#: or the companies it controls: "P及其控制的B"
_CONCERT_PARTY = re.compile(rf"([{CJK}]{{2,3}}?)((?:及其|与其|和其|及|与)一致行[动動]人|(?:及其|与其|和其)(?:所)?控制的)")
#: "C由P实际控制", "C由P最终控制": the controller of a company, named right after 由 (the name ends where the adverb begins)
_CONTROLLED_BY_NAME = re.compile(rf"由([{CJK}]{{2,4}}?)(?:最终|实际)(?:控制|控股)")
#: who a founder is, said before the name: "由资深媒体人A创办", "由连续创业者A创立", "由前某银行风控专家A与某大学副教授B共同创立"
#: (a school and its faculty before a title: "某大学计算机学院副教授")
_DESCRIBED = (rf"[{CJK}]{{1,12}}?(?:媒体人|投资人|创始人|合伙人|创业者|企业家|工程师|科学家|律师|银行家|经济学家|教授|博士|专家|高管|学者|分析师"
              r"|研究员|从业者|老兵|校友|董事长|总裁|总经理|行长|主席)")
#: a dash after a title, perhaps with who the person is, then the name: "董事长——民营企业家P"
_DASH_THEN = re.compile(rf"(?:——|—)(?:[{CJK}]{{0,6}}?(?:企业家|银行家|创始人|掌门人|老将|老兵))?")
#: a post's qualification approved for the name before it: "同意程某担任C总经理的任职资格"
_QUALIFIED_FOR = re.compile(r"(?:担任|出任)[^，。；]{2,30}?(?:的)?任职资格")
#: names listed after a verb of appointing, before the post: "聘任A、B为副行长", "选举A和B为董事", "聘任P为行长，A、B为副行长"
_APPOINTED_LIST = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|选任|同意)(?:[{CJK}]{{2,3}}为[^，。；、]{{2,16}}?，)??(?P<names>[{CJK}]{{2,3}}(?:[、和及与][{CJK}]{{2,3}}){{1,5}})(?:等人|等)?(?:为|担任|出任)")
#: a name after the first name-and-post of a verb of appointing: "聘任A为副行长、B为首席风险官"
_NEXT_APPOINTED = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|推举|选任)[{CJK}]{{2,3}}为[^，。；、]{{2,16}}?[、，]([{CJK}]{{2,3}})(?=为)")
#: a count of people with posts, then their names: "新聘两名副总裁，分别是A和B"
_COUNTED_NAMES = re.compile(r"[一二两三四五六七八九十\d](?:名|位)[^，。；]{1,12}[，,：:]?(?:分别|依次)(?:是|为)"
                            r"(?P<names>[^，。；]{2,60}?)(?=[，。；]|$)")
#: "由A和B共同创立", "由A和B在杭州共同创立", "由我和B在2015年创办": the people a company was founded by, each perhaps described before the name
_FOUNDER_ITEM = rf"(?:{_DESCRIBED})?[{CJK}]{{2,3}}"
_FOUNDERS_BY = re.compile(rf"由(?P<names>(?:我|{_FOUNDER_ITEM})(?:[、和与及]{_FOUNDER_ITEM}){{0,4}})(?:等人|等)?(?:[于在][^，。；]{{2,12}}?)?"
                          rf"(?:在[{CJK}]{{2,4}}?)?(?:共同|联合|一手)?(?:创立|创办|创建|发起设立|发起成立|出资设立)")
#: "A和B一起创办C", "我和B在2015年共同创立…": a list of people before the verb of founding together
_JOINT_FOUNDERS = re.compile(rf"(?P<names>(?:我|[{CJK}]{{2,3}})(?:[、和与及][{CJK}]{{2,3}}){{1,4}})(?:[于在][^，。；]{{2,12}}?)?(?:一起|共同|合伙|联合)(?:创立|创办|创建)")
#: "把首席执行官交给了P", "把董事长一职交棒给P": the person a post is handed to
_HANDED_TO = re.compile(rf"(?:把|将)[^，。；]{{1,14}}?(?:交给|交棒给|交班给|传给|让给|移交给)了?"
                        rf"(?:其|自己的|他的|她的)?(?:{RELATIVE})?([{CJK}]{{2,3}})(?=[，。；！？\n—]|$)", re.M)  # ("交给了P——他是…": an aside)
_CLAUSE_MARK = re.compile(r"[，。；、\s]")
#: the teller of a first-person text, named in an editor's note or a credit line ("本文作者P，…", "口述：P")
_TOLD_BY = re.compile(rf"(?:本文作者|口述人?[：:／/]|讲述人?[：:])\s*([{CJK}]{{2,3}})(?=[，,。；（()）\s]|$)")
#: the word for a predecessor right before a name ("其前任P", "B的前任是P"), or 从 before a name that hands a post on ("从P手中接过")
#: (a kin word before the one who hands a post on, that one's post after the name: "从父亲A手中接下", "从A董事长手中接过")
_HANDS_OF = r"(?:的)?(?:董事长|总经理|总裁|行长|主席|会长)?(?:手中|手里)(?:接过|接下|接手)"
_BEFORE_THEM = re.compile(r"(?:前任|上一任)(?:是|为)?|从(?:父亲|母亲|岳父|叔叔|伯父|哥哥|姐姐)?(?=[\u4e00-\u9fff]{2,3}" + _HANDS_OF + ")")
_TAKES_FROM = re.compile(rf"(?:^|(?<=[，。；！\n]|的))([{CJK}]{{2,3}})(?:正式)?从(?:父亲|母亲|岳父|叔叔|伯父|哥哥|姐姐)?[{CJK}]{{2,3}}{_HANDS_OF}", re.M)
_FOUNDED_TOGETHER = re.compile(r"(?:一起|共同|合伙|联合)(?:创立|创办|创建)")
_FOUNDER_NAME = re.compile(rf"(?:^|(?<=[、和与及]))(?:{_DESCRIBED})?(?P<name>[{CJK}]{{2,3}})(?=[、和与及]|$)")
#: "创始人之一、前北林银行高管A表示": a founder described before the name
_FOUNDER_DESCRIBED = re.compile(rf"(?:创始人|创办人)(?:之一)?[、，](?:{_DESCRIBED})(?P<name>[{CJK}]{{2,3}})(?=[，,表称说认指])")
#: two names and the kin they are to each other: "A、B夫妇", "A与B父子" (a couple or a family holds and controls together)
_KIN_WORD = re.compile(PAIR_KIN)
_KIN_PAIR = re.compile(rf"(?:^|(?<=[，。；：\s由是为与和及]))([{CJK}]{{2,3}}?)[、和与及]([{CJK}]{{2,3}}?)(?:{_KIN_WORD.pattern})")
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



def _add_name_before(found: dict[str, int], text: str, m: re.Match[str], follow: str, lex: Lexicon) -> None:
    """The name of three letters or of two that `m`'s first group begins, the
    one `follow` comes right after: "陈某远，现任…" or "张伟，现任…"."""
    for cand in (m.group(1), m.group(1)[:2]):
        if text.startswith(cand + follow, m.start(1)) and plausible_person(cand, lex, strong=False):
            found.setdefault(cand, m.start(1))
            return


#: the verbs of leaving a post, any one of which a clause of leaving needs: without one that scan is skipped
_LEAVES = re.compile(r"辞|卸任|不再担任|离任|离职|退休")

#: a title, 为/是, a company (its kind ending it) and 的, then the holder: "新任董事长为C的P"
_POST_IS_OF = re.compile(r"(?:为|是)[^，。；、\n]{2,30}?(?:公司|银行|集团|人寿|财险|证券|基金|信托|保险)的")

#: a post (its title just read) that passes from one holder to another: "董事长由A变更为B", "法定代表人、董事长已由A变更为B"
_POST_CHANGED = re.compile(r"(?:[、和及]\S{2,6}?)?(?:一职|职务)?(?:已|将)?(由)")
_CHANGED_INTO = re.compile(r"(?:变更为|变为|更换为|更改为)(?:现任|新任)?")

#: the people a corporate director sends to the board, in brackets after it: "X公司（代表人：A、B）"
_REPRESENTATIVES = re.compile(rf"[（(]代表人[：:]?(?P<names>[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{0,5}})[）)]")
#: the seats of a board and the list that won them: "独立董事由A、B、C当选" (the list holds names only)
_ELECTED_LIST = re.compile(rf"(?:董事|监事)(?:[一二三四五六七八九十\d]+席)?由(?P<names>[{CJK}]{{2,3}}(?:[、和及][{CJK}]{{2,3}}){{1,8}})(?:当选|當選)")

#: a child named as heir ("由长子P接棒"): a substring gate for the scan after 由/其
_HEIRS = ("长子", "次子", "幼子", "独子", "长女", "次女", "幼女", "独女")


_STAKE_IN_BRACKETS = re.compile(r"(?:持股)?(?:约)?\d+(?:\.\d+)?%")


_IS_AFTER = re.compile(r"(?:均|都|则|将)?(?:为|是|由|的)")


#: "X出生于1970年", "X生于…" at a clause's head
_BORN_IN = re.compile(rf"(?:^|(?<=[，。；：、\s“]))([{CJK}]{{3}})(?=(?:出生于|生于|出生在)(?:19|20)\d{{2}}年)", re.M)


def find_person_names(text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> dict[str, int]:
    """Person names the article introduces, with the offset where first seen."""
    found: dict[str, int] = {}
    framed: set[str] = set()
    title_at = {s for s, _e in title_spans}
    names_at_titles(found, framed, text, lex, title_spans)
    for m in PERSON_HONORIFIC.finditer(text):
        for ln in (3, 2):
            cand = text[m.start() - ln:m.start()]
            if ln == 3 and cut_from_word_before(text, m.start() - 3, title_spans):
                continue  # "聘任杨某女士", "首席风险官郑某先生": the first letter ends the verb or title before
            if len(cand) == ln and plausible_person(cand, lex, cued=ln == 3):  # "许家玮先生": 许家 is a word, the honorific says all three are a name
                found.setdefault(cand, m.start() - ln)
                break
    for _s, e in title_spans:
        m = _POST_IS_OF.match(text, e) or _IS_AFTER.match(text[e:e + 3])
        if m:
            name = name_after(text, m.end() if m.re is _POST_IS_OF else e + m.end(), lex)
            if name:
                found.setdefault(name, m.end() if m.re is _POST_IS_OF else e + m.end())
    for _s, e in title_spans if "—" in text else ():  # "新任董事长——民营企业家P——": a name set off by a dash after a title
        if (m := _DASH_THEN.match(text, e)) and (name := name_after(text, m.end(), lex)):
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东|股东之一的|创始人|联合创始人|发起人|创办人|负责人|掌门人|企业家|银行家)(?:均|都|也|则|已|将)?(?:不再)?(?:变更为|变为|由|为|是|——|—)?", text):
        name = name_after(text, m.end(), lex)
        if (not name or len(name) == 2) and (three := framed_name(text, m.end(), lex, title_at, "title")):
            keep_framed(found, framed, text, three, m.end())  # "由联合创始人严谨之接任": a founder is named like a title's holder
        elif name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东)(?:已|将)?由[^，。；]{2,12}?(?:变更为|变为)", text):  # the new one
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for _s, e in title_spans if "由" in text and "为" in text else ():  # "董事长由A变更为B": a post changes from a person to a person
        if (m := _POST_CHANGED.match(text, e)) and (old := name_after(text, m.end(1), lex, strong=False)) and text.startswith(old, m.end(1)) and (
                turn := _CHANGED_INTO.match(text, m.end(1) + len(old))):
            found.setdefault(old, m.end(1))
            name = name_after(text, turn.end(), lex, strong=False)
            if (not name or len(name) == 2) and (three := framed_name(text, turn.end(), lex, title_at, "changed")):
                keep_framed(found, framed, text, three, turn.end())  # "…变更为韩亦凡，": 亦 is a letter of the name
            elif name:
                found.setdefault(name, turn.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s]))([{CJK}]{{2,3}})(?:已|将|因|基于|由于)[^，。；]{{0,10}}?(?:辞任|辞去|辞职|卸任|不再担任|离任|离职|请辞|退休)", text, re.M) if _LEAVES.search(text) else ():
        for cand in (m.group(1), m.group(1)[:2]):
            if plausible_person(cand, lex, strong=False) and text[m.start(1) + len(cand)] in "已将因基由":
                found.setdefault(cand, m.start(1))
                break
    for m in _WINS_SEAT.finditer(text) if "获" in text or "当选" in text else ():  # "P获选为独立董事": a clause opening on who won a seat
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _NEXT_APPOINTED.finditer(text):  # "聘任A为副行长、B为首席风险官": the next pair after one verb
        if _TITLE_NEXT.match(text, m.end(1)) and plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _APPOINTED_LIST.finditer(text):  # "聘任A、B为副行长": a list of names after a verb of appointing
        add_listed(found, text, m, lex)
    for m in (*_REPRESENTATIVES.finditer(text), *_ELECTED_LIST.finditer(text)) if "代表人" in text or "当选" in text else ():
        add_listed(found, text, m, lex)  # "X公司（代表人：A、B）", "独立董事由A、B、C当选": only people sit for a company, or win a seat
    for m in _COUNTED_NAMES.finditer(text):  # "聘任三名副总经理，分别为A、B和C": the members of the count are people
        add_listed(found, text, m, lex)  # an item with more than a name is a title's (原C副总经理P)
    for m in _NAME_THEN_CAREER.finditer(text):
        _add_name_before(found, text, m, "，", lex)
    title_starts = {s0 for s0, _e in title_spans}
    for m in _NAME_THEN_POST.finditer(text):  # "王某某，北林科技联合创始人、首席技术官，…": an apposition of posts
        if "创" in m.group(2) or any(t in title_starts for t in range(m.end(1) + 1, m.end())):
            _add_name_before(found, text, m, "，", lex)
    for m in _FOUNDERS_BY.finditer(text):
        for item in _FOUNDER_NAME.finditer(m.group("names")):
            at = m.start("names") + item.start("name")
            if plausible_person(item.group("name"), lex, strong=False):
                found.setdefault(item.group("name"), at)
            elif len(item.group("name")) == 3 and (three := framed_name(text, at, lex, title_at, "founders")):
                keep_framed(found, framed, text, three, at)  # "由A和温以宁共同创立": 以 is a letter of the name
    for m in _BEFORE_THEM.finditer(text) if "前任" in text or "上一任" in text or "手中" in text or "手里" in text else ():
        if name := name_after(text, m.end(), lex):
            found.setdefault(name, m.end())  # "其前任周明远", "从周明远手中接过": the one who held the post before
    for name, at in layout_names(text, lex):  # rosters, forms, brackets, headings: the layout says a name
        found.setdefault(name, at)
    for m in _TAKES_FROM.finditer(text) if "手中" in text or "手里" in text else ():
        if plausible_person(m.group(1), lex):
            found.setdefault(m.group(1), m.start(1))  # "吴启航从P手中接过": the one who takes it
    for m in _HANDED_TO.finditer(text) if "给" in text else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _JOINT_FOUNDERS.finditer(text) if _FOUNDED_TOGETHER.search(text) else ():
        add_listed(found, text, m, lex)
    for m in _FOUNDER_DESCRIBED.finditer(text):
        if plausible_person(m.group("name"), lex, strong=False):
            found.setdefault(m.group("name"), m.start("name"))
    for m in _HOLDS_THROUGH.finditer(text) if "通过" in text or "透过" in text else ():
        _add_name_before(found, text, m, m.group(2), lex)
    if "一致行" in text or "其控制的" in text or "其所控制的" in text:  # "P及其一致行动人…", "A与其一致行动人P…", "P及其(所)控制的B…"
        for m in _CONCERT_PARTY.finditer(text):
            for cand in (m.group(1), m.group(1)[:2]):
                if cand and text.startswith(cand + m.group(2), m.start(1)) and plausible_person(cand, lex, strong=False):
                    found.setdefault(cand, m.start(1))
                    break
            if m.group(2).endswith("控制的"):
                continue  # what P controls is a company
            name = name_after(text, m.end(), lex, strong=False)
            if name and re.match(r"(?:合计|共同|合共|分别|[、和及与，,])", text[m.end() + len(name):m.end() + len(name) + 2]):
                found.setdefault(name, m.end())
    for m in _CONTROLLED_BY_NAME.finditer(text):  # "C由P实际控制": only a person or a company controls, and P is no company
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(r"自然人(?:股东)?", text):  # "交易对方为A和自然人P": a natural person is a person
        name = name_after(text, m.end(), lex, strong=False)
        if name:
            found.setdefault(name, m.end())
    for m in _NAME_IS_FOUNDER.finditer(text) if "创始人" in text or "创办人" in text else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:^|(?<=[。；！\n\s：:]))([{CJK}]{{2,3}})[，,](?:男|女)[，,](?P<bio>[{CJK}]{{1,4}}族[，,]|\d{{4}}年)?", text, re.M) if "男" in text or "女" in text else ():
        if plausible_person(m.group(1), lex, strong=bool(m["bio"]), final_stop_ok=True):  # a résumé, a party ("原告：P，男，…"); the comma closes a name in 和 (with a people or a birth year next, 石 and 常 open names)
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:分割|过户|登记|划转)(?:至|到|给)([{CJK}]{{2,3}})名下", text) if "名下" in text else ():
        if plausible_person(m.group(1), lex, strong=False, final_stop_ok=True):  # "…股份分割至P名下": shares in P's name
            found.setdefault(m.group(1), m.start(1))
    for name, at, headed in holder_cells(text):  # "股东名称 | 持股比例" … "周明远 | 2.00%": the holder column's short names
        if plausible_person(name, lex, strong=False, final_stop_ok=True) or (headed and plausible_person(name, lex, cued=True)):
            found.setdefault(name, at)
    for row in vote_rows(text):  # "候选人 | 得票数 | 是否当选" … "王某 | 2,105,337,220 | 是": the candidates' column
        if plausible_person(row.name, lex, strong=False, final_stop_ok=True):
            found.setdefault(row.name, row.at)
    kin = list(re.finditer(r"之子|之女|之妻|之夫|之父|之母|的儿子|的女儿|的妻子|的丈夫|胞弟|胞兄|胞妹|胞姐"
                           r"|(?<![大小])(?:侄子|侄女|侄仔|姪仔|外甥|细妹|细佬|家姐)"  # (and a Cantonese column's 细妹P, 侄仔P)
                           r"|(?<=[，,；])其[子女妻夫弟兄妹](?=[\u4e00-\u9fff]{2,3}(?:亦|也|则|已)?(?:辞|卸|出任|担任|获|留任|接任))", text))  # "…，其子P辞任…"
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
    for m in _TOLD_BY.finditer(text) if "作者" in text or "口述" in text or "讲述" in text else ():
        if plausible_person(m.group(1), lex, strong=False):  # "（本文作者P，…）", "口述：P": who tells a first-person text
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(r"(?:现年)?\d{2}岁的", text) if "岁的" in text else ():  # "52岁的沈崇峰"
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:担任|出任|任)[^，。；]{1,16}?(?:期间|任内|任上)[，,]", text):
        name = name_after(text, m.end(), lex, strong=False)  # "出任首席执行官期间，P带领…": the one who held the post
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:一职|职务|职位)的", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(PERSON_VERB_BEFORE, text):
        if three := framed_name(text, m.end(), lex, title_at, "verb"):
            keep_framed(found, framed, text, three, m.end())  # "任命胡也平为行长"
            continue
        name = name_after(text, m.end(), lex, strong=False)
        if name and re.match(r"(?:为|担任|出任|任(?![务何期职命意])|接任|接替|接掌|接手|执掌|的|先生|女士|请辞|辞去|提出|不再担任|不再兼任|辞任|卸任|离任|主持|在|于|创办|创立|创建|联合创办|共同创办|[，,](?:正式|将|已)?(?:出任|担任)|$)", text[m.end() + len(name):m.end() + len(name) + 5]):
            found.setdefault(name, m.end())
        elif name is None and (name := name_after(text, m.end(), lex)) and (
                _TITLE_NEXT.match(text, m.end() + len(name)) or _QUALIFIED_FOR.match(text, m.end() + len(name))):
            found.setdefault(name, m.end())  # "选任何志强为新任董事长": a title after it makes an ambiguous surname a name
        elif (m.group(0) == "由" and (strong := name_after(text, m.end(), lex))
              and _TAKES_IT.match(text, m.end() + len(strong))):
            found.setdefault(strong, m.end())  # "一职由高某出任。", "由罗某某接替。": only a person takes a post so
        elif (name and len(name) == 2 and _TITLE_NEXT.match(text, m.end() + 3)
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
                continue  # "唐先生于2015年…": a surname and its honorific (生于 is no verb here), not a name 唐先
            if len(cand) == 3 and glued_word(text, m.start(1) + 2) and not glued_before_verb(text, m.start(1)):
                continue  # "洪某申请辞去": 申 begins 申请, the name is two letters
            if (plausible_person(cand, lex, strong=False) and text.startswith(cand, m.start(1))
                    and PERSON_VERB_AFTER_RE.match(text, m.start(1) + len(cand))):
                found.setdefault(cand, m.start(1))
                break
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
    for s0, e in title_spans:  # "P的董事长任职资格已获核准", "P的C总精算师任职资格获得核准": only a person is approved for a post
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
    drop_framed_halves(found, framed, text)
    return found

