"""A listing that ended: "C已从纽交所退市", "C于D正式退市", "C完成私有化后退市",
"C主动退市", "C已于D终止上市并摘牌", "撤销C的上市地位", "C的上市地位被撤销".

The company was listed on that exchange (the guide counts a past listing),
and is no more: the listing's `end` is the date the clause states, else the
company's listing is only said to be over (`delisted`). The exchange is the
one the clause names ("从纳斯达克退市", "原在" + an exchange + "上市的C…摘牌"), else the one
listing the article gave the company, if it gave one; a clause naming no
exchange of a company listed in two places says nothing of which.

A delisting to come, feared or asked for is none: "将申请从新交所退市",
"潜在退市风险", "退市整理期", "避免退市".
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate

#: the words of a listing's end; the exchange or the company may stand inside ("撤销C在X的上市地位")
_ENDED = re.compile(
    r"(?:退市|(?<!暂)停止在\ue002(?:的)?(?:交易|买卖)|摘牌|除牌|终止上市|(?:撤销|取消)(?:了)?(?:其|\ue001)?(?:的)?(?:在\ue002的?)?(?:股票|股份|A股|H股)?上市(?:地位|资格)"
    r"|上市(?:地位|资格)(?:已经?|已于\ue004)?(?:被|遭)?(?:正式)?(?:撤销|取消))")
#: what the words name when they are no event: a risk, a warning, a rule ("退市风险警示", "退市新规", "摘牌标准")
#: (and a noun it qualifies: "对美国存托凭证退市的其他权利"; but "已退市的C" tells of C's)
_NOT_EVENT_AFTER = re.compile(r"的(?!\ue001)|(?:风险|警示|整理|新规|制度|标准|机制|潮|指标|情形|条件|程序|申请|计划|安排|方案|压力|危机|边缘|威胁|红线|预期|可能)")
#: a clause of a delisting to come or avoided ("拟", "将申请", "面临", "避免", "若…")
_NOT_DONE = re.compile(r"拟|将|计划|申请|或将|可能|面临|避免|防止|免于|若|如果|一旦|倘若|未|不会|不再|触及|是否|寻求|筹划|考虑|有望|预计|打算|准备|要求|以免|恐|或$")
#: a clause that is its date alone, before the one of the delisting: "2022年，由…牵头完成私有化，C从纳斯达克退市"
_DATE_CLAUSE = re.compile(r"(?:^|[，,])[^，。；\ue000-\ue003]{0,4}(\ue004)[，,]")


#: a sentence told of the article's company: "公司" + "已完成从美股的" + "主动退市"
_ITSELF = re.compile(r"(?:该|本)?公司(?!\ue001)|其(?=[^，。；\ue001]{0,12}(?:退市|摘牌|停止在))")
#: a market named by its country rather than an exchange: "从美股退市", "港股退市"
_MARKET = re.compile(r"美股|美国|港股|香港|A股")
_MARKETS = {"美股": {"X:NYSE", "X:NASDAQ"}, "美国": {"X:NYSE", "X:NASDAQ"}, "港股": {"X:HKEX"}, "香港": {"X:HKEX"},
            "A股": {"X:SSE", "X:SZSE", "X:BSE"}}


def _listings(ctx: Context, company: str) -> list[tuple[str, str]]:
    """(company, exchange) of the listings the article gave the company, or it under a name it had before
    (a rename to it: "以“C1”之名" + "在纽交所上市" + "，…更名为现名")."""
    former = {c.subject.split("#")[0] for c in ctx.out if c.predicate is Predicate.RENAMED_TO and c.object.split("#")[0] == company}
    return list(dict.fromkeys((c.subject, c.object) for k in (company, *sorted(former)) for c in ctx.by_subject(k)
                              if c.predicate is Predicate.LISTED_ON))


def delistings(ctx: Context) -> None:
    if not any(w in ctx.text for w in ("退市", "摘牌", "除牌", "终止上市", "上市地位", "上市资格", "停止在")):
        return
    for sent in ctx.sentences:
        for m in _ENDED.finditer(sent.tpl):
            if not _NOT_EVENT_AFTER.match(sent.tpl, m.end()):
                _ended(ctx, sent, m)


def _ended(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    clause = max(sent.tpl.rfind(c, 0, m.start()) for c in "，；：,") + 1
    if _NOT_DONE.search(sent.tpl, clause, m.start()):
        return
    inside = sent.between(m.start(), m.end(), "C")
    # (not the regulator a filing went to: "向" + the SEC + "提交" + its delisting form)
    before = [c for c in sent.between(clause, m.start(), "C") if c.key and not ctx.is_regulator(c.key)] or [
        c for c in sent.between(0, m.start(), "C") if c.key and not ctx.is_regulator(c.key)]
    company = inside[0].key if inside else before[-1].key if before else ctx.focus if _ITSELF.match(sent.tpl) else None
    if company is None or ctx.type_of(company) != "Company":
        return
    listings = _listings(ctx, company)
    if named := sent.between(clause, m.end(), "X"):
        x = named[-1].key  # "从纽交所退市": the listing there, under the name it had ("以“C1”之名" + "在纽交所上市", renamed since)
        listings = [(s, o) for s, o in listings if o == x] or [(company, x)]
    elif market := _MARKET.search(sent.tpl, clause, m.start()):
        listings = [(s, o) for s, o in listings if o in _MARKETS[market.group(0)]]  # "从美股退市": its US listing
    if len({o for _s, o in listings}) != 1 or not listings[0][1]:
        return
    dated = sent.between(clause, m.start(), "D")
    if not dated and (heads := list(_DATE_CLAUSE.finditer(sent.tpl, 0, clause))):
        dated = [sent.at(heads[-1].start(1))]
    date = ctx.date_iso(dated[-1], sent) if dated else None
    ctx.emit(Predicate.LISTED_ON, listings[0][0], listings[0][1], sent, "delisting", 0.75,
             **({"end": date} if date else {"delisted": True}))
