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
_NAME_STOP = set("的了是在和与及或等为于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系")
_NOT_NAME_CHARS = set("公司集团银行控股科技董事长总裁经理首席执行官财务秘书年月日元亿万股份有限责任所" "，。、；：！？“”（）")
_PERSON_HONORIFIC = re.compile(r"(先生|女士|博士|教授)")
_PERSON_VERB_AFTER = (
    r"(?:已|将|则|也|还|曾|正式|亦|即|仍|先后|此前|目前|随后|同时|本人|)"
    r"(?:(?:于|自|在|从)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)?)?"
    r"(?:出任|担任|辞去|辞任|卸任|不再|接任|接棒|接替|加入|获委任|被任命|被委任|获任|获批|历任|曾任|现任|兼任|创立|创办|"
    r"表示|称|指出|透露|介绍|坦言|认为|强调|提到|说|谈到|离任|离职|辞职|出生|毕业|拥有|持有|持股|现年|今年\d|生于|仍为|现为|仍是)"
)
_PERSON_VERB_BEFORE = r"(?:任命|委任|聘任|聘请|提名|核准|选举|推选|批准|由|同意|任命了|委任了|接棒|接替|继任)"
_LEGAL_SUFFIX = r"(?:股份有限公司|有限责任公司|集团有限公司|控股有限公司|有限公司|股份公司|集团公司|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings)"
_SHORT_SUFFIX = (
    r"(?:控股|集团|银行|科技|金融|金服|数科|资本|证券|保险|基金|信托|资管|投资|消费金融|财险|产险|寿险|人寿|健康险|"
    r"小贷|支付|租赁|担保|资产|创投|期货|交易所|研究院|事务所|管理总部)"
)
_BRANCH_SUFFIXES = {"管理总部", "研究院", "事务所"}
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
    r"|华南|华北|华东|华中|西南|西北|东北|大中华区?|亚太区?|中国区|全球|海外|国际|东南亚|欧洲|北美|亚洲|拉美|中东|非洲)$"
)
_TEMPORAL_MODIFIER = re.compile(r"(原|前|现任|时任|新任|候任|首任|现)$")
_COMMITTEE = re.compile(r"(委员会|委员会的|专委会|小组)$")
_ASCII_ORG = re.compile(
    r"(?<![A-Za-z])([A-Z][A-Za-z0-9&\-]+)(?: (?:[A-Z][A-Za-z0-9&.\-]*|of|and|&)){0,5} "
    r"(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings|Group|Company|Co\.|PLC|plc|LLC|L\.P\.)(?![A-Za-z])"
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


def plausible_person(name: str, lex: Lexicon, strong: bool = True, final_stop_ok: bool = False) -> bool:
    if not (2 <= len(name) <= 4) or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    if "某" in name or (not strong and name[0] in AMBIGUOUS_SURNAMES):
        return False
    if not lex.is_surname_start(name):
        return False
    inner = name[1:-1] if final_stop_ok else name[1:]  # a stop char may end a name when punctuation follows it
    if any(c in _NOT_NAME_CHARS for c in name[1:]) or any(c in _NAME_STOP for c in inner):
        return False
    if name in lex.titles or lex.company(name):
        return False
    for w in (name, name[:2]):
        tag, freq = _word_tag(w)
        if tag and freq > 20 and not tag.startswith("nr"):
            return False
        # jieba tags common words as names (智慧, 文明: nr); real names are rare in
        # its dictionary, so a frequent "name" needs a title before it to count
        if tag and tag.startswith("nr") and freq > 500 and not strong:
            return False
    return True


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
        if not (tag and freq > 50):  # the third char begins a common word: a 2-char name
            return c3
    return c2


def find_person_names(text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> dict[str, int]:
    """Person names the article introduces, with the offset where first seen."""
    found: dict[str, int] = {}
    for _s, e in title_spans:
        name = name_after(text, e, lex)
        if name:
            found.setdefault(name, e)
    for m in _PERSON_HONORIFIC.finditer(text):
        for ln in (3, 2):
            cand = text[m.start() - ln:m.start()]
            if len(cand) == ln and plausible_person(cand, lex):
                found.setdefault(cand, m.start() - ln)
                break
    for _s, e in title_spans:
        m = re.match(r"(?:均|都|则|将)?(?:为|是|由)", text[e:e + 3])
        if m:
            name = name_after(text, e + m.end(), lex)
            if name:
                found.setdefault(name, e + m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东|创始人|联合创始人|发起人|创办人)(?:均|都|也|则)?(?:为|是)?", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s]))([{_CJK}]{{2,3}})(?:已|将|因|基于|由于)[^，。；]{{0,10}}?(?:辞任|辞去|辞职|卸任|不再担任)", text, re.M):
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
        if name and re.match(r"(?:为|担任|出任|接任|接替|的|先生|女士|$)", text[m.end() + len(name):m.end() + len(name) + 2]):
            found.setdefault(name, m.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s“]))([{_CJK}]{{2,3}}){_PERSON_VERB_AFTER}", text, re.M):
        for cand in (m.group(1), m.group(1)[:2]):
            if plausible_person(cand, lex, strong=False) and text.startswith(cand, m.start(1)):
                rest = text[m.start(1) + len(cand):]
                if re.match(_PERSON_VERB_AFTER, rest):
                    found.setdefault(cand, m.start(1))
                    break
    return found


def _ok_boundary_ascii(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


_WEAK_OK_AFTER = set("系旗（(为持的及和与、，是控集")
_WEAK_BAD_BEFORE = set("不很都也较更最太够保求")


def _company_left_boundary(text: str, suffix_start: int, floor: int) -> int:
    """Where an organisation name ending in a suffix begins.

    Segment the left context with jieba and walk back over tokens that can be
    part of a name; stop at punctuation, digits, verbs, prepositions and other
    function words (dictionary POS tags), or at a known mention.
    """
    lo = max(floor, suffix_start - 24)
    left = text[lo:suffix_start]
    cut = max(left.rfind(c) for c in "，。；：、！？“”\"《》 \n|·$【】")
    if cut >= 0:
        lo, left = lo + cut + 1, left[cut + 1:]
    if not left:
        return suffix_start
    tokens = get_jieba().lcut(left, HMM=True)
    start = suffix_start
    for tok in reversed(tokens):
        tag, freq = _word_tag(tok)
        if tok in _BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqf" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            break
        if re.search(r"\d", tok) and not re.fullmatch(r"\d{3}", tok):
            break
        if tok.endswith("者") or tok in _DESCRIPTOR_WORDS:  # "…领跑者微医集团", "上市公司雷蛇"
            break
        if tag is None and len(tok) > 1 and tok[0] in _GLUED_FUNCTION_CHARS:
            start -= len(tok) - 1  # "为汉富": the HMM glued a preposition to the name
            break
        start -= len(tok)
    return start


_GLUED_FUNCTION_CHARS = set("为在于与和及的是被将由向从对把")
_DESCRIPTOR_WORDS = {"领域", "行业", "平台", "品牌", "模式", "企业", "公司", "上市公司", "龙头", "巨头", "独角兽", "机构", "项目"}


_BOUNDARY_WORDS = {
    "的", "在", "于", "与", "和", "及", "为", "是", "由", "向", "对", "从", "将", "被", "把", "以", "等", "并", "或", "其",
    "旗下", "子公司", "担任", "出任", "曾任", "历任", "现任", "任", "加入", "创立", "创办", "成立", "投资了", "持有", "收购",
    "出售", "转让", "宣布", "公告", "称", "表示", "包括", "如", "像", "据", "近日", "此前", "目前", "日前", "今年", "去年",
    "同时", "而", "则", "也", "还", "又", "均", "已", "曾", "正式", "联手", "携手", "合作", "通过", "获得", "成为", "作为",
    "登陆", "上市", "挂牌", "就职", "工作", "任职", "前身", "更名", "原名", "改名", "控股股东", "股东", "发起人", "创始人",
    "董事长", "总裁", "总经理", "入股", "参股", "增持", "减持", "认购", "基石", "投资者", "关联方", "先后",
}


_DESCRIPTORS = re.compile(r"老牌|知名|大型|头部|龙头|领先|著名|国内|国际|全球|首家|一家|多家|这家|那家|该|本土|传统|新兴|民营|国有")


def _short_prefix_ok(prefix: str) -> bool:
    p = prefix.strip()
    if len(p) < 2 or p in _GENERIC_PREFIX or _DESCRIPTORS.search(p):
        return False
    if re.fullmatch(r"[\d.%]+", p):
        return False
    return not any(p.endswith(g) and len(p) - len(g) < 2 for g in ("该", "这家", "一家", "多家", "各"))


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
    return _proper_prefix(name)


def _proper_prefix(prefix: str) -> bool:
    """A short name ("汉富资本") needs a part that is not a common word:
    "所属金融", "这家科技" are phrases, not names."""
    for tok in get_jieba().lcut(prefix, HMM=False):
        tag, freq = _word_tag(tok)
        if (tok.isascii() and tok.strip()) or re.fullmatch(r"\d+", tok):
            return True
        if tag is None or freq < 200 or (tag and tag[:2] in ("nr", "ns", "nt", "nz")):
            return True
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
                    orig: Callable[[int, int], str] | None = None) -> Inventory:
    """The article's entities. `orig` maps a span of `text` to the original
    string, so that names are displayed as the article writes them."""
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
        key_norm = norm_name(surf)
        if surf.isascii() and not _ok_boundary_ascii(text, s, e):
            continue
        if key_norm in entry.weak:
            after = text[e:e + 1]
            before = text[s - 1:s]
            if after not in _WEAK_OK_AFTER or before in _WEAK_BAD_BEFORE:
                continue
        inv.add("C:" + entry.name, entry.name, "Company", key_norm, show(s, e), s, from_dictionary=True)
        occupied.append((s, e))
    # 2. Legal names and short names ending in an organisation suffix.
    for pattern, short in ((_LEGAL_SUFFIX, False), (_SHORT_SUFFIX, True)):
        for m in re.finditer(pattern, text):
            if occupied.covering(m.start()) and not (short and m.group(0) in _BRANCH_SUFFIXES):
                continue
            if short and _continues_word(text, m.start(), m.end()):
                continue  # "金融科技", "金融机构": a common word, checked before segmenting
            floor = occupied.end_before(m.start())
            start = _company_left_boundary(text, m.start(), floor)
            adjacent = occupied.ending_at(start) if (not short or m.group(0) in _BRANCH_SUFFIXES) else None
            if adjacent:  # "中国平安" + "上海管理总部", "金融壹账通" + "科技有限公司": one organisation
                start = adjacent[0]
            if m.start() - start < 2:
                continue
            while start < m.start() and text[start] in "）)、，":
                start += 1
            if "）" in text[start:m.start()] and "（" not in text[start:text.index("）", start)]:
                start = text.index("）", start) + 1
            name = text[start:m.end()]
            if short and not (len(text[start:m.start()]) <= 8 and _short_prefix_ok(text[start:m.start()])
                              and _proper_prefix(text[start:m.start()])):
                continue  # a short name has a short prefix; longer runs are headlines glued together
            if not re.search(rf"[{_CJK}A-Za-z]", text[start:m.start()]):
                continue
            if any(name.startswith(t) for t in lex.titles) or name[0] in "（(" or is_generic_org_name(name):
                continue
            key = inv.surface.get(norm_name(name)) or "C:" + name
            inv.add(key, show(start, m.end()), "Company", norm_name(name), show(start, m.end()), start)
            occupied.append((start, m.end()))
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
    # 4. Persons, with in-article spelling variants folded together.
    names = find_person_names(text, lex, title_spans)
    for name, pos in names.items():
        if norm_name(name) in inv.surface:
            continue
        inv.add("P:" + name, show(pos, pos + len(name)), "Person", norm_name(name), show(pos, pos + len(name)), pos)
    for variant, canonical in spelling_variants(list(names), text).items():
        if "P:" + variant in inv.entities and "P:" + canonical in inv.entities:
            _merge(inv, "P:" + variant, "P:" + canonical)
    return inv


def spelling_variants(names: list[str], text: str) -> dict[str, str]:
    """Names in one article that are one person spelt two ways: same length,
    differing in one given-name character that sounds the same (沈崇峰 and
    沈崇锋). The article is the supporting context: both refer to the holder
    of the same roles there. Maps each variant to the more frequent spelling."""
    from pypinyin import lazy_pinyin

    out: dict[str, str] = {}
    by_shape: dict[tuple[int, str], list[str]] = {}
    for n in names:
        if len(n) == 3:
            by_shape.setdefault((len(n), n[0]), []).append(n)
    for group in by_shape.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                diff = [k for k in range(1, len(a)) if a[k] != b[k]]
                if len(diff) != 1 or lazy_pinyin(a[diff[0]]) != lazy_pinyin(b[diff[0]]):
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
        spans.append((s, e))
    return spans


def surface_regex(inv: Inventory) -> re.Pattern[str] | None:
    forms = sorted({f for f in inv.forms if f.strip()})
    return re.compile(trie_regex(forms)) if forms else None


def sentence_mentions(
    text: str, start: int, end: int, inv: Inventory, lex: Lexicon, surf_re: re.Pattern[str] | None,
    title_spans: list[tuple[int, int]], focus_key: str | None, prev_topic: str | None = None,
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
    if focus_key or prev_topic:
        for m in FOCUS_WORDS.finditer(seg):
            s, e = m.start() + start, m.end() + start
            if m.group(0) == "公司" and text[s - 1:s] in _FOCUS_BAD_BEFORE:
                continue
            cands.append(Mention("C", s, e, m.group(0), key=None, focus=True))
    ends = {m.end for m in cands if m.kind == "C" and not m.focus}
    starts = {m.start for m in cands if m.kind in ("C", "P") and not m.focus}
    cands = [m for m in cands if not (m.focus and (m.start in ends or m.end in starts))]
    chosen = _non_overlapping(cands)
    _resolve_focus(chosen, text, focus_key, prev_topic)
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
_FOCUS_BAD_BEFORE = set("子母分总市技融团险券行产理资股托金款保营壳联标家该本其这那此每各某大小新老同类型式方系")
_FOCUS_AFTER_VERB = re.compile(r"(?:为|是|向|对|持有|控股)$")


def _resolve_focus(ms: list[Mention], text: str, article_focus: str | None, prev_topic: str | None) -> None:
    """Decide which company each 公司/该公司/本公司 stands for.

    本公司 is the announcer (the article's focus). After 为/是/与 … ("上海壹账通
    为公司的综合联属实体") it is the announcer as well; at the head of a clause
    it is the company the text is about just then: the first company named
    earlier in the sentence, else the previous sentence's.
    """
    first_c: str | None = None
    for m in ms:
        if m.kind != "C":
            continue
        if not m.focus:
            if text[m.start - 1:m.start] not in ("原", "前"):  # "原金蝶总裁…出任公司…": a former employer is not 公司
                first_c = first_c or m.key
            continue
        if m.text in ("本公司", "本行", "本集团") or _FOCUS_AFTER_VERB.search(text[max(0, m.start - 2):m.start]):
            m.key = article_focus or first_c or prev_topic
        else:
            m.key = first_c or prev_topic or article_focus


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
