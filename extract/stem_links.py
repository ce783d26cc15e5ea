"""A company named in full, written later by a part of its name: its stem
(the legal name without its legal form, with or without the place it starts
with), the brand of its short name ("汉富资本" … "汉富"), its place's
abbreviation ("北京银行" … "北银"). Each links only a form the article writes
standing alone, and only to one company.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.name_words import CJK, CJK_CHAR, LEGAL_SUFFIX, ORG_WORD, word_tag
from extract.parent_names import stated_child
from extract.standalone import alone_at, first_alone
from text.kinds import GENERIC_PREFIX, SHORT_SUFFIX
from text.names import is_generic_org_name
from text.normalize import norm_name, to_simplified

#: a group named after its kind's short name ("X科技集团"): its stem is the name without 集团
_GROUP_AFTER_KIND = re.compile(rf"(?:{SHORT_SUFFIX})(集团)$")
_LEGAL_TAIL = re.compile(r"(?:[（(](?:集团|中国|控股|香港|北京|上海|深圳)[）)])?" + LEGAL_SUFFIX + "$")


def _two_legal_names(a: str, b: str) -> bool:
    """Whether two names are both legal names that differ past their stem: "X控股有限公司" and
    "X（香港）有限公司" share the stem X but are two companies (a parent and its Hong Kong arm)."""
    ma, mb = _LEGAL_TAIL.search(a), _LEGAL_TAIL.search(b)
    return bool(ma and mb and _bare_tail(ma.group(0)) != _bare_tail(mb.group(0)))


def _two_places(lex: Lexicon, a: str, b: str) -> bool:
    """Whether two legal names start with two different places: "A县X村镇银行" + a legal form and "B县X村镇银行" + another
    share the stem without the place, X村镇银行, yet are two banks (one sponsor's in two counties)."""
    if not (_LEGAL_TAIL.search(a) and _LEGAL_TAIL.search(b)):
        return False
    pa, pb = lex.place_prefix(a), lex.place_prefix(b)
    return bool(pa and pb and pa != pb)


#: a legal name of a company's arm in a place: "X银行（中国）有限公司"
_PLACE_ARM = re.compile(r"[（(](?:中国|香港|澳门|台湾|新加坡|亚洲|亚太)[）)]" + LEGAL_SUFFIX + "$")
#: a parent's word ending a name: "X银行集团", "X控股"
_PARENT_WORD = re.compile(r"(?:集团|控股)(?:" + LEGAL_SUFFIX + ")?$")


def _arm_and_parent(a: str, b: str) -> bool:
    """Whether one name is a company's arm in a place and the other its group: "X银行（中国）有限公司" and
    "X银行集团" share the stem X银行 but are two companies (a subsidiary and its parent)."""
    return bool((_PLACE_ARM.search(a) and _PARENT_WORD.search(b)) or (_PLACE_ARM.search(b) and _PARENT_WORD.search(a)))


def _arm_called_otherwise(arm: str, aliases: list[str], stem: str) -> bool:
    """Whether `arm` is a company's arm in a place ("X（亚太）" + a legal form) that the article has given a short name
    of its own which is not its stem ("X亚太"): X alone is then the parent the arm is named after, not the arm."""
    return bool(_PLACE_ARM.search(arm)) and any(
        re.fullmatch(rf"[{CJK}]{{2,8}}", a) and not a.startswith(stem) and not _LEGAL_TAIL.search(a) for a in aliases)


#: a legal name in the Japanese form, the form first: "株式会社X银行"
_JAPANESE_LEGAL = re.compile(r"^株式会社.{2,}")


def _arm_and_named_home(arm: str, home_names: list[str]) -> bool:
    """Whether `arm` is a company's arm in a place ("X银行（中国）有限公司") and the company its stem names is
    written under a legal name of its own ("株式会社X银行"): then X is the foreign parent, not the arm's short name."""
    return bool(_PLACE_ARM.search(arm)) and any(
        _JAPANESE_LEGAL.match(n) or (n != arm and _LEGAL_TAIL.search(n) and not _PLACE_ARM.search(n)) for n in home_names)


#: a stock code in brackets right after a name: "X证券（6028）", "X银行（00123.HK）"
_CODE_AFTER = re.compile(r"[（(](?:[A-Z]{0,4}[:：])?\d{4,6}(?:\.[A-Z]{2})?[）)]")


def _arm_and_listed_stem(text: str, arm: str, stem_name: str) -> bool:
    """Whether `arm` is a company's arm in a place and the article writes its stem with a stock code: "X证券（6028）"
    beside "X证券（香港）有限公司" is the listed parent (arms abroad are not what a code is given for)."""
    if not _PLACE_ARM.search(arm):
        return False
    stem_name = to_simplified(stem_name)  # (the text is read in Simplified)
    i = text.find(stem_name)
    while i >= 0:
        if _CODE_AFTER.match(text, i + len(stem_name)):
            return True
        i = text.find(stem_name, i + 1)
    return False


def _bare_tail(tail: str) -> str:
    """A legal tail without the words that leave the company the same (X有限公司, X股份有限公司, X有限责任公司: one, reformed)."""
    return tail.replace("股份", "").replace("责任", "")


def link_stems(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """A legal name's stem, and its stem without the place it starts with,
    name the same company where the article uses them on their own; so do
    the stem with 公司 for its legal suffix ("X科技有限公司" … "X科技公司")
    and, for a group's member, the stem without 集团 ("X集团财务有限公司"
    … "X财务公司")."""
    for ent in list(inv.companies()):
        simple = to_simplified(ent.name)  # (the name as written: "X金融集團" is a group too)
        m = _LEGAL_TAIL.search(simple) or _GROUP_AFTER_KIND.search(simple)  # "X科技集团" … "X科技": the group's stem
        if not m or ent.from_dictionary:
            continue
        stem = simple[: m.start(m.lastindex or 0)]
        place = lex.place_prefix(stem)
        stems = [stem, stem[len(place):] if place else ""]
        group = [x + "集团" for x in stems if x] if m.group(0).startswith("集团") else []  # "X集团有限公司" … "X集团"
        stems += [m for x in stems if x and (m := re.sub(r"(?<=.{2})集团(?=.{2})", "", x)) != x]
        for short in [*stems, *group, *(x + "公司" for x in stems if x)]:
            if len(short) < 2 or short in lex.places or is_generic_org_name(short + "公司") or GENERIC_PREFIX.issuperset([short]):
                continue
            key = norm_name(short)
            other = inv.surface.get(key)
            if other is not None:
                if other != ent.key and other in inv.entities and not inv.entities[other].from_dictionary \
                        and inv.entities[other].type == "Company" and ent.key in inv.entities \
                        and not _two_legal_names(to_simplified(inv.entities[other].name), simple) \
                        and not _two_places(lex, to_simplified(inv.entities[other].name), simple) \
                        and not _arm_and_parent(to_simplified(inv.entities[other].name), to_simplified(ent.name)) \
                        and not _arm_and_named_home(simple, [to_simplified(n) for n in (inv.entities[other].name,
                                                                                        *inv.entities[other].aliases)]) \
                        and not _arm_and_listed_stem(text, simple, inv.entities[other].name) \
                        and not stated_child(text, to_simplified(inv.entities[other].name), simple) \
                        and not _arm_called_otherwise(simple, [to_simplified(a) for a in ent.aliases], stem):
                    merge_entities(inv, other, ent.key)  # "云端数据科技", found by its suffix, is the legal name's stem
                continue
            i = first_alone(text, short, _stands_alone)
            if i >= 0:
                inv.link(key, show(i, i + len(short)), _group_of_arm(inv, simple, short) or ent.key)


def _group_of_arm(inv: Inventory, arm: str, short: str) -> str | None:
    """The group an arm's stem names when the article names that group too: "X（香港）有限公司" beside "X集团" (or
    "X控股"), "X" alone is the group (the listed parent a text is about), not its Hong Kong arm."""
    if not _PLACE_ARM.search(arm):
        return None
    return next((e.key for e in inv.companies() if (name := to_simplified(e.name)).startswith(short)
                 and _PARENT_WORD.fullmatch(name, len(short))), None)


#: a company's short name as a brand and the word for its kind ("汉富" + "资本")
#: (a group's sector word goes with its 集团: "楚信金融集团" is of the brand 楚信, like its members 楚信证券 and 楚信信托)
_BRAND_OF = re.compile(rf"([{CJK}]{{2,4}}?)(?:(?:金融|投资|科技|实业|控股|保险|证券)集团|资本|集团|控股|投资|科技|金融|金服|数科|证券|基金|保险|银行|信托|资管|实业|资产)")
#: a bank's name: the press calls a bank by its brand alone, however seldom it writes the name in full
_BANK_END = re.compile(r"(?:银行|銀行)(?:[（(][^（()）]{1,6}[）)])?$")
#: what makes a brand the start of a longer name, not the brand alone
_NAME_GOES_ON = re.compile(rf"[（(]|{SHORT_SUFFIX}|{LEGAL_SUFFIX}|{ORG_WORD.pattern}")


def link_brands(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """The brand of a company's short name, written alone ("汉富资本" … "汉富先后投资"),
    names that company; when the article names several companies of that
    brand (汉富资本, 汉富控股), the sentence decides which (`inv.brands`)."""
    by_brand: dict[str, list[str]] = {}
    once: dict[str, list[str]] = {}  # the same of names written once
    for ent in inv.companies():
        # a company written in full once and by the short form a reader makes of it again and again ("深圳X信息技术
        # 有限公司" … "X科技" twice) is written often: the short form's mentions count
        often = ent.count >= 2 or sum(text.count(a) for a in ent.aliases if a != ent.name and len(a) >= 4) >= 2
        for name in (ent.name, *ent.aliases):
            m = _BRAND_OF.fullmatch(to_simplified(name))
            if m and ent.key not in (seen := (by_brand if often else once if _introduced(text, ent.name) or _BANK_END.search(name) else {})
                                         .setdefault(m.group(1), [])):
                seen.append(ent.key)
    for brand, keys in once.items():
        # a name written once is too weak a ground for reading its brand as it, unless it is introduced with its ticker
        # or Latin name, it is the brand's one name and the brand is written alone again and again
        # ("松溪科技（NASDAQ:SXKJ）…在松溪工作…加入松溪时"); a bank too: a column calls banks by their brands
        # ("X银行副行政总裁P" once, then "在X效力多年", "X这边")
        if brand not in by_brand and len(keys) == 1 and len(_alone(text, brand)) >= 2:
            by_brand[brand] = keys
    for brand, keys in by_brand.items():
        key = norm_name(brand)
        alone = _alone(text, brand)
        if not alone:
            continue
        if (key in inv.surface or lex.company(brand) or lex.place_prefix(brand) or brand in GENERIC_PREFIX
                or word_tag(brand)[0] is not None):
            continue  # a known name, a place ("香港地区") or a common word ("美股") is no brand
        i = alone[0]
        if len(keys) == 1:
            inv.link(key, show(i, i + len(brand)), keys[0])
        else:
            inv.brands[key] = keys
            inv.forms.add(brand)


def link_place_abbreviations(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """A name that starts with its place is shortened to the place's first
    letter and the rest's ("上海商业银行" … "上商", "北京银行" … "北银"): where the
    article writes that alone, and no other company of the article shortens
    the same way, it names the company."""
    by_abbr: dict[str, list[str]] = {}
    for ent in inv.companies():
        name = to_simplified(ent.name)
        place = lex.place_prefix(name)
        if place and len(name) - len(place) >= 2 and re.fullmatch(rf"[{CJK}]+", name):
            abbr = place[0] + name[len(place)]
            if ent.key not in by_abbr.setdefault(abbr, []):
                by_abbr[abbr].append(ent.key)
    for abbr, keys in by_abbr.items():
        key = norm_name(abbr)
        if len(keys) > 1 or key in inv.surface or lex.company(abbr) or abbr in lex.places or word_tag(abbr)[0] is not None:
            continue
        i = first_alone(text, abbr, _abbreviation_alone)
        if i >= 0:
            inv.link(key, show(i, i + 2), keys[0])


#: a bank's or a broker's name in Taiwan's press shortened to its kind's first letter: "X商业银行" … "X银", "X证券" … "X证"
_TRADE_LETTER = re.compile(rf"([{CJK}]{{2,4}}?)(?:商业银行|银行|证券)")
#: what makes "X银"/"X证" the start of a longer word, not the short name alone
_LETTER_GOES_ON = re.compile(r"[行券监保会]|[（(]|" + ORG_WORD.pattern)


def link_trade_letters(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """"X银" for "X商业银行" and "X证" for "X证券", written alone, name that company where no other company of
    the article shortens the same way (Taiwan's press: "由X银为存续公司", "X证于2007年上市")."""
    if "银" not in text and "证" not in text:
        return
    by_form: dict[str, list[str]] = {}
    for ent in inv.companies():
        for name in (ent.name, *ent.aliases):
            m = _TRADE_LETTER.fullmatch(to_simplified(name))
            for form in _letter_forms(m) if m else ():
                if ent.key not in (keys := by_form.setdefault(form, [])):
                    keys.append(ent.key)
    for form, keys in by_form.items():
        key = norm_name(form)
        if len(keys) > 1 or key in inv.surface or lex.company(form) or word_tag(form)[0] is not None:
            continue
        i = first_alone(text, form, _letter_alone)
        if i >= 0:
            inv.link(key, show(i, i + len(form)), keys[0])


def _letter_forms(m: re.Match[str]) -> list[str]:
    """"X证"/"X银" of a broker or a bank; a commercial bank of a two-letter brand also by its first letter and 银
    (Taiwan's press: "X商业银行" with X of two letters, "X[0]银")."""
    if m.group(0).endswith("证券"):
        return [m.group(1) + "证"]
    one = [m.group(1)[0] + "银"] if len(m.group(1)) == 2 and m.group(0).endswith("商业银行") else []
    return [m.group(1) + "银", *one]


def _letter_alone(text: str, s: int, e: int) -> bool:
    return not _LETTER_GOES_ON.match(text, e)


#: a ticker or a Latin name in brackets after a company's name: the name introduced
_INTRODUCED = re.compile(r"[（(][^（）()]{0,12}?[A-Za-z0-9]{2,}")


def _introduced(text: str, name: str) -> bool:
    i = text.find(name)
    return i >= 0 and _INTRODUCED.match(text, i + len(name)) is not None


#: letters and then a bracketed stock code: the brand begins a coined name the article introduces
#: with its code ("X融科（873612）"), which it then writes whole ("X融科召开股东大会")
_CODED_REST = re.compile(rf"([{CJK}]{{1,4}}?)[（(]\s*(?:(?:股票|证券)代码[：:]?\s*)?\d{{6}}\s*[）)]")


def _alone(text: str, brand: str) -> list[int]:
    """Where `brand` is written in `text` not as the start of a longer name;
    none where the article also introduces, with its code, another name the
    brand begins ("X融科（873612）" beside "X投资"): two companies share it, so
    it names neither alone."""
    alone = list(alone_at(text, brand, _brand_alone))
    return [] if any(_CODED_REST.match(text, i + len(brand)) for i in alone) else alone


def _brand_alone(text: str, s: int, e: int) -> bool:
    return not _NAME_GOES_ON.match(text, e)


def _abbreviation_alone(text: str, s: int, e: int) -> bool:
    """An abbreviation neither goes on into a name nor ends a word with the letter before it."""
    return not (_NAME_GOES_ON.match(text, e) or (CJK_CHAR.match(text, s - 1) and word_tag(text[s - 1:s + 1])[0]))


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is not the middle of a longer legal name."""
    return not re.match(r"[\u4e00-\u9fff]{0,4}(?:有限|股份|集团)", text[e:e + 8]) or text[e:e + 1] in "（(、，。"
