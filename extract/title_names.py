"""Person names written beside a title: after it ("董事长P"), under it (a
signature block's line, a data sheet's "董事长：P"), before it on a résumé's
heading line ("01 P　董事长"), or as the next item of an approved list
("核准A C董事长、B行长的任职资格")."""

from __future__ import annotations

import re

from extract.framed_names import framed_name, keep_framed
from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.persons import name_after, plausible_person

#: (a part may join two words by a hyphen, as an Arabic family name with its article does: "Al-" + a name)
_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?(?: [A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?){1,2}(?![A-Za-z-])")

#: a title's English form or abbreviation in brackets right after it: "首席技术官（CTO）", "首席风险官（Chief Risk Officer）"
_SPOKEN_IS = re.compile(r"(?:(?:呢|啊|嘛)[，,]?|[，,])(?:就是|是)")  # ("…兼董事长，是P": a cleft)
TITLE_GLOSS = re.compile(r"[（(](?:[A-Za-z][A-Za-z .&/-]{0,23}|[\u4e00-\u9fff]{2,4})[）)]")  # ("副行长（副頭取）P": a gloss in the source's words)


#: the line after a line that is only a title, when it is only a name: "承董事会命\nC\n主席\nP\n"
_SIGNED_NAME = re.compile(rf"\n([{CJK}]{{2,3}})(?:先生|女士)?[ \t]*(?=\n|$)")

#: a data sheet's line: the posts alone before a colon, then only names ("董事长兼非执行董事：P", "独立董事：A、B")
_SHEET_NAMES = re.compile(rf"[：:](?P<names>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}}){{0,8}})(?:[（(][^）)\n]{{0,24}}[）)])?[ \t]*(?=\n|$)")
#: an honorific closing a list's item (a name then 先生/女士: the item is the name and its honorific)
_HONORIFIC_END = re.compile(r"(?:先生|女士)$")
#: a listed name's own post in brackets at the end of its item ("A（独立董事）")
_OWN_POST_END = re.compile(r"[（(][^（）()]{1,10}[）)]$")
_SHEET_POSTS = re.compile(r"[^，。；：:\n]{0,30}$")
#: a regulatory report's officer line: the post, a colon, the name, then when the tenure began
#: ("合规负责人：P，2017年8月起任该职", "行长：P，自2022年11月起任本行行长")
_SHEET_NAME_DATED = re.compile(rf"[：:](?P<names>[{CJK}]{{2,4}})[，,](?=(?:自|于|从)?\d{{4}}年)")

#: a résumé's heading line: a number perhaps, the name, a space or colon, then only its posts ("01 P　董事长", "P：行长")
_HEADING_NAME = re.compile(rf"(?:\d{{1,2}}[.．、]?[ \t]*)?([{CJK}]{{2,4}})(?:[ \t\u3000]+|[ \t]*[：:][ \t]*)")

#: a verb of approving or appointing a list of people, earlier in the clause
_APPROVES_BEFORE = re.compile(r"(?:核准|任命|委任|聘任|聘请|选举|选任)[^，。；：]*$")


def _posts_to_line_end(text: str, title_spans: list[tuple[int, int]], k: int) -> bool:
    """Whether the titles from the k-th on fill the rest of its line, joined by 、 or 兼."""
    end = title_spans[k][1]
    for s, e in title_spans[k + 1:]:
        if not re.fullmatch(r"[、兼/ \t]*", text[end:s]):
            break
        end = e
    return re.match(r"[。；;]?[ \t]*(?:\n|$)", text[end:]) is not None  # (a stop may close the line)


def add_listed(found: dict[str, int], text: str, m: re.Match[str], lex: Lexicon, cued: bool = False) -> None:
    """The items of the list in `m`'s group "names" that are names: a
    construction that only lists people ("由A和B共同创立") has cued them (`cued`: so strongly that a
    three-letter item needs no sure name beside it, as a data sheet's "总经理：P" line)."""
    at = m.start("names")
    items = re.split("[、和与及]", m.group("names"))
    # (an item may carry an honorific, "副董事长：P先生": the name is the letters before it)
    # (or its own post in brackets, "选举A、B（独立董事）为董事": the name is the letters before the bracket)
    names = [_HONORIFIC_END.sub("", _OWN_POST_END.sub("", item)) if len(item) > 3 else item for item in items]
    sure = [plausible_person(cand, lex, strong=False, bounded=True) for cand in names]  # (the separators bound each item)
    for item, cand, ok in zip(items, names, sure, strict=True):
        # (a three-letter item beside a sure name is one too, even on 常, 石, 方: "选举常P、葛Q为独立董事")
        if ok or (len(cand) == 3 and (cued or any(sure)) and plausible_person(cand, lex, cued=True)):
            found.setdefault(cand, at)
        at += len(item) + 1


def names_at_titles(found: dict[str, int], framed: set[str], text: str, lex: Lexicon,
                    title_spans: list[tuple[int, int]]) -> None:
    """The names a title's neighbourhood gives (the first cues `find_person_names`
    reads, in its order): right after a title, the next of an approved list,
    a signature's line, a data sheet's line, a résumé's heading, a Latin name."""
    title_at = {s for s, _e in title_spans}
    for _s, e in title_spans:
        if text[e:e + 1] == " " and text[e + 1:e + 2] != " ":  # "创始人兼CEO 赵一鸣": one space after the title
            e += 1
        elif spoken := _SPOKEN_IS.match(text, e):  # "行长呢，是P": a spoken answer names the holder after a particle
            e = spoken.end()
        elif gloss := TITLE_GLOSS.match(text, e):  # "首席技术官（CTO）P": the title's English in brackets
            e = gloss.end()
        name = name_after(text, e, lex)
        if (not name or len(name) == 2) and (three := framed_name(text, e, lex, title_at, "title")):
            keep_framed(found, framed, text, three, e)  # "董事长冉亦凡正在…": 亦 is a letter of the name
        elif name:
            found.setdefault(name, e)
    ends = {e for _s, e in title_spans}
    for s, _e in title_spans:  # "核准A C董事长、B行长的任职资格": the next name of the list, written with only its title
        for ln in (3, 2):
            if text[s - ln - 1:s - ln] == "、" and s - ln - 1 in ends and plausible_person(cand := text[s - ln:s], lex, strong=False) and (
                    _APPROVES_BEFORE.search(text, max(0, s - ln - 48), s - ln - 1)):
                found.setdefault(cand, s - ln)
                break
    for s, e in title_spans:  # a signature: a line that is only a title, then a line that is only a name
        if text[e:e + 1] == "\n" and (s == 0 or text[s - 1] == "\n") and (
                signed := _SIGNED_NAME.match(text, e)) and plausible_person(signed.group(1), lex, strong=False):
            found.setdefault(signed.group(1), signed.start(1))
    for s, e in title_spans:  # a data sheet: "副董事长：P" on a line of its own
        line = text.rfind("\n", 0, s) + 1
        if text[e:e + 1] in "：:" and _SHEET_POSTS.fullmatch(text, line, s) and (
                m := _SHEET_NAMES.match(text, e) or _SHEET_NAME_DATED.match(text, e)):
            add_listed(found, text, m, lex, cued=True)
    for k, (s, _e) in enumerate(title_spans):  # a résumé's heading: "01 P　党委书记、董事长" on a line of its own
        line = text.rfind("\n", 0, s) + 1
        if (head := _HEADING_NAME.fullmatch(text, line, s)) and _posts_to_line_end(text, title_spans, k) and plausible_person(
                head.group(1), lex):
            found.setdefault(head.group(1), head.start(1))
    for _s, e in title_spans:  # "首席运营官Daniel Moss": a Latin-script name after a title (or after its label's colon)
        latin = _LATIN_NAME.match(text, e + 1 if text[e:e + 1] in "：:" else e)
        if latin and not lex.company(latin.group(0)):
            found.setdefault(latin.group(0), latin.start())
