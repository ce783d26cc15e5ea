"""A judgment's list of parties and its findings of fact, where posts and listings go without a verb.

The head of a judgment (民事判决书, 裁定书) lists each party a line, a firm's line followed by the lines of who stands for
it: "被告：C，住所地…。" then "法定代表人：P，董事长。" and "委托诉讼代理人：P2，该公司" + T + "。". The form says the
posts after the names are held at the party above them, now. Among the findings (另查明，…) a party is said to be a
listed company in a description: "C系" + X + "上市公司" + "（股票代码N）" — a listing, with its code."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import Predicate

#: a party's line: its label, then the firm ("被告：C，住所地…")
_PARTY = pattern(r"^\s*(?:原告|被告|第三人|申请人|被申请人|上诉人|被上诉人|申请执行人|被执行人|原审[\u4e00-\u9fff]{0,4}|再审申请人)"
                 r"(?:[（(][^）)]{1,12}[）)])?[：:](?P<c><C>)")
#: the line of who stands for the firm above: its legal representative or head, then the posts ("法定代表人：P，董事长。")
_HEAD = pattern(rf"^\s*(?:<T>|负责人)[：:](?P<p><P>)[，,](?P<chain>{CHAIN})[。；]?$")
#: the agent's line: the agent's label, "P，该公司" + posts (an agent from a law firm names the firm, no 该公司)
_AGENT = pattern(rf"^\s*(?:委托)?(?:诉讼)?代理人[：:](?P<p><P>)[，,](?P<chain>(?=<C>){CHAIN})[。；]?$")
#: a party described as listed: "C系" + an exchange + "上市公司" + the code in brackets
_LISTED_PARTY = pattern(r"(?P<c><C>)(?:系|是|为)(?P<x><X>)(?:主板|创业板|科创板)?(?:<C>|上市公司)(?:[（(](?:股票|证券)代码[：:]?(?P<code>\d{6})[）)])?")

#: how many lines below a party's line its representatives' lines may stand
_NEAR = 3


def court_parties(ctx: Context) -> None:
    if "：" not in ctx.text or not re.search(r"判决书|裁定书|调解书|原告|被告|申请人", ctx.text[:400]):
        return
    party: tuple[int, str | None] | None = None
    for sent in ctx.sentences:
        if (m := _PARTY.match(sent.tpl)) is not None:
            party = (sent.i, sent.at(m.start("c")).key)
            continue
        if (m := _HEAD.match(sent.tpl)) is not None:
            lead = sent.at(0) if sent.tpl[:1] == "\ue003" else None
            if lead is not None and lead.text not in ("法定代表人", "负责人", "代表人"):
                continue
            if party is None or sent.i - party[0] > _NEAR:
                continue
            person = sent.at(m.start("p")).key
            for comp, info in chain_items(sent, m.start("chain"), m.end("chain"), party[1]):
                emit_position(ctx, sent, person, comp, info, "court-party", "", None, 0.75)
        elif (m := _AGENT.match(sent.tpl)) is not None:
            person = sent.at(m.start("p")).key
            for comp, info in chain_items(sent, m.start("chain"), m.end("chain"), None):
                emit_position(ctx, sent, person, comp, info, "court-agent", "", None, 0.75)
        if "\ue002" in sent.tpl and (m := _LISTED_PARTY.search(sent.tpl)) is not None:
            lc = m.group(0)[m.end("x") - m.start():]
            if "\ue001" in lc and not sent.at(m.end("x") + lc.index("\ue001")).text.endswith("上市公司"):
                continue
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, sent.at(m.start("x")).key, sent, "court-listed", 0.75,
                     ticker=m.group("code"))
