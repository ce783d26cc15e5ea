"""People named by a document's layout rather than by a word around them.

A roster's row ("祁远帆 | 总经理 | 2020.03—至今", or its cells apart by tabs under a
"姓名  职务" header), a form's name field ("姓名：祁远帆"), a name with its posts in
brackets ("祁远帆（本公司主席）") and a line of names under a title line each say "a
person" by where the letters stand, so even a surname that is also a common word
(程, 常, 方) may open a name there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.agenda_labels import AGENDA_LABEL
from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.persons import plausible_person

#: a table's row: a name in the first cell (or the second, after the firm's: "松溪证券 | 祁远帆 | 总经理"), posts in the next
_TABLE_ROW = re.compile(rf"^[ \t　]*((?:[^|｜\n]{{2,24}}[|｜][ \t　]*)?)([{CJK}]{{2,4}})[ \t　]*[|｜][^|｜\n]{{0,30}}?(?:董事|监事|总裁|经理|行长|主席|首席|秘书|总监|负责人)", re.M)
#: a form's label for a name, then the name: "新任者姓名…：P／…", "姓名：P" (the label says it is a person's;
#: Taiwan's newer form asks for the rank too: "新任者姓名、级职及简历：P／…")
_NAME_LABEL = re.compile(rf"姓名(?:、级职)?(?:及简历|及简介)?[：:][ \t　]*([{CJK}]{{2,4}}?)(?:先生|女士)?(?=[/／，,、；;（(\s]|$)", re.M)
#: a table's header row naming its columns, the name's first ("姓名  职务  任期", "姓名\t职位")
_HEADER_ROW = re.compile(r"^[ \t　]*姓名[ \t　|｜]+(?:现任|担任)?(?:职务|职位)", re.M)
#: a row of such a table, its cells apart by tabs or spaces: "周明远\t董事长\t2018.06—至今"
_SPACED_ROW = re.compile(rf"^[ \t　]*([{CJK}]{{2,4}})(?:\t|[ 　]{{1,8}})[^\n]{{0,30}}?(?:董事|监事|总裁|经理|行长|主席|首席|秘书|总监|负责人)", re.M)
#: a post's label line, its holder, then the term in brackets: "董事长：P（第九届，任期：D1至D2）"
_POST_TERM_FIELD = re.compile(rf"^[ \t　]*[{CJK}]{{0,8}}(?:董事|监事|主席|行长|总裁|经理|秘书|总监|长|师|主管)[：:][ \t　]*"
                              rf"([{CJK}]{{2,4}}?)(?:先生|女士)?[ \t　]*[（(][^（）()\n]{{0,12}}任期", re.M)
#: a name, then its posts in brackets: "P（本公司" + posts + "）"
_POST_IN_BRACKETS = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,3}})[（(](?:本公司|本行|本集团|公司)?[^（）()\n]{{0,10}}?(?:主席|董事|监事|总裁|行长|总经理|首席|秘书|总监)[^（）()\n]{{0,12}}[）)]")
#: a line that is only a title, then a line of names only (each perhaps with a post in brackets)
_UNDER_HEADING = re.compile(rf"^[ \t　]*[{CJK}]{{0,8}}(?:董事|监事|主席|行长|总裁|经理|秘书|总监)[：:]?[ \t　]*\n[ \t　]*"
                            rf"((?:[{CJK}]{{2,4}}?(?:[（(][^）)\n]{{1,12}}[）)])?[、，,][ \t　]*){{0,12}}[{CJK}]{{2,4}}?(?:[（(][^）)\n]{{1,12}}[）)])?)[ \t　]*$", re.M)

#: a delegates' roster or a who's-who line: the line opens on a name, a sex in brackets perhaps, then a wide space
#: (or the bracket) before the company, posts or seat: "周明远　北林银行行长。…", "吴启航（女）　北林证券董事长"; an agenda's
#: line may open on the person's part at the meeting ("主持人：P　C T"), and name the head of an institute, a bureau or a
#: society ("研究所所长", "研究会会长")
_ROSTER_LINE = re.compile(rf"^[ \t　]*{AGENDA_LABEL}?([{CJK}]{{2,4}}?)(?:(?:[（(][男女][）)])[ \t　]*|[ \t　]+)(?=[^ \t　\n])"
                          rf"[^\n]{{0,40}}?(?:董事|监事|主席|行长|总裁|经理|秘书|总监|书记|首席|委员|代表|负责人|合伙人|[所院局会处社校]长|教授)", re.M)

#: an author's note (a journal's 作者简介), a name a clause: the name, the birth year and a dash in brackets, then the sex
#: ("作者简介：P（1975—），女，…；P2（1988—），男，…")
_AUTHOR_NOTE = re.compile(rf"(?:^|(?<=[：:；;。\n]))[ \t　]*([{CJK}]{{2,4}}?)[（(](?:19|20)\d{{2}}(?:年)?[—－–\-]{{1,2}}[）)][，,][男女][，,]", re.M)

#: a numbered list's item opening on a name and a comma, then what a holder or an officer is: "2. 祁远帆" + "，持有发行人" + a figure
_NUMBERED_ITEM = re.compile(rf"^[ \t　]*(?:\d{{1,2}}[.．、]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[一二三四五六七八九十]{{1,3}}、)[ \t　]*([{CJK}]{{2,3}})[，,]"
                            r"(?=持有|直接持有|现任|曾任|担任|中国国籍|[男女][，,])", re.M)

#: a form's line for a post, then its holder before a slash and the holder's résumé: "(1)董事长：祁远帆／北林银行总经理"
_POST_FIELD = re.compile(rf"^[ \t　]*(?:[（(]\d{{1,2}}[）)])?[ \t　]*[{CJK}]{{0,8}}(?:董事|监事|主席|行长|总裁|经理|秘书|总监|长|师|主管)[：:][ \t　]*"
                         rf"([{CJK}]{{2,4}}?)(?:先生|女士)?[ \t　]*(?=[/／])", re.M)

#: a yearbook's leader line: a title (its letters perhaps spaced: "行　长"), a wide space, then its holders apart by wide
#: spaces ("副行长　P1　P2"), a note in brackets perhaps after them ("（2019年4月任）")
_LEADER_LINE = re.compile(rf"^[ \t　]*[{CJK}](?:[ 　]{{0,2}}[{CJK}]){{1,9}}?(?:事|监|长|理|裁|席|书|记|监|师|官|员)[ \t　]+"
                          rf"((?:[{CJK}]{{2,4}}[ \t　]+)*[{CJK}]{{2,4}})[ \t　]*(?:[（(][^）)\n]{{1,16}}[）)])?[ \t　]*$", re.M)

#: a profile page's head: the name alone on its line (or in a 姓名 field), then (a blank line or two perhaps) the
#: page's 性别 field ("P\n\n性　　别：男"): a member's or a candidate's page, whose fields below are that person's
PROFILE_HEAD = re.compile(rf"(?:^|\n)[ \t　]*(?:姓[ \t　]*名[：:][ \t　]*)?([{CJK}·]{{2,4}})[ \t　]*\n(?:[ \t　]*\n){{0,2}}"
                          r"[ \t　]*性[ \t　]*[别別][：:]")


def _leader_lines(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """The names on a list of leaders one title a line, each line's names apart by wide spaces: where two lines or
    more share the shape, a word in a name's place there is a name."""
    lines = list(_LEADER_LINE.finditer(text))
    if len(lines) < 2:
        return
    for m in lines:
        for item in re.finditer(rf"[{CJK}]{{2,4}}", m.group(1)):
            if plausible_person(item.group(0), lex, strong=False):
                yield item.group(0), m.start(1) + item.start()


def _roster_lines(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """The names opening a roster's lines: the shape counts only where two lines or more share it (a list, not a
    line of prose that happens to start on a word and a space) or a sex in brackets says a person."""
    rows = [m for m in _ROSTER_LINE.finditer(text) if plausible_person(m.group(1), lex)]
    if len(rows) >= 2:
        for m in rows:
            yield m.group(1), m.start(1)
    else:
        for m in rows:
            if re.match(r"[（(][男女][）)]", text[m.end(1):m.end(1) + 3]):
                yield m.group(1), m.start(1)


def layout_names(text: str, lex: Lexicon) -> Iterator[tuple[str, int]]:
    """(name, offset) of each person the text's layout names, in the order the cues are tried."""
    for m in _SPACED_ROW.finditer(text) if "姓名" in text and _HEADER_ROW.search(text) else ():
        if plausible_person(m.group(1), lex):  # "姓名  职务  任期" above: a row's first cell is a name
            yield m.group(1), m.start(1)
    for m in _TABLE_ROW.finditer(text) if "|" in text or "｜" in text else ():
        cell = m.group(1).strip(" \t　|｜")
        # (the cell's bars fix both ends of the name, so a letter such as 以 inside it is no place it stops: "房以宁")
        if plausible_person(m.group(2), lex, bounded=True) and not plausible_person(cell, lex):  # the layout is the cue: even 程, 常, 方 open a name there
            yield m.group(2), m.start(2)  # "祁远帆 | 总经理 | 2020.03—至今": a roster's row opens on a name (or on its firm: "松溪证券 | 祁远帆 | 总经理")
        elif cell and plausible_person(cell, lex):
            yield cell, m.start(1)
    for m in _NAME_LABEL.finditer(text) if "姓名" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)  # "姓名：周明远": a form's field for a name
    for m in _POST_FIELD.finditer(text) if "／" in text or "/" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)  # "董事长：周明远／…": a form's post, its holder, the slash before his résumé
    for m in _POST_TERM_FIELD.finditer(text) if "任期" in text else ():
        if plausible_person(m.group(1), lex, cued=True, bounded=True):
            yield m.group(1), m.start(1)  # "董事长：P（第N届，任期：…）": a register's post, its holder, the term
    for m in _POST_IN_BRACKETS.finditer(text) if "（" in text or "(" in text else ():
        if plausible_person(m.group(1), lex):
            yield m.group(1), m.start(1)  # "祁远帆（本公司" + posts + "）": a name with its posts in brackets
    if "\n" in text:
        yield from _roster_lines(text, lex)
        yield from _leader_lines(text, lex)
        for m in _NUMBERED_ITEM.finditer(text):
            if plausible_person(m.group(1), lex, strong=False):
                yield m.group(1), m.start(1)  # "3.周明远，持有…": a list's item opening on a name  # "周明远　北林银行行长": a roster's line opens on a name
    for m in PROFILE_HEAD.finditer(text) if "性" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)  # "P\n性　　别：男": a profile page's name line
    for m in _AUTHOR_NOTE.finditer(text) if "—" in text or "－" in text or "-" in text else ():
        if plausible_person(m.group(1), lex, cued=True):
            yield m.group(1), m.start(1)  # "P（1975—），女，": a name, a birth year, a sex
    for m in _UNDER_HEADING.finditer(text) if "\n" in text else ():
        for item in re.finditer(rf"([{CJK}]{{2,4}}?)(?:[（(][^）)\n]{{1,12}}[）)])?(?=[、，,]|[ \t]*$)", m.group(1)):
            if plausible_person(item.group(1), lex, strong=False):
                yield item.group(1), m.start(1) + item.start(1)  # "执行董事\n周明远（主席）、吴启航": names under a title
