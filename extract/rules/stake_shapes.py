"""Holdings told by the shape of a phrase rather than a verb of holding.

- A shareholder described by its share: "确认其为C持股" + a figure + "的股东", "A是C持股" + a figure + "的股东" —
  the holder is the one the copula speaks of (A, or for 其 the person named before),
  never C (the verb's `持股` there qualifies the noun 股东, `SHAREHOLDER_AFTER`).
- A share swap: "A以所持B 85%股权、S以所持T 62%股份，分别换取C新发行的股份" / "A以其持有的B 30%股权认购C
  新增股份": each giver held that share of its company and, in the swap, sold it to C
  (dated by the day the deal was done, when the sentences before tell it).
- A split of shares to another's name (on divorce, on a settlement): "S将其(直接)持有的C 12%股份分割至B名下" —
  S sold that share to B (the annotators count the transfer so), done on the day a sentence around says.
- A holding, then what it makes of the company held: "A持有B" + all of it + "，系其全资子公司" — B is A's
  (wholly owned) subsidiary; 其 is the holder the clause before opened with.
- A holder described by its share as it takes a rank: "A凭借55%的股权比例跃升为其控股股东".
- An owner described by its whole ownership: "P全资拥有的B" — P holds all of B (a company owner: B its subsidiary);
  told with the verb, "A下面全资持有B", A holds all of B.
- Shares held, named as what a ruling freezes or a pledge covers, their share of the capital in brackets: "冻结了A持有的
  C" + a count of shares + "（占C总股本的" + a figure + "）" — A holds that share of C.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.holder_slots import HOLDER_MENTION, key_of, pct_of
from extract.rules.speaker_holdings import speaker_holdings
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

_P, _C, _R, _D = KIND["P"], KIND["C"], KIND["R"], KIND["D"]

#: what after "C持股40%" makes it a description of a shareholder of C, not C's own holding
SHAREHOLDER_AFTER = re.compile(r"的(?:[^，。；\ue000-\ue007]{0,4})?股东")

#: "A为C持股" + a figure + "的股东", "确认其为C…的股东", "A系C持股" + a figure + "的股东"
_DESCRIBED = re.compile(rf"(?P<holder>[{_P}{_C}]|其)(?:先生|女士)?(?:为|是|系|成为)(?P<target>{_C})(?:（[^（）]{{0,40}}）)?(?:持股|持有)(?:比例)?(?:为)?(?P<pct>{_R})"
                        rf"(?:股权|股份)?(?=的(?:[^，。；\ue000-\ue007]{{0,4}})?股东)")

#: one giver of a swap: "A以所持B 85%股权", "A以其持有的B 30%股份"
_GIVER = re.compile(rf"(?P<giver>[{_P}{_C}])(?:（[^（）]{{0,40}}）)?(?:拟|将)?以(?:其)?(?:所持|持有的|所持有的)(?:的)?(?P<target>{_C})"
                    rf"(?:（[^（）]{{0,40}}）)?(?:的)?(?P<pct>{_R})(?:的)?(?:股权|股份)")
#: the swap's verb and the company whose new shares are given: "分别换取C新发行的股份", "认购C新增股份", "换股"
_SWAP = re.compile(rf"(?:分别|共同|合计)?(?:换取|认购|置换|换得)(?P<buyer>{_C})(?:新发行|新增|增发|发行)")
#: "A持有B" + all of it + "，系其全资子公司": the holding, then 其 (A) and the kind of subsidiary B is
_HELD_THEN_ITS = re.compile(rf"(?P<parent>{_C})(?:[^，。；\ue000-\ue007]{{0,6}}?)(?:持有|拥有)(?:了)?(?P<child>{_C})(?:（[^（）]{{0,40}}）)?(?:的)?{_R}?(?:的)?"
                            r"(?:股权|股份)?[，,](?:系|是|为|成为)其(?P<kind>全资|控股)?(?:子公司|附属公司)")
#: "S将其直接持有的C 12%股份分割至B名下", "…非交易过户至B名下"
_SPLIT_TO = re.compile(rf"(?P<seller>[{_P}{_C}])(?P<gap>[^，。；\ue000-\ue007]{{0,4}}?)将其(?:直接)?(?:所持|持有|所持有)(?:的)?(?P<target>{_C})(?:的)?(?P<pct>{_R})(?:的)?"
                       rf"(?:股份|股权)(?:分割|非交易过户|过户|赠与|赠予)(?:至|给|到|予)(?P<buyer>{_P}|{_C})(?:名下)?")
_PCT_CONTROL = pattern(rf"(?P<holder>{HOLDER_MENTION})(?:由此|因此|随之|从而|也|则)?(?:以|凭借)(?P<pct><R>)的(?:持股|控股|股权)?比例(?:一跃)?(?:成为|入主|跃升为|升为|跃居|晋升为)(?:(?P<target><C>)|(?P<ref>其))?(?:的)?(?P<rank>第[一二三四五六七八九十]大股东)?(?:控股股东)?")
#: "何某全资拥有的B有限公司", "A间接全资持有的B": the owner of all of B, said as what describes B
_WHOLLY_NEXT = re.compile(rf"(?P<holder>[{_P}{_C}])(?P<indirect>间接)?全资(?:拥有|持有|控股)的(?P<child>{_C})")
#: "A全资持有B", "A下面全资持有B": A holds all of B, said with the verb (not "全资持有的", `_WHOLLY_NEXT`)
_WHOLLY_HOLDS = re.compile(rf"(?P<holder>[{_P}{_C}])(?:下面|下边|旗下|下属|名下)?(?:还|则|也|另)?(?:直接)?全资(?:持有|拥有|控股)(?:了|着)?(?P<child>{_C})")
#: "A持有的C" + a count of shares + "（占C总股本的" + a figure + "）": a count of shares held, their share of the capital in brackets
_HELD_COUNT = re.compile(rf"(?P<holder>[{_P}{_C}])(?:（[^（）]{{0,40}}）)?(?:所)?持有的(?P<target>{_C})(?:（[^（）]{{0,40}}）)?[^，。；（）\ue000-\ue007]{{1,16}}?股(?:股份|股票|股权)?"
                         rf"[（(](?:约)?占(?:{_C}|其|公司|该行)?(?:的)?(?:总股本|股本总额|已发行股本|已发行股份|股份总数|总股份)(?:的)?(?:比例)?(?:为)?(?:约)?(?P<pct>{_R})[）)]")
#: a swap not done ("拟", "将", "尚需"): its sale is not told as done
_NOT_DONE = re.compile(r"拟|将|计划|预计|尚需|尚待")
#: a plan before a holder's 将其: "拟", "计划"
_PLANNED = re.compile(r"拟|计划|预计|尚需|尚待|准备")
#: the day a deal was done, in the sentences before: "相关工商登记已于D完成"
_DONE_ON = re.compile(rf"(?:已于|于)?({_D})(?:[^。；{_D}]{{0,30}}?)?(?:完成|办理完毕|办妥)")


def other_holdings(ctx: Context, sent: Sent) -> None:
    """The holdings of `sent` no verb-led rule reads: an interviewee's own words, and the shapes above."""
    speaker_holdings(ctx, sent)
    shaped_holdings(ctx, sent)


def shaped_holdings(ctx: Context, sent: Sent) -> None:
    """The holdings and sales of `sent` told by the shapes above."""
    tpl = sent.tpl
    for m in _PCT_CONTROL.finditer(tpl):
        holder = key_of(sent, m, "holder")
        target = key_of(sent, m, "target") or target_for(ctx, sent, m.start(), (holder or "",))
        emit_stake(ctx, sent, holder, target, "controlling-percent", 0.85, pct_of(sent, m), m.start(), controlling=None if m.group("rank") else True)
    for m in _WHOLLY_NEXT.finditer(tpl) if "全资" in tpl else ():
        holder, child = key_of(sent, m, "holder"), key_of(sent, m, "child")
        emit_stake(ctx, sent, holder, child, "wholly-owned-next", 0.8, 100.0, m.start(), controlling=True)
        if holder and child and holder != child and not m.group("indirect") and ctx.type_of(holder) == "Company":
            ctx.emit(Predicate.SUBSIDIARY_OF, child, holder, sent, "wholly-owned-next", 0.8, kind=str(SubsidiaryKind.WHOLLY_OWNED))
    for m in _WHOLLY_HOLDS.finditer(tpl) if "全资" in tpl else ():
        emit_stake(ctx, sent, key_of(sent, m, "holder"), key_of(sent, m, "child"), "wholly-holds", 0.8, 100.0, m.start())
    if "持有的" in tpl and "占" in tpl:
        for m in _HELD_COUNT.finditer(tpl):
            emit_stake(ctx, sent, sent.at(m.start("holder")).key, sent.at(m.start("target")).key, "held-count", 0.75,
                       sent.at(m.start("pct")).value, m.start())
    if "股东" in tpl:
        for m in _DESCRIBED.finditer(tpl):
            holder = _holder(sent, m)
            emit_stake(ctx, sent, holder, sent.at(m.start("target")).key, "described-shareholder", 0.8,
                       sent.at(m.start("pct")).value, m.start())
    if "其" in tpl:
        for m in _HELD_THEN_ITS.finditer(tpl):
            kind = SubsidiaryKind.WHOLLY_OWNED if m.group("kind") == "全资" else SubsidiaryKind.SUBSIDIARY
            ctx.emit(Predicate.SUBSIDIARY_OF, sent.at(m.start("child")).key, sent.at(m.start("parent")).key, sent,
                     "held-then-its-subsidiary", 0.8, kind=str(kind))
    if "将其" in tpl:
        for m in _SPLIT_TO.finditer(tpl):
            if _PLANNED.search(tpl, max(0, m.start() - 6), m.end("gap")):
                continue  # "S拟将其持有的…": a plan (将 itself, of 将其, is the object marker)
            seller, target, buyer = (sent.at(m.start(g)).key for g in ("seller", "target", "buyer"))
            if seller and target and buyer and len({seller, target, buyer}) == 3:
                ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, "split-to", 0.75, buyer=buyer,
                         percent=sent.at(m.start("pct")).value, date=_done_on(ctx, sent))
    if "以" in tpl and (swap := _SWAP.search(tpl)) is not None:
        buyer = sent.at(swap.start("buyer")).key
        done = not _NOT_DONE.search(tpl, 0, swap.start())
        when = _done_on(ctx, sent) if done else None
        for m in _GIVER.finditer(tpl, 0, swap.start()):
            giver, target, pct = sent.at(m.start("giver")).key, sent.at(m.start("target")).key, sent.at(m.start("pct")).value
            emit_stake(ctx, sent, giver, target, "swap-giver-held", 0.75, pct, m.start())
            if done and giver and target and buyer and len({giver, target, buyer}) == 3:
                ctx.emit(Predicate.SOLD_STAKE, giver, target, sent, "share-swap", 0.75, buyer=buyer, percent=pct, date=when)


def _holder(sent: Sent, m: re.Match[str]) -> str | None:
    """The shareholder: the name before the copula, or for 其 the last person named before it in the sentence."""
    if m.group("holder") != "其":
        return sent.at(m.start("holder")).key
    people = sent.between(0, m.start(), "P")
    return people[-1].key if people else None


def _done_on(ctx: Context, sent: Sent) -> str | None:
    """The day the deal was done: told in this sentence, else the next ("D，相关股份" + "已完成过户登记"), else one of
    the two before ("…登记已于D完成")."""
    for s in (sent, *ctx.sentences[sent.i + 1:sent.i + 2], *ctx.sentences[max(0, sent.i - 2):sent.i][::-1]):
        if (done := _DONE_ON.search(s.tpl)) is not None:
            return ctx.date_iso(s.at(done.start(1)), s)
    return None
