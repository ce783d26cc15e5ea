"""Percentages and money amounts as written in Chinese financial news."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

PERCENT_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|％)")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
PERCENT_CN_RE = re.compile(rf"百分之(\d{{1,3}}(?:\.\d+)?|[{_CN_DIGITS}]+)")
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

_UNITS = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
          "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000), "": Decimal(1)}
MONEY_RE = re.compile(
    r"(?P<pre>人民币|港币|港元|美元|美金|RMB|HK\$|US\$|\$)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>万亿|千亿|百亿|亿|千万|百万|万|千)?\s*"
    r"(?P<cur>元人民币|元港币|人民币|港元|港币|美元|美金|元)"
    r"|(?P<pre2>人民币|港币|港元|美元|美金|RMB|HK\$|US\$)\s*"
    r"(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit2>万亿|千亿|百亿|亿|千万|百万|万|千)?"
)


@dataclass(frozen=True)
class Money:
    amount: float  # full units: 1.992亿元 → 199200000
    currency: str  # CNY, USD, HKD


def _currency(*marks: str | None) -> str:
    text = "".join(m for m in marks if m)
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
    value = Decimal(num.replace(",", "")) * _UNITS[unit]
    amount = int(value) if value == value.to_integral_value() else float(value)
    return Money(float(amount), _currency(m.group("pre"), m.group("cur"), m.group("pre2")))


#: an amount in Chinese numerals: "两亿元", "三千万美元", "十五亿港元"
MONEY_CN_RE = re.compile(rf"(?P<num>[{_CN_DIGITS}]+)(?P<cur>元人民币|元港币|人民币|港元|港币|美元|美金|元)")


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except ArithmeticError:
        return cn_number(text)


#: a word every amount holds, its currency after or before it (元 in 港元, 美元, 元人民币): a text without one has none
_MONEY_WORDS = ("元", "人民币", "港币", "美金", "RMB", "HK$", "US$")


def find_money(text: str) -> list[tuple[int, int, Money]]:
    if not any(w in text for w in _MONEY_WORDS):
        return []  # (the two scans below would try every letter of the sentence)
    out = [(m.start(), m.end(), _money_from_match(m)) for m in MONEY_RE.finditer(text)]
    for m in MONEY_CN_RE.finditer(text):
        n = cn_number(m.group("num"))
        if n is None or n == 0 or any(s <= m.start() < e for s, e, _ in out):
            continue
        value = n
        amount = int(value) if value == value.to_integral_value() else float(value)
        out.append((m.start(), m.end(), Money(float(amount), _currency(m.group("cur")))))
    return sorted(out, key=lambda t: t[0])


def find_percents(text: str) -> list[tuple[int, int, float]]:
    out = [(m.start(), m.end(), float(m.group(1))) for m in PERCENT_RE.finditer(text) if "百分点" not in m.group(0)]
    for m in PERCENT_CN_RE.finditer(text):
        n = _number(m.group(1))
        if n is not None and 0 < n <= 100:
            out.append((m.start(), m.end(), float(n)))
    return sorted(out)
