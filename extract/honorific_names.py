"""A person an interview calls by surname and post ("丁总", "王董", "李行"):
the short form stands for the one person of that surname the article names
in full, and makes that name a person's even where no other cue found it."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import CJK_CHAR, word_tag
from extract.persons import ALUMNI_HONORIFICS, _common_word, plausible_person
from extract.speakers import STAMP

#: a surname, then 总 (总经理, 总裁), 董 (董事长) or 行 (行长), then what ends the form: a mark, or a person's verb
#: ("丁总转任董事长", "王董表示"); 总部, 总额, 行业 … go on as other words and are no form
_POST = re.compile(r"[总董行]")
_ENDS = re.compile(r"[，。：:、”’？！）\s]|转任|表示|认为|说|也|则|曾|对|在|是|和|与|就|还|已|将")


#: the letters after a full name where it stands alone ("是P一手创办的", "P，…", "P表示")
_AFTER_FULL = set("，。：、”是的和与在已将也则曾于说表认一")


def honorific_forms(text: str, lex: Lexicon, found: dict[str, int]) -> dict[str, str]:
    """{short form: full name} for each surname-and-post form whose surname
    one full name of the article alone has; the full name is added to `found`."""
    out: dict[str, str] = {}
    for m in _POST.finditer(text, 1):
        i = m.start()
        if (i > 1 and CJK_CHAR.match(text, i - 2)) or not _ENDS.match(text, i + 1):
            continue
        sur, form = text[i - 1], text[i - 1:i + 1]
        if form in out or not CJK_CHAR.match(sur) or not lex.is_surname_start(sur + "某"):
            continue
        known = {n for n in found if n.startswith(sur) and len(n) in (2, 3) and n != form}
        if not known:
            known = {text[i:i + 3] for i in range(len(text) - 3) if text[i] == sur and text[i + 3] in _AFTER_FULL
                     and (i == 0 or not CJK_CHAR.match(text[i - 1]) or text[i - 1] in "是由和与及的")
                     and text[i:i + 3] != form and plausible_person(text[i:i + 3], lex, cued=True)}
        if len(known) == 1:
            full = known.pop()
            found.setdefault(full, text.find(full))
            out[form] = full
    for m in _SURNAME_POST.finditer(text) if any(w in text for w in _POST_WORDS) else ():
        form, sur, post = m.group(0), m.group(1), m.group(2)
        # "罗行长" in a transcript whose attendance line gives "行长罗世杰": the one of that surname given that post
        known = {n for n in found if n.startswith(sur) and len(n) in (2, 3) and (post + n in text or n + post in text)}
        if form not in out and len(known) == 1:
            out[form] = known.pop()
    return out


_POST_WORDS = ("董事长", "行长", "总经理", "总裁", "主席")
#: a surname and a full post at a clause's head or after a verb of address: "罗行长此前…", "请谭董事长致辞", "谢谢罗行长"
_SURNAME_POST = re.compile(r"(?:^|(?<=[，。；：:、！？\s“（(请由向谢]))([\u4e00-\u9fff])(副?董事长|副?行长|总经理|总裁|主席)", re.M)


#: a given name at a clause's head in an answer line, then a verb: "晓明原来是我们的首席运营官", "晓明一直负责…"
#: (or a share, in a run of holdings said aloud: "我占60%，晓明25%")
_GIVEN_AT = re.compile(r"(?:^|(?<=[，。；：:！？\n]))([\u4e00-\u9fff]{2})(?:兄|姐)?(?=原来|原是|是|现在|一直|也|则|曾|表示|说|接任|负责|目前|\d{1,2}(?:\.\d+)?%)", re.M)
#: an answer line: opened by a name and a colon
_ANSWER_LINE = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]*{STAMP}[\u4e00-\u9fff·]{{2,6}}[：:]")  # (after a transcript's time stamp)


#: (a colleague's given name may take 兄/姐, "elder brother": "照远兄现在是…", a speaker's address of respect)
def given_name_forms(text: str, found: dict[str, int]) -> dict[str, str]:
    """{given name: full name} for an interviewee who calls a colleague by given name alone in an
    answer line ("S：晓明原来是我们的首席运营官"): the given name of one three-letter name the
    article names in full, no common word, and not the full name's own letters there."""
    if not _ANSWER_LINE.search(text):
        return {}  # no answer line: no interview to scan (a cheap check before the scan below)
    given: dict[str, set[str]] = {}
    for name in found:
        if len(name) == 3:
            given.setdefault(name[1:], set()).add(name)
    if not given:
        return {}  # no full name of three letters: no given name a match could stand for
    out: dict[str, str] = {}
    for m in _GIVEN_AT.finditer(text):
        g = m.group(1)
        if g in out or len(given.get(g, ())) != 1 or _common_word(g, 0):
            continue
        if not _ANSWER_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue
        out[g] = next(iter(given[g]))
    return out


#: a surname and an honorific at a clause's head, as a résumé goes on about the one it named in full
#: ("祁远帆先生，…。祁先生" + a clause; "钟女士", "司徒先生"; after a word of time: "现时祁先生为…")
_SURNAME_HONORIFIC = re.compile(r"(?:^|(?<=[，。；：:、！？\s“（(]))(?:现时|现在|目前|如今|其后|此后|后来|当时|早年)?([\u4e00-\u9fff]{1,2})(?:先生|女士|博士|"
                                + "|".join(ALUMNI_HONORIFICS) + r")(?![\u4e00-\u9fff]{0,1}[，、]?[\u4e00-\u9fff]{0,2}(?:先生|女士))")


def surname_honorific_forms(text: str, lex: Lexicon, found: dict[str, int]) -> dict[str, str]:
    """{"唐先生": full name} for each surname-and-honorific form whose surname one full name of the article
    alone has (the full name said first, with or without its honorific)."""
    if "先生" not in text and "女士" not in text and "博士" not in text and not any(w in text for w in ALUMNI_HONORIFICS):
        return {}
    out: dict[str, str] = {}
    for m in _SURNAME_HONORIFIC.finditer(text):
        sur = m.group(1)
        if len(sur) == 2 and sur not in lex.compound_surnames:
            sur = sur[1]  # "，唐先生": one letter of surname
        form = text[m.end(1) - len(sur):m.end()]
        if form in out or form in found or not lex.is_surname_start(sur + "某"):
            continue
        known = {n for n in found if n.startswith(sur) and len(n) - len(sur) in (1, 2)}
        known = {n for n in known if not any(o != n and o.startswith(n) for o in known)}  # ("P" cut short: the whole one)
        if len(known) > 1:  # (a son named later, "直至D交棒予其子P某": the form goes on about the one named before it)
            known = {n for n in known if found[n] < m.start()}
        if len(known) == 1:
            out[form] = known.pop()
    return out


#: a familiar name: 老 or 小 and a surname at a clause's head ("“老柯”" + "，是同事们对他的称呼", "老柯被调回总行")
_FAMILIAR = re.compile(r"(?:^|(?<=[，。；：:、！？\s“”（(]))([老小])([\u4e00-\u9fff])")


def familiar_forms(text: str, lex: Lexicon, found: dict[str, int]) -> dict[str, str]:
    """{"老曹": full name} for each familiar form (老/小 and a surname, no word of its own: not 老师, 小时) whose
    surname one full name of the article alone has — how a colleague's tribute calls the one it is about."""
    out: dict[str, str] = {}
    for m in _FAMILIAR.finditer(text) if "老" in text or "小" in text else ():
        form, sur = m.group(0), m.group(2)
        tag, freq = word_tag(form)
        if form in out or form in found or not lex.is_surname_start(sur + "某") or (tag not in (None, "nr") and freq >= 300):
            continue
        known = {n for n in found if n.startswith(sur) and len(n) in (2, 3)}
        if len(known) == 1:
            out[form] = known.pop()
    return out


#: the titles of honour Malaysia confers, written before a name in its Chinese press ("拿督黄伟强", "丹斯里李国华")
_CONFERRED = re.compile(r"(?:拿督斯里|丹斯里拿督|丹斯里|拿督|拿汀|敦)(?=[\u4e00-\u9fff]{2})")


def conferred_title_forms(text: str, lex: Lexicon, found: dict[str, int]) -> dict[str, str]:
    """{honour and name: name} for each full name the text writes after a title of honour: one mention of the
    person ("委任拿督P为首席执行员" reads as "委任P为…"), not an unknown word before the name; a name no other
    cue found is a person's by the honour (added to `found`)."""
    out: dict[str, str] = {}
    for m in _CONFERRED.finditer(text) if "拿" in text or "丹斯里" in text or "敦" in text else ():
        name = next((n for n in sorted(found, key=len, reverse=True) if text.startswith(n, m.end())), None)
        if name is None and (name := next((text[m.end():m.end() + n] for n in (3, 2) if plausible_person(text[m.end():m.end() + n], lex)), None)):
            found.setdefault(name, m.end())
        if name is not None:
            out[m.group(0) + name] = name
    return out


#: a surname and 氏 at a clause's head: the Hong Kong press's way to say the one it named in full again ("麥氏於今年1月
#: 履新", "葉氏正式坐正"); not a family, a couple or a firm of the clan ("X氏夫婦", "X氏控股", "X氏家族")
_SURNAME_SHI = re.compile(r"(?:^|(?<=[，。；：:、！？\s“”（(]))([\u4e00-\u9fff]{1,2})氏"
                          r"(?!夫妇|夫妻|家族|兄弟|姐妹|父子|母子|一家|后人|宗亲|集团|控股|企业|投资|基金|实业|家|族|[\u4e00-\u9fff]{0,6}(?:有限|公司))")


def surname_shi_forms(text: str, lex: Lexicon, found: dict[str, int]) -> dict[str, str]:
    """{"麥氏": full name} for each surname-and-氏 form whose surname one full name of the article alone has."""
    out: dict[str, str] = {}
    for m in _SURNAME_SHI.finditer(text) if "氏" in text else ():
        sur = m.group(1)
        if len(sur) == 2 and sur not in lex.compound_surnames:
            sur = sur[1]  # "，麥氏": one letter of surname
        form = sur + "氏"
        if form in out or not lex.is_surname_start(sur + "某"):
            continue
        known = {n for n in found if n.startswith(sur) and len(n) - len(sur) in (1, 2) and not n.endswith("氏")}
        if len(known) == 1:
            out[form] = known.pop()
    return out
