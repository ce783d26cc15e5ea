"""Kinds of institution, the words around them, and the names made of nothing else.

The recognisers (extract/) end a short company name with a kind of
institution (`SHORT_SUFFIX`) or of business (`BUSINESS_KINDS`) and refuse
a name that opens with a word too generic to name anyone
(`GENERIC_PREFIX`); a report's glossary names the parties by their role
(`PARTY_ROLES`). The same words tell the graph which aliases
name no one in particular: "信托", "本公司", "城商行", "该农商行", "发行人"
stand for the company of the article that used them, and a key shared by
two articles through such a word would merge two different firms
(`generic_company_alias`); "王总" is whichever 王 an article is about
(`generic_person_alias`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from schema import ROLE_LABELS
from text.places import place_names

#: the suffixes that end a short company name (票券: a Taiwanese bills finance company, "X票券" for X票券金融公司); a longer one goes before a shorter one it begins with (金融租赁, 金融):
#: the first alternative that matches wins
SHORT_SUFFIX = (
    r"(?:资产管理中心|投资管理中心|投资中心|人寿保险|财产保险|健康保险|养老保险|保险代理|保险经纪|保险科技|证券投资信托|证券投资顾问|证券金融|"
    r"农村信用合作社联合社|城市信用合作社联合社|信用合作社联合社|农村信用社联合社|城市信用社联合社|信用社联合社|农村信用合作联社|农村信用联社|信用合作联社|农村信用合作社|农村信用社|城市信用合作社|城市信用社|信用合作社|信用社|农村合作银行|城市合作银行|银号|"
    r"控股|集团|银行|农商行|农商银行|村镇银行|科技|金融租赁|金融科技|金融|金服|数科|数金(?!融|额)|金科(?!技)|资本|证券|票券|保险|基金会|基金|信托银行|信托|资管|投资|消费金融|消金|金控|"
    r"金租|商业保理|保理|投信|投顾|理财|财险|产险|寿险|人寿|健康险|养老险|小贷|支付|租赁|担保|资产|创投|期货|交易所|研究院|事务所|管理总部|软件|财务公司|商城|健康|资源|数码|城投(?!资)|国投(?![资行票入放产])|协会|商会|促进会|联盟)"
)

#: the kinds of financial firm a brand is abridged to with the generic words between left out ("汇信科技" for
#: 汇信金融科技控股, "东升银行" for 东升商业银行; service.short_names). Each is one of `SHORT_SUFFIX`'s words, but the
#: list is narrower on purpose: that one ends any short name the recogniser finds in a text, also with words that are
#: generic themselves (投资, 资本, 资产, 管理总部) or seldom typed after a brand alone (交易所, 研究院); a short
#: name ending in one of those would stand for every full name that begins with its front.
ABRIDGED_KINDS = ("银行", "证券", "保险", "信托", "基金", "科技", "金融", "金控", "控股", "集团", "租赁", "理财", "支付", "消金")

GENERIC_PREFIX = {
    "金融", "互联网", "科技", "数字", "该", "本", "其", "旗下", "公司", "这家", "一家", "多家", "母", "子", "大型", "国有",
    "民营", "外资", "金融科技", "互联网金融", "商业", "传统", "头部", "中小", "大", "小", "新", "老", "两大", "三大", "各",
    "整个", "集团", "相关", "上市", "非上市", "平台", "中国", "香港", "美国", "全球", "国内", "海外", "境外", "境内", "地方",
    "城商", "农商", "股份制", "商业银行", "民营银行", "消费", "网络", "虚拟", "数字化", "保险", "证券", "银行", "投资",
    "风险", "创业", "私募", "公募", "产业", "专业", "独立", "合资", "关联", "联营", "附属", "全资", "控股", "参股",
    "离岸", "在岸", "对冲",  # kinds of fund: an offshore, onshore or hedge fund (离岸基金, 对冲基金) names none
    "跨境",  # a kind of business: 跨境支付, 跨境理财 (cross-border payments, wealth management) name no firm
    "家族", "持牌",  # who owns or licenses a bank: 家族银行 (a family's bank), 持牌银行 (a licensed bank) name no firm
    "全行",  # the whole bank (全行资产总额: the bank's total assets), no brand
    "普惠",  # inclusive finance (普惠金融, 普惠保险): a policy's word, its departments and forums, no firm
}

#: the words for a kind of business (not of financial institution) that end a company's short name: 鸿泰实业, 桐柏能源
BUSINESS_KINDS = r"实业|置业|地产|物流|商贸|贸易|能源|新材|传媒|建设|医药|化工|矿业|航运|电力|文旅|供应链|超商|酒店"  # (超商: a Taiwan convenience-store chain)

#: the parties of a report named by their role (a glossary's "收购人：指X"): a name inside one report only
PARTY_ROLES = frozenset({"上市公司", "信息披露义务人", "收购人", "收购方", "发行人", "标的公司", "目标公司", "被收购公司",
                          "转让方", "出让方", "受让方", "要约人", "一致行动人",
                          "卖方", "买方", "出售方", "购买方", "认购方", "认购人",  # (a Hong Kong notice's 「卖方」「买方」)
                          "征集人"})  # (a proxy solicitation's soliciting holder)

#: a party to a scheme or a fund named by its role and, perhaps, when it holds it: 「继任托管人」, 「原管理人」, 「投资经理」
#: (a notice of a change of trustee or manager defines both firms so and then speaks only of the roles)
_SCHEME_ROLE = re.compile(r"(?:新|新任|现任|原|原任|前任|继任|候任|退任|卸任)?"
                          r"(?:受托人|管理人|托管人|保荐人|营运人|行政管理人|投资管理人|投资经理|基金经理|管理公司|受托机构|托管机构|保管人|担保人)")


def party_role(key: str) -> bool:
    """Whether a (normalised) word is a party's role in a report or a scheme, not a name: 「卖方」, 「新受托人」."""
    return key in PARTY_ROLES or _SCHEME_ROLE.fullmatch(key) is not None

#: words by which an article points at its own company or the one it is about: 本公司, 该行, 我司, 其子公司, 此类
_SELF = ("这家", "上述", "本", "该", "我", "其", "此", "贵")
#: legal forms, and the one-letter nouns left after a self word (本行, 我司)
_LEGAL = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "公司")
_ONE_LETTER = ("行", "司")
#: the geographic words of `GENERIC_PREFIX`: places, not kinds (中国银行 is a name)
_GEOGRAPHIC = ("中国", "中华", "香港", "美国", "全球", "国内", "海外", "境外", "境内", "地方")
#: what a surname is followed by when a person is called by post or courtesy: 王总, 李董, 张行, 陈先生, 叶博士
_HONORIFICS = ("先生", "女士", "小姐", "博士", "教授", "老师", "总", "董", "行")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[int, ...]]]:
    """(kind words, place words, the lengths of the words that begin with each letter)."""
    kinds = set(re.sub(r"\(\?![^)]*\)", "", SHORT_SUFFIX[3:-1]).split("|")) | set(BUSINESS_KINDS.split("|"))
    kinds |= {w for w in GENERIC_PREFIX if w not in _GEOGRAPHIC and w not in _SELF} | set(_LEGAL) | {"行"}
    places = {p + s for p in place_names() for s in ("", "省", "市")} | set(_GEOGRAPHIC)
    lengths: dict[str, set[int]] = {}
    for w in kinds | places:
        lengths.setdefault(w[0], set()).add(len(w))
    return frozenset(kinds), frozenset(places), {c: tuple(sorted(ls)) for c, ls in lengths.items()}


@lru_cache(maxsize=65536)
def _cover(key: str) -> tuple[bool, bool]:
    """Whether `key` is made of kind and place words only: (of kinds alone, of kinds and places).
    Read forward from the positions a cover reaches, trying only the lengths of the words that begin
    with the letter there: a real name (北京汇丰科技…) stops after its first word or two instead of trying
    every length at every position (bench/README.md)."""
    kinds, places, lengths = _words()
    n = len(key)
    by_kinds = [False] * (n + 1)  # key[:i] is kind words only
    by_any = [False] * (n + 1)  # key[:i] is kind and place words
    by_kinds[0] = by_any[0] = True
    for i in range(n):
        if not by_any[i]:
            continue
        kind_here = by_kinds[i]
        for size in lengths.get(key[i], ()):
            j = i + size
            if j > n:
                break
            w = key[i:j]
            if w in kinds:
                by_any[j] = True
                if kind_here:
                    by_kinds[j] = True
            elif w in places:
                by_any[j] = True
    return by_kinds[n], by_any[n]


def _without_self(key: str) -> tuple[str, bool]:
    if not key.startswith(_SELF):  # (one call for the eight words: most keys begin with none)
        return key, False
    for w in _SELF:
        if key.startswith(w):
            return key[len(w):], True
    return key, False


def generic_company_word(key: str) -> bool:
    """A company name key made of a self word, kinds of institution and legal
    forms only ("信托", "本公司", "该行", "城商行", "该农商行", "上市公司"), or a
    party's role in a report ("发行人"): it names no company outside its article."""
    if party_role(key):
        return True
    rest, pointed = _without_self(key)
    if not rest or rest in _ONE_LETTER:
        return pointed
    kind_only, mixed = _cover(rest)
    return kind_only or (pointed and mixed)


def place_and_kind(key: str) -> bool:
    """A key of places and kinds only ("宁波银行", "上海农商行", "浙江"): a real
    name when it is a company's own (its legal name without the legal form),
    else only a description of one."""
    return _cover(key)[1] and not _cover(key)[0]


def generic_company_alias(key: str, own_cores: Iterable[str]) -> bool:
    """Whether an alias (its name key) of a company mention names no company
    in particular: a generic word (`generic_company_word`), or places and kinds
    that are not the core of one of the mention's other names (`own_cores`:
    `text.names.core_key` of each, with and without its leading place), so
    宁波银行 stays the short name of 宁波银行股份有限公司."""
    return generic_company_word(key) or (place_and_kind(key) and key not in set(own_cores))


def generic_person_alias(key: str) -> bool:
    """A person's alias of a surname before a post or courtesy title ("王总",
    "欧阳先生", "李董事长"), or a title alone: it names whichever person of
    that surname an article is about. A one-letter title (总, 董, 行) only
    after one letter: 邵景行 is a name."""
    return any(key.endswith(t) and len(key) - len(t) <= (2 if len(t) > 1 else 1) for t in _person_titles())


@lru_cache(maxsize=1)
def _person_titles() -> tuple[str, ...]:
    titles = {t for labels, _en in ROLE_LABELS.values() for t in labels if not t.isascii()} | set(_HONORIFICS)
    return tuple(sorted(titles, key=len, reverse=True))
