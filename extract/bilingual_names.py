"""A person named first in Latin letters, with the Chinese name in brackets: "Sophie Laurent（罗素菲）",
"Martin Keller（中文名：柯马丁）". A foreign firm's release, or a wire story translated from English,
writes its people so; the Chinese name is the one a Chinese reader (and a question) uses, the Latin
one is the same person. The bracket is the cue: a Chinese name alone, starting with a surname."""

from __future__ import annotations

import re

from extract.alias_defs import after_dotted_name, former_in_bracket
from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.name_words import CJK
from text.names import char_sound
from text.normalize import norm_name

#: a personal name in Latin letters (two or three capitalised words), then its Chinese form in brackets
_LATIN_THEN_CHINESE = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]{{1,15}}(?: [A-Z][a-z]{{1,15}}){{1,2}})[（(](?:中文名|中文名字|中文姓名)?[：:]?([{CJK}]{{2,4}})[）)]")
#: the words of a firm's Latin name, which no person's has
_FIRM_WORD = re.compile(r"\b(?:Bank|Bancorp|Bancshares|Group|Capital|Partners|Holdings?|Securities|Insurance|Fund|Investments?|Financial|Asset|"
                        r"Management|Trust|Life|Limited|Ltd|Company|Corporation|Technology|Technologies|International)\b")
#: a bracket that names a firm, not a person
_FIRM_TAIL = re.compile(r"(?:银行|集团|资本|证券|保险|基金|投资|控股|公司|金融|信托|人寿|科技)$")


def bilingual_people(text: str, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(Latin name, Chinese name, offset of the Chinese name) of each such pair in the text."""
    if "（" not in text and "(" not in text:
        return []
    out = []
    for m in _LATIN_THEN_CHINESE.finditer(text):
        latin, chinese = m.group(1), m.group(2)
        if _FIRM_WORD.search(latin) or _FIRM_TAIL.search(chinese) or not lex.is_surname_start(chinese) or lex.company(chinese):
            continue
        out.append((latin, chinese, m.start(2)))
    return out


def link_bilingual(inv: Inventory, pairs: list[tuple[str, str, int]]) -> None:
    """The Latin name is another name of the Chinese one's person (an entity a cue made of it folds in)."""
    for latin, chinese, _at in pairs:
        key = inv.surface.get(norm_name(chinese))
        if key is None or not key.startswith("P:"):
            continue
        other = inv.surface.get(norm_name(latin))
        if other is not None and other != key and other.startswith("P:") and other in inv.entities:
            merge_entities(inv, other, key)
        elif other is None:
            inv.link(norm_name(latin), latin, key)


#: the other order: a Chinese name, then its Latin form (an English name or the pinyin) in brackets:
#: "柯文德（Conrad Weber）先生", "董事长溫啟華（Wen Qihua）"
_LATIN_AFTER = re.compile(r"[（(]([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})[）)]")


def link_latin_after(inv: Inventory, text: str) -> None:
    """The Latin name in brackets right after a person's Chinese name is another name of that person
    (the longest name the article knows that ends at the bracket; a Latin name already known stays as it is)."""
    if "（" not in text and "(" not in text:
        return
    found = [m for m in _LATIN_AFTER.finditer(text) if not _FIRM_WORD.search(m.group(1))]
    firsts = [m.group(1).split()[0] for m in found]
    for m in found:
        latin = m.group(1)
        for n in (4, 3, 2):
            key = inv.surface.get(norm_name(text[max(0, m.start() - n):m.start()]))
            if key is not None and key.startswith("P:"):
                if inv.surface.get(norm_name(latin), key) != key:
                    break  # (a Latin name the article gives someone else)
                if norm_name(latin) not in inv.surface:
                    inv.link(norm_name(latin), latin, key)
                given = latin.split()[0]  # "目前Ryan担任CEO": the English given name alone, when no one else has it
                if " " in latin and firsts.count(given) == 1 and norm_name(given) not in inv.surface and re.search(
                        rf"(?<=[\u4e00-\u9fff，。；：“,;:]){given}(?=[\u4e00-\u9fff，。；：”,;:])", text):
                    inv.link(norm_name(given), given, key)
                break


#: a short name a release defines in Chinese ("X银行（中国）有限公司" + "（“X中国”）") and in English
#: ("Rheinwald Bank (China) Co., Ltd. ("Rheinwald China")")
_ZH_DEFINED = re.compile(rf"[（(](?:以下简称|简称|下称)?[：:]?[“「\"]([^”」\"（）()]*[{CJK}][^”」\"（）()]*)[”」\"][）)]")
_EN_DEFINED = re.compile(r"[（(][“\"]([A-Z][A-Za-z&.' -]{1,40})[”\"][）)]")


def link_parallel_short_names(inv: Inventory, text: str) -> None:
    """A bilingual release says each thing twice, a Chinese paragraph then its English one: when
    it defines as many short names in English as in Chinese, the n-th English one is another name
    of the company the n-th Chinese one names ("Nordkap China" is 诺德卡普中国)."""
    if "“" not in text and "\"" not in text:
        return
    zh = [m.group(1) for m in _ZH_DEFINED.finditer(text)]
    en = [m.group(1) for m in _EN_DEFINED.finditer(text)]
    if not en or len(zh) != len(en):
        return
    for short, latin in zip(zh, en, strict=True):
        key = inv.surface.get(norm_name(short))
        if key is not None and key.startswith("C:") and norm_name(latin) not in inv.surface:
            inv.link(norm_name(latin), latin, key)


#: a company's Latin name after its Chinese one: in brackets ("松溪银行（Songxi Bank）", "X控股有限公司（Wangyue
#: Wealth Holdings Limited，NYSE：HMW）"), or a notice's header line in capitals under the Chinese name line
#: ("X银行有限公司\nKAM SHING BANK LIMITED")
#: (every word capitalised: "（formerly known as X Holdings）" names an earlier name, not this one)
_FIRM_BRACKET = re.compile(r"[（(]((?:[A-Z][A-Za-z0-9&.'\-]*|of|and|&)(?:,? (?:[A-Z][A-Za-z0-9&.'\-]*|of|and|&)){0,8})[ ]*(?=[）)，,；;])")
#: a brand in Latin letters with no firm word, right after a company's Chinese name: one or two capitalised words
#: ("瑞芷数字（Ruizhi Digital）", "迅芷（QuickLeaf）"); not a ticker's capitals, not a place
_BRAND = re.compile(r"(?!(?:Hong Kong|Singapore|Macau|Taiwan|China|Malaysia|Indonesia|Asia|Japan|Korea|Beijing|Shanghai|Shenzhen)$)"
                    r"[A-Z][a-z]+[A-Za-z]*(?: [A-Z][a-z]+){0,2}")

def _brand_of(latin: str, chinese: str) -> bool:
    """Whether a Latin name with no firm word is the brand of the company named right before it: one to three
    capitalised words, not a place, spelling the Chinese name's first syllable first (瑞芷数字 "Ruizhi Digital",
    澄聚科技 "Chengju"); a person's name after a company's short form ("颂某（Pali Sommai）") or an exchange's
    code word is none."""
    if not _BRAND.fullmatch(latin) or chinese.endswith(("交易所", "交易中心")):
        return False
    first = next((c for c in chinese if "\u4e00" <= c <= "\u9fff"), "")
    return bool(first) and char_sound(first)[:1] == latin[:1].lower()


_FIRM_HEADER = re.compile(r"^[^\S\n]*([A-Z][A-Z0-9&.,'\- ]{2,60}?)[^\S\n]*$", re.M)
#: a Macau firm's Portuguese name on the line under its Chinese one, ending in its legal form ("Banco X (Macau), S.A.")
_ROMANCE_HEADER = re.compile(r"^[^\S\n]*([A-Z][A-Za-z0-9&.,()（）'\- ]{2,60}?[,，]? *(?:S\.A\.|Lda\.|Limitada))[^\S\n]*$", re.M)
#: the legal form, then the group word, that a Latin name is also written without ("Kam Shing Bank", "Hengmao Wealth")
#: (Yangon's "Public Co., Ltd.", Ulaanbaatar's JSC, Macau's S.A. and Lda.)
_LEGAL_TAIL = re.compile(r"[ ,，]*(?:Public (?:Company Limited|Co\.?,? Ltd\.?|Co\.?)|Company Limited|Co\.?,? Ltd\.?|Pte\.? Ltd\.?|Limited|Ltd\.?|"
                         r"Inc\.?|Incorporated|Corporation|Corp\.?|PLC|plc|JSC|LLC|L\.P\.?|S\.A\.|Lda\.|Limitada)$", re.I)
_GROUP_TAIL = re.compile(r" (?:Holdings?|Group)$", re.I)
#: the place in brackets before the legal form, that names the arm, not the firm's own words ("A Trading (P)")
_PLACE_TAIL = re.compile(r" *[（(][A-Z][A-Za-z .]{1,24}[）)]$")


def link_latin_companies(inv: Inventory, text: str) -> None:
    """A company's Latin name written beside its Chinese one is another name of it (and so are its forms
    without the legal words), so that a question asking by the English name finds the company."""
    if not re.search(r"[A-Za-z]{3}", text):
        return
    for m in _FIRM_BRACKET.finditer(text) if "（" in text or "(" in text else ():
        latin = m.group(1).strip(" ,.")
        n, key = next(((n, k) for n in range(min(24, m.start()), 1, -1)
                       if (k := inv.surface.get(norm_name(text[m.start() - n:m.start()]))) and k.startswith("C:")), (0, None))
        if key is not None and not after_dotted_name(text, m.start()) and (
                _FIRM_WORD.search(latin) or (_brand_of(latin, text[m.start() - n:m.start()]) and not former_in_bracket(text, m))):
            link_latin_forms(inv, latin, key)
    for m in _FIRM_HEADER.finditer(text, 0, 600):
        above = text.rfind("\n", 0, max(0, m.start() - 1))
        key = inv.surface.get(norm_name(text[above + 1:m.start()].strip()))
        if key is not None and key.startswith("C:") and _FIRM_WORD.search(m.group(1).title()):
            link_latin_forms(inv, m.group(1).strip(" ,."), key)
    for m in _ROMANCE_HEADER.finditer(text, 0, 600) if "S.A." in text or "Lda" in text or "Limitada" in text else ():
        above = text.rfind("\n", 0, max(0, m.start() - 1))
        key = inv.surface.get(norm_name(text[above + 1:m.start()].strip()))
        if key is not None and key.startswith("C:"):
            link_latin_forms(inv, m.group(1).strip(" ,，"), key)


def link_latin_forms(inv: Inventory, latin: str, key: str) -> None:
    """A Latin name and its forms without the legal words, the group word or the place bracket, as names of `key`."""
    bare = _LEGAL_TAIL.sub("", latin)
    for form in dict.fromkeys((latin, bare, _GROUP_TAIL.sub("", bare), _PLACE_TAIL.sub("", bare))):
        if len(norm_name(form)) >= 4 and inv.surface.get(norm_name(form), key) == key:
            inv.link(norm_name(form), form, key)


#: a Chinese name right before its Latin legal name in brackets, whose legal form says it is a company ("X科技（X
#: Technologies Sdn Bhd）", "Y支付（Y Pay Pte. Ltd.）"): a foreign firm a Chinese report names in both scripts
#: (quotes may wrap the Chinese name, "“Q速付”（Q Transfer Pty Ltd）"; a comma inside the bracket may lead on to a
#: ticker, "Z控股（Z Holdings Limited，NZX：ZHL）")
_LEGAL_BRACKET = re.compile(rf"([{CJK}]{{2,12}})[”」\"]?[（(]([A-Z][A-Za-z0-9&.'\- ]{{1,60}}?[ ,]"
                            r"(?:Sdn\.? ?Bhd\.?|Bhd\.?|Berhad|Pte\.? ?Ltd\.?|Co\.?,? ?Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|PLC|GmbH))"
                            r"(?:[）)]|[，,；;]\s*(?=[A-Z]{2,6}\s*[:：]|[^（()）]{0,20}(?:代码|代号)))")
#: a word every legal form of `_LEGAL_BRACKET` holds: the pattern starts with a run of Chinese letters, so the engine
#: would try it at every letter of a text with none of them (most texts; 94 % of the regression sets')
_LEGAL_FORM_WORDS = ("Bhd", "Berhad", "Ltd", "Limited", "Inc", "Corp", "LLC", "PLC", "GmbH")
#: a Chinese legal word at the end: such a name is found by its suffix
_LEGAL_WORD = re.compile(r"(?:公司|集团|银行|企业|合伙|会社)$")
#: the business word a firm's Chinese name ends in, which its short form drops ("马辰科技" … "马辰")
_BUSINESS_TAIL = re.compile(r"(?:科技|金融|支付|集团|控股|数字|数科|网络|资本|投资|信贷|财务)$")  # (信贷, 财务: a lender, "X Lending Corp.", "X Finance Ltd")


def latin_legal_companies(text: str, known: dict[str, str]) -> list[tuple[str, str, str, int]]:
    """(name, short form, Latin name, offset) of each company named so and not yet known. The bracket does not say where the
    Chinese name starts ("本地业者X科技（…）"): it is the longest ending at the bracket whose short form (the name
    without its business word) the article uses again."""
    if ("（" not in text and "(" not in text) or not any(w in text for w in _LEGAL_FORM_WORDS):
        return []
    out = []
    for m in _LEGAL_BRACKET.finditer(text):
        run = m.group(1)
        if _LEGAL_WORD.search(run) or any(run.endswith(k) for k in known if len(k) >= 2):
            continue  # (a name with its legal word, or one the article knows: found already)
        for n in range(len(run), 1, -1):
            name = run[-n:]
            short = _BUSINESS_TAIL.sub("", name)
            if len(short) >= 2 and text.count(short) >= 2:
                if norm_name(name) not in known and norm_name(short) not in known:
                    out.append((name, short, m.group(2), m.start(1) + len(run) - n))
                break
    return out


#: a Chinese name ending in its kind (银行, 证券…), then in brackets a Latin name with a firm's word ("北林银行（North
#: Forest Bank of X）"): the bracket says the words before it are a firm's name, however common they are as words
#: (its code may follow in the bracket: "A银行集团（A Bancorp，代号" + letters + "）")
_KIND_THEN_LATIN = re.compile(rf"([{CJK}]{{1,10}}(银行|证券|保险|信托|信贷|金融|控股|集团|资本|基金))[（(]([A-Z][A-Za-z0-9&.,'\- ]{{2,60}}?)"
                              r"(?:[，,；;]\s*(?:股票|证券)?(?:代号|代码|代號)[：:]?\s*[A-Z0-9.]{1,8})?[）)]")


#: letters that never open a firm's name: a particle, a preposition, a copula, a conjunction
_NO_NAME_HEAD = frozenset("的在于为是和与及、")


def latin_named_firms(text: str, known: dict[str, str]) -> list[tuple[str, str, str, int]]:
    """(name, name, Latin name, offset) of each firm named "X银行（X Bank）" whose Chinese name the recogniser
    refused (its front a common word: "北岸" is "the north shore") and the article writes again. Where the
    name starts is the longest front before the kind that the article repeats."""
    if ("（" not in text and "(" not in text) or not _FIRM_WORD.search(text):
        return []
    out = []
    for m in _KIND_THEN_LATIN.finditer(text):
        run, kind, latin = m.group(1), m.group(2), m.group(3)
        if not _FIRM_WORD.search(latin) or any(run.endswith(k) for k in known if len(k) >= 3):
            continue
        fits = []
        for n in range(len(kind) + 2, len(run) + 1):
            if run[-n] in _NO_NAME_HEAD:
                break  # "位于P的" + "A银行": a particle or preposition ends the words before the name (whatever repeats with it)
            if text.count(run[-n:]) >= 2:
                fits.append(run[-n:])
        if fits and norm_name(fits[-1]) not in known:
            out.append((fits[-1], fits[-1], latin.strip(), m.end(1) - len(fits[-1])))
    return out


#: a Vietnamese name of four letters, its middle one 氏 (Thị, a woman's) or 文 (Văn, a man's), then its
#: Vietnamese spelling in brackets, one capitalised syllable a letter: "黎氏兰英（Lê Thị Lan Anh）"
_VIETNAMESE = re.compile(rf"([{CJK}][氏文][{CJK}]{{2}})[（(]((?:[A-ZÀ-Ỹ][a-zà-ỹ]*[ -]){{3}}[A-ZÀ-Ỹ][a-zà-ỹ]*)[）)]")


def vietnamese_people(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """(name, offset) of each four-letter Vietnamese name spelled out in brackets: the four syllables
    say the name has four letters, where a Chinese name's length would stop at three."""
    if "氏" not in text and "文" not in text:
        return []
    return [(m.group(1), m.start(1)) for m in _VIETNAMESE.finditer(text)
            if lex.is_surname_start(m.group(1)) and not _FIRM_TAIL.search(m.group(1))]
