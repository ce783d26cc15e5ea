"""Percentages and money amounts as written in Chinese financial news."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

PERCENT_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|％)")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
PERCENT_CN_RE = re.compile(rf"百分之(\d{{1,3}}(?:\.\d+)?|[{_CN_DIGITS}]+)")
#: a share in tenths, as shares are told in Taiwan and overseas papers: "分别为六成及四成" (60% and 40%), "持股三成";
#: only between a verb of holding or a list's joint and the next joint or the end of a clause ("七成以上", "成为" are no shares)
PERCENT_CHENG_RE = re.compile(r"(?:(?:(?<=分别为|分别是)|(?<=持股|持有|占有)|(?<=[及和与、])|(?<=其余|其馀|余下|剩余|剩下|另外))"
                              r"([一二两三四五六七八九])成([一二三四五六七八九])?(?=[及和与、，,。；]|的?股|由|$)"
                              r"|(?<![一二两三四五六七八九十])([一二两三四五六七八九])成([一二三四五六七八九])?(?=的?(?:股权|股份|股本|权益)))")
#: a share as a fraction or a half, before the word for shares or after a verb of holding: "三分之一股权", "持有半数股份",
#: "持股四分之一" (not "超过半数", "三分之二以上": a bound, no figure; nor a share of votes)
_PART = r"(?:(?P<den{0}>[二三四五六七八九十])分之(?P<num{0}>[一二三四五六七八九])|(?P<half{0}>半数|一半))"
PERCENT_PART_RE = re.compile(r"(?<!超过)(?<!超)(?<!过)(?<!逾)(?<!近)(?:" + _PART.format(1) + r"(?=的?(?:股权|股份|股本|权益))"
                             r"|(?<=持有|持股)" + _PART.format(2) + r"(?=[，,。；及和与、]|$))")
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10**4, "亿": 10**8}


def cn_number(text: str) -> Decimal | None:
    """A number written in Chinese numerals: 四十 → 40, 两亿 → 200000000,
    三点五 → 3.5, 一百零五 → 105; None when `text` is not one."""
    if not text or any(c not in _DIGIT and c not in _SMALL_UNIT and c not in _BIG_UNIT and c != "点" for c in text):
        return None
    whole, _, frac = text.partition("点")
    if frac and any(c not in _DIGIT for c in frac):
        return None
    total, section, digit = Decimal(0), Decimal(0), None
    for c in whole:
        if c in _DIGIT:
            digit = _DIGIT[c]
        elif c in _SMALL_UNIT:
            section += (digit if digit is not None else 1) * _SMALL_UNIT[c]
            digit = None
        else:  # 万, 亿 close a section
            section += digit or 0
            total = (total + section) * _BIG_UNIT[c] if c == "亿" else total + section * _BIG_UNIT[c]
            section, digit = Decimal(0), None
    value = total + section + (digit or 0)
    if frac:
        value += Decimal("0." + "".join(str(_DIGIT[c]) for c in frac))
    return value

_UNITS = {"万亿": Decimal(10) ** 12, "兆": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
          "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000), "": Decimal(1)}
#: currencies of the region's news by the words for them (Simplified, as the text reaches the rules): the Macau pataca,
#: the Taiwan dollar, the baht (泰铢, or 铢 alone), the rupiah (印尼盾, 盾), the ringgit, the peso, the Singapore and
#: Australian dollars; longer words first, so that 澳门元 is not read as 澳元's neighbour nor 新台币 as 台币
_OTHER = {"澳门元": "MOP", "澳门币": "MOP", "澳门幣": "MOP", "新台币": "TWD", "台币": "TWD", "泰铢": "THB", "铢": "THB",
          "印尼盾": "IDR", "越南盾": "VND", "盾": "IDR", "令吉": "MYR", "林吉特": "MYR", "马币": "MYR", "菲律宾比索": "PHP",
          "菲律宾披索": "PHP", "比索": "PHP", "披索": "PHP", "新加坡元": "SGD", "新元": "SGD", "澳元": "AUD", "澳币": "AUD",
          "日元": "JPY", "日圆": "JPY", "韩元": "KRW", "欧元": "EUR", "英镑": "GBP"}
_OTHER_WORDS = "|".join(sorted(_OTHER, key=len, reverse=True))
_OTHER_PRE = "澳门元|澳门币|新台币|台币"  # written before the figure too: "作价澳门元4.2亿元", "新台币312亿元"
MONEY_RE = re.compile(
    rf"(?P<pre>人民币|港币|港元|美元|美金|RMB|HK\$|US\$|\$|{_OTHER_PRE})?\s*"
    r"(?:(?P<hi>\d{1,4})\s*亿\s*(?=\d{1,4}\s*万))?"  # (hundreds of millions, then the ten thousands: "2亿3000万新元")
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>万亿|千亿|百亿|亿|千万|百万|万|千|兆)?\s*"
    rf"(?P<cur>元人民币|元港币|人民币|港元|港币|美元|美金|{_OTHER_WORDS}|元)"
    rf"|(?P<pre2>人民币|港币|港元|美元|美金|RMB|HK\$|US\$|{_OTHER_PRE})\s*"
    r"(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit2>万亿|千亿|百亿|亿|千万|百万|万|千|兆)?"
)


@dataclass(frozen=True)
class Money:
    amount: float  # full units: 1.992亿元 → 199200000
    currency: str  # CNY, USD, HKD, or the region's: MOP, TWD, THB, IDR …


def _currency(*marks: str | None) -> str:
    """The currency the words around an amount name; a bare 元 is the yuan (`find_money` reads it by the article's region)."""
    text = "".join(m for m in marks if m)
    for word in (w for w in (*marks[:1], *marks[2:3], *marks[1:2]) if w):
        if word in _OTHER:  # (a prefix names it first: "澳门元4.2亿元" is patacas, whatever the 元 after)
            return _OTHER[word]
    if "美" in text or "US$" in text or text == "$":
        return "USD"
    if "港" in text or "HK$" in text:
        return "HKD"
    return "CNY"


def parse_money(text: str) -> Money | None:
    m = MONEY_RE.fullmatch(text.strip())
    return _money_from_match(m) if m else None


def _money_from_match(m: re.Match[str]) -> Money:
    num = m.group("num") or m.group("num2")
    unit = m.group("unit") or m.group("unit2") or ""
    value = Decimal(num.replace(",", "")) * _UNITS[unit] + (Decimal(m.group("hi")) * _UNITS["亿"] if m.group("hi") else 0)
    amount = int(value) if value == value.to_integral_value() else float(value)
    return Money(float(amount), _currency(m.group("pre"), m.group("cur"), m.group("pre2")))


#: an amount in Chinese numerals: "两亿元", "三千万美元", "十五亿港元"
MONEY_CN_RE = re.compile(rf"(?P<num>[{_CN_DIGITS}]+)(?P<cur>元人民币|元港币|人民币|港元|港币|美元|美金|{_OTHER_WORDS}|元)")


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except ArithmeticError:
        return cn_number(text)


#: a word every amount holds, its currency after or before it (元 in 港元, 美元, 元人民币): a text without one has none
_MONEY_WORDS = ("元", "人民币", "港币", "美金", "RMB", "HK$", "US$", "币", "铢", "盾", "令吉", "林吉特", "比索", "披索", "镑")


def find_money(text: str, yuan: str = "CNY") -> list[tuple[int, int, Money]]:
    """The amounts in `text`; a bare 元 (no currency word before or after it) is `yuan`: the article's own dollar
    in Hong Kong, Taiwan or Macau news (`region_yuan`)."""
    if not any(w in text for w in _MONEY_WORDS):
        return []  # (the two scans below would try every letter of the sentence)
    out = [(m.start(), m.end(), _bare(_money_from_match(m), m, yuan)) for m in MONEY_RE.finditer(text)]
    for m in MONEY_CN_RE.finditer(text):
        n = cn_number(m.group("num"))
        if n is None or n == 0 or any(s <= m.start() < e for s, e, _ in out):
            continue
        value = n
        amount = int(value) if value == value.to_integral_value() else float(value)
        out.append((m.start(), m.end(), Money(float(amount), yuan if m.group("cur") == "元" else _currency(m.group("cur")))))
    return sorted(out, key=lambda t: t[0])


def _bare(money: Money, m: re.Match[str], yuan: str) -> Money:
    """`money` with a bare 元 read as `yuan`."""
    bare = m.group("cur") == "元" and not m.group("pre")
    return Money(money.amount, yuan) if bare and yuan != money.currency else money


@lru_cache(maxsize=4)
def region_yuan(text: str) -> str:
    """What a bare 元 is in an article: the Taiwan dollar where it speaks of 新台币, the pataca where of 澳门元, the Hong
    Kong dollar where of 港元 without any 人民币, else the yuan. (Cached: each sentence of an article asks for it.)"""
    if "台币" in text:
        return "TWD"
    if "澳门元" in text or "澳门币" in text:
        return "MOP"
    if ("港元" in text or "港币" in text) and "人民币" not in text:
        return "HKD"
    return "CNY"


def find_percents(text: str) -> list[tuple[int, int, float]]:
    out = [(m.start(), m.end(), float(m.group(1))) for m in PERCENT_RE.finditer(text) if "百分点" not in m.group(0)]
    for m in PERCENT_CN_RE.finditer(text):
        n = _number(m.group(1))
        if n is not None and 0 < n <= 100:
            out.append((m.start(), m.end(), float(n)))
    if "成" in text:
        for m in PERCENT_CHENG_RE.finditer(text):
            whole, part = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            out.append((m.start(), m.end(), float(_DIGIT[whole] * 10 + (_DIGIT[part] if part else 0))))
    if "分之" in text or "半" in text:
        for m in PERCENT_PART_RE.finditer(text):
            g = "1" if m.group("den1") or m.group("half1") else "2"
            den, num = m.group("den" + g), m.group("num" + g)
            share = 50.0 if m.group("half" + g) else round(100 * _DIGIT[num] / (_DIGIT.get(den) or 10), 2)
            if share < 100:
                out.append((m.start(), m.end(), share))
    return sorted(out)
