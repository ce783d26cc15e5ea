"""HOLDS_STAKE told the way a case study or a history tells it, clause by clause.

* the founders' shares after the founding: "C由A与B于D共同创立，A出资70%，B出资30%" (each holds that share of the
  company founded: the one right after the founding verb, else the last one named before it);
* a stake taken in a clause with no subject of its own: "D，C1入股，获得C2 8%股权" (the sentence's
  subject took it), "…C1随后注资，后者获得C2 10%股权" (后者: the last company named before it);
* a dilution: "A持股比例因而由P1稀释为P2", "A所持股权比例由…降为…" (A held the first share before, the second after; the company is
  the one the sentence, or the one before, is about).
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: a founding verb, before the founders' shares
_FOUNDING = re.compile(r"(?:共同|联合|合伙|一起|出资)?(?:创办|创立|创建|设立|成立|组建)")
#: a founder's share: "，A出资70%", "，A以现金出资30%"
_PAID_IN = pattern(r"(?:^|(?<=[，,；;]))(?:其中)?(?P<h>[\ue000\ue001])(?:以[^，。；\ue000-\ue007]{1,8}?)?出资(?:比例)?(?:为|占)?(?P<pct><R>)(?=[，,。；;]|$)")
#: a stake taken by the sentence's subject, or by 后者
_TAKEN = pattern(r"(?:(?P<latter>后者)|(?:^|(?<=[，,])))(?P<how>[^，。；\ue000\ue001]{0,14}?)(?:取得|获得)(?P<target><C>)(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)")
#: words of a stake bought from someone, not taken in new shares of the company: "自S取得", "受让"
_FROM = re.compile(r"[自从向]|受让|收购")
#: the words that tell a sentence's figures follow from the event told before
_RESULT = re.compile(r"相应|随之|因此|因而|由此")
#: the holder and its verb right before the company whose shares the figures are of: "A持有" + B + "股份比例由…"
_HOLDS_BEFORE = re.compile(r"[\ue000\ue001](?:所|仍|合计|共)?(?:持有|持)$")
#: a block added to a holding, not the holding: "共取得…", "再取得…", "…，连同原先持有的…"
_ADDED = re.compile(r"共|累计|再|又|另|增持")
_ADDED_AFTER = re.compile(r"连同|加上|合计|累计|原先|原有|此前持有|已持有")
#: a dilution: "A持股比例(因而)由P1稀释为P2"
_DILUTED = pattern(r"(?P<h>[\ue000\ue001])(?:的|所持)?(?:持股比例|持股比重|股权比例|股份比例|持股)(?:也)?(?:相应|随之|则|因此|因而|由此)?(?:地)?由(?P<before><R>)(?:被)?"
                   r"(?:摊薄|稀释|降低|下降|减少|降|减)(?:至|为|到)(?P<after><R>)")

#: the holders' shares changed in step, each with its own figures: "A、B的持股比例分别由P1、P2降至Q1和Q2" (分别 pairs them in order)
_AND = r"(?:、|和|及|与|與|以及)"
_DILUTED_EACH = pattern(rf"(?P<hs>[\ue000\ue001](?:{_AND}[\ue000\ue001])+)(?:的|所持)?(?:持股比例|持股比重|股权比例|股份比例|持股|股權比例)(?:也|则|則)?(?:相应|随之|因此|因而|由此)?"
                        rf"(?:分别|分別)由(?P<before>\ue007(?:{_AND}\ue007)+)(?:分别|分別)?(?:被)?"
                        rf"(?:摊薄|稀释|降低|下降|减少|降|减|攤薄|稀釋|減少|減|上升|提高|增加|升|增)(?:至|为|到|為)(?P<after>\ue007(?:{_AND}\ue007)+)")


def _founders(ctx: Context, sent: Sent) -> None:
    verb = _FOUNDING.search(sent.tpl)
    if verb is None:
        return
    # the company founded: the one right after the verb ("合伙创办C"), else the last one named before it ("C由A与B…创立")
    after = sent.at(verb.end()) if sent.tpl[verb.end():verb.end() + 1] == "\ue001" else None
    # ("C前身为X，系由A与B共同出资设立…，其中A出资比例为…": X, named before 由 and its founders)
    by = sent.tpl.rfind("由", 0, verb.start())
    named = [after] if after is not None and after.key else [c for c in sent.between(0, by if by >= 0 else verb.start(), "C") if c.key]
    if not named:
        return
    target = named[-1].key
    for m in _PAID_IN.finditer(sent.tpl, verb.end()):
        emit_stake(ctx, sent, sent.at(m.start("h")).key, target, "founders-paid-in", 0.8, pct=sent.at(m.start("pct")).value,
                   pos=m.start("pct"), parents=False)


def _taken(ctx: Context, sent: Sent) -> None:
    for m in _TAKEN.finditer(sent.tpl):
        if _FROM.search(m.group("how")) or _ADDED.search(m.group("how")) or _ADDED_AFTER.search(sent.tpl, m.end()):
            continue  # bought from someone, or a block added to what the buyer held: no holding of its own
        target = sent.at(m.start("target")).key
        before = [c.key for c in sent.between(0, m.start(), "C") if c.key and c.key != target]
        holder = before[-1] if m.group("latter") and before else before[0] if before and not m.group("latter") else None
        emit_stake(ctx, sent, holder, target, "taken-in-clause", 0.8, pct=sent.at(m.start("pct")).value, pos=m.start("pct"),
                   parents=False)


def _diluted(ctx: Context, sent: Sent) -> None:
    for m in _DILUTED.finditer(sent.tpl):
        holder = sent.at(m.start("h")).key
        if not holder:
            continue
        if sent.tpl.endswith("\ue001对", 0, m.start()):  # "A对B的持股由…降至…": A's holding of B
            holder, target = sent.at(m.start() - 2).key, holder
        elif (held := _HOLDS_BEFORE.search(sent.tpl, 0, m.start())) is not None:  # "A持有B股份比例由…减少至…": A's of B
            holder, target = sent.at(held.start()).key, holder
        else:
            target = target_for(ctx, sent, m.start(), (holder,))
        emit_stake(ctx, sent, holder, target, "diluted-before", 0.75, pct=sent.at(m.start("before")).value, pos=m.start("before"),
                   parents=False)
        emit_stake(ctx, sent, holder, target, "diluted-after", 0.8, pct=sent.at(m.start("after")).value, pos=m.start("after"),
                   parents=False)


def _diluted_each(ctx: Context, sent: Sent) -> None:
    """"A、B的持股比例分别由P1、P2降至Q1和Q2": A held P1 before and Q1 after, B P2 and Q2 (as many holders as figures
    on each side, or no pairing is told); the company is the one the sentence, or the one before, is about."""
    for m in _DILUTED_EACH.finditer(sent.tpl):
        holders = [x.key for x in sent.between(m.start("hs"), m.end("hs")) if x.kind in ("P", "C")]
        before = [x.value for x in sent.between(m.start("before"), m.end("before"), "R")]
        after = [x.value for x in sent.between(m.start("after"), m.end("after"), "R")]
        if not all(holders) or not len(holders) == len(before) == len(after):
            continue
        target = target_for(ctx, sent, m.start(), tuple(holders))
        for holder, pct0, pct1 in zip(holders, before, after, strict=True):
            emit_stake(ctx, sent, holder, target, "diluted-before", 0.75, pct=pct0, pos=m.start("before"), parents=False)
            emit_stake(ctx, sent, holder, target, "diluted-after", 0.8, pct=pct1, pos=m.start("after"), parents=False)


def _as_a_result(ctx: Context, sent: Sent) -> None:
    """A dilution told as the result of the event the sentence before dates ("D，C向C1增发…。A持股比例随之由…降为…，
    B则…"): the shares after it are of that date (the share before it is not)."""
    if not _RESULT.search(sent.tpl) or sent.between(0, len(sent.tpl), "D"):
        return
    # the sentence right before in the paragraph (analysed or not: "D，C向C1增发新股。" names no stake), its first date
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    before = ctx.text[para:sent.start].rstrip()
    before = before[before.rfind("。", 0, len(before) - 1) + 1:]
    dates = find_dates(before)
    value = ctx.resolve_in(dates[0][2], sent) if dates else None
    day = value.iso() if value is not None and not value.period else None
    if day is None:
        return
    for c in ctx.out:
        if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and "as_of" not in c.qualifiers and c.rule != "diluted-before":
            c.qualifiers["as_of"] = day


def narrative_stakes(ctx: Context) -> None:
    """Each sentence with one of the three shapes' words (substring tests first)."""
    text = ctx.text
    paid, taken, diluted = "出资" in text, "取得" in text or "获得" in text, "由" in text and any(w in text for w in ("摊薄", "稀释", "降", "减", "攤薄", "稀釋", "減", "升", "增"))
    if not (paid or taken or diluted):
        return
    for sent in ctx.sentences:
        if "\ue007" not in sent.tpl:
            continue
        if paid and "出资" in sent.tpl:
            _founders(ctx, sent)
        if taken and ("取得" in sent.tpl or "获得" in sent.tpl):
            _taken(ctx, sent)
        if diluted and "由" in sent.tpl:
            _diluted(ctx, sent)
            if "分" in sent.tpl:
                _diluted_each(ctx, sent)
            _as_a_result(ctx, sent)
