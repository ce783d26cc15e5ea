"""Stock tickers written with their exchange, as news writes them.

"NYSE:OCFT", "Nasdaq:ABCD", "HK:06638", "06638.HK", "06638. HK", "600036.SH",
"000001.SZ", "OCFT.US", "HK06638", "SH601601", "港股06638". Each names
the exchange, so each states a listing (guide v1.2); a bare number
("06638", "A股代码300773") does not and is not matched here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the words for the Philippine, Thai and Indonesian exchanges that go before a code, with the exchange each names
_SEA_EXCHANGE_WORDS = {"菲律宾证券交易所": "PSE", "菲律宾证交所": "PSE", "菲证交所": "PSE", "泰国证券交易所": "SET", "泰国证交所": "SET",
                       "印度尼西亚证券交易所": "IDX", "印尼证券交易所": "IDX", "印尼证交所": "IDX"}
_SEA_WORDS = sorted(_SEA_EXCHANGE_WORDS, key=len, reverse=True)

_TICKER_RE = re.compile(
    # NYSE:OCFT, HK:06638 (the colon is ASCII between alphanumerics after normalisation)
    # (a US exchange's name in any case: "Nasdaq:ABCD", "Nyse:ABCD")
    r"(?P<pfx>NasdaqGS|(?i:NYSE|NASDAQ|NASQ)|HKEX|HK|SEHK|SGX|TWSE|ASX|TSX|LSE|SIX|SH|SZ|BJ)\s*[:：]\s*(?P<code1>[A-Z]{1,5}|\d{4,6})(?![A-Za-z0-9])"
    # 06638.HK, 06638. HK, 600036.SH, OCFT.US
    r"|(?<![A-Za-z0-9.])(?P<code2>\d{4,6}|[A-Z]{1,5})\.\s?(?P<sfx>HK|US|N|O|SH|SS|SZ|BJ|TWO|TW|AX|TO|SW)(?![A-Za-z])"
    # HK06638, SH601601, SZ000001: a market prefix glued to the number
    r"|(?<![A-Za-z0-9])(?P<pfx3>HK|SH|SZ|BJ)(?P<code3>\d{5,6})(?!\d)"
    # 港股06638, 港股代码06638
    r"|(?P<pfx4>港股)(?:代码|代號|代号)?[:：]?\s*(?P<code4>\d{4,5})(?!\d)"
    # SGX:D05, SGX: HL9 (Singapore's codes mix letters and digits); "新交所代码：S41", as Singapore's Chinese press writes it
    # (and so do Manila's, Bangkok's and Jakarta's: "菲证交所代号：ABC", "印尼证券交易所代码：ABCD", letters alone)
    r"|(?P<pfx5>SGX|新交所|新加坡交易所|" + "|".join(_SEA_WORDS) + r")(?:代码|代號|代号|股票代码)?\s*[:：]\s*(?P<code5>[A-Z0-9]{2,4})(?![A-Za-z0-9])"
    # 2887-TW, 00700-HK, AAPL-US: a market after a hyphen, as Taiwan's financial sites write it
    r"|(?<![A-Za-z0-9.\-])(?P<code6>\d{4,6}|[A-Z]{1,5})-(?P<sfx6>TW|HK|US)(?![A-Za-z])"
)

#: what every ticker holds: the colon after an exchange, the dot or hyphen before a market, a market glued to the number, 港股
#: the exchanges named in words before a code, whose ticker is the code alone
_WORDED = frozenset({"新交所", "新加坡交易所", *_SEA_EXCHANGE_WORDS})
_TICKER_WORDS = (":", "：", ".", "港股", "HK", "SH", "SZ", "BJ", "-TW", "-US")

_EXCHANGE_OF_MARK = {
    "NYSE": "NYSE", "NASDAQ": "NASDAQ", "NASQ": "NASDAQ", "NasdaqGS": "NASDAQ", "O": "NASDAQ", "N": "NYSE",
    "HKEX": "HKEX", "HK": "HKEX", "SEHK": "HKEX", "港股": "HKEX", "SH": "SSE", "SS": "SSE", "SZ": "SZSE", "BJ": "BSE",
    "SGX": "SGX", "新交所": "SGX", "新加坡交易所": "SGX", "TWSE": "TWSE", "TW": "TWSE",
    "TSX": "TSX", "TO": "TSX",  # Toronto's TSX:ABC and ABC.TO
    "ASX": "ASX", "AX": "ASX", "TWO": "TPEx", "LSE": "LSE",  # Sydney's ASX:ABC and ABC.AX; Taipei's over-the-counter 1234.TWO; London's LSE:ABC
    "SIX": "SIX", "SW": "SIX",  # Zurich's SIX:ABCN and ABCN.SW
    "US": "",  # a US listing whose exchange the article has to name elsewhere
    **_SEA_EXCHANGE_WORDS,
}


#: the mainland's exchanges by an A-share code's first two digits (60/68 Shanghai, 00/30 Shenzhen,
#: 92/43/83/87 Beijing): a bare code names no exchange in a sentence, but these prefixes are fixed
A_SHARE_PREFIX = {"60": "SSE", "68": "SSE", "00": "SZSE", "30": "SZSE", "92": "BSE", "43": "BSE", "83": "BSE", "87": "BSE"}


@dataclass(frozen=True)
class Ticker:
    start: int
    end: int
    raw: str  # as written
    code: str
    exchange: str  # NYSE, NASDAQ, HKEX, SSE, SZSE, BSE, SGX, TWSE, TPEx, ASX; "" when only "US" is known


def find_tickers(text: str) -> list[Ticker]:
    """Tickers in `text` (normalised) that name their exchange."""
    if not any(w in text for w in _TICKER_WORDS):
        return []
    out = []
    for m in _TICKER_RE.finditer(text):
        for code_g, mark_g in (("code1", "pfx"), ("code2", "sfx"), ("code3", "pfx3"), ("code4", "pfx4"), ("code5", "pfx5"), ("code6", "sfx6")):
            if m.group(code_g):
                mark = m.group(mark_g)
                exchange = _EXCHANGE_OF_MARK.get(mark, _EXCHANGE_OF_MARK.get(mark.upper(), ""))
                raw = m.group(code_g) if mark in _WORDED else m.group(0)  # ("新交所代码：S41" is written S41)
                out.append(Ticker(m.start(), m.end(), raw, m.group(code_g), exchange))
                break
    return out


#: a share-class marker a Hong Kong short name carries before its ticker: "北林科技-S(09876.HK)"
#: (S secondary listing, W weighted voting rights, B pre-revenue biotech, P pre-commercial, R renminbi counter)
SHARE_CLASS = r"[-－](?:SW|SB|S|B|W|P|R|U)(?![A-Za-z])"
