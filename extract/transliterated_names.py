"""People whose Chinese names are transliterations, where the length rules of a Chinese name (a surname and one or
two letters) cut them short or refuse them:

- a Burmese name, its honorific (吴 for U, 杜 or 道 for Daw, 哥 for Ko, 玛 for Ma …) then one letter for each syllable,
  spelled out in brackets: "吴拉敏貌（U Hla Min Maung）" has four letters because the bracket has three syllables
  after U, where a Chinese name would stop at three;
- a name in parts joined by a middle dot (Mongolian, Russian, Uyghur, Western: "毕力格·苏和", "戴维·布朗"), whose
  parts are written with the letters transliteration uses, so the letters before and after say where it starts and ends;
- a name after a Latin initial ("G.额尔敦", Mongolian usage for the father's name).
"""

from __future__ import annotations

import re

from extract.name_words import CJK
from extract.persons import occurrences

#: a Burmese honorific in Latin letters → the letters its Chinese transliteration opens with
_HONORIFICS = {"U": "吴", "Daw": "杜道", "Ko": "哥郭", "Ma": "玛", "Maung": "貌", "Saw": "苏", "Sai": "赛", "Nang": "南娘",
               "Naw": "瑙", "Mahn": "曼"}
#: up to eight Chinese letters, then the Latin name in brackets: an honorific and one to five capitalised syllables
_BURMESE = re.compile(rf"([{CJK}]{{2,8}})[（(](U|Daw|Ko|Ma|Maung|Saw|Sai|Nang|Naw|Mahn) ((?:[A-Z][a-z]{{0,8}} ){{0,4}}[A-Z][a-z]{{0,8}})[）)]")

#: the letters the standard tables of transliteration use (Xinhua's for English, Russian, Mongolian and the rest),
#: without the function words that also stand among them (于, 和, 与, 的, 在): a name's part is a run of these
_SOUNDS = set(
    "阿埃艾安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查察楚达戴丹当道德登迪蒂丁东杜敦多厄恩尔法范菲费芬丰弗福富盖甘冈戈格根贡古"
    "瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康科克肯库夸奎拉莱赖兰朗劳勒雷里利列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙孟米"
    "明莫默姆穆木纳娜奈南瑙内尼宁努诺帕潘庞佩彭皮平珀普奇其恰乔切钦琼丘屈热瑞若萨塞赛桑瑟森沙山舍什施史斯松苏索塔泰坦汤唐特"
    "滕提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹朱兹佐日云赉敖图仁楞呼浩宝音朝力嘎噶琪赫买提吐逊曼"
    "古丽热合依汗霍巴颜翰汀茨蕾莉茜黛妮娅薇露夫耶奇娃密丝珊芙舒肖赞琴纽诗彻额"
    # Thai names' syllables (颂猜 Somchai, 差猜 Chatchai, 披集 Phichit, 蓬 Phong, 攀 Phan)
    "颂猜差披蓬攀")
#: parts joined by a middle dot (NFKC leaves ·, •, ・ and ‧ as they are)
_DOTTED = re.compile(rf"[{CJK}]+(?:[·•・‧][{CJK}]+)+")
#: a capital initial or two and a point, then the name: "G.额尔敦", "Ch.ABCD"
_INITIAL = re.compile(rf"(?<![A-Za-z.])(?!(?:Mr|Ms|Dr|St|No|Co|Jr|Sr|Mt)\.)([A-Z][a-z]?\.[ ]?)([{CJK}]{{2,8}})")

#: the shortest and longest part of a dotted name
_PART = (1, 8)


def _sounded(run: str, at: int = 0) -> int:
    """Where the run of transliteration's letters from `at` ends; 和 ends a name when no such letter follows it
    ("毕力格·苏和担任": 苏和; "戴维·布朗和李静": 布朗)."""
    j = at
    while j < len(run) and (run[j] in _SOUNDS or (run[j] == "和" and j > at and _AFTER_HE.match(run, j + 1))):
        j += 1
    return j


#: what follows a name's last letter 和 (a verb, an honorific, a mark), where the conjunction 和 would lead on to a name
_AFTER_HE = re.compile(r"$|[^\u4e00-\u9fff]|[担出表说为先女将已于在的任兼接现曾自]")


def burmese_people(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each Burmese name whose Latin spelling follows it in brackets: one letter for the honorific
    and one for each syllable after it, ending at the bracket."""
    if "（" not in text and "(" not in text:
        return []
    out = []
    for m in _BURMESE.finditer(text):
        n = 1 + len(m.group(3).split())
        run = m.group(1)
        if len(run) >= n and run[-n] in _HONORIFICS[m.group(2)]:
            out.append((run[-n:], m.end(1) - n))
    return out


def dotted_people(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each name in parts joined by a middle dot: the first part is the run of transliteration's
    letters ending at the first dot, the last the run starting after the last one ("牧民出身的萨仁·图雅创立": 萨仁·图雅)."""
    if not any(d in text for d in "·•・‧"):
        return []
    out = []
    for m in _DOTTED.finditer(text):
        parts = re.split("[·•・‧]", m.group(0))
        first, last = parts[0], parts[-1]
        i = len(first)
        while i > 0 and first[i - 1] in _SOUNDS:
            i -= 1
        j = _sounded(last)
        head, tail = first[i:], last[:j]
        if not (_PART[0] <= len(head) <= _PART[1] and _PART[0] <= len(tail) <= _PART[1]) or len(head) + len(tail) < 3:
            continue
        if any(not p or len(p) > _PART[1] or any(c not in _SOUNDS for c in p) for p in parts[1:-1]):
            continue
        name = "·".join([head, *parts[1:-1], tail]) if len(parts) > 2 else f"{head}·{tail}"
        out.append((text[m.start() + i:m.start() + i + len(name)], m.start() + i))
    return out


def initialled_people(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each name after a Latin initial and its point, all of whose letters are transliteration's."""
    if "." not in text:
        return []
    out = []
    for m in _INITIAL.finditer(text):
        run = m.group(2)
        j = _sounded(run)
        if j >= 3 and (j == len(run) or run[j] not in _SOUNDS):
            out.append((m.group(1) + run[:j], m.start()))
    return out


def transliterated_people(text: str) -> list[tuple[str, int]]:
    """Every such name of the text (Burmese, dotted, initialled), with its first offset."""
    return [*burmese_people(text), *dotted_people(text), *initialled_people(text)]


def drop_cut_parts(names: dict[str, int], text: str, whole: str) -> None:
    """Forget the names other cues found that are pieces of `whole` wherever the text writes them
    ("吴登貌" when every 吴登貌 goes on as 吴登貌温): a cut, not a second person."""
    rest = text.replace(whole, "\0")
    for name in [n for n in names if n != whole and n in whole and n not in rest]:
        del names[name]


def last_part_forms(names: dict[str, int], text: str) -> dict[str, str]:
    """{last part: dotted name} for each dotted name whose last part the text also writes alone ("宝力德把…" after
    "阿古拉·宝力德"): the given name in Mongolian usage, the surname in Western, the one person either way, unless
    two dotted names end in it. The names other cues cut from such a part ("宝力") go."""
    ends: dict[str, list[str]] = {}
    for name in names:
        if "·" in name and len(last := name.rsplit("·", 1)[1]) >= 2:
            ends.setdefault(last, []).append(name)
    out = {}
    for last, fulls in ends.items():
        if len(fulls) == 1 and last in text.replace(fulls[0], "\0"):
            out[last] = fulls[0]
            names.pop(last, None)  # (a cue took the part alone for a person of its own)
            drop_cut_parts(names, text, last)
    return out


def lengthen_sounded(names: dict[str, int], text: str) -> None:
    """In an article that writes transliterated names, a name of transliteration's letters that every time goes on
    in such letters is longer than a Chinese name's rules let it be ("副行长巴特尔朝鲁升任": five letters)."""
    for name in [n for n in names if 2 <= len(n) <= 3 and all(c in _SOUNDS for c in n)]:
        tails = {text[i + len(name):_sounded(text, i + len(name))] for i in occurrences(text, name)}
        if len(tails) == 1 and (tail := tails.pop()) and len(name) + len(tail) <= 8 and name + tail not in names:
            names[name + tail] = names.pop(name)



#: a Western personal name in Latin letters: two or three capitalised words (accents kept; a particle such as
#: "de" or "van" may stand before the last; a part may join two words by a hyphen)
_LATIN_PART = r"[A-ZÀ-Þ][a-zß-ÿ]{1,15}(?:-[A-ZÀ-Þ][a-zß-ÿ]{1,15})?"
_LATIN_PERSON = rf"{_LATIN_PART}(?: (?:(?:de|da|dos|di|del|van|von|der|le|la) )?{_LATIN_PART}){{1,2}}"
#: such a name, then a verb of taking or keeping a post ("P出任T", "P继续担任T"): the post's holder
_LATIN_TAKES_POST = re.compile(rf"(?<![A-Za-zÀ-ÿ.&'’-])({_LATIN_PERSON})(?![A-Za-z])"
                               r"(?=(?:则|也|仍|将|已|随即|正式|继续|获)?(?:担任|出任|留任|接任|兼任|升任|委任为|任命为|获委任为))")
#: two such names founding a firm together: "由P与Q于D共同创办", "P和Q联合创立"
_LATIN_FOUNDERS = re.compile(rf"(?<![A-Za-zÀ-ÿ.&'’-])(?P<a>{_LATIN_PERSON})(?:与|和|及)(?P<b>{_LATIN_PERSON})(?![A-Za-z])"
                             r"(?=[^。；\n]{0,14}?(?:共同|联合|一起)?(?:创办|创立|创建|创设|成立))")
#: the words of a firm's name, never of a person's ("Morgan Capital", "Banca Sella", "Credit Union")
_FIRM_WORDS = frozenset({"Bank", "Banca", "Banco", "Banque", "Capital", "Group", "Holding", "Holdings", "Partners", "Securities",
                         "Insurance", "Finance", "Financial", "Fund", "Funds", "Trust", "Asset", "Assets", "Management",
                         "Investment", "Investments", "Ventures", "Technology", "Technologies", "Tech", "Pay", "Payments",
                         "Union", "Credit", "Digital", "Global", "International", "Asia", "Pacific", "China", "Europe",
                         "Sachs", "Stanley", "Lynch", "Chase", "Fintech", "Money", "Transfer", "Exchange", "Services",
                         "Solutions", "Systems", "Labs", "Consulting", "Advisors", "Advisory", "Markets", "Brasil", "Italia",
                         "Kenya", "Microfinance", "Cooperative", "Staff", "Share", "Limited", "Company", "Corporation"})
#: the letters after a verb of taking a post that must hold a post's word for the name before to be a person's
_POST_REACH = 16


#: the verb that closes "T由…P担任": taking the post the clause named first, nothing after it but the clause's end
_VERB_ENDS_CLAUSE = re.compile(r"(?:则|也|仍|将|已|继续|正式)?(?:担任|出任|接任)(?:[，。；,;\n]|$)")


def _post_named_before(text: str, start: int, end: int, title_starts: set[int]) -> bool:
    """"T由…P担任": the post heads the clause, 由 brings in its holder, described perhaps at
    length, and the verb ends the clause right after the name."""
    if not _VERB_ENDS_CLAUSE.match(text, end):
        return False
    clause = max(text.rfind(c, 0, start) for c in "，。；\n") + 1
    by = text.rfind("由", clause, start)
    return by >= 0 and any(t in title_starts for t in range(clause, by))


def latin_people(text: str, title_starts: set[int]) -> list[tuple[str, int]]:
    """(name, offset) of each Western name in Latin letters that a construction gives as a person: the holder of
    a post the verb after it names ("P出任T": a title starts within a few letters after the
    verb), or one of two founders named together ("由A与B共同创办"). A name with a firm's word ("Capital",
    "Bank") is a firm's; the name-length rules of Chinese names never see these, so without this they are lost."""
    if not re.search(r"[A-Z][a-z]+ [A-Z]", text):
        return []
    out: list[tuple[str, int]] = []
    for m in _LATIN_TAKES_POST.finditer(text) if ("任" in text) else ():
        if _FIRM_WORDS.isdisjoint(m.group(1).split()) and (
                any(t in title_starts for t in range(m.end(), min(len(text), m.end() + _POST_REACH)))
                or _post_named_before(text, m.start(1), m.end(1), title_starts)):
            out.append((m.group(1), m.start(1)))
    for m in _LATIN_FOUNDERS.finditer(text) if ("创" in text or "成立" in text) else ():
        for g in ("a", "b"):
            if _FIRM_WORDS.isdisjoint(m.group(g).split()):
                out.append((m.group(g), m.start(g)))
    return out
