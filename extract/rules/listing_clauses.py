"""The pieces of a listing sentence that the listing rules share: the verbs of
listing, where a clause ends and whether the next one goes on about the same
subject, which company is the subject, the exchange a match names, the method
(介绍, 二次上市 …) and a relisting written in the exchange's clause.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.templates import Sent
from schema import ListingMethod

#: the verbs of a listing done (or of its first dealing)
LISTING_VERB = r"(?:挂牌上市|挂牌上柜|挂牌|上市|上柜|登陆|登录|挂牌交易|开始买卖|买卖|上市交易|敲钟|IPO|(?:完成|成功|实现)(?:了)?首次公开发行)"
#: a clause boundary inside the span between a company and its listing verb
CLAUSE_CUT = re.compile(r"[，,]|并于|并在|并且|随后|之后|后又|此后")
#: a company that is the object of a preposition is not the one listing ("从A分拆并在港交所上市")
_OBJECT_OF = re.compile(r"(?:从|自|由|与|和|向|对|对于|关于|被|跟|同)$")
#: a company that only qualifies the subject: "A是B旗下的…，于…在纽交所上市" (A listed, not B)
QUALIFIES = re.compile(r"(?:的)?(?:旗下|下属|控股的|孵化的|投资的)")
# a listing's subject and exchange in different clauses only when the later clause continues the first
#: (or a clause told in time from an earlier event: "C2018年完成A轮融资，第四年在X上市"), and a subject
#: set off by a comma goes on in the clause right after it ("C，同样通过介绍方式在X上市", "C，在X上市")
CONTINUES = re.compile(
    r"[，,](?:并|并于|于|在|随后|此后|又|还|再|也|先后|分别|\ue004|第[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年(?:之)?后)"
    r"[^，,]*(?:[，,](?:以|通过|采用|采取)[^，,]*)?$"
    r"|^[，,](?:(?:同样|同时|亦|均|已|已经|正式|成功|通过|以)[^，,]*)?$")
#: a time told from an earlier event ("成立后第三年", "第四年", "三年后"): it is no date of the calendar, and
#: the dates before it are of other events
RELATIVE_TIME = re.compile(r"[，,]?(?:第[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年(?:之)?后)")


def listing_method(text: str) -> str | None:
    """The method the words of a listing's clause name, if any."""
    if "介绍" in text:
        return str(ListingMethod.INTRODUCTION)
    if "双重主要上市" in text or "双重第一上市" in text or "双重主要" in text:
        return str(ListingMethod.DUAL_PRIMARY)
    if "二次上市" in text or "第二上市" in text:
        return str(ListingMethod.SECONDARY)
    if "IPO" in text or "首次公开" in text or "发行价" in text or "首发" in text:
        return str(ListingMethod.IPO)
    return None


#: a listing told as a new one after an earlier one ended ("重新在X上市", "再度登陆X", "回归X上市"): it reopens a
#: delisted listing (`schema.listing_time`), where a passing mention does not
_RELIST = re.compile(r"(?:重新|再次|再度)(?:在|于|登陆|挂牌|上市)|重返|重回|回归")


def relisting(tpl: str, start: int, x: int, end: int) -> bool | None:
    """Whether the clause of a listing's exchange (from `start` or its last comma before `x`, to `end`) tells a relisting."""
    return True if _RELIST.search(tpl, max(start, tpl.rfind("，", 0, x) + 1), end) else None



#: an exchange, or Hong Kong's named by its place ("，并于2021年在香港实现双重主要上市")
_OTHER_EXCHANGE = re.compile("\ue002|香港|港股|回港|赴港")


def clause_around(tpl: str, floor: int, x: int, end: int) -> str:
    """The clause of a listing's exchange, where its method is written ("并在…，以介绍方式在X挂牌上市"
    gives X's method, not the earlier clause's)."""
    start = max(floor, tpl.rfind("，", floor, x) + 1)
    stop = min(end + 16, len(tpl))
    other = _OTHER_EXCHANGE.search(tpl, end, stop)  # the next clause speaks of another exchange: its method is its own
    if other is not None:
        stop = max(end, tpl.rfind("，", end, other.start()))
    return tpl[start:stop]


def subject_company(sent: Sent, pos: int) -> str | None:
    """The company at template position `pos`, or, when it is the object of
    a preposition, the class noun of a list ("A等公司") or what qualifies the
    subject ("A是B旗下的…"), the company before it in the same clause."""
    tpl = sent.tpl
    while pos >= 0:
        if not _OBJECT_OF.search(tpl, 0, pos) and not tpl.endswith("等", 0, pos) and not (
                QUALIFIES.match(tpl, pos + 1) and re.search(r"\ue001(?:是|为|系)$", tpl[:pos])):
            return sent.at(pos).key
        clause = max(tpl.rfind(c, 0, pos) for c in "，；：,") + 1
        earlier = [m for m in sent.between(clause, pos, "C")]
        if not earlier:
            return None
        pos = sent.pos_of(earlier[-1])
    return None


def exchange_at(sent: Sent, m: re.Match[str], group: str) -> str | None:
    if not m.group(group):
        return None
    return sent.at(m.start(group)).key if m.group(group) == KIND["X"] else "X:HKEX"  # 香港, 港股

