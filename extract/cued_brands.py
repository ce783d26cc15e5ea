"""A firm the article names only by its brand, with no legal form and no word of its trade after it ("知X财富",
"迅X"), known for a company by what the sentence says of it: the brand right before 创始人/创办人 (its founder),
after a verb of founding ("创办了X"), before 前身为 and a company's legal name (its former name), or after a
kind of firm ("保险商", "平台") with its Latin name in brackets. Interviews and portraits name a start-up so;
without the name its facts fall to the bank its founder left or the firm of the paragraph before.

Precision first: the brand must be no word jieba knows and no person's name, stand alone more than once in the
article (a brand the story is about), and lie outside every name found already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.name_words import CJK, LEGAL_SUFFIX, word_tag
from extract.persons import plausible_person
from extract.spans import Spans
from text.kinds import SHORT_SUFFIX
from text.normalize import norm_name

#: the founder's word right after the brand ("X创始人、董事长P", "X聯合創辦人")
_FOUNDER_AFTER = re.compile(r"(?:联合|聯合|的)?(?:创始人|创办人|創始人|創辦人)")
#: a verb of founding right before it ("创办了X。", "創立X，")
_FOUNDED_BEFORE = re.compile(rf"(?:创办|创立|創辦|創立)了?([{CJK}]{{2,4}})(?=[，。；,;、]|$)")
#: its former name after it: "X前身为" + a legal name
_FORMER_AFTER = re.compile(rf"(?:前身为|前身為|前身是)(?:“|「)?[{CJK}（）()]{{2,30}}?{LEGAL_SUFFIX}")
#: a kind of firm, then the brand and its Latin name in brackets: "网上保险商X（QuickCo）"
_KIND_THEN_LATIN = re.compile(rf"(?:保险商|保險商|服务商|服務商|运营商|營運商|经纪商|經紀商|平台|初创公司|初創公司)([{CJK}]{{2,4}})[（(][A-Z][A-Za-z .&-]{{1,30}}[）)]")
#: what before the brand ends the words before it (a clause's edge, or the verb of meeting or interviewing)
_EDGE_BEFORE = re.compile(r"(?:^|[，。；：:、“「\s]|见到了|見到了|专访|專訪|对话|對話|是|为|為)$")
#: letters a brand does not hold (function words, pronouns, numerals)
_NOT_BRAND = re.compile(r"[的了是在和与及或其该本这那此各每我你他她它们之于为為由被将把从向对對也都就又再一二三四五六七八九十公司集团]")


def _brand(word: str, text: str, lex: Lexicon, occupied: Spans, at: int) -> bool:
    """Whether `word` at `at` is a coined brand: not inside a found name, no known word, no person, said again."""
    if len(word) < 2 or _NOT_BRAND.search(word) or occupied.covering(at) or occupied.covering(at + len(word) - 1):
        return False
    if word_tag(word)[0] is not None or word in lex.places:
        return False
    if plausible_person(word, lex, strong=False):
        return False
    return text.count(word) >= 2


def find_cued_brands(inv: Inventory, text: str, lex: Lexicon, occupied: Spans, show: Callable[[int, int], str]) -> None:
    """Add each brand a founding, a former name or a kind of firm shows to be a company (see the module's note)."""
    def ending_at_cue(cue: re.Pattern[str]) -> list[tuple[str, int]]:  # the brand ends where the cue begins
        return [b for m in cue.finditer(text) if (b := _brand_ending_at(m.start(), text, lex, occupied))]

    def in_cue(cue: re.Pattern[str]) -> list[tuple[str, int]]:  # the cue's group is the brand
        return [(m.group(1), m.start(1)) for m in cue.finditer(text) if _brand(m.group(1), text, lex, occupied, m.start(1))]

    found = [*ending_at_cue(_FOUNDER_AFTER), *in_cue(_FOUNDED_BEFORE), *ending_at_cue(_FORMER_AFTER), *in_cue(_KIND_THEN_LATIN)]
    for word, at in found:
        if occupied.covering(at):
            continue  # (found twice)
        key = inv.surface.get(norm_name(word)) or ("" if re.search(f"{re.escape(word)}(?:{SHORT_SUFFIX})", text)
                                                   else _named_whole(inv, word, lex))  # ("X支付（Latin…）", then "X的创办人": X支付's)
        if key == "":
            continue  # two companies hold the brand's letters: which one it names is not for this reader to say
        if key:  # "X科技…創立X": the brand of a company the text names in full, one firm
            inv.link(norm_name(word), show(at, at + len(word)), key)
        else:
            inv.add("C:" + word, show(at, at + len(word)), "Company", norm_name(word), show(at, at + len(word)), at)
        occupied.append((at, at + len(word)))


def _brand_ending_at(end: int, text: str, lex: Lexicon, occupied: Spans) -> tuple[str, int] | None:
    """The longest brand (4, 3 or 2 letters) ending at `end` whose left edge is a clause's edge or a verb of meeting."""
    for n in (4, 3, 2):
        at = end - n
        if at >= 0 and _EDGE_BEFORE.search(text, max(0, at - 3), at) and _brand(text[at:end], text, lex, occupied, at):
            return text[at:end], at
    return None


def _named_whole(inv: Inventory, word: str, lex: Lexicon) -> str | None:
    """The company found already that the brand names, when exactly one found name holds its letters and it is the
    brand with a word of its trade ("X" … "X科技") or a legal name opening with it after its place ("X科技" …
    "深圳X科技有限公司"). None when no found name holds them (the brand is a firm of its own), "" otherwise: with two
    firms of its letters (a group and its arm, a holder and its listed company) the stems' linker decides, as before."""
    stem = re.sub(rf"{SHORT_SUFFIX}$", "", word) if len(word) > 2 else word
    stem = stem if len(stem) >= 2 else word
    holding = {k for n, k in inv.surface.items() if k.startswith("C:") and stem in n}
    if not holding:
        return None
    if len(holding) > 1:
        return ""
    named = {n for n, k in inv.surface.items() if k in holding}
    fits = any((n.startswith(stem) and re.fullmatch(f"(?:{SHORT_SUFFIX}){{1,2}}", n[len(stem):]))
               or (re.search(f"{LEGAL_SUFFIX}$", n) and _opens_after_place(n, word, lex)) for n in named)
    return next(iter(holding)) if fits else ""


def _opens_after_place(name: str, stem: str, lex: Lexicon) -> bool:
    """Whether `name` opens with `stem`, or with a place and then `stem`."""
    return name.startswith(stem) or any(name[:n] in lex.places and name.startswith(stem, n) for n in (2, 3, 4))
