"""Short names that end in a word for a kind of business (实业, 置业, 物流…)
where the article lists shareholders: "股东包括鸿泰实业、…", "鸿泰实业持股12%".

Such a word ends a name only after a coined word jieba does not know or a
proper name ("鸿泰" + "实业"), and only where a holder is expected — out of
that context "江川实业" might as well be a phrase. The kinds are kinds of
names (never a name); the article's own letters make the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.company_names import company_left_boundary
from extract.country_arms import COUNTRIES
from extract.mention_records import Inventory
from extract.name_words import ASCII_ORG, CJK, LEGAL_SUFFIX, segment, word_tag
from extract.proper_parts import coined_word, proper_name_words, short_prefix_ok
from text.kinds import BUSINESS_KINDS, SHORT_SUFFIX
from text.normalize import norm_name

#: the words for a kind of business that end a company's short name
_KIND = re.compile(BUSINESS_KINDS)

#: a holder's words right after the name ("鸿泰实业持股12%", "（持股12%）", "持有C…"), or its share alone (a row "鸿泰实业 4.98%")
#: ("鸿泰实业直接持有…": its own shares, told beside those it holds through a subsidiary)
_HOLDER_AFTER = re.compile(r"[（(]?持股|(?:直接|间接|合计|分别|共)?持有|所持|[ \t　]*\d{1,2}(?:\.\d{1,2})?%")

#: a listed company's stock code in brackets right after the name ("鸿泰酒店（1234）", "（1234.HK）"): the code says it is a firm
_CODE_AFTER = re.compile(r"[（(]\d{4,5}(?:\.HK|\.TW)?[）)]")

#: the clause before names the shareholders ("股东包括", "前十大股东中", "股东为")
_SHAREHOLDERS_BEFORE = re.compile(r"股东")


def find_kind_names(inv: Inventory, text: str, occupied, show: Callable[[int, int], str]) -> None:
    """Add the names ending in a kind word that stand as a shareholder, or with a stock code in brackets."""
    if "股" not in text and "（" not in text and "(" not in text:
        return
    for m in _KIND.finditer(text):
        if occupied.covering(m.start()) or occupied.covering(m.end() - 1):
            continue
        end = m.end()
        holder_after = _HOLDER_AFTER.match(text, end) or _CODE_AFTER.match(text, end)
        clause = max(text.rfind(c, 0, m.start()) for c in "。；;\n")
        if not holder_after and not (_SHAREHOLDERS_BEFORE.search(text, clause + 1, m.start())
                                     and re.match(r"[、，,和及与等（(]", text[end:end + 1])):
            continue
        floor = occupied.end_before(m.start())
        start = company_left_boundary(text, m.start(), floor, None)
        prefix = text[start:m.start()]
        if not (short_prefix_ok(prefix) and (coined_word(prefix) or proper_name_words(prefix))):
            continue
        name = text[start:end]
        key = inv.surface.get(norm_name(name)) or "C:" + name
        inv.add(key, show(start, end), "Company", norm_name(name), show(start, end), start)
        occupied.append((start, end))


#: the word for a company's kind after a description of its business ("科技" + "公司", "金融" + "科技公司")
_KIND_NOUN = re.compile(r"(?:科技|服务)?(?:公司|机构|服务商|平台|企业)")

#: a name right after that word: one found already, or letters that end in a name's suffix
_NAME_AFTER = re.compile(rf"[{CJK}A-Za-z]{{2,10}}?(?:{LEGAL_SUFFIX}|{SHORT_SUFFIX})")


def describes_named_company(text: str, start: int, suffix_start: int, end: int, occupied) -> bool:
    """"消费信贷科技公司南溪数科…": a run of common words of a business, ending
    in a kind word, then 公司 (机构, 服务商, 平台) and a name, says what the
    named company does; it names no company of its own. A coined or proper
    word before the kind ("南溪" + "科技公司") keeps being a name."""
    kind = _KIND_NOUN.match(text, end)
    if kind is None:
        return False
    after = occupied.covering(kind.end())
    if not ((after and after[0] == kind.end()) or _NAME_AFTER.match(text, kind.end(), kind.end() + 24)):
        return False
    return all(len(tok) >= 2 and (tag := word_tag(tok)[0]) is not None and tag[:2] not in ("nr", "ns", "nt", "nz", "j")
               for tok in segment(text[start:suffix_start], False))


#: the word for a subsidiary after a line of business ("财富管理" + "子公司", "产业投资" + "子公司")
_SUBSIDIARY_NOUN = "子公司"


def names_a_line_of_business(text: str, start: int, suffix_start: int, end: int) -> bool:
    """"C的财富管理子公司", "产业投资子公司——X有限公司": common words of a trade, written
    only ever right before 子公司, say which of a group's subsidiaries is meant (its line of business);
    they name no company of their own (the subsidiary has its own name, told after a dash or elsewhere).
    A coined or proper word ("南溪" + "投资子公司") keeps being a name."""
    name = text[start:end]
    if not text.startswith(_SUBSIDIARY_NOUN, end) or text.count(name) != text.count(name + _SUBSIDIARY_NOUN):
        return False
    return all(len(tok) >= 2 and (tag := word_tag(tok)[0]) is not None and tag[:2] not in ("nr", "ns", "nt", "nz", "j")
               for tok in segment(text[start:suffix_start], False))


#: a trade's generic word, perhaps with a group's or a fund's: what a country's firm of that trade is called
_TRADE_KIND = re.compile(r"(?:金融|创投|投资|科技|支付|保险|资本)(?:科技)?(?:集团|控股|基金)?"
                         r"|(?:大型|中型|小型|中小型|地区性|区域性|社区)(?:银行|券商|保险公司)")  # ("加拿大中型银行" + a name: a bank's size)


def country_kind_before_name(text: str, start: int, suffix_start: int, end: int) -> int | None:
    """"日本金融集团北林金控", "新加坡创投" + "基金南溪创新基金": a country, a trade's generic word, then a
    name written right after: where the named firm is from and what it does, no company of its own. Returns
    where those words end (the name begins), or None."""
    country = next((c for c in (text[start:start + n] for n in (5, 4, 3, 2)) if c in COUNTRIES), None)
    if country is None or not _TRADE_KIND.fullmatch(text, start + len(country), end):
        return None
    after = end
    if text.startswith(("集团", "基金", "控股", "公司"), after):
        after += 2
    if ASCII_ORG.match(text, after) is not None:  # a country + "金融科技公司" + "A S.p.A.": the Latin legal name is the firm's
        return after
    return after if _NAME_AFTER.match(text, after, after + 12) is not None else None
