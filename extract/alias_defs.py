"""Names an article defines for a company, so that one company stays one
entity: "X（以下简称“Y”）", "X（以下简称“Y”或“公司”）", "X（「Y」或「本公司」）",
"X及其附属公司（以下合称「本集团」）", a definition told clauses after the
legal name ("X于2016年成立，主营…（以下简称“Y”）", "X，简称Y，…"), and the full name given
after the short one ("Y（全称X）", "Y，全称为X").

A definition of 公司 / 本公司 / 本集团 / 本行 makes that company the article's
own (`Inventory.self_key`): those words stand for it wherever they are used.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Protocol

from extract.mention_records import Inventory, merge_entities
from extract.offeror_names import offeror_on_behalf
from text.kinds import PARTY_ROLES, party_role
from text.normalize import norm_name

_OPEN_Q = "“\"「『‘"
_CLOSE_Q = "”\"」』’"
_QUOTED = rf"[{_OPEN_Q}][^{_CLOSE_Q}{_OPEN_Q}（）()。]{{1,20}}[{_CLOSE_Q}]"
#: a list of quoted names: "“Y”或“公司”", "「Y」及「本公司」"
_QUOTED_LIST = rf"{_QUOTED}(?:\s*(?:或者|或|及|和|、|/)\s*{_QUOTED})*"

#: the word that defines a name: (以下)简称, 下称, (以下)合称, 统称 …
_DEFINES = r"(?:简称|下称|(?P<joint>合称|统称))(?:为)?[：:]?\s*"

#: a definition: the defining word and the quoted names; or a bracket of quoted names alone ("（「Y」或「本公司」）"),
#: or of the defining word and one bare name at its head ("（简称Y）", "（称Y）", "（简称Y，下同）"). Each
#: regex begins with a known set of letters, so a scan of the text skips the rest fast.
_WORD_DEFINITION = re.compile(rf"{_DEFINES}(?:(?P<list>{_QUOTED_LIST})(?=\s*[）)，,；;。])"
                              r"|(?P<bare>[^）)“\"「‘，,、；：:\s。]{2,12})(?=[，,；;。）)]))")
#: what stands before an unquoted name defined outside brackets: "X，简称Y，…", "X，以下简称Y。"
_UNQUOTED_LEAD = re.compile(r"[，,](?:以下|下文)?$")
#: a company's Latin name, then a comma, opening the bracket that defines its short name: "X（Latin Name，「Y」）"
_LATIN_FIRST = r"[A-Za-z][A-Za-z0-9&.' -]{2,60}[，,]\s*"
_BRACKET_DEFINITION = re.compile(
    rf"[（(](?:{_LATIN_FIRST})?(?=[“\"「『‘以下简称证股])(?:(?P<alone>{_QUOTED_LIST})(?=\s*(?:[）)]|[，,、；;][^（）()“”「」]{{1,24}}[）)]))"
    r"|(?:以下|下文|下面|证券|股票)?(?:简称|下称|称)[：:]?(?P<bare>[^）)“\"「‘，,、；：:\s]{2,12})(?=[）)，,；;]))"
)
_ONE_QUOTED = re.compile(_QUOTED)

#: the words an article defines for its own company
SELF_WORDS = frozenset({"公司", "本公司", "集团", "本集团", "本行", "该公司", "该行", "我司", "我公司", "我行"})
#: a firm's first-person words, read as the words its mentions are resolved by ("（以下简称“我司”）": 我司 is 本公司)
_FIRST_PERSON = {"我司": "本公司", "我公司": "本公司", "我行": "本行"}

#: the company and its subsidiaries together: "X及其附属公司（以下合称「本集团」）"
_WITH_SUBSIDIARIES = re.compile(r"(?:及|与|和)其(?:附属公司|子公司|附属机构)(?:[（(][^（）()]{0,12}[）)])?$")

#: the full name given after the short one: "Y（全称X）", "Y，全称为X"
_FULL_NAME = re.compile(r"(?:全称|全名)(?:为|是)?[：:]?\s*")
#: what stands before 全称: a bracket, or a comma (and 其), or nothing ("Y全称X")
_FULL_NAME_LEAD = re.compile(r"(?:[（(]|[，,]\s*)?其?$")


class _Spans(Protocol):
    starts: list[int]
    ends: list[int]

    def ending_at(self, pos: int) -> tuple[int, int] | None: ...
    def covering(self, pos: int) -> tuple[int, int] | None: ...


def link_defined_names(inv: Inventory, text: str, occupied: _Spans, show: Callable[[int, int], str]) -> None:
    """Join each defined name to the company it is defined for (`occupied`: the
    spans of the companies found, sorted)."""
    found = [*(_WORD_DEFINITION.finditer(text) if "称" in text else ()), *_BRACKET_DEFINITION.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        _one_definition(inv, text, m, occupied, show)
    _bracketed_short_names(inv, text, occupied)
    if "（" in text or "(" in text:
        _english_names(inv, text, occupied)
    if "：指" in text or ":指" in text or "｜指｜" in text or "|指|" in text or _SPACED_MEANS.search(text):
        for m in _GLOSSARY.finditer(text):
            _glossary_entry(inv, text, m, occupied, show)
    if "要约人" in text or "收购人" in text:
        _role_before_name(inv, text, occupied, show)
        offeror_on_behalf(inv, text, show)  # "代表C提出…要约": the offeror on an adviser's cover line
    if "全" in text:
        for m in _FULL_NAME.finditer(text):
            _full_name(inv, text, m, occupied)
    if "名称" in text[:400] or "简称" in text[:400]:
        for m in _LABEL_SHORT.finditer(text, 0, 400):
            _header_short_name(inv, m, show)
    if "简称" in text:
        for m in _CODE_HEADER.finditer(text, 0, 400):
            _header_short_name(inv, m, show)
        if (m := _TW_CODE_HEADER.search(text, 0, 200)) is not None:
            _filer_short_name(inv, m, show)
        for m in _SHORT_CHANGED.finditer(text):
            _changed_short_name(inv, text, m, show)
        for m in _SHORT_OF.finditer(text):
            _short_of(inv, text, m, occupied)


#: between a name and a short name of it in brackets: "北林金融控股公司（北林金控）"
_BRACKET_AFTER_NAME = re.compile(r"(?:公司)?[（(]")
#: a company's name in Latin letters, and one in Chinese: the Chinese name in brackets after a Latin one is
#: the same company's, whatever its letters ("Ant Group（蚂蚁集团）")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.,' -]*")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")


def _bracketed_short_names(inv: Inventory, text: str, occupied: _Spans) -> None:
    """"X公司（Y）": a company found in brackets right after another whose
    name holds its letters in order is a short name of it (one entity)."""
    spans = list(zip(occupied.starts, occupied.ends, strict=True))
    for (s0, e0), (s1, e1) in itertools.pairwise(spans):
        if s1 - e0 > 3 or not _BRACKET_AFTER_NAME.fullmatch(text, e0, s1):
            continue
        latin = _LATIN_NAME.fullmatch(text, s0, e0) is not None and _CJK_NAME.fullmatch(text, s1, e1) is not None
        if text[e1:e1 + 1] not in ("）)，,；;" if latin else "）)"):
            continue  # ("Songxi Data Inc.（松溪数据，NASDAQ: SXDT）": a Latin name's Chinese one, then its code)
        full, short = _company_key(inv, text, (s0, e0)), _company_key(inv, text, (s1, e1))
        if full and short and full != short and (latin or _in_order(inv.entities[short].name, inv.entities[full].name)):
            # into the short name unless the full one is legal: "金控" alone then finds the company by its key's end
            merge_entities(inv, *((short, full) if _LEGAL_END.search(inv.entities[full].name) else (full, short)))
    for s0, e0 in spans:
        if (m := _BARE_SHORT.match(text, e0)) is None or (full := _company_key(inv, text, (s0, e0))) is None:
            continue
        short, name = m.group(1), inv.entities[full].name
        if _abridged_in_bracket(inv, text, short, name, m.end()):
            inv.link(norm_name(short), short, full)


def _abridged_in_bracket(inv: Inventory, text: str, short: str, name: str, after: int) -> bool:
    """A name, then in brackets with no word to define it its abridgement (its first letter, a shorter run of its
    letters in order) that no other company goes by: the same company. Either the name is legal and the
    abridgement is the press's short name ("甲乙丙有限公司（甲乙）"), or it has no legal form and the story goes on
    to call it by the abridgement ("甲乙證券金融（甲乙證金）", at least three letters): the later use is what tells
    an abridgement from a place or a kind in brackets."""
    n_short, n_name = norm_name(short), norm_name(name)
    if n_short[:1] != n_name[:1] or not _in_order(short, name) or inv.surface.get(n_short) is not None:
        return False
    if _LEGAL_END.search(name) and len(short) < len(name) - 3:
        return True
    return len(n_short) >= 3 and len(n_name) >= 5 and len(n_short) < len(n_name) and short in text[after:]


#: a company's English name in brackets right after its Chinese one: "X银行（Y Bank）", "X有限公司（英文名称：Y Co., Ltd.）",
#: after the name it is defined by ("（以下简称“X”，英文名Y）"); a code after it ends it ("（Y Bank，代号：YB）")
_ENGLISH_NAME = re.compile(r"[（(](?:[^（）()\n]{0,24}?[，,；;]\s*(?=英文))?(?:英文(?:全称|名称|名稱|全稱|名)?(?:为|為|是)?[：:]?\s*)?"
                           r"(?P<en>[A-Za-z][A-Za-z0-9&.'’ -]*(?:[,，]\s*(?:Ltd|Limited|Inc|LLC|Corp|PLC|Pte|Bhd|Berhad|Tbk)\b\.?)*)\s*(?=[）)，；;])")
#: the end of a transliterated name, its parts joined by a middle dot ("巴某·颂某"): a person's, not a firm's
_DOTTED_NAME_END = re.compile(r"[·•‧][\u4e00-\u9fff]{1,5}$")
#: a former name told later in the bracket, up to its end
_FORMER = re.compile(r"[^）)]*?(?:formerly|former name|前称|前稱|原名|曾用名|前身)", re.I)
#: a code or a place, not a name: "（OCG）", "（USD）", "（Hong Kong）"
_NOT_A_NAME = re.compile(r"[A-Z]{1,6}|[Hh]ong [Kk]ong|[Ss]ingapore|[Bb]eijing|[Ss]hanghai|[Cc]hina|[Mm]acau|[Tt]aiwan")



def former_in_bracket(text: str, bracket: re.Match[str]) -> bool:
    """Whether a bracket (`bracket` opens on it) goes on to a former name ("X（Y, formerly Z）"): the renames read it."""
    return _FORMER.match(text, bracket.start() + 1, bracket.end() + 40) is not None


def after_dotted_name(text: str, at: int) -> bool:
    """Whether a transliterated person's name, its parts joined by a middle dot, ends at `at` ("巴某·颂某（Latin）")."""
    return _DOTTED_NAME_END.search(text, max(0, at - 8), at) is not None

def _english_names(inv: Inventory, text: str, occupied: _Spans) -> None:
    """"X（Y）" with Y in Latin letters (its English name, "英文名称：" before it or not): another name of the
    company X, so a question in English finds it, and a release in English about it is the same company."""
    for m in _ENGLISH_NAME.finditer(text):
        en = re.sub(r"[,，]\s*", ", ", m.group("en").strip())
        if len(en) < 4 or _NOT_A_NAME.fullmatch(en) or former_in_bracket(text, m):
            continue  # ("X（Y, formerly Z）": the renames read the bracket)
        if after_dotted_name(text, m.start()) or (key := _company_before(inv, text, m.start(), occupied)) is None:
            continue  # ("巴某·颂某（Latin Name）": a person's transliterated name ends there, not a firm of the same letters)
        found = inv.surface.get(norm_name(en))
        if found is None:
            inv.link(norm_name(en), en, key)
        elif found != key and found in inv.entities and inv.entities[found].type == "Company":
            merge_entities(inv, found, key)  # the mention finder took the English name for a company of its own


def _company_before(inv: Inventory, text: str, at: int, occupied: _Spans) -> str | None:
    """The company whose name ends at `at`: a span found there, or a name of a company of the article written there."""
    if (span := occupied.ending_at(at)) is not None:
        return _company_key(inv, text, span)
    fits = {e.key for e in inv.companies() for n in (e.name, *e.aliases) if len(n) >= 2 and text.endswith(n, 0, at)}
    return fits.pop() if len(fits) == 1 else None


#: a short name in brackets right after a legal name, no word to define it and no quotes: "X信托有限公司（X信托）"
#: (Taiwan's press adds the stock code after it: "X金融控股公司（X金，2899）"; Hong Kong's and Macau's quote the
#: full name first: "「X（澳门）股份有限公司」（X澳门）")
_BARE_SHORT = re.compile(r"[”」』\"]?[（(]([\u4e00-\u9fff]{2,8})(?:[，,]\s*\d{4,6})?[）)]")
#: a notice's header: "证券代码：600999 证券简称：北林科技" (the short name the exchange lists the company under)
_CODE_HEADER = re.compile(r"(?:证券|股票|A股|H股)?代码[：:]\s*\d{6}[^\S\n]*[,，;；]?[^\S\n]*(?:证券|股票|A股)?简称[：:]\s*(?P<short>[^\s，,；;：:。]{2,10})")
#: a registry page's label under its company's name: "品牌名称：" + a short name + " ｜ 登记状态：" + a state (a line's, or a cell's, first label)
_LABEL_SHORT = re.compile(r"(?:^|[|｜])[^\S\n]*(?:品牌名称|企业简称|公司简称|简称)[：:][^\S\n]*(?P<short>[^\s，,；;：:。|｜]{2,10})", re.M)
#: a Taiwan filing's header: "公司代号：" + four digits + " 公司简称：X" (the filer, by the short name the exchange lists it under)
_TW_CODE_HEADER = re.compile(r"^[^\S\n]*公司代号[：:][^\S\n]*\d{4}[^\S\n]*[,，]?[^\S\n]*公司简称[：:][^\S\n]*(?P<short>[\u4e00-\u9fff]{2,8})(?=\s|$)", re.M)
#: the form of a legal name: it ends in a legal suffix
_LEGAL_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司)$")


def legal_name_holding(inv: Inventory, short: str) -> str | None:
    """The one company of the article named by a legal name that holds the
    letters of `short` in order (北林科技 in 北林智能科技股份有限公司)."""
    fits = {e.key for e in inv.companies() if _LEGAL_END.search(e.name) and _in_order(short, e.name) and norm_name(e.name) != norm_name(short)}
    return fits.pop() if len(fits) == 1 else None


def _header_short_name(inv: Inventory, m: re.Match[str], show: Callable[[int, int], str]) -> None:
    """"证券代码：600999 证券简称：北林科技" over a notice of 北林智能科技股份有限公司: the short name is the company's."""
    short = m.group("short")
    target = legal_name_holding(inv, short)
    if target is None:
        return
    other = inv.surface.get(norm_name(short))
    if other is None:
        inv.link(norm_name(short), show(m.start("short"), m.end("short")), target)
    elif other != target and other in inv.entities and inv.entities[other].type == "Company":
        merge_entities(inv, other, target)


def _filer_short_name(inv: Inventory, m: re.Match[str], show: Callable[[int, int], str]) -> None:
    """"公司代号：NNNN 公司简称：X": the filer is a company by that name even when the filing names it nowhere
    else (its items speak of 本公司 and of the subsidiaries it files for), so the name is one, its own or a legal name's."""
    short = m.group("short")
    if inv.surface.get(norm_name(short)) is not None:
        return
    target = legal_name_holding(inv, short)
    display = show(m.start("short"), m.end("short"))
    if target is not None:
        inv.link(norm_name(short), display, target)
    else:
        inv.add("C:" + norm_name(short), display, "Company", norm_name(short), display, m.start("short"))


#: the short name said to be one: "X是" + a legal name + "的简称"
_SHORT_OF = re.compile(r"(?:是|为|系)(?P<full>[^，。；、]{4,40}?)的(?:简称|缩写)")


def _short_of(inv: Inventory, text: str, m: re.Match[str], occupied: _Spans) -> None:
    short = _company_key(inv, text, occupied.ending_at(m.start()))
    full_span = occupied.covering(m.start("full"))
    full = _company_key(inv, text, full_span) if full_span == (m.start("full"), m.end("full")) else None
    if short and full and short != full and _in_order(inv.entities[short].name, inv.entities[full].name):
        merge_entities(inv, short, full)


#: a changed short name: "证券简称由“Y1”变更为“Y2”"
_SHORT_CHANGED = re.compile(rf"简称(?:已|将)?(?:(?:自|于)[^，。；{_OPEN_Q}]{{1,12}}?起?)?(?:由|从)[{_OPEN_Q}](?P<old>[^{_CLOSE_Q}，。；]{{2,12}})[{_CLOSE_Q}]"
                            rf"(?:变更|更改|改|变)为[{_OPEN_Q}](?P<new>[^{_CLOSE_Q}，。；]{{2,12}})[{_CLOSE_Q}]")


def _changed_short_name(inv: Inventory, text: str, m: re.Match[str], show: Callable[[int, int], str]) -> None:
    """Each short name of "简称由“A”变更为“B”" names a company: the one named
    earlier in the sentence whose name holds its letters in order (the new
    legal name for B: "名称…变更为“" + B's legal name + "”，证券简称…“Y”"),
    else a company of that name."""
    lo = max(text.rfind(c, 0, m.start()) for c in "。\n") + 1
    sentence = norm_name(text[lo:m.start()])
    for group in ("old", "new"):
        name = m.group(group)
        if norm_name(name) in inv.surface:
            continue
        fits = [e for e in inv.companies() if _in_order(name, e.name) and norm_name(e.name) in sentence]
        if fits:
            last = max(fits, key=lambda e: sentence.rfind(norm_name(e.name)))
            inv.link(norm_name(name), show(m.start(group), m.end(group)), last.key)
        else:
            inv.add("C:" + name, show(m.start(group), m.end(group)), "Company", norm_name(name),
                    show(m.start(group), m.end(group)), m.start(group))


def _company_key(inv: Inventory, text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    key = inv.surface.get(norm_name(text[span[0]:span[1]]))
    return key if key and key in inv.entities and inv.entities[key].type == "Company" else None


def _in_order(alias: str, name: str) -> bool:
    """Whether the letters of `alias` are letters of `name` in order (松溪数科 in 松溪数据科技有限公司)."""
    it = iter(norm_name(name))
    return len(alias) >= 2 and all(ch in it for ch in norm_name(alias))


def _one_definition(inv: Inventory, text: str, m: re.Match[str], occupied: _Spans,
                    show: Callable[[int, int], str]) -> None:
    g = m.groupdict()
    if g.get("bare") is not None:
        names = [(m.start("bare"), m.group("bare").strip())]
    else:
        group = "list" if g.get("list") is not None else "alone"
        names = [(m.start(group) + q.start() + 1, q.group(0)[1:-1].strip()) for q in _ONE_QUOTED.finditer(m.group(group))]
    head = m.start() + 1 if text[m.start()] in "（(" else m.start()
    loose = g.get("bare") is not None and head == m.start()  # "X，简称Y，…": unquoted, outside brackets
    if loose and not _UNQUOTED_LEAD.search(text, max(0, head - 3), head):
        return  # an unquoted name after 简称 outside brackets only as a clause of its own ("证券简称Y" is no definition)
    own = [n for _a, n in names if n in SELF_WORDS]
    proper = [(a, n) for a, n in names if n and n not in SELF_WORDS]
    # where the definition stands: the bracket it opens with, or the clause it follows ("…，下称“Y”")
    lo = max(text.rfind(c, 0, head) for c in "。\n") + 1
    bracket = max(text.rfind("（", lo, head), text.rfind("(", lo, head))
    if bracket >= 0 and max(text.find("）", bracket, head), text.find(")", bracket, head)) >= 0:
        bracket = -1  # the bracket closed before the definition
    at = bracket if bracket >= 0 else head
    adjacent = _company_key(inv, text, occupied.ending_at(at) or occupied.ending_at(at - 1))
    if adjacent is None and bracket >= 0 and own and (w := _WITH_SUBSIDIARIES.search(text, lo, at)):
        adjacent = _company_key(inv, text, occupied.ending_at(w.start()))
    roles = g.get("alone") is not None and bool(proper) and all(party_role(norm_name(n)) for _a, n in proper)
    if (g.get("alone") is not None or g.get("joint")) and (adjacent is None or (not own and not roles and not all(
            _in_order(n, inv.entities[adjacent].name) for _a, n in proper))):
        return  # "X（“十四五”）", "A和B（以下合称“双方”）": words that are no name of the company before them
    # (a party's role is: "C（「卖方」）", "C（「目标公司」）" — a notice's defined terms, C wherever the notice uses them)
    target = adjacent
    glued = adjacent is not None and bracket >= 0 and occupied.ending_at(at) is not None
    # a bracket glued to a company's name defines that name ("X科技股份有限公司（简称" + digits + "）", however it is
    # written); otherwise the company of the sentence whose name the defined one shortens
    if proper and not glued and not (adjacent and _in_order(proper[0][1], inv.entities[adjacent].name)):
        # "X于2016年成立，主营…（以下简称“Y”）": the company of the sentence whose name Y shortens
        before = [k for s, e in zip(occupied.starts, occupied.ends, strict=True) if lo <= s and e <= at
                  if (k := _company_key(inv, text, (s, e))) is not None]
        fits = [k for k in before if _in_order(proper[0][1], inv.entities[k].name)]
        target = fits[-1] if fits else adjacent
    if target is None or (loose and not _in_order(proper[0][1], inv.entities[target].name)):
        return
    for a0, alias in proper:
        other = inv.surface.get(norm_name(alias))
        if other and other != target and other in inv.entities:
            if party_role(norm_name(alias)):
                continue  # 「卖方」 defined again for another deal: another party (extract.party_labels keeps both)
            if inv.entities[other].type == "Company":
                merge_entities(inv, other, target)
        elif other is None:
            inv.link(norm_name(alias), show(a0, a0 + len(alias)), target)
    for word in own:
        if inv.self_key is None:
            inv.self_key = target
        if inv.self_key == target:
            inv.self_words.add(_FIRST_PERSON.get(word, word))  # not a name of it: 本公司 is every announcer's word


#: a report's glossary (释义): "信息披露义务人、A：指X；上市公司、B：指Y" — each name before 指 is one for the
#: company after it, a short name or the party's role in the report (`text.kinds.PARTY_ROLES`); a glossary
#: laid out as a table has no colon, the 指 standing between spaces or a table's bars: "上市公司、B　指　Y", "上市公司、B｜指｜Y"
_GLOSSARY = re.compile(r"(?:^|(?<=[；;。\n]))[ \t　]*(?P<names>[^：:；;。\n（）()\t　 ｜|]{2,40}?)(?:[：:]\s*指|[ \t　]+指[ \t　]|\s*[｜|]\s*指\s*[｜|])\s*")
#: the 指 of a glossary drawn as a table, between spaces
_SPACED_MEANS = re.compile(r"[ \t　]指[ \t　]")


def _glossary_entry(inv: Inventory, text: str, m: re.Match[str], occupied: _Spans, show: Callable[[int, int], str]) -> None:
    full = occupied.covering(m.end())
    target = _company_key(inv, text, full) if full and full[0] == m.end() else None
    if target is None:
        return
    at = m.start("names")
    for name in m.group("names").split("、"):
        a0, alias = at + len(name) - len(name.lstrip()), name.strip()
        at += len(name) + 1
        other = inv.surface.get(norm_name(alias))
        if other and other != target and other in inv.entities and inv.entities[other].type == "Company" and _in_order(alias, inv.entities[target].name):
            merge_entities(inv, other, target)  # "Y：指" + a place + "…" + a partnership's legal name: its short name
        elif other is None and (alias in PARTY_ROLES or _in_order(alias, inv.entities[target].name)):
            inv.link(norm_name(alias), show(a0, a0 + len(alias)), target)


def _full_name(inv: Inventory, text: str, m: re.Match[str], occupied: _Spans) -> None:
    """"Y（全称X）", "Y，全称为X": the company Y ends where the lead begins, X begins after it."""
    lead = _FULL_NAME_LEAD.search(text, max(0, m.start() - 4), m.start())
    full = occupied.covering(m.end())
    if lead is None or full is None or full[0] != m.end():
        return
    short = _company_key(inv, text, occupied.ending_at(lead.start()))
    long = _company_key(inv, text, full)
    if short and long and short != long:
        merge_entities(inv, short, long)


#: a party's role right before its name, as a Hong Kong notice introduces the bidder: "公司与要约人X联合公告"
_ROLE_BEFORE = re.compile(r"要约人|收购人")


def _role_before_name(inv: Inventory, text: str, occupied: _Spans, show: Callable[[int, int], str]) -> None:
    """"要约人X…。要约人为Y的全资附属公司": the role, where it first stands right before a
    company's name, names that company in the rest of the report (as a glossary's "要约人：指X")."""
    for m in _ROLE_BEFORE.finditer(text):
        full = occupied.covering(m.end())
        target = _company_key(inv, text, full) if full and full[0] == m.end() else None
        if target is not None and inv.surface.get(norm_name(m.group(0))) is None:
            inv.link(norm_name(m.group(0)), show(m.start(), m.end()), target)
