"""Name keys for resolution and search: the forms a name can be looked up by.

One function decides what "the same name" means for the graph (resolution,
search, the API): NFKC, Traditional → Simplified, lower case, no spaces or
punctuation. Pinyin keys (toneless, with or without spaces) make "Puhui Lixin",
"puhuilixin" and "Ye Wangchun" find 普惠立信 and 叶望春. The extractor matches
text in its own form (`text.normalize.norm_name`, which keeps punctuation);
both convert with the one OpenCC converter, `text.normalize.t2s`. Near-variants of
a person's name (a homophone, a last character cut off): `text.name_variants`.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from text.normalize import t2s
from text.places import without_place


@lru_cache(maxsize=1)
def _pinyin() -> Any:
    """`pypinyin.lazy_pinyin`'s converter, remembering the reading of each word
    its segmenter yields: names repeat their words (科技, 金融, 有限公司), and
    converting a word again was most of a large graph's search-key time.
    `lazy_pinyin` itself also builds a new converter on every call. Built on
    first use: importing pypinyin takes a tenth of a second or more, and
    extraction, which imports this module, never reads pinyin."""
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    class _WordMemo(UltimateConverter):  # type: ignore[misc]
        @lru_cache(maxsize=131072)  # noqa: B019 (one instance for the process's life)
        def convert(self, words, style, heteronym, errors, strict=True):  # type: ignore[no-untyped-def]
            return super().convert(words, style, heteronym, errors, strict=strict)

    return Pinyin(_WordMemo())


def lazy_pinyin(hans: str) -> list[str]:
    """Toneless pinyin of each character, as `pypinyin.lazy_pinyin(hans)` gives it."""
    return _pinyin().lazy_pinyin(hans)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """pypinyin's table of single characters (code point → readings, the
    usual one first), read as the data file the package ships, without
    importing the package: that import builds its phrase segmenter (a tenth
    of a second or more), and a question about one character never needs it."""
    spec = importlib.util.find_spec("pypinyin")
    table = Path(spec.origin).with_name("pinyin_dict.json") if spec and spec.origin else None
    if table is None or not table.is_file():  # a pypinyin that keeps its table elsewhere: ask the package
        return {}
    return {int(k): v for k, v in json.loads(table.read_text(encoding="utf-8")).items()}


def char_sound(char: str) -> str:
    """The toneless usual reading of one character, as `lazy_pinyin(char)`
    gives it ("峰" and "锋" → "feng"; ü as "v": "吕" → "lv"); the character
    itself when it has none (as `lazy_pinyin` leaves a non-Han character)."""
    table = _readings()
    if not table:
        return lazy_pinyin(char)[0] if char else char
    reading = table.get(ord(char)) if len(char) == 1 else None
    if reading is None:
        return char
    return _toneless(reading.split(",", 1)[0])


@lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    s = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v").replace("e\u0302", "e")
    return "".join(c for c in s if not unicodedata.combining(c))


_PUNCT = re.compile(r"[\s\-_·•.,，。、:：;；'\"“”‘’()（）\[\]【】]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")

@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """The comparison key of a name ("平安集團 " → "平安集团", "NYSE: OCFT" → "nyseocft")."""
    s = unicodedata.normalize("NFKC", name)
    if not s.isascii():
        s = _simplified(s)
    if _PUNCT_CHARS.isdisjoint(s):  # (most names: no regex to run)
        return s.lower()
    return _PUNCT.sub("", s).lower()


#: every character `_PUNCT` removes: its listed ones and Unicode's whitespace (`\s`; none above U+3000)
_PUNCT_CHARS = frozenset("-_·•.,，。、:：;；'\"“”‘’()（）[]【】") | {chr(i) for i in range(0x3001) if chr(i).isspace()}
#: the characters OpenCC's t2s leaves alone on their own but changes inside a phrase of such characters (深沈 → 深沉,
#: 回覆 → 回复, 甦醒 → 苏醒): a name with one goes through the converter (tests/test_names.py checks the dictionaries)
_PHRASE_ONLY = frozenset("哩坏沈甦瞭藉衹覆")
_kept: set[str] = set()  # characters met that t2s leaves alone and that are not `_PHRASE_ONLY`
_changed: set[str] = set()  # characters met that t2s changes on their own


def _simplified(s: str) -> str:
    """`t2s().convert(s)`, without the converter for a name whose characters
    it leaves alone: every phrase it changes holds a character it changes on
    its own, or one of `_PHRASE_ONLY`, so such a name matches no phrase that
    changes. Most names are already Simplified, and a first sight of each
    distinct name in a bulk load paid the converter (bench/README.md)."""
    if _kept.issuperset(s):
        return s
    convert = t2s().convert
    for c in set(s).difference(_kept):
        if c in _changed or c in _PHRASE_ONLY:
            return convert(s)  # type: ignore[no-any-return]
        if convert(c) != c:
            _changed.add(c)
            return convert(s)  # type: ignore[no-any-return]
        _kept.add(c)
    return s


@lru_cache(maxsize=262144)
def pinyin_key(name: str) -> str:
    """Toneless pinyin with no spaces ("普惠立信" → "puhuilixin"); '' if no Han."""
    s = name_key(name)
    if not _HAN.search(s):
        return ""
    return "".join(lazy_pinyin(s))


@lru_cache(maxsize=262144)
def pinyin_display(name: str) -> str:
    """Pinyin as a Western reader writes a name: "叶望春" → "Ye Wangchun"."""
    syll = lazy_pinyin(name_key(name))
    if not syll:
        return ""
    if len(syll) in (2, 3) and len(name_key(name)) == len(syll):  # a person-like name: surname first
        return syll[0].title() + " " + "".join(syll[1:]).title() if len(syll) > 1 else syll[0].title()
    return " ".join(s.title() for s in syll)


#: Legal-form endings that do not tell two companies apart ("嘉砚消费金融有限公司" is "嘉砚消费金融"), longest first.
_LEGAL_ENDINGS = ("股份有限公司", "有限责任公司", "股份公司", "有限公司", "公司")
#: How the press shortens a kind of institution: one written form per kind, so both forms share a key.
SHORT_FORMS = (("消费金融", "消金"), ("农村商业银行", "农商行"), ("农商银行", "农商行"), ("财产保险", "产险"),
                ("人寿保险", "人寿"), ("健康保险", "健康险"), ("养老保险", "养老险"), ("资产管理", "资管"),
                ("证券投资基金", "基金"), ("基金管理", "基金"), ("小额贷款", "小贷"), ("金融租赁", "金租"),
                ("数字科技", "数科"))


@lru_cache(maxsize=262144)
def core_key(name: str) -> str:
    """A company name's key without its legal form and with kinds of
    institution in their short written form: "嘉砚消费金融有限公司", "嘉砚消金"
    and "嘉砚消費金融" all give "嘉砚消金". The whole name when that would
    leave less than two characters, or when the name has no Han."""
    return core_of_key(name_key(name))


#: a brand that is a number, spelt digit by digit in Chinese numerals ("三六零") or in digits, alone or with 集团
_NUMERAL_BRAND = re.compile(r"(?P<han>[〇零一二三四五六七八九]{3,})(?:集团)?|(?P<digits>\d{3,})集团")
_NUMERALS = str.maketrans("〇零一二三四五六七八九", "00123456789")
#: any long form of `SHORT_FORMS`: a key with none keeps its words as they are
_SHORT_FORM_LONG = re.compile("|".join(re.escape(long) for long, _short in SHORT_FORMS))


def core_of_key(key: str) -> str:
    """`core_key` of a name already keyed (`name_key`): the ingest's pass
    over every company key of a large graph need not key them again. A
    group whose brand is a number is one core however the number is written:
    its registered name spells the digits in Chinese numerals ("三六零"), the
    press writes them as digits with 集团 ("360集团"); a company with more
    words after the number ("360数科") keeps its own core."""
    if (brand := _NUMERAL_BRAND.fullmatch(key)) is not None:
        return brand.group("digits") or brand.group("han").translate(_NUMERALS)
    if key.isascii() or not _HAN.search(key):
        return key
    s = key
    if len(key) > 4:
        for ending in _LEGAL_ENDINGS:
            if key.endswith(ending):
                s = key[: -len(ending)]
                break
    if _SHORT_FORM_LONG.search(s):  # one scan for the thirteen long forms: most names hold none
        for long, short in SHORT_FORMS:
            if long in s:
                s = s.replace(long, short)
    return s if len(s) >= 2 else key


#: Words of kind the press drops from a company's name, or adds to it: 蚂蚁 for 蚂蚁集团, 民生 for 民生银行, 360集团 for 360.
KIND_WORDS = ("集团", "银行", "控股", "公司", "集团公司", "控股集团", "金控", "科技", "金融", "保险", "证券", "基金")


def kind_variants(name: str) -> list[str]:
    """The names `name` may be short or long for: with each kind word added,
    and without the one it ends with ("蚂蚁" → "蚂蚁集团", "蚂蚁银行", …;
    "360集团" → "360", …). Only Han or mixed names of at least two
    characters: an English name has its own rules (`text.english`)."""
    key = name_key(name)
    if len(key) < 2 or not (_HAN.search(key) or key[0].isdigit()):
        return []
    out = [key + w for w in KIND_WORDS if not key.endswith(w)]
    out += [key[: -len(w)] for w in KIND_WORDS if key.endswith(w) and len(key) - len(w) >= 2]
    return out


def search_keys(name: str) -> set[str]:
    """Every key a query is looked up by: its name key, its core key
    (`core_key`), the core key without a leading place
    (`text.places.without_place`: 天津金城银行 is also 金城银行) and the pinyin of
    each. An entity is indexed under fewer (`written_keys`, `pinyin_keys`), so
    a query finds what either backend would."""
    core = core_key(name)
    keys = {name_key(name), core, without_place(core)}
    keys |= {pinyin_key(k) for k in list(keys)}
    return {k for k in keys if k} | ticker_keys(name)


def ticker_keys(name: str) -> set[str]:
    """A ticker's code, as `written_keys` indexes it ("2599.HK", "HKEX: 2599",
    "02599" are all 2599): a question may write the market or not, the zeros or not."""
    plain = unicodedata.normalize("NFKC", name).strip()
    ticker = _TICKER_FORM.match(plain)
    code = (ticker.group("a") or ticker.group("b")).lower() if ticker else plain if re.fullmatch(r"\d{4,6}", plain) else ""
    if not code:
        return set()
    return {code, code.lstrip("0") if code.isdigit() and len(code.lstrip("0")) >= 3 else code}


#: Names up to this many characters get pinyin search keys: people and short
#: names are what gets searched in pinyin, and every long name's pinyin would
#: be most of what indexing a large graph costs.
PINYIN_MAX_CHARS = 6
#: Company cores (`core_key`, with and without the place) up to this many characters get pinyin keys too.
CORE_PINYIN_MAX_CHARS = 10


#: a ticker written with its market ("300999.SZ", "06638.HK", "NYSE: OCFT", "HK:06638"): the code alone is how
#: analysts type it ("300999的董事长"); a market as the press writes it too ("Nasdaq：BLSK", "SGX: BLK", "TWSE: 2816", "2816.TW")
_TICKER_FORM = re.compile(r"^(?:(?P<a>\d{4,6}|[A-Z]{1,5})\s?\.\s?(?:HK|SH|SZ|SS|BJ|US|N|O|SI|TW|TWO)|(?i:NYSE|NASDAQ|NASQ|HKEX|HK|SH|SZ|BJ|SSE|SZSE|BSE|SGX|TWSE|TPEX)"
                          r"\s?:\s?(?P<b>\d{4,6}|[A-Z]{1,5}))$")


def written_keys(name: str, company: bool) -> set[str]:
    """The keys an entity is found by as written: the name's key and, for a
    company, its core ("天津嘉砚消费金融有限公司" is also 天津嘉砚消金, 嘉砚消金)
    and the code of a ticker it is known by (300999.SZ is also 300999;
    06638.HK also 6638). The one indexing policy of both backends (the
    embedded graph's name index, Neo4j's Alias nodes)."""
    key = name_key(name)
    if not company:
        return {key} - {""}
    if codes := ticker_keys(name):
        return {key} | codes
    core = core_key(name)
    return {key, core, without_place(core)} - {""}


def pinyin_keys(name: str, company: bool) -> set[str]:
    """The pinyin keys an entity is found by: of a short name, and of a
    company's short core ("haierxiaojin")."""
    out = set()
    key = name_key(name)
    if len(key) <= PINYIN_MAX_CHARS and (py := pinyin_key(name)):
        out.add(py)
    if company:
        core = core_key(name)
        for c in {core, without_place(core)} - {key}:
            if len(c) <= CORE_PINYIN_MAX_CHARS and (py := pinyin_key(c)):
                out.add(py)
    return out


_GENERIC_ORG = re.compile(
    r"(?:金融|科技|信息|技术|网络|数字|数据|智能|投资|管理|咨询|服务|控股|股份|有限|责任|资产|发展|实业|贸易|商业|电子|软件|"
    r"互联网|集团|该|本|其|这家|一家|某)+(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)"
)


def is_generic_org_name(name: str) -> bool:
    """"科技有限公司", "投资管理有限公司": only generic words, not a name
    (the extractor does not propose one; resolution refuses one)."""
    return bool(_GENERIC_ORG.fullmatch(name.strip()))


#: The shapes of a regulator's or ministry's name: 国家金融监督管理总局, 天津金融监管局,
#: 中国证监会, 中国人民银行, 财政部, 国资委. A regulator supervises companies; it
#: has no shareholders and is nobody's subsidiary.
_REGULATOR = re.compile(
    r"(?:监督管理|监管)(?:委员会|总局|分局|局|会)$|(?:证监|银保监|保监|银监)(?:会|局)$|^(?:中国)?人民银行(?:[\u4e00-\u9fff]{2,4}分行)?$"
    r"|^央行$|金管局$|(?:财政|商务)部$|国资委$|外汇管理局$|金融(?:工作|管理|服务)?局$|^(?:台湾|中国|香港|澳门)?(?:金管会|金监会|银监会|保监会|证监会)$"
)


def is_regulator(name: str) -> bool:
    """Whether a name has the shape of a regulator's, ministry's or central bank's."""
    return bool(_REGULATOR.search(name_key(name)))


#: a body that serves a listed company's deals: a securities registry or clearing house (过户 is registered there),
#: a law firm, an accounting firm
_SERVICE_BODY = re.compile(r"登记结算|清算所|律师事务所|会计师事务所")


def is_service_body(name: str) -> bool:
    """Whether a name is a registry's, clearing house's, law firm's or accounting firm's: never the company
    a notice is about, nor the 公司 of its sentences."""
    return bool(_SERVICE_BODY.search(name))
