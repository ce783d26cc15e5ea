"""FOUNDED: a founder of a company the clause refers to, not names.

* "T成立于D，P为其创始人", "T于D开业，P是其联合创始人": 其 is the one company the sentence named before it,
  founded on the day 成立于 gives;
* "A是B的主要股东，这家总部设在某地的民营企业由P于D创办": "这家…集团/公司/银行" is the company the
  sentence opens with.

A title the person holds now (董事长, 总裁) is no founding; a sentence naming two companies before 其 is left.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate

_ITS_FOUNDER = pattern(r"(?:^|[，,；])(?P<p><P>)(?:则|也|正|即)?(?:为|是|系)其(?:联合)?(?:创始人|创办人|创立者)(?:之一)?(?=[，,。；]|$)")
_FOUNDED_ON = pattern(r"(?:成立|创立|创办|创建|设立)于(?P<d><D>)")
#: "这家…民营企业由P于D创办": the company the sentence opens with
_THIS_ONE = pattern(r"这家[^，。；\ue000-\ue007]{0,20}?(?:集团|公司|银行|企业|机构|券商|平台)(?:是|系)?由(?P<people><P>(?:(?:、|和|与|及)<P>)*)(?:于(?P<d><D>))?"
                    r"(?:在[\u4e00-\u9fff]{2,8}?)?(?:共同|联合|一手)?(?:创办|创立|创建)")
#: the sentence's head company, after a lead such as "公开资料显示，"
_HEAD_COMPANY = re.compile(r"^(?:[^，。；\ue000-\ue007]{1,10}[，,])?(\ue001)")


def referred_founders(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "其" in sent.tpl:
            _its_founder(ctx, sent)
        if "这家" in sent.tpl:
            _this_one(ctx, sent)


def _its_founder(ctx: Context, sent: Sent) -> None:
    for m in _ITS_FOUNDER.finditer(sent.tpl):
        firms = {x.key for x in sent.between(0, m.start(), "C") if x.key}
        if len(firms) != 1:
            continue  # 其 of one of two companies, or of none named here
        firm = firms.pop()
        on = _FOUNDED_ON.search(sent.tpl, 0, m.start())
        date = ctx.date_iso(sent.at(on.start("d")), sent) if on else None
        ctx.emit(Predicate.FOUNDED, sent.at(m.start("p")).key, firm, sent, "its-founder", 0.8, date=date)


def _this_one(ctx: Context, sent: Sent) -> None:
    head = _HEAD_COMPANY.match(sent.tpl)
    if head is None:
        return
    firm = sent.at(head.start(1)).key
    for m in _THIS_ONE.finditer(sent.tpl, head.end()):
        date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
        for p in sent.between(m.start("people"), m.end("people"), "P"):
            ctx.emit(Predicate.FOUNDED, p.key, firm, sent, "this-one-founded", 0.8, date=date)
