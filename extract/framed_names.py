"""Three-letter names a frame finds: a title, a verb of appointing or a
clause's head before, and a person's verb, 为 and a title, or a verb of
taking a post and a title after, say a name stands there even when a letter
of it is a function word or its first two letters make a word ("董事长冉亦凡正在…",
"任命胡也平为行长", "严谨之出任总经理"), or when a list of titled names goes
on after it ("原董事长严守之、原总经理P均…")."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import CJK, word_tag
from extract.persons import (
    AMBIGUOUS_SURNAMES,
    NAME_STOP,
    NOT_NAME_CHARS,
    PERSON_VERB_AFTER_RE,
    TIME_AFTER_NAME,
    name_letters,
    occurrences,
)

#: a verb of taking a post right after a name at a clause's head ("P出任总经理"): a title follows it
_TAKES_POST = re.compile(r"(?:已|将|正式|亦|也|则)?(?:出任|担任|接任|升任|调任|转任|改任|兼任|获委任|获任|获聘)(?:为|為)?")
#: what a three-letter name right after a title may go on with besides a person's verb ("董事长P正在接受采访")
_AFTER_TITLED_NAME = re.compile(r"正在|接受(?:媒体|记者)?(?:采访|专访)")


def _title_soon(title_at: set[int], a: int, text: str, within: int = 12) -> bool:
    """Whether a title starts within a few letters of `a`, before any punctuation ("为北林银行行长")."""
    for k in range(a, min(len(text), a + within)):
        if k in title_at:
            return True
        if text[k] in "，。；：、！？（）“”\n":
            return False
    return False


_THREE_CJK = re.compile(rf"[{CJK}]{{3}}")


#: a surname's forms of address: with one of these the letters are a form, not a name
_ADDRESSED = frozenset({"先生", "女士", "博士", "教授", "老师", "小姐", "院士"})


def framed_name(text: str, i: int, lex: Lexicon, title_at: set[int], left: str) -> str | None:
    """The three-letter name at `i` when what is before it (`left`: a title,
    a verb of appointing, or a clause's head) and what is after it (a
    person's verb, 为 and a title, a verb of taking a post and a title) say a
    person is named there, even when a letter of it is a function word
    ("冉亦凡", "胡也平") or its first two letters make a word ("严谨之"): the
    frame, not the letters, says where the name is. The last letter is no
    function word ("王明将出任": the name has two letters)."""
    c3 = text[i:i + 3]
    if len(c3) < 3 or not _THREE_CJK.fullmatch(c3) or c3[2] in NAME_STOP or c3[:2] in lex.compound_surnames or c3[1:] in _ADDRESSED:
        return None  # ("接替P先生出任": a surname and an honorific, the form of one named in full, never a name of three letters)
    wei_title = text[i + 3:i + 4] in ("为", "為") and _title_soon(title_at, i + 4, text)
    if left == "changed":  # "董事长由A变更为B，…": the clause ends right after the name the post went to
        if text[i + 3:i + 4] not in ("，", "。", "；", "、", "\n", ""):
            return None
    elif left == "founders":  # "由A和B在杭州共同创立": the caller read the list of founders the name ends
        pass
    elif left == "clause":
        post = _TAKES_POST.match(text, i + 3)
        if not wei_title and not (post and _title_soon(title_at, post.end(), text)):
            return None
    else:
        verb = PERSON_VERB_AFTER_RE.match(text, i + 3) or (
            left == "title" and (TIME_AFTER_NAME.match(text, i + 3) or _AFTER_TITLED_NAME.match(text, i + 3)
                                 or (text[i + 3:i + 4] == "、" and _title_soon(title_at, i + 4, text, 2))))  # "原董事长P、原总经理Q均…"
        if not (wei_title or verb) or (PERSON_VERB_AFTER_RE.match(text, i + 2) and not wei_title):
            return None
    if not lex.is_surname_start(c3) or (left != "title" and c3[0] in AMBIGUOUS_SURNAMES):
        return None
    if any(c in NOT_NAME_CHARS for c in name_letters(c3)) or c3 in lex.titles or lex.company(c3):
        return None
    tag, freq = word_tag(c3)
    if tag and not tag.startswith("nr") and freq > 20:
        return None
    tag, freq = word_tag(c3[:2])  # "严谨" + 之: a describing word or a rare noun may begin a given name, no verb or word of time
    if tag and not tag.startswith("nr") and freq > 20 and not (tag[0] in "anb" and freq < 5000):
        return None
    near = text[max(0, i - 3000):i + 3000]  # "P成为副行长" with P written without the third letter more often: two letters
    alone = sum(1 for j in occurrences(near, c3[:2]) if near[j + 2:j + 3] != c3[2])
    return c3 if near.count(c3) > alone else None


def keep_framed(found: dict[str, int], framed: set[str], text: str, name: str, pos: int) -> None:
    """Record a framed name; the two letters a rule before took for it go."""
    framed.add(name)
    if found.get(name[:2]) == pos:
        del found[name[:2]]
    found.setdefault(name, pos)


def drop_framed_halves(found: dict[str, int], framed: set[str], text: str) -> None:
    """Two letters always written with a framed name's third are no name of their own."""
    for name in framed:
        if name[:2] in found and all(text[j + 2:j + 3] == name[2] for j in occurrences(text, name[:2])):
            del found[name[:2]]
