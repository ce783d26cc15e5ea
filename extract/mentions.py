"""Entity mentions in an article, and the typed template the rules match.

Two passes. The article pass builds the inventory of entities the article
names: dictionary companies, names defined in the text ("（以下简称“X”）"),
legal names found by their suffixes, persons found by title and verb
patterns, exchanges and tickers. The sentence pass lists the mentions in
one sentence and renders the sentence as a template in which each mention is
one private-use character of its kind, so a rule is a plain regular
expression over `P`, `C`, `T`, `X`, `D` … and the text between them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from extract.dates import find_dates
from extract.lexicon import Lexicon, get_jieba, trie_regex, word_tags
from extract.numbers import find_money, find_percents
from extract.tickers import find_tickers
from schema import Role
from text.names import is_generic_org_name
from text.normalize import norm_name, to_simplified

# One private-use character per mention kind.
KIND = {
    "P": "\ue000",  # person
    "C": "\ue001",  # company (or 公司/该公司 standing for the company in focus)
    "X": "\ue002",  # exchange
    "T": "\ue003",  # title (role)
    "D": "\ue004",  # date
    "K": "\ue005",  # ticker
    "M": "\ue006",  # money amount
    "R": "\ue007",  # percentage
}
KIND_OF = {v: k for k, v in KIND.items()}

_CJK = r"\u4e00-\u9fff"
_NAME_STOP = set("的了是在和与及或等为于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系亦处代")
_NOT_NAME_CHARS = set("公司集团银行控股科技董事长总裁经理首席执行官财务秘书年月日亿万股份有限责任所" "，。、；：！？“”（）")
_PERSON_HONORIFIC = re.compile(r"(先生|女士|博士|教授)")
_PERSON_VERB_AFTER = (
    r"(?:已|将|则|也|还|曾先后|曾经|曾|正式|亦|即|仍|先后|此前|目前|随后|同时|本人|)"
    r"(?:(?:于|自|在|从)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)?)?"
    r"(?:在[^，。；\ue000-\ue007]{2,10}?(?:担任|出任)|出任|担任|辞去|辞任|卸任|不再|接任|接棒|接替|加入|获委任|被任命|被委任|获任|获批|历任|曾任|现任|兼任|创立|创办|"
    r"表示|称|指出|透露|介绍|坦言|认为|强调|提到|说|谈到|离任|离职|辞职|出生|毕业|拥有|持有|持股|现年|今年\d|生于|仍为|现为|仍是|"
    r"成为|升任|主持|上任|当选|请辞|履新|执掌|掌舵|掌管|代行|入股|旗下|获聘|获准|任(?=[^，。；]{0,12}(?:董事|总裁|总经理|行长|主席|书记|首席)))"
)
_PERSON_VERB_BEFORE = r"(?:任命|委任|聘任|聘请|提名|核准|选举|推选|选任|改选|免去|免除|罢免|批准|由|同意|任命了|委任了|接棒|接替|继任|继)"
_LEGAL_SUFFIX = r"(?:合伙企业[（(]有限合伙[）)]|股份有限公司|有限责任公司|集团有限公司|控股有限公司|有限公司|股份公司|集团公司|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings)"
_SHORT_SUFFIX = (
    r"(?:资产管理中心|投资管理中心|投资中心|保险代理|保险经纪|"
    r"控股|集团|银行|农商行|农商银行|村镇银行|科技|金融|金服|数科|资本|证券|保险|基金|信托|资管|投资|消费金融|消金|金控|"
    r"金融租赁|金租|理财|财险|产险|寿险|人寿|健康险|养老险|小贷|支付|租赁|担保|资产|创投|期货|交易所|研究院|事务所|管理总部|软件|财务公司|商城)"
)
_BRANCH_SUFFIXES = {"管理总部", "研究院", "事务所", "财务公司", "商城"}  # 商城: a group's online store ("X" + "商城")
_GENERIC_PREFIX = {
    "金融", "互联网", "科技", "数字", "该", "本", "其", "旗下", "公司", "这家", "一家", "多家", "母", "子", "大型", "国有",
    "民营", "外资", "金融科技", "互联网金融", "商业", "传统", "头部", "中小", "大", "小", "新", "老", "两大", "三大", "各",
    "整个", "集团", "相关", "上市", "非上市", "平台", "中国", "香港", "美国", "全球", "国内", "海外", "境外", "境内", "地方",
    "城商", "农商", "股份制", "商业银行", "民营银行", "消费", "网络", "虚拟", "数字化", "保险", "证券", "银行", "投资",
    "风险", "创业", "私募", "公募", "产业", "专业", "独立", "合资", "关联", "联营", "附属", "全资", "控股", "参股",
}
_TITLE_BLOCK_AFTER = set("会局办处室团组")
_DEPT_RE = re.compile(
    rf"(?:[{_CJK}]{{0,12}}(?:部|分公司|事业部|事业群|分行|支行|中心|办公室|业务|区|地区|条线|板块)"
    r"|华南|华北|华东|华中|西南|西北|东北|大中华区?|亚太区?|中国区|全球|海外|国际|东南亚|欧洲|北美|亚洲|拉美|中东|非洲"
    r"|个险|团险|银保|区域)$"
)
#: a department of a ministry or regulator ("支付结算司", "金融稳定局") and the
#: titles of its heads: the unit is part of the title, as 部 is for a company's
_GOV_UNIT = re.compile(rf"[{_CJK}]{{1,8}}(?<!公)(?:司|局|处|厅)")
_GOV_UNIT_HEAD = re.compile(r"副?(?:司长|局长|处长|厅长)$")
#: a company's name before the unit ("东海银行支付结算司"): the unit starts after it
_ORG_IN_UNIT = re.compile(r"银行|央行|公司|集团|控股|证券|人寿|财险|信托")
#: a unit inside a company that a title may begin with, written with the word for the unit last
_UNIT_RE = re.compile(rf"[{_CJK}A-Za-z]{{2,12}}(?:事业部|事业群|部|分公司|分行|支行|中心|办公室|条线|板块)")


#: the word for a unit right after a name ("普惠金融事业部", "投资银行部")
_UNIT_AFTER = re.compile(r"事业部|事业群|部(?!门)|条线|板块")


def split_department(name: str) -> tuple[str, str] | None:
    """"东海银行的金融科技部" / "东海银行金融科技部" → ("东海银行", "金融科技部"):
    a company and a unit of it, as a question names a post there (the
    extractor keeps such a post as role other with the unit in its title).
    Without 的, the company is the shortest head ending in an organisation
    suffix whose rest is a unit not itself going on with the name (集团, 有限…)."""
    if "的" in name:
        head, _, unit = name.rpartition("的")
        return (head, unit) if head and _UNIT_RE.fullmatch(unit) and _DEPT_RE.fullmatch(unit) else None
    whole = re.search(f"(?:{_SHORT_SUFFIX})$", name)  # "东方资产管理中心": one name by its suffix
    for i in range(2, len(name) - 2):
        head, unit = name[:i], name[i:]
        if whole is not None and whole.start() < i:
            break
        if (re.search(f"(?:{_SHORT_SUFFIX}|{_LEGAL_SUFFIX})$", head) and _UNIT_RE.fullmatch(unit) and _DEPT_RE.fullmatch(unit)
                and not re.match(rf"{_LEGAL_SUFFIX}|集团|控股|有限|股份|公司", unit)):
            return head, unit
    return None


_TEMPORAL_MODIFIER = re.compile(r"(原|前|现任|时任|新任|候任|首任|现)$")
_COMMITTEE = re.compile(r"(委员会|委员会的|专委会|小组)$")
_ASCII_ORG = re.compile(
    r"(?<![A-Za-z])([A-Z][A-Za-z0-9&\-]+)(?: (?:[A-Z][A-Za-z0-9&.\-]*|of|and|&)){0,5} "
    r"(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings|Group|Company|Co\.|PLC|plc|LLC|L\.P\.|N\.V\.|B\.V\.|S\.A\.|AG|GmbH)(?![A-Za-z])"
    r"|(?<![A-Za-z0-9.])(?:www\.)?[a-z0-9][a-z0-9\-]*\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9])"
)
FOCUS_WORDS = re.compile(r"(?:该公司|本公司|公司|该行|本行|该集团|本集团|该银行)")
ALIAS_DEF = re.compile(r"[（(](?:以下|下文)?(?:简称|下称|称)[：:]?[“\"「]([^”\"」]{1,20})[”\"」][）)]")


@dataclass
class Entity:
    key: str
    name: str  # display name (original form)
    type: str  # Person, Company, Exchange
    aliases: dict[str, int] = field(default_factory=dict)  # original forms → times used in the article
    count: int = 0
    first: int = 1 << 30
    tickers: dict[str, str] = field(default_factory=dict)  # ticker → exchange code ('' unknown)
    from_dictionary: bool = False


@dataclass
class Mention:
    kind: str  # key of KIND
    start: int  # offsets in the article's normalised text
    end: int
    text: str  # normalised surface
    key: str | None = None  # entity key for P, C, X
    value: Any = None  # Role / title info for T, DateValue for D, Money, float, ticker tuple
    focus: bool = False  # a 公司/该公司 standing for the company in focus


@dataclass(frozen=True)
class TitleInfo:
    role: Role
    title: str  # the full title as written (with department prefix)
    modifier: str = ""  # 原/前/时任 … (former) or 现任 (current)


class Inventory:
    """The entities an article names, keyed for resolution within it."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.surface: dict[str, str] = {}  # norm_name(surface) → entity key
        self.forms: set[str] = set()  # surfaces as written in the normalised text, for matching

    def add(self, key: str, name: str, type_: str, surface_norm: str, display: str, pos: int,
            from_dictionary: bool = False) -> Entity:
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key=key, name=name, type=type_, from_dictionary=from_dictionary)
            self.entities[key] = ent
        ent.aliases[display] = ent.aliases.get(display, 0) + 1
        ent.count += 1
        ent.first = min(ent.first, pos)
        self.surface.setdefault(surface_norm, key)
        self.forms.add(to_simplified(display))
        return ent

    def link(self, surface_norm: str, display: str, key: str) -> None:
        """Make `surface` another name of entity `key` (an in-article alias)."""
        self.surface[surface_norm] = key
        self.forms.add(to_simplified(display))
        self.entities[key].aliases.setdefault(display, 0)

    def companies(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == "Company"]


@lru_cache(maxsize=65536)
def _word_tag(word: str) -> tuple[str | None, int]:
    """jieba's tag and frequency for a word (a weak signal: jieba tags 小微,
    普惠 and 智慧 as person names, so tags only veto, they never propose)."""
    tag = word_tags().get(word)
    return tag, get_jieba().dt.FREQ.get(word, 0) or 0


#: Surnames that are also common function words (曾经, 于是, 向来 …): a name
#: starting with one is accepted only after a title or before 先生/女士.
AMBIGUOUS_SURNAMES = set("曾于向何常万成安高方程时文金石江白包")


def plausible_person(name: str, lex: Lexicon, strong: bool = True, final_stop_ok: bool = False, cued: bool = False) -> bool:
    """Whether `name` can be a person's name. `cued`: a construction that
    only a person fits surrounds it ("接替…的X，", "X出生于"), so a three-letter
    name whose first two letters make a common word stands ("高兴" + 华)."""
    if not (2 <= len(name) <= 4) or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    if "某" in name or (not strong and name[0] in AMBIGUOUS_SURNAMES):
        return False
    if not lex.is_surname_start(name):
        return False
    inner = name[1:-1] if final_stop_ok else name[1:]  # a stop char may end a name when punctuation follows it
    if any(c in _NOT_NAME_CHARS for c in _name_letters(name)) or any(c in _NAME_STOP for c in inner):
        return False
    if name in lex.titles or lex.company(name):
        return False
    for w in (name,) if cued and len(name) == 3 else (name, name[:2]):
        tag, freq = _word_tag(w)
        # after a title ("strong"), a name that is also a noun or a place stands ("行长高阳")
        if tag and freq > 20 and not tag.startswith("nr") and not (strong and tag[0] == "n" and freq < 1000):
            return False
        # jieba tags common words as names (智慧, 文明: nr); real names are rare in
        # its dictionary, so a frequent "name" needs a title before it to count
        if tag and tag.startswith("nr") and freq > 500 and not strong:
            return False
    return True


def _name_letters(name: str) -> str:
    """The letters after the surname that must not be institution words; a
    行 inside a three-letter name is a given name ("束行农"), not 行长 or 银行."""
    rest = name[1:]
    if len(name) == 3 and rest[0] == "行" and rest[1] not in "长业内业务":
        return rest[1:]
    return rest


def name_after(text: str, i: int, lex: Lexicon, strong: bool = True) -> str | None:
    """The person name that starts at `text[i]`, if one plausibly does."""
    c2 = text[i:i + 2]
    if len(c2) < 2 or not plausible_person(c2, lex, strong):
        return None
    c3 = text[i:i + 3]
    # a stop character (向, 于 …) ends the name unless punctuation follows it:
    # "副总经理张传向、中国…" — a preposition is never followed by a comma
    closes = text[i + 3:i + 4] in ("、", "，", "。", "；", "：", "")
    if (len(c3) == 3 and (c3[2] not in _NAME_STOP or closes) and re.match(rf"[{_CJK}]", c3[2])
            and plausible_person(c3, lex, strong, final_stop_ok=closes)):
        nxt = text[i + 2:i + 4]
        tag, freq = _word_tag(nxt) if len(nxt) == 2 else (None, 0)
        # the third char begins a common word or a verb ("高阳上任", "洪崎递上"), or
        # the article writes the two characters without it elsewhere: a 2-char name
        t3, f3 = _word_tag(c3[2])
        verb_next = bool(tag) and tag.startswith("v") and bool(t3) and t3[0] in "vdpfq" and f3 > 1000  # 洪崎 + 递上
        if not (tag and freq > 50) and not verb_next:
            near = text[max(0, i - 3000):i + 3000]  # a window: the scan stays linear on long texts
            alone = sum(1 for j in _occurrences(near, c2)
                        if not _CJK_CHAR.match(near[j + 2:j + 3]) or near[j + 2] in _NAME_STOP)
            if near.count(c3) >= alone:
                return c3
    return c2


_CJK_CHAR = re.compile(rf"[{_CJK}]")


def _name_despite_word(name: str, lex: Lexicon, text: str) -> bool:
    """A three-letter name that starts with a common word (高兴 + 华): a name
    when the whole is no word and the article also writes it as the subject
    of a person's verb elsewhere ("…接替到龄退休的高某华，…。高某华出生于…")."""
    if len(name) != 3 or not re.fullmatch(rf"[{_CJK}]+", name) or not lex.is_surname_start(name):
        return False
    if any(c in _NOT_NAME_CHARS or c in _NAME_STOP for c in name[1:]) or name in lex.titles or lex.company(name):
        return False
    if _word_tag(name)[0] is not None:
        return False
    return sum(1 for i in _occurrences(text, name) if _PERSON_VERB_AFTER_RE.match(text, i + 3)) >= 1


_PERSON_VERB_AFTER_RE = re.compile(_PERSON_VERB_AFTER)


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text` (a plain scan: no pattern to compile per name)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _glued_word(text: str, i: int) -> bool:
    """Whether the letter at `i` starts a common two-letter word with the next one (申请, 方面)."""
    tag, freq = _word_tag(text[i:i + 2])
    return bool(tag) and freq > 50


_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?![A-Za-z])")
_TITLE_NEXT = re.compile(r"(?:为|担任|出任)(?:新任|新一任|公司|该行)?(?:董事|总裁|总经理|行长|主席|首席|副)")


def find_person_names(text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> dict[str, int]:
    """Person names the article introduces, with the offset where first seen."""
    found: dict[str, int] = {}
    for _s, e in title_spans:
        name = name_after(text, e, lex)
        if name:
            found.setdefault(name, e)
    for _s, e in title_spans:  # "首席财务官Arthur Chen": a Latin-script name after a title
        latin = _LATIN_NAME.match(text, e)
        if latin and not lex.company(latin.group(0)):
            found.setdefault(latin.group(0), e)
    for m in _PERSON_HONORIFIC.finditer(text):
        for ln in (3, 2):
            cand = text[m.start() - ln:m.start()]
            if len(cand) == ln and plausible_person(cand, lex):
                found.setdefault(cand, m.start() - ln)
                break
    for _s, e in title_spans:
        m = re.match(r"(?:均|都|则|将)?(?:为|是|由|的)", text[e:e + 3])
        if m:
            name = name_after(text, e + m.end(), lex)
            if name:
                found.setdefault(name, e + m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东|创始人|联合创始人|发起人|创办人|负责人|掌门人|企业家|银行家)(?:均|都|也|则|已|将)?(?:不再)?(?:变更为|变为|由|为|是)?", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东)(?:已|将)?由[^，。；]{2,12}?(?:变更为|变为)", text):  # the new one
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s]))([{_CJK}]{{2,3}})(?:已|将|因|基于|由于)[^，。；]{{0,10}}?(?:辞任|辞去|辞职|卸任|不再担任|离任|离职|请辞)", text, re.M):
        for cand in (m.group(1), m.group(1)[:2]):
            if plausible_person(cand, lex, strong=False) and text[m.start(1) + len(cand)] in "已将因基由":
                found.setdefault(cand, m.start(1))
                break
    for m in re.finditer(r"(?:现年)?\d{2}岁的", text):  # "52岁的沈崇峰"
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:一职|职务|职位)的", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(_PERSON_VERB_BEFORE, text):
        name = name_after(text, m.end(), lex, strong=False)
        if name and re.match(r"(?:为|担任|出任|接任|接替|的|先生|女士|请辞|辞去|辞任|卸任|离任|主持|在|$)", text[m.end() + len(name):m.end() + len(name) + 2]):
            found.setdefault(name, m.end())
        elif name is None and (name := name_after(text, m.end(), lex)) and _TITLE_NEXT.match(text, m.end() + len(name)):
            found.setdefault(name, m.end())  # "选任何志强为新任董事长": a title after it makes an ambiguous surname a name
    # Names a leave or take verb follows, after 的 ("任职三年的韩某某离任") or a
    # successor's 接替…的 ("接替到龄退休的高某某，").
    for m in re.finditer(rf"的([{_CJK}]{{2,3}})(?=离任|辞任|卸任|辞职|请辞|出任|接任|升任|上任|履新|接棒|获任|获委任)", text):
        for cand in (m.group(1), m.group(1)[:2]):
            if text.startswith(cand, m.start(1)) and re.match(r"离任|辞任|卸任|辞职|请辞|出任|接任|升任|上任|履新|接棒|获任|获委任",
                                                             text[m.start(1) + len(cand):]) and plausible_person(cand, lex, strong=False):
                found.setdefault(cand, m.start(1))
                break
    for m in re.finditer(rf"(?:接替|接任|继任)[^，。；]{{0,12}}的([{_CJK}]{{2,3}})(?=[，。；、])", text):
        if plausible_person(m.group(1), lex, cued=True) or _name_despite_word(m.group(1), lex, text):
            found.setdefault(m.group(1), m.start(1))
    # "X出生于1970年", "X生于…": only a person is born
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s“]))([{_CJK}]{{3}})(?=(?:出生于|生于|出生在)(?:19|20)\d{{2}}年)", text, re.M):
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s“—月日]))([{_CJK}]{{2,3}}){_PERSON_VERB_AFTER}", text, re.M):
        for cand in (m.group(1), m.group(1)[:2]):
            if len(cand) == 3 and _glued_word(text, m.start(1) + 2):
                continue  # "洪某申请辞去": 申 begins 申请, the name is two letters
            if plausible_person(cand, lex, strong=False) and text.startswith(cand, m.start(1)):
                rest = text[m.start(1) + len(cand):]
                if re.match(_PERSON_VERB_AFTER, rest):
                    found.setdefault(cand, m.start(1))
                    break
    # A name with what it is in brackets after it: titles ("X（执行董事、首席执行官）")
    # or a stake in a list of holders ("股东A（34%）、B（22%）").
    title_at = {s for s, _e in title_spans}
    for m in re.finditer(r"（(?=[^（）]{1,30}）)", text):
        inner, k = m.end(), m.start()
        if inner in title_at or re.match(r"(?:持股)?(?:约)?\d+(?:\.\d+)?%", text[inner:inner + 12]):
            for ln in (3, 2):
                cand = text[k - ln:k]
                if (len(cand) == ln and plausible_person(cand, lex, strong=False) and not lex.company(cand)
                        and not _straddles(text, k - ln - 1)):
                    found.setdefault(cand, k - ln)
                    break
    # A name and a title in one list after a verb ("免去X行长、董事职务").
    for m in re.finditer(rf"(?:免去|免除|罢免|任命|聘任|选举|提名)([{_CJK}]{{2,3}})", text):
        for cand in (m.group(1), m.group(1)[:2]):
            if m.start(1) + len(cand) in title_at and plausible_person(cand, lex, strong=False):
                found.setdefault(cand, m.start(1))
                break
    return found


def _ok_boundary_ascii(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


_WEAK_OK_AFTER = set("系旗（(为持的及和与、，是控集")
_WEAK_BAD_BEFORE = set("不很都也较更最太够保求")


def _company_left_boundary(text: str, suffix_start: int, floor: int, places: set[str] | None = None) -> int:
    """Where an organisation name ending in a suffix begins.

    Segment the left context with jieba and walk back over tokens that can be
    part of a name; stop at punctuation, digits, verbs, prepositions and other
    function words (dictionary POS tags), or at a known mention. Organisation
    words right before the suffix (控股 in X控股集团有限公司) do not stop it
    ("控股东海银行": after a name part, 控股 is the verb); and a legal name (given
    `places`) begins at the place it is registered in when one stands before
    a word that would stop the walk ("北京新月联合汽车有限公司": 联合 is a verb),
    or at the start of its clause when only such a word stands between
    ("，联想控股股份有限公司": 联想 is a verb too).
    """
    bracket = _GROUP_BRACKET.search(text, max(floor, suffix_start - 6), suffix_start)
    if bracket is not None and bracket.end() == suffix_start:  # "重庆金山控股（集团）有限公司": the name is before the bracket
        return _company_left_boundary(text, bracket.start(), floor, places)
    lo = max(floor, suffix_start - 24)
    left = text[lo:suffix_start]
    cut = max(left.rfind(c) for c in "，。；：、！？“”\"《》 \n|·$【】")
    if (opened := left.rfind("（")) > max(cut, left.rfind("）")):
        # "东海证券（现北林证券）": an open bracket starts the name, after the word that says which name it is
        lead = _BRACKET_LEAD.match(left, opened + 1)
        if lead and lead.end() - opened == 2 and _word_tag(left[opened + 1:opened + 3])[0] is not None:
            lead = None  # "（现代金控）": 现 begins a word of the name, it does not say which name this is
        cut = lead.end() - 1 if lead else opened
    clause_start = cut >= 0 or lo == 0
    if cut >= 0:
        lo, left = lo + cut + 1, left[cut + 1:]
    if not left:
        return suffix_start
    if (he := _HE_NAME.search(left)) and (he.start() > 0 or cut >= 0 or lo == 0) and not _PARTNER_AFTER.match(
            text, suffix_start):
        return lo + he.start()  # "对和X传承基金销售有限公司…": with nothing to join, 和 begins the name
    tokens = get_jieba().lcut(left, HMM=True)
    start = suffix_start
    only_org = True
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        tag, freq = _word_tag(tok)
        if _ORG_WORD.fullmatch(tok) and only_org:
            start -= len(tok)  # "新希望控股" + "集团有限公司": next to the suffix, 控股 is part of the name
            continue
        only_org = False
        if places and len(tok) == 1 and tag and tag[0] in "va" and k > 0 and _name_part(tokens[k - 1]):
            start -= 1  # "捷付睿通" + "股份有限公司": the HMM cut a name into single characters, one a verb (通)
            continue
        if tok in _BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            if places and tok not in _BOUNDARY_WORDS:
                back = _place_start(tokens[:k], places)
                if back:
                    start -= len(tok) + back
                elif k == 0 and clause_start and len(tok) > 1:
                    start -= len(tok)
            break
        if re.search(r"\d", tok) and not re.fullmatch(r"\d{3}", tok):
            break
        if tok.endswith("者") or tok in _DESCRIPTOR_WORDS:  # "…领跑者微医集团", "上市公司雷蛇"
            break
        if tag is None and len(tok) > 1 and tok[0] in _GLUED_FUNCTION_CHARS:
            start -= len(tok) - 1  # "为汉富": the HMM glued a preposition to the name
            break
        if tag is None and len(tok) > 2 and tok[0] == "系" and tok[1] in _GLUED_FUNCTION_CHARS:
            start -= len(tok) - 2  # "系由青禾": 系 (is) and a preposition glued to the name
            break
        start -= len(tok)
    return start


#: what opens a bracket that gives a company's other name: "（现北林证券）", "（原名东海证券）", "（formerly 东海证券）"
_BRACKET_LEAD = re.compile(
    r"(?:现已更名为|现更名为|后更名为|现名为|现名|现称|现为|即现在的|即后来的|现|原名为|原名|原称|原为|原|前称|旧称|旧名|曾用名|"
    r"前身为|前身是|formerly known as|formerly)[：: ]?")


#: 和 right after a clause's start or a preposition, then a name up to a legal suffix: 和 cannot join
#: anything there, so it is the name's first character ("关于对和X传承…有限公司", "。和X财富…有限公司是…")
_HE_NAME = re.compile(r"(?:^|(?<=[对向与于由被据为是将把从]))和[\u4e00-\u9fff]{2,12}$")
#: after the legal name, what makes a clause-initial 和 the preposition "with" ("，和X有限公司达成合作")
_PARTNER_AFTER = re.compile(_LEGAL_SUFFIX + r"[^，。；]{0,8}?(?:合作|签署|签订|达成|共同|联合|携手|一起|共建|之间|相比|竞争|对比|一样|不同|分别|合资)")
_PLACE_ARM = re.compile(r"[（(]([\u4e00-\u9fff]{2,6}?)(?:分)?公司[）)]")
#: countries and regions a company's arm is named after (provinces and cities are in the places list)
_REGIONS = {"中国", "美国", "英国", "香港", "澳门", "台湾", "新加坡", "日本", "韩国", "欧洲", "亚太", "亚洲", "北美", "内地"}
_GROUP_BRACKET = re.compile(r"[（(](?:集团|控股|中国|香港)[）)]")
_ORG_WORD = re.compile(r"控股|集团|投资|金融|科技|资本|资产|实业|发展|管理|信息|技术|网络|数字|电子|软件|企业|产业|国际|联合|商贸|贸易")


def _name_part(tok: str) -> bool:
    """A token that can stand inside a name: no function word, verb or digit
    ("睿" before "通" can; "转让" before "予" cannot)."""
    tag, freq = _word_tag(tok)
    return not (tok in _BOUNDARY_WORDS or re.search(r"\d", tok)
                or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5))


def _place_start(tokens: list[str], places: set[str]) -> int:
    """How many characters back from the end of `tokens` a place name starts,
    over name-like tokens only (no function words, verbs or digits); 0 if none.
    A single letter right after the place is a name's letter the segmenter
    cut off, whatever word it also is ("北京" + "天" + "同" + "赛伯…有限公司")."""
    back = 0
    for k, tok in enumerate(reversed(tokens[-4:])):
        back += len(tok)
        if tok in places and len(tok) >= 2:
            return back
        tag, freq = _word_tag(tok)
        cut_letter = len(tok) == 1 and k < len(tokens[-4:]) - 1 and tokens[-2 - k] in places
        if tok in _BOUNDARY_WORDS or re.search(r"\d", tok) or (tag and tag[0] in "pcudrmqf" and freq > 5 and not cut_letter):
            return 0
    return 0


_GLUED_FUNCTION_CHARS = set("为在于与和及的是被将由向从对把而但且即让给")
_DESCRIPTOR_WORDS = {"领域", "行业", "平台", "品牌", "模式", "企业", "公司", "上市公司", "龙头", "巨头", "独角兽", "机构", "项目"}


_BOUNDARY_WORDS = {
    "的", "在", "于", "与", "和", "及", "为", "是", "由", "向", "对", "从", "将", "被", "把", "以", "等", "并", "或", "其",
    "旗下", "子公司", "担任", "出任", "曾任", "历任", "现任", "任", "加入", "创立", "创办", "成立", "投资了", "持有", "收购",
    "出售", "转让", "宣布", "公告", "称", "表示", "包括", "如", "像", "据", "近日", "此前", "目前", "日前", "今年", "去年",
    "同时", "而", "则", "也", "还", "又", "均", "已", "曾", "正式", "联手", "携手", "合作", "通过", "获得", "成为", "作为",
    "登陆", "上市", "挂牌", "就职", "工作", "任职", "前身", "更名", "原名", "改名", "控股股东", "股东", "发起人", "创始人",
    "董事长", "总裁", "总经理", "入股", "参股", "增持", "减持", "认购", "基石", "投资者", "关联方", "先后",
    "现为", "仍为", "曾为", "原为", "均为", "即为", "亦为", "也为", "则为", "系为",
    # leaving or taking a post: jieba may not know the verb ("请辞" + name)
    "请辞", "辞去", "辞任", "卸任", "离任", "离开", "赴任", "接任", "兼任", "执掌", "掌舵", "加盟",
    "曾用名", "旧称", "前称", "现称", "现名", "旧名", "前为",
}


_DESCRIPTORS = re.compile(r"老牌|知名|大型|头部|龙头|领先|著名|国内|国际|全球|首家|一家|多家|这家|那家|该|本土|传统|新兴|民营|国有")


def _short_prefix_ok(prefix: str) -> bool:
    p = prefix.strip()
    if len(p) < 2 or p in _GENERIC_PREFIX or _DESCRIPTORS.search(p):
        return False
    if re.fullmatch(r"[\d.%]+", p):
        return False
    return not any(p.endswith(g) and len(p) - len(g) < 2 for g in ("该", "这家", "一家", "多家", "各"))


def _words_before(text: str, pos: int, floor: int) -> int:
    """How many characters before `pos` (at most 4, back to the clause start)
    are content words (verbs and adjectives included, function words not):
    the proper part of a legal name whose walk stopped at a verb."""
    lo = max(floor, pos - 6)
    left = text[lo:pos]
    cut = max(left.rfind(c) for c in "，。；：、！？“”\"《》 \n（）()")
    left = left[cut + 1:]
    back = 0
    for tok in reversed(get_jieba().lcut(left, HMM=False)):
        tag, freq = _word_tag(tok)
        if tok in _BOUNDARY_WORDS or re.search(r"[\d\W]", tok) or (tag and tag[0] in "pcudrmqf" and freq > 5) or back + len(tok) > 4:
            break
        back += len(tok)
    return back


def _named_by_title_after(text: str, start: int, suffix_start: int, end: int, lex: Lexicon) -> bool:
    """"微医集团副董事长": a short prefix that is no word itself, an organisation
    suffix and a title right after it name a company even when the prefix is
    made of common letters (微, 医); "两家银行行长" (两家 is a word) does not."""
    prefix = text[start:suffix_start]
    if not (2 <= len(prefix) <= 3):
        return False
    return _word_tag(prefix)[0] is None and lex.title_re.match(text, end) is not None


def name_has_proper_part(name: str) -> bool:
    """A name needs a part that is not a common word (or is Latin script),
    or an organisation suffix after a specific prefix ("微医集团"); a clause
    that opens with a common verb ("实现…前景") is not a name."""
    first = get_jieba().lcut(name, HMM=False)[0]
    tag, freq = _word_tag(first)
    if tag and tag.startswith("v") and freq > 1000 and len(first) > 1:
        return False
    suffix = re.search(_SHORT_SUFFIX + "$", name) or re.search(_LEGAL_SUFFIX + "$", name)
    if suffix and suffix.start() >= 1 and name[: suffix.start()] not in _GENERIC_PREFIX:
        return True
    org = re.search(f"(?:{_ORG_WORD.pattern})$", name)
    if org and 2 <= org.start() <= 3 and _word_tag(name[: org.start()])[0] is None and _CJK_CHAR.match(name):
        return True  # "安科技术": a prefix that is no word, and an organisation word
    return _proper_prefix(name)


def _proper_prefix(prefix: str) -> bool:
    """A short name ("汉富资本") needs a part that is not a common word:
    "所属金融", "这家科技" are phrases, not names."""
    for tok in get_jieba().lcut(prefix, HMM=False):
        tag, freq = _word_tag(tok)
        if (tok.isascii() and tok.strip()) or re.fullmatch(r"\d+", tok):
            return True
        if tag is None or freq < 200 or (tag and tag[:2] in ("nr", "ns", "nt", "nz", "j")):
            return True  # j: an abbreviation (中投, 国开)
    return False


#: after a short suffix, the rest of a government department and the title of
#: its head ("支付" + "结算司司长", "金融" + "稳定局副局长"): the suffix is a word of that unit's name
_UNIT_HEAD_AFTER = re.compile(r"(?!" + _SHORT_SUFFIX + r")[\u4e00-\u9fff]{0,4}?(?:司|局|处|厅)副?(?:司长|局长|处长|厅长|巡视员)")


def _inside_place_word(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a place name the segmenter reads as a word straddles `s` ("南京"
    in "南京东南": 京东 would begin inside it; "原平" in "原平安" is no word there)."""
    if not any(text[s - n:s + k] in lex.places for n in (1, 2) for k in (1, 2) if k < e - s):
        return False
    lo = max(0, s - 2)
    pos = lo
    for tok in get_jieba().lcut(text[lo:min(e, s + 4)], HMM=False):
        if pos < s < pos + len(tok) and tok in lex.places:
            return True
        pos += len(tok)
    return False


def _continues_word(text: str, s: int, e: int) -> bool:
    """"金融科技…": the suffix is the start of a longer common word."""
    for n in (1, 2):
        tag, freq = _word_tag(text[s:e + n])
        if tag and freq > 100:
            return True
    return False


class _Spans:
    """Non-overlapping spans kept sorted, for "is this offset taken?" and
    "where does the span before it end?" in log time (an article can have
    tens of thousands of mentions)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])

    def covering(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and self.ends[i] > pos else None

    def end_before(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.ends[i] > pos:
            i -= 1
        return self.ends[i] if i >= 0 else 0

    def ending_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and self.ends[i] == pos else None


def build_inventory(text: str, lex: Lexicon, title_spans: list[tuple[int, int]],
                    orig: Callable[[int, int], str] | None = None, headline: str = "") -> Inventory:
    """The article's entities. `orig` maps a span of `text` to the original
    string, so that names are displayed as the article writes them. People
    the headline introduces ("丁学东接任中金公司董事长 金立群卸任") are people
    wherever the text names them."""
    inv = Inventory()
    show = orig or (lambda a, b: text[a:b])
    occupied = _Spans()
    # 1. Dictionary companies.
    for m in lex.company_re.finditer(text):
        s, e = m.span()
        surf = m.group(0)
        entry = lex.company(surf)
        if entry is None:
            continue
        if len(surf) > 2 and _glued_word(text, e - 1) and (shorter := lex.company(surf[:-1])) is not None:
            surf, e, entry = surf[:-1], e - 1, shorter  # "京东方面": 京东 and 方面, not 京东方
        key_norm = norm_name(surf)
        if surf.isascii() and not _ok_boundary_ascii(text, s, e):
            continue
        if _inside_place_word(text, s, e, lex):
            continue  # "南京东南…": 京东 begins inside the place name before it
        if key_norm in entry.weak:
            after = text[e:e + 1]
            before = text[s - 1:s]
            if after not in _WEAK_OK_AFTER or before in _WEAK_BAD_BEFORE:
                continue
        if _LICENSED_AFTER.match(text, e) and not _LICENSED_AFTER.search(surf):
            continue  # "中投" + "证券": a licensed subsidiary named after its parent, found by its suffix below
        longer = next((x for k in range(max(s, e - 3), e) if (x := _EXTENDS_INTO.match(text, k)) and x.end() > e), None)
        if longer is not None:  # "平安保险" + "代理": an agency named after its parent, not the parent
            name = text[s:longer.end()]
            key = inv.surface.get(norm_name(name)) or "C:" + name
            inv.add(key, show(s, longer.end()), "Company", norm_name(name), show(s, longer.end()), s)
            occupied.append((s, longer.end()))
            continue
        if (text.startswith("集团", e) and not surf.endswith("集团") and lex.company(surf + "集团") is None
                and not re.match(_LEGAL_SUFFIX, text[e:e + 12]) and key_norm not in entry.weak):
            e += 2  # "大连万达" + "集团": the group the dictionary name stands for, one mention
            key_norm = norm_name(surf + "集团")
        inv.add("C:" + entry.name, entry.name, "Company", key_norm, show(s, e), s, from_dictionary=True)
        occupied.append((s, e))
    # 2. Legal names and short names ending in an organisation suffix.
    # a short suffix may be followed by 集团/控股 ("产城投资集团", "科技控股"): one name, not two
    for pattern, short in ((_LEGAL_SUFFIX, False), (_SHORT_SUFFIX + r"(?:控股(?!股东))?(?:集团)?", True)):
        for m in re.finditer(pattern, text):
            if occupied.covering(m.start()) and not (short and m.group(0) in _BRANCH_SUFFIXES):
                continue
            if short and _continues_word(text, m.start(), m.end()):
                continue  # "金融科技", "金融机构": a common word, checked before segmenting
            if short and _UNIT_HEAD_AFTER.match(text, m.end()):
                continue  # "央行支付结算司司长": the suffix begins the name of a department and its head
            floor = occupied.end_before(m.start())
            start = _company_left_boundary(text, m.start(), floor, None if short else lex.places)
            adjacent = occupied.ending_at(start) if (not short or m.group(0) in _BRANCH_SUFFIXES) else None
            if adjacent:  # "中国平安" + "上海管理总部", "金融壹账通" + "科技有限公司": one organisation
                start = adjacent[0]
                if not short:  # "重庆" + "度小满" + "信息技术有限公司": the place it is registered in
                    for n in (3, 2):
                        if text[start - n:start] in lex.places:
                            start -= n
                            break
            if not short and start == m.start() and not adjacent:
                start -= _words_before(text, start, floor)  # "由远航" + "集团有限公司": the walk stopped at once at a verb (远航)
            if m.start() - start < 2:
                continue
            while start < m.start() and text[start] in "）)、，":
                start += 1
            if "）" in text[start:m.start()] and "（" not in text[start:text.index("）", start)]:
                start = text.index("）", start) + 1
            name = text[start:m.end()]
            if short and not (len(text[start:m.start()]) <= 8 and _short_prefix_ok(text[start:m.start()])
                              and (_proper_prefix(text[start:m.start()]) or lex.company(text[start:m.start()])
                                   or _named_by_title_after(text, start, m.start(), m.end(), lex))):
                continue  # a short name has a short prefix; longer runs are headlines glued together
            if not re.search(rf"[{_CJK}A-Za-z]", text[start:m.start()]):
                continue
            if not short and is_generic_org_name(name):  # "新希望" + "控股集团有限公司": the walk stopped at a verb (希望)
                start -= _words_before(text, start, floor)
                name = text[start:m.end()]
            if any(name.startswith(t) for t in lex.titles) or name[0] in "（(" or is_generic_org_name(name):
                continue
            if short and lex.exchange_re.search(name):
                continue  # "美国纳斯达克交易所" is an exchange, found as one
            if short and occupied.ending_at(start) and _UNIT_AFTER.match(text, m.end()):
                continue  # "云岭银行" + "普惠金融事业部": a unit of the company before it, not a company

            key = inv.surface.get(norm_name(name)) or "C:" + name
            inv.add(key, show(start, m.end()), "Company", norm_name(name), show(start, m.end()), start)
            occupied.append((start, m.end()))
    # 2a. A company's arm in a place, written in brackets after it: "X保险集团（香港公司）".
    for s0, e0 in list(zip(occupied.starts, occupied.ends, strict=True)):
        arm = _PLACE_ARM.match(text, e0)
        if arm and (arm.group(1) in lex.places or arm.group(1) in _REGIONS):
            name = text[s0:arm.end()]
            inv.add(inv.surface.get(norm_name(name)) or "C:" + name, show(s0, arm.end()), "Company", norm_name(name),
                    show(s0, arm.end()), s0)
    # 2b. Latin-script legal names ("TechStar Acquisition Corporation").
    for m in _ASCII_ORG.finditer(text):
        if occupied.covering(m.start()):
            continue
        name = m.group(0)
        key = inv.surface.get(norm_name(name)) or "C:" + name
        inv.add(key, show(m.start(), m.end()), "Company", norm_name(name), show(m.start(), m.end()), m.start())
        occupied.append(m.span())
        head = m.group(1) or ""
        if len(head) >= 4 and norm_name(head) not in inv.surface and re.search(rf"(?<![A-Za-z]){re.escape(head)}(?![A-Za-z])", text[m.end():]):
            inv.link(norm_name(head), head, key)  # later mentions by the first word alone
    # 3. Names defined in the text: X（以下简称“Y”）.
    for m in ALIAS_DEF.finditer(text):
        alias = m.group(1).strip()
        prev = occupied.ending_at(m.start()) or occupied.ending_at(m.start() - 1)
        if not prev:
            continue
        s, e = prev
        key = inv.surface.get(norm_name(text[s:e]))
        if key and inv.entities[key].type == "Company":
            target = inv.surface.get(norm_name(alias))
            if target and target != key:
                _merge(inv, target, key)
            else:
                a0 = m.start(1)
                inv.link(norm_name(alias), show(a0, a0 + len(alias)), key)
    # 3b. Short names of the legal names found ("深圳市全新好股份有限公司" … "全新好").
    _link_short_names(inv, text, lex, show)
    # 4. Persons, with in-article spelling variants folded together.
    names = find_person_names(text, lex, title_spans)
    for e0 in occupied.ends:
        # "继C王某某卸任董事长之后": a name between a company and a verb of taking or leaving a post
        after = _NAME_BEFORE_POST_VERB.match(text, e0)
        if after:
            for cand in (after.group(1), after.group(1)[:2]):
                if text.startswith(cand + after.group(2), e0) and plausible_person(cand, lex, strong=False):
                    names.setdefault(cand, e0)
                    break
    if headline:
        for name in find_person_names(headline, lex, find_titles(headline, lex)):
            if name not in names and (pos := text.find(name)) >= 0:
                names[name] = pos
    for name, pos in names.items():
        if norm_name(name) in inv.surface:
            continue
        inv.add("P:" + name, show(pos, pos + len(name)), "Person", norm_name(name), show(pos, pos + len(name)), pos)
    # 5. The other members of a list one of whose members is known
    #    ("股东包括A、B和C", "发起人为A、B、某某及某某").
    _list_members(inv, text, lex, show)
    # 6. Names a construction gives as companies ("X在港交所上市", "X和Y分别持股…").
    _construction_companies(inv, text, lex, show, title_spans)
    for variant, canonical in spelling_variants(list(names), text).items():
        if "P:" + variant in inv.entities and "P:" + canonical in inv.entities:
            _merge(inv, "P:" + variant, "P:" + canonical)
    return inv


#: Suffixes of licensed institutions: after a known name they name a
#: subsidiary of its own ("中投" + "证券"), not the known company.
_LICENSED_AFTER = re.compile(r"证券|基金|银行|信托|消费金融|消金|金融租赁|金租|理财|寿险|产险|财险|人寿|资管|期货|小贷|支付|软件")
#: An institution word a dictionary name ends inside of: "平安保险" + "代理" is
#: 平安保险代理, an agency of its own, named after its parent.
_EXTENDS_INTO = re.compile(r"保险(?:代理|经纪|公估)|(?:资产|投资)管理中心")
_LEGAL_TAIL = re.compile(r"(?:[（(](?:集团|中国|控股|香港|北京|上海|深圳)[）)])?" + _LEGAL_SUFFIX + "$")


def _link_short_names(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """A legal name's stem, and its stem without the place it starts with,
    name the same company where the article uses them on their own; so do
    the stem with 公司 for its legal suffix ("X科技有限公司" … "X科技公司")
    and, for a group's member, the stem without 集团 ("X集团财务有限责任公司"
    … "X财务公司")."""
    for ent in list(inv.companies()):
        m = _LEGAL_TAIL.search(ent.name)
        if not m or ent.from_dictionary:
            continue
        stem = to_simplified(ent.name[: m.start()])
        place = lex.place_prefix(stem)
        stems = [stem, stem[len(place):] if place else ""]
        stems += [m for x in stems if x and (m := re.sub(r"(?<=.{2})集团(?=.{2})", "", x)) != x]
        for short in [*stems, *(x + "公司" for x in stems if x)]:
            if len(short) < 2 or short in lex.places or is_generic_org_name(short + "公司") or _GENERIC_PREFIX.issuperset([short]):
                continue
            key = norm_name(short)
            other = inv.surface.get(key)
            if other is not None:
                if other != ent.key and other in inv.entities and not inv.entities[other].from_dictionary \
                        and inv.entities[other].type == "Company" and ent.key in inv.entities:
                    _merge(inv, other, ent.key)  # "云端数据科技", found by its suffix, is the legal name's stem
                continue
            i = text.find(short)
            while i >= 0 and not _stands_alone(text, i, i + len(short)):
                i = text.find(short, i + 1)
            if i >= 0:
                inv.link(key, show(i, i + len(short)), ent.key)


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is not the middle of a longer legal name."""
    return not re.match(r"[\u4e00-\u9fff]{0,4}(?:有限|股份|集团)", text[e:e + 8]) or text[e:e + 1] in "（(、，。"


_LIST_CLAUSE = re.compile(r"[^，。；：！？\n（）“”]*、[^，。；：！？\n（）“”]*")
_LIST_LEAD = re.compile(r".*(?:包括|包含|分别为|分别是|依次为|为|是|有|投资了?|入股了?|引入了?|联合)")
_LIST_END = re.compile(r"(?:等|分别|均|共同|将|已|也|都|各|合计|合共|的|持有|持股|出资|入股|作为|成为|签署|签订).*")
_LIST_SPLIT = re.compile(r"、|以及|及|和|与")
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&·]{2,12}")


def _list_members(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """Names in a list of names: when one member of "A、B、C" is a known
    company or person, the others of the same shape are names too, of the
    kind of the known members (a person when the members are mixed and the
    name reads as one)."""
    for m in _LIST_CLAUSE.finditer(text):
        clause, base = m.group(0), m.start()
        lead = _LIST_LEAD.match(clause.split("、", 1)[0])
        off = lead.end() if lead else 0
        body = clause[off:]
        end = _LIST_END.search(body.rsplit("、", 1)[-1])
        if end:
            body = body[: len(body) - len(body.rsplit("、", 1)[-1]) + end.start()]
        items: list[tuple[int, str]] = []
        pos = 0
        for part in _LIST_SPLIT.split(body):
            i = body.find(part, pos)
            pos = i + len(part)
            items.append((base + off + i, part))
        if len(items) < 2 or not all(_ITEM.fullmatch(p) for _i, p in items):
            continue
        kinds = [inv.entities[k].type for _i, p in items if (k := inv.surface.get(norm_name(p))) in inv.entities]
        if not kinds or (lead is None and len(kinds) < 2):
            continue
        for i, p in items:
            p = re.sub(r"(?:先生|女士)$", "", p)
            key = norm_name(p)
            if (key in inv.surface or lex.company(p) or p in lex.titles or p in lex.places or lex.exchange_re.fullmatch(p)
                    or re.search(r"[省市县区州]$", p) or not _clean_member(p, inv)):
                continue
            person = plausible_person(p, lex, strong=False) and (len(p) <= 3 or p[:2] in lex.compound_surnames)
            if person and ("Person" in kinds or (plausible_person(p, lex) and (_word_tag(p)[0] or "nr").startswith("nr"))):
                inv.add("P:" + p, show(i, i + len(p)), "Person", key, show(i, i + len(p)), i)
            elif "Company" in kinds and not person and _list_company_ok(p):
                inv.add("C:" + p, show(i, i + len(p)), "Company", key, show(i, i + len(p)), i)


_HOLDERS = re.compile(rf"([{_CJK}A-Za-z0-9]{{2,10}})(?:和|及|与|、)([{_CJK}A-Za-z0-9]{{2,10}}?)，?(?:则|也|还)?分别(?:直接|间接)?(?:持股|持有|拥有|占股)")


_TICKER_AFTER = re.compile(
    r"（\s*(?:(?:\d{4,6}|[A-Z]{1,5})\.\s?(?:HK|SH|SZ|US|N|O|SS|BJ)|(?:NYSE|NASDAQ|HK|SH|SZ)[:：]\s*(?:\d{4,6}|[A-Z]{1,5})"
    r"|(?:股票代码|股份代号|证券代码)[：:]?\s*(?:\d{4,6}|[A-Z]{1,5})|\d{5,6})(?:[，、,][^）]{0,24})?）")


@lru_cache(maxsize=4)
def _listing_re(exchanges: str) -> re.Pattern[str]:
    return re.compile(r"(?:正式|成功|顺利|已|将)?(?:于[^，。；]{2,12}?)?(?:在|登陆|登录)(?=" + exchanges + r")")


def _construction_companies(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str],
                            title_spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
    """Names a construction gives as companies, with or without a suffix: the
    subject of a listing ("X正式在港交所挂牌上市"), a name with its ticker in
    brackets ("X（00136.HK）"), and holders coordinated
    before 分别持股 ("X和Y分别直接持股…") unless they read as people."""
    def add(s: int, e: int, kind_stated: bool = False) -> None:
        """kind_stated: the construction says it is a company ("上市公司X"),
        so a name that could read as a person's or as common words stands."""
        name = text[s:e]
        if (e - s < 2 or norm_name(name) in inv.surface or lex.company(name) or name in lex.places or name in lex.titles
                or name in _GENERIC_PREFIX or name.endswith("指数")
                or lex.exchange_re.fullmatch(name) or (not kind_stated and plausible_person(name, lex, strong=False))
                or not re.fullmatch(rf"[{_CJK}A-Za-z0-9]+", name)
                or not (_clean_member(name, inv) or (kind_stated and not any(f in name for f in inv.forms if len(f) >= 2)))
                or (not kind_stated and not _oov_or_proper(name))):
            return
        inv.add("C:" + name, show(s, e), "Company", norm_name(name), show(s, e), s)

    for m in _listing_re(lex.exchange_re.pattern).finditer(text):
        x = lex.exchange_re.match(text, m.end())
        if x and re.match(r"(?:主板|科创板|创业板)?(?:挂牌)?上市", text[x.end():x.end() + 8]):
            left = _company_left_boundary(text, m.start(), max(0, m.start() - 12))
            if not inv.surface.get(norm_name(text[left:m.start()])):
                add(left, m.start())  # "X正式在港交所主板挂牌上市": what lists is a company
    for m in _TICKER_AFTER.finditer(text):
        left = _company_left_boundary(text, m.start(), max(0, m.start() - 12))
        for tok in get_jieba().lcut(text[left:m.start()], HMM=False)[:-1]:
            tag, freq = _word_tag(tok)
            if not (len(tok) == 1 or (tag and tag[0] in "nvk" and tag[:2] not in ("nr", "ns", "nt", "nz") and freq > 50)):
                break
            left += len(tok)  # "股权天大药业（…）": a common noun before the name is not part of it
        if not inv.surface.get(norm_name(text[left:m.start()])):
            add(left, m.start())  # "X（00136.HK）": what has a ticker is a listed company
    for m in _HOLDERS.finditer(text):
        for g in (1, 2):
            s, e = m.span(g)
            s = _company_left_boundary(text, e, s) if g == 1 else s
            if not plausible_person(text[s:e], lex, strong=False):
                add(s, e)
    title_ends = {e for _s, e in title_spans}
    for ts, _te in title_spans:
        # "后赴任PayPal高级副总裁": a Latin name between a verb of taking a post and a title
        latin = _LATIN_EMPLOYER.search(text, max(0, ts - 30), ts)
        if latin and latin.end() == ts:
            add(latin.start(1), ts)
    for ts, _te in title_spans:
        # "曾先后担任C董事长、X董事长兼CEO、…": in a list of posts after a career
        # verb, the name between a title and the next one is where that post is
        j = text.rfind("、", max(0, ts - 11), ts)
        if j < 0 or j not in title_ends or not re.fullmatch(rf"[{_CJK}A-Za-z0-9]{{2,10}}", text[j + 1:ts]):
            continue
        stop = max(text.rfind(c, 0, j) for c in "。；\n")
        name = text[j + 1:ts]
        if (_CAREER_VERB.search(text, stop + 1, j) and not _NOT_AN_EMPLOYER.search(name) and _list_post_name(name, inv, lex)
                and norm_name(name) not in inv.surface):
            # a group's brand may begin it ("平安" + "好车"): the list says it is a place of work of its own
            inv.add("C:" + name, show(j + 1, ts), "Company", norm_name(name), show(j + 1, ts), j + 1)
    for m in _POST_AT.finditer(text):
        if not _NOT_AN_EMPLOYER.search(m.group(1)):
            add(m.start(1), m.end(1))  # "P此前在X担任首席财务官": where someone holds a post is an organisation
    for m in _LISTED_COMPANY.finditer(text):
        name = m.group(1)
        head, freq = _word_tag(get_jieba().lcut(name, HMM=True)[0])
        if text.count("上市公司" + name) >= 2 and not (head and head[0] in "nvf" and head[:2] not in ("nr", "ns", "nt", "nz") and freq > 100):
            add(m.start(1), m.end(1), kind_stated=True)  # "上市公司X…，上市公司X对…": the listed company, named twice


#: "P在X担任T", "他曾在X出任T": the place of a post, between 在 and the verb
#: with a title after it. `add` keeps only a name (a proper or unknown part,
#: no function word), so "在任期内担任" and "在董事会担任" give nothing.
_POST_AT = re.compile(
    rf"(?:^|(?<=[{_CJK}]))在([{_CJK}A-Za-z0-9]{{2,10}}?)(?:担任|出任)"
    r"(?=[^，。；]{0,8}?(?:董事|监事|总裁|总经理|行长|主席|首席|CEO|CFO|COO|CTO|总监|秘书|司库|合伙人|负责人))")
#: what ends a unit inside an organisation or a span of time, not an employer's name
_NOT_AN_EMPLOYER = re.compile(r"(?:分公司|分行|支行|部|处|室|司|局|厅|中心|总部|区|期间|任内|时|后|前|内)$")
#: a Latin-script employer after a verb of taking or holding a post, right before a title
_LATIN_EMPLOYER = re.compile(r"(?:担任|出任|赴任|加入|加盟|转投|任职于|就职于|现任|曾任)([A-Z][A-Za-z0-9&]{1,24})")
#: right after a company, a name then a verb of taking or leaving a post ("C王某某卸任董事长")
_NAME_BEFORE_POST_VERB = re.compile(rf"([{_CJK}]{{2,3}}?)((?:已|正式|将)?(?:卸任|辞任|辞去|请辞|离任|出任|接任|升任))")
#: a verb that opens a list of someone's posts
_CAREER_VERB = re.compile(r"担任|出任|曾任|历任|现任|兼任")
#: "上市公司X": a listed company's name after the word for one, up to the verb
#: or function word that follows it
_LISTED_COMPANY = re.compile(
    rf"上市公司([{_CJK}]{{2,5}}?)(?=无法|对|的|已|于|在|与|和|及|将|发布|公告|称|表示|为|是|曾|也|则|拟|因|被|还|并|等|正|仍|旗下"
    r"|股东|董事|高管|实控人|实际控制人|[，。；、（“”：])")


def _list_post_name(name: str, inv: Inventory, lex: Lexicon) -> bool:
    """A name in a list of posts: a proper or unknown part, no function word,
    not a person, place, title or common word; a known name may begin it."""
    if (lex.company(name) or name in lex.places or name in lex.titles or name in _GENERIC_PREFIX
            or plausible_person(name, lex, strong=False) or not _oov_or_proper(name)):
        return False
    for tok in get_jieba().lcut(name, HMM=False):
        tag, freq = _word_tag(tok)
        if tok in _BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            return False
    return not any(f in name[1:] for f in inv.forms if len(f) >= 2 and not name.startswith(f))


def _oov_or_proper(name: str) -> bool:
    """A part of `name` is a word jieba does not know (its HMM joined it: "力勤")
    or a proper noun: a name, not a phrase of dictionary words ("发行价")."""
    return any(tag is None or tag[:2] in ("nr", "ns", "nt", "nz", "j")
               for tag, _f in map(_word_tag, get_jieba().lcut(name, HMM=True)))


def _clean_member(name: str, inv: Inventory) -> bool:
    """A list member that is only a name: no verb, preposition or other function
    word in it ("曾任职于平安银行"), and no known name inside it."""
    if any(f in name for f in inv.forms if len(f) >= 2):
        return False
    for tok in get_jieba().lcut(name, HMM=False):
        tag, freq = _word_tag(tok)
        if tok in _BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            return False
    return True


def _list_company_ok(name: str) -> bool:
    """A list member that can be a company's name: not one common word ("银行", "地方国资")."""
    if re.fullmatch(r"[\d.%]+", name) or name in _GENERIC_PREFIX or name in _DESCRIPTOR_WORDS:
        return False
    toks = get_jieba().lcut(name, HMM=False)
    if len(toks) == 1:
        tag, freq = _word_tag(name)
        return not (tag and tag[0] in "nvadr" and tag[:2] not in ("nr", "ns", "nt", "nz") and freq > 50)
    return _proper_prefix(name)


def spelling_variants(names: list[str], text: str) -> dict[str, str]:
    """Names in one article that are one person spelt two ways: same length,
    differing in one given-name character that sounds the same (沈崇峰 and
    沈崇锋). The article is the supporting context: both refer to the holder
    of the same roles there. Maps each variant to the more frequent spelling."""
    out: dict[str, str] = {}
    by_shape: dict[tuple[int, str], list[str]] = {}
    for n in names:
        if len(n) == 3:
            by_shape.setdefault((len(n), n[0]), []).append(n)
    for group in by_shape.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                diff = [k for k in range(1, len(a)) if a[k] != b[k]]
                if len(diff) != 1:
                    continue
                from pypinyin import lazy_pinyin  # here: its import is 0.3 s, and most articles never get here

                if lazy_pinyin(a[diff[0]]) != lazy_pinyin(b[diff[0]]):
                    continue
                keep, drop = (a, b) if text.count(a) >= text.count(b) else (b, a)
                out[drop] = keep
    return out


def _merge(inv: Inventory, src: str, dst: str) -> None:
    """Fold entity `src` into `dst` (an alias definition joined them)."""
    s = inv.entities.pop(src)
    d = inv.entities[dst]
    for a, n in s.aliases.items():
        d.aliases[a] = d.aliases.get(a, 0) + n
    d.count += s.count
    d.first = min(d.first, s.first)
    for k, v in list(inv.surface.items()):
        if v == src:
            inv.surface[k] = dst


def find_titles(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = []
    for m in lex.title_re.finditer(text):
        s, e = m.span()
        if text[e:e + 1] in _TITLE_BLOCK_AFTER:
            continue
        if m.group(0).isascii() and not _ok_boundary_ascii(text, s, e):
            continue
        if e - s == 2 and (_straddles(text, s - 1) or _straddles(text, e - 1)):
            continue  # "公司长期", "银行长远": a two-character title cut out of common words
        spans.append((s, e))
    return spans


def _straddles(text: str, i: int) -> bool:
    """Whether text[i:i + 2] is a common word (so a title may not begin or end inside it)."""
    if i < 0:
        return False
    tag, freq = _word_tag(text[i:i + 2])
    return bool(tag) and freq > 100 and not tag.startswith("nnt")


def surface_regex(inv: Inventory) -> re.Pattern[str] | None:
    forms = sorted({f for f in inv.forms if f.strip()})
    return re.compile(trie_regex(forms)) if forms else None


def sentence_mentions(
    text: str, start: int, end: int, inv: Inventory, lex: Lexicon, surf_re: re.Pattern[str] | None,
    title_spans: list[tuple[int, int]], focus_key: str | None, prev_topic: str | None = None,
    announcer: str | None = None, prev_named: str | None = None,
) -> list[Mention]:
    """All mentions in text[start:end], non-overlapping, in order.

    Titles are placed last: a title takes in the department or the temporal
    modifier written before it ("核保部副总经理", "原联席CEO"), up to the
    mention before it, so that a rule sees `<C><T>`.
    """
    seg = text[start:end]
    cands: list[Mention] = []
    if surf_re is not None:
        for m in surf_re.finditer(seg):
            key = inv.surface.get(norm_name(m.group(0)))
            if key is None:
                continue
            s, e = m.start() + start, m.end() + start
            if m.group(0).isascii() and not _ok_boundary_ascii(text, s, e):
                continue
            kind = "P" if key.startswith("P:") else "C"
            entry = lex.company(m.group(0)) if kind == "C" else None
            if entry is not None and norm_name(m.group(0)) in entry.weak and (
                    text[e:e + 1] not in _WEAK_OK_AFTER or text[s - 1:s] in _WEAK_BAD_BEFORE):
                continue
            cands.append(Mention(kind, s, e, m.group(0), key=key))
    for m in lex.exchange_re.finditer(seg):
        code = lex.exchanges.get(m.group(0))
        cands.append(Mention("X", m.start() + start, m.end() + start, m.group(0), key="X:" + str(code), value=code))
    for t in find_tickers(seg):
        cands.append(Mention("K", t.start + start, t.end + start, t.raw, value=(t.raw, t.code, t.exchange)))
    for s, e, v in find_dates(seg):
        cands.append(Mention("D", s + start, e + start, seg[s:e], value=v))
    for s, e, money in find_money(seg):
        cands.append(Mention("M", s + start, e + start, seg[s:e], value=money))
    for s, e, pct in find_percents(seg):
        cands.append(Mention("R", s + start, e + start, seg[s:e], value=pct))
    if focus_key or prev_topic or prev_named:
        for m in FOCUS_WORDS.finditer(seg):
            s, e = m.start() + start, m.end() + start
            if m.group(0) == "公司" and text[s - 1:s] in _FOCUS_BAD_BEFORE:
                continue
            cands.append(Mention("C", s, e, m.group(0), key=None, focus=True))
    ends = {m.end for m in cands if m.kind == "C" and not m.focus}
    starts = {m.start for m in cands if m.kind in ("C", "P") and not m.focus}
    cands = [m for m in cands if not (m.focus and (m.start in ends or m.end in starts))]
    chosen = _non_overlapping(cands)
    _resolve_focus(chosen, text, focus_key, prev_topic, announcer, prev_named)
    chosen = [m for m in chosen if not (m.focus and m.key is None)]
    titles: list[Mention] = []
    lo = bisect.bisect_left(title_spans, (start, start))
    hi = bisect.bisect_left(title_spans, (end, end))
    for s, e in title_spans[lo:hi]:
        if e > end or any(m.start < e and s < m.end for m in chosen):
            continue
        floor = max([start] + [m.end for m in chosen if m.end <= s] + [t.end for t in titles if t.end <= s])
        info, pstart = _title_info(text, s, e, lex, floor)
        titles.append(Mention("T", pstart, e, text[pstart:e], value=info))
    return sorted(chosen + titles, key=lambda m: m.start)


#: Characters that make 公司 part of a compound (子公司, 上市公司, 科技公司 …)
#: rather than a reference to the company in focus.
_FOCUS_BAD_BEFORE = set("属子母分总市技融团险券行产理资股托金款保营壳联标家该本其这那此每各某大小新老同类型式方系")
_FOCUS_AFTER_VERB = re.compile(r"(?:为|是|向|对|持有|控股)$")


def _resolve_focus(ms: list[Mention], text: str, article_focus: str | None, prev_topic: str | None,
                   announcer: str | None = None, prev_named: str | None = None) -> None:
    """Decide which company each 公司/该公司/本公司 stands for.

    本公司 is the announcer (the letterhead's issuer or the company quoting
    its announcement, else the article's focus). After 为/是/与 … ("上海壹账通
    为公司的综合联属实体") bare 公司 is the announcer or the article's focus when
    the sentence has named a company before it; when it has named none
    ("…对交易所的回复显示…。董事长是公司与实控人沟通的渠道"), the company the
    text has just been speaking of, the nearest one named in the sentences
    before (`prev_named`), is meant, not the article's topic. At the head of a
    clause it is the company the text is about just then: the first company
    named earlier in the sentence, else the previous sentence's.
    """
    first_c: str | None = None
    last_c: str | None = None
    for m in ms:
        if m.kind != "C":
            continue
        if not m.focus:
            if text[m.start - 1:m.start] not in ("原", "前"):  # "原金蝶总裁…出任公司…": a former employer is not 公司
                first_c = first_c or m.key
                last_c = m.key
            continue
        if m.text in ("本公司", "本行", "本集团"):
            m.key = announcer or article_focus or first_c or prev_topic
        elif (kind := _THIS_KIND.get(m.text)) and (named := [c for c in ms if c.kind == "C" and not c.focus
                                                             and c.end <= m.start and c.text.endswith(kind)]):
            m.key = named[-1].key  # "…控制蚂蚁集团…，成为该集团的实际控制人": the group just named
        elif _FOCUS_AFTER_VERB.search(before := text[max(0, m.start - 2):m.start]):
            if (first_c is None and announcer is None and prev_named is not None and m.text in ("公司", "该公司")
                    and before != "作为"):  # "作为公司创始团队…": in the capacity of, the article's company
                m.key = prev_named
            else:
                m.key = article_focus or first_c or prev_topic
        elif m.text.startswith("该"):  # "创立B并担任该公司董事": a demonstrative points at the company just named
            m.key = last_c or prev_topic or article_focus
        else:
            m.key = first_c or prev_topic or article_focus


#: 该集团 / 该行 … stand for the last company of that kind named before them in the sentence
_THIS_KIND = {"该集团": "集团", "该行": "银行", "该银行": "银行"}


_PRIORITY = {"K": 0, "C": 1, "P": 2, "X": 3, "M": 4, "R": 5, "D": 6, "T": 7}


def _non_overlapping(cands: list[Mention]) -> list[Mention]:
    cands.sort(key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    taken: list[Mention] = []
    used = bytearray()
    base = min((m.start for m in cands), default=0)
    size = max((m.end for m in cands), default=0) - base
    used = bytearray(size + 1)
    for m in cands:
        if any(used[i - base] for i in range(m.start, m.end)):
            continue
        for i in range(m.start, m.end):
            used[i - base] = 1
        taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


_LEAD_VERBS = re.compile(
    r".*(?:曾先后担任|先后担任|曾任|历任|担任|出任|现任|先后|兼任|任职|任命|委任|聘任|接任|接棒|获委任为?|被任命为|"
    r"任|为|是|及|和|与|兼|的|由|在|于|获|被|将|至|之)"
)


def _title_info(text: str, s: int, e: int, lex: Lexicon, floor: int) -> tuple[TitleInfo, int]:
    """The title at text[s:e] with what qualifies it, and where that starts."""
    title = text[s:e]
    role = lex.titles[title]
    # Parenthesised asides ("花旗银行（韩国、泰国）全球个人业务副总裁") are
    # masked so their punctuation does not cut the title off its company.
    left = re.sub(r"[（(][^）)]*[）)]", lambda m: "\u25a0" * len(m.group(0)), text[max(floor, s - 24):s])
    cut = max(left.rfind(c) for c in "，。；：、！？ \n“”（）")
    if cut >= 0:
        left = left[cut + 1:]
    full_left = left
    left = _LEAD_VERBS.sub("", left)
    bare = left.replace("\u25a0", "")
    coord = re.fullmatch(rf"([{_CJK}]{{2,4}}(?:及|和|、))" + re.escape(left), full_left) if left else None
    if coord and _DEPT_RE.fullmatch(bare) and not any(t in coord.group(1) for t in lex.titles):
        left = full_left
        bare = left.replace("\u25a0", "")
    modifier = ""
    tm = _TEMPORAL_MODIFIER.search(bare)
    if tm:
        modifier = tm.group(0)
        bare = bare[: -len(modifier)]
    if _COMMITTEE.search(bare):
        return TitleInfo(Role.OTHER, bare + title, "committee"), s - len(left)
    dept = _DEPT_RE.search(bare) if bare else None
    if bare and _GOV_UNIT_HEAD.match(title) and _GOV_UNIT.fullmatch(bare) and not _ORG_IN_UNIT.search(bare):
        return TitleInfo(Role.OTHER, bare + title, modifier), s - len(left)  # "支付结算司" + "司长"
    if dept and dept.group(0) == bare:
        return TitleInfo(Role.OTHER, bare + title, modifier), s - len(left)
    if modifier and not bare:
        return TitleInfo(role, title, modifier), s - len(left)
    return TitleInfo(role, title, modifier), s


def template(mentions: list[Mention], text: str, start: int, end: int) -> tuple[str, list[int], list[int]]:
    """The sentence with each mention replaced by its kind character.

    Returns the template; for each template position, the index of the
    mention there (-1 for plain text); and each position's offset in `text`.
    """
    out: list[str] = []
    index: list[int] = []
    offsets: list[int] = []
    pos = start
    for i, m in enumerate(mentions):
        out.append(text[pos:m.start])
        index.extend([-1] * (m.start - pos))
        offsets.extend(range(pos, m.start))
        out.append(KIND[m.kind])
        index.append(i)
        offsets.append(m.start)
        pos = m.end
    out.append(text[pos:end])
    index.extend([-1] * (end - pos))
    offsets.extend(range(pos, end))
    offsets.append(end)
    return "".join(out), index, offsets


__all__ = [
    "KIND", "KIND_OF", "Entity", "Inventory", "Mention", "TitleInfo", "build_inventory", "find_titles", "is_generic_org_name",
    "name_after", "name_has_proper_part", "plausible_person", "sentence_mentions", "surface_regex", "template",
]
