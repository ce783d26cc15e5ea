"""The slots of a holding's patterns: the holder (named, with its aliases, a list of
holders, their kin, a reference such as 后者 or 二者), its rank (控股股东, 第一大股东),
the words that say shareholders are spoken of; and the keys and figures a match's
groups name. The rules import them from here.
"""

from __future__ import annotations

import re

from extract.kinship import PAIR_KIN
from extract.rules.counted_holders import PEOPLE_COUNTED
from extract.rules.templates import Sent

HOLDER_MENTION = r"[\ue000\ue001]"  # a holder: a person or a company
# … with its English name in brackets, or what it is ("A（C之全资附属公司）持有…": no figure, no person, one clause),
# or its short name, after its code or English name too ("A（HKEX: 1888，下称B）通过…持有")
# or where it is listed (the exchange and a stock code in a bracket after A)
_LISTED_AS = r"[（(][^（）()。；\ue000\ue007]{0,16}(?:上市|股份代号|股票代码|证券代码)[^（）()。；\ue000\ue007]{0,24}[）)]"
HOLDER_WITH_ALIAS = rf"{HOLDER_MENTION}(?:[（(](?:[A-Za-z0-9 .,&\-]|\ue001){{1,60}}[）)]|[（(][^（）()，,。；\ue000\ue007]{{1,30}}[）)]|[（(](?:[^（）()。；\ue000\ue007]{{1,30}}?[，,])?(?:以下简称|以下称|下称|简称)[^（）()。；\ue000\ue007]{{1,40}}[）)]|{_LISTED_AS})?"
_AND = r"(?:、|和|及|与|以及)"
HOLDER_LIST = rf"{HOLDER_WITH_ALIAS}(?:{_AND}{HOLDER_WITH_ALIAS})*"

#: the kin two holders are to each other, after their names: "A、B夫妇分别持股…", "A、B父子合计控制…"
KIN = rf"(?:{PAIR_KIN})"
#: a holder written as a reference (resolved by holders_of); 二者/两者/双方 refer to a list named before
_ANA = rf"后者|前者|其|二者|两者|三者|双方|三方|{PEOPLE_COUNTED}"
#: a holder is not the second of a list ("A、B持有"), but the 、 of a numbered item ("二、A持有…", "3、A持有…") opens none
_NOT_LISTED = r"(?:(?<!、)|(?<=^[一二三四五六七八九十\d]、)|(?<=^[一二三四五六七八九十\d]{2}、))"
#: the holder slot: named holders, a reference, or none at the head of a clause (the subject before);
#: after 和/及/与 only when a figure ends the item before ("A持股30%及B持股20%": B opens an item of its own)
#: the time after a deal, right before a 其 that opens the clause: "过户完成后其持股比例已减至12%" (其 the holder told before)
_AFTER_DEAL = "|".join(f"(?<={w}后)" for w in ("完成", "转让", "交易", "增资", "收购", "发行", "上市", "重组", "减持", "增持", "配售"))
HOLDER = rf"(?:(?:(?<![和及与])|(?<=\ue007[和及与])){_NOT_LISTED}(?P<holders>{HOLDER_LIST})(?:{KIN})?(?:[，,](?=分别|各|均))?|(?:(?<![\u4e00-\u9fff])|{_AFTER_DEAL})(?P<ana>{_ANA})|(?<=[，,：:]))"

RANK = r"(?:新的|新任|新)?(?:最终|间接)?(?P<rank>唯一股东|控股股东|实际控制人|实控人|第[一二三四五六七八九十\d]大股东|单一最大股东|最大股东|大股东|二股东|主要股东)"
CONTROL_RANKS = ("控股股东", "实际控制人", "实控人", "唯一股东")

SHAREHOLDER_CUE = re.compile(r"(?:的)?(?:新的|新任|新)?(?:第?[两三四五六七八九十\d一二]+(?:位|家|大)|主要|前十大|大|二|控股|唯一|单一最大|最大)?"
                             r"(?:股东|股权结构|股东结构|股比|持股比例)")


def keys_in(sent: Sent, a: int, b: int, kinds: str = "CP") -> list[str]:
    """Keys of the mentions in [a, b), leaving out names given in brackets
    ("A（Beilin Tech Ltd）": one holder, not two)."""
    out, depth = [], 0
    for p in range(max(0, a), min(b, len(sent.tpl))):
        ch = sent.tpl[p]
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
        k = sent.index[p]
        if k >= 0 and not depth and sent.mentions[k].kind in kinds and sent.mentions[k].key:
            out.append(sent.mentions[k].key)
    return out


def key_of(sent: Sent, m: re.Match[str], group: str) -> str | None:
    """The key of the mention a group of the match starts at, if the group matched."""
    return sent.at(m.start(group)).key if m.group(group) else None


def pct_of(sent: Sent, m: re.Match[str], group: str = "pct") -> float | None:
    """The figure a group of the match starts at, if the group matched."""
    return sent.at(m.start(group)).value if m.group(group) else None
