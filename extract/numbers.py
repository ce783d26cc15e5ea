"""Percentages and money amounts as written in Chinese financial news."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

PERCENT_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|％)")
PERCENT_CN_RE = re.compile(r"百分之(\d{1,3}(?:\.\d+)?)")

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


def find_money(text: str) -> list[tuple[int, int, Money]]:
    return [(m.start(), m.end(), _money_from_match(m)) for m in MONEY_RE.finditer(text)]


def find_percents(text: str) -> list[tuple[int, int, float]]:
    out = [(m.start(), m.end(), float(m.group(1))) for m in PERCENT_RE.finditer(text) if "百分点" not in m.group(0)]
    out += [(m.start(), m.end(), float(m.group(1))) for m in PERCENT_CN_RE.finditer(text)]
    return sorted(out)
