"""A family's own register: a clan genealogy's biographies (族谱, 家谱) and an obituary notice (訃告).

Such a text names its people as the family does, not as a newspaper would: by the given name alone under the
clan's surname ("公讳X", "X公传", "X公之孙Y", "Y之子Z"), or by a word of kin that only the family uses for the
one it mourns ("先严S公X" + a title, then 先严 throughout). No cue of a name finds these: the surname is the
clan's (in the genealogy's headline, "S氏族谱") or written once before 公, and the given name stands alone.
This module gives each such person the full name (surname and given name) and the forms the text calls them by,
so that every rule reads them as it reads any name.
"""

from __future__ import annotations

import re

from extract.mention_records import Inventory, Mention
from text.normalize import norm_name

#: a clan's surname where a genealogy names itself ("S氏族谱", "S氏宗亲会")
_CLAN = re.compile(r"([\u4e00-\u9fff])氏(?:族谱|族譜|家谱|家譜|宗谱|宗譜|宗亲|宗親|家乘)")
#: the word that opens a genealogy's life of one man: "公讳X" (his tabooed given name), then 字/号 or a mark
_TABOO = re.compile(r"公[讳諱]([\u4e00-\u9fff]{2})(?=[，,。；、字号號])")
#: a biography's heading line, the given name and 公 before 传/小传 ("X公传")
_LIFE_HEAD = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2})公(?:小传|小傳|传|傳|行状|行狀)[ \t\u3000]*$", re.M)
#: kin of one named before: "X公之孙Y，", "Y之子Z，" (the descendant by given name alone)
_DESCENDANT = re.compile(r"([\u4e00-\u9fff]{2})公?之(?:长子|長子|次子|三子|幼子|独子|獨子|长女|長女|次女|孙女|孫女|曾孙|曾孫|孙|孫|子|女)"
                         r"([\u4e00-\u9fff]{2})(?=[，,。；])")
#: the one an obituary mourns: 先严/先考 (the late father) or 先慈/先妣 (the late mother), the surname, 公 or 母,
#: the given name ("先严S公X" + a title such as 先生 or 博士): 先严 stands for that person throughout
_MOURNED = re.compile(r"(先(?:严|嚴|考|父|慈|妣|母))([\u4e00-\u9fff])(?:公|母)([\u4e00-\u9fff]{2})")
#: an heir by kin and given name in an obituary's life ("长子X接任…"): the child named in full in the mourners' lines
_HEIR = re.compile(r"(?:长子|長子|次子|三子|幼子|独子|獨子|长女|長女|次女|幼女|独女|獨女)([\u4e00-\u9fff]{2})")


def clan_surname(text: str, headline: str = "") -> str | None:
    """The surname of the clan whose genealogy the text is (from its headline, else its opening lines)."""
    m = _CLAN.search(headline) or _CLAN.search(text, 0, 400)
    return m.group(1) if m else None


def clan_people(text: str, headline: str = "") -> list[tuple[str, tuple[int, ...], list[tuple[str, int]]]]:
    """(full name, where its letters are written, [(form, offset)]) for each person a genealogy names by given name
    under its clan's surname, or an obituary names as its mourned parent or an heir. The letters' offsets are
    the surname's and the given name's (-1: the surname is the clan's, from the headline), so that the name is
    shown as the article writes it."""
    out: dict[str, tuple[tuple[int, ...], list[tuple[str, int]]]] = {}

    def add(full: str, at: tuple[int, ...], form: str, pos: int) -> None:
        _at, forms = out.setdefault(full, (at, []))
        if all(f != form for f, _p in forms) and (k := text.find(form)) >= 0:
            forms.append((form, k if k < pos else pos))

    if ("公讳" in text or "公諱" in text or "之" in text) and (surname := clan_surname(text, headline)):
        givens = [(m.group(1), m.start(1)) for m in _TABOO.finditer(text)]
        givens += [(m.group(1), m.start(1)) for m in _LIFE_HEAD.finditer(text)]
        for m in _DESCENDANT.finditer(text):
            givens += [(m.group(1), m.start(1)), (m.group(2), m.start(2))]
        for given, pos in givens:
            if given[0] != surname:  # (else a name in full already)
                add(surname + given, (-1, pos, pos + 1), given, pos)
                add(surname + given, (-1, pos, pos + 1), given + "公", pos)
    if "先" in text:
        for m in _MOURNED.finditer(text):
            full, at = m.group(2) + m.group(3), (m.start(2), m.start(3), m.start(3) + 1)
            add(full, at, m.group(1), m.start())
            add(full, at, m.group(0)[2:], m.start(2))  # ("S公X": the surname, 公 and the given name)
            for h in _HEIR.finditer(text):
                if (k := text.find(heir := m.group(2) + h.group(1))) >= 0:
                    add(heir, (k, k + 1, k + 2), h.group(1), h.start(1))
    return [(full, at, forms) for full, (at, forms) in out.items() if forms]


#: 公 standing alone for the man whose life a genealogy tells, at a clause's head ("，公独力经营…",
#: "公晚岁归田"): not 公司, 公私, 公讳 nor a word 公 opens
_HE_GONG = re.compile(r"(?:^|(?<=[，,。；;\n]))公(?![司私讳諱之传傳告布开開众眾务務共平款积積募安证證路园園])")


def life_of(inv: Inventory, text: str, pos: int) -> str | None:
    """The person whose life a genealogy tells at `pos`: the last "公讳X" or "X公传" heading before it."""
    best, at = None, -1
    for rx in (_TABOO, _LIFE_HEAD):
        for m in rx.finditer(text, 0, pos):
            if m.start() > at:
                best, at = m.group(1), m.start()
    return inv.surface.get(norm_name(best)) if best else None


def with_gong(ms: list[Mention], inv: Inventory, text: str, start: int, end: int) -> list[Mention]:
    """The sentence's mentions with each 公 that stands for the man whose life is told read as that person."""
    added = []
    for m in _HE_GONG.finditer(text, start, end):
        if any(x.start <= m.start() < x.end for x in ms):
            continue
        if (key := life_of(inv, text, m.start())) is not None and key.startswith("P:"):
            added.append(Mention("P", m.start(), m.end(), "公", key=key))
    return sorted(ms + added, key=lambda m: m.start) if added else ms
