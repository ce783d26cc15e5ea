"""HOLDS_STAKE told from the held company's side: "C由A全资持股", "B为A 100%控股的子公司", "C 50%的股份为A持有".

The passive shapes of `extract.rules.stakes` (which calls `passive_holdings`
with its record of the percentages already read), apart so that each module
has room under the 400-line limit; `pair_up` (holders matched to figures) and
`PCT_LIST` (a run of percentages) are shared with the active shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.kinship import RELATIVE
from extract.rules.base import Context
from extract.rules.holder_slots import HOLDER_LIST, HOLDER_MENTION, KIN, key_of, keys_in, pct_of
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_holders import clause_subject
from extract.rules.stake_targets import ASIDE, recent_target, target_for
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

#: a holder said to be a subsidiary of someone, between 由 and its name: "C由其全资子公司A" + "持有" + all of it
SUB_HOLDER = r"(?:其|公司|本公司|该公司)(?:的)?(?:间接)?(?:全资|控股)?(?:子公司|附属公司)"
#: a post after a company, which makes it a person's description: "C主席P"
_POST_AFTER = re.compile(r"(?:的)?\ue003")
#: a run of percentages: "30%、20%和10%"
PCT_LIST = r"\ue007(?:(?:、|和|及|与|以及)\ue007)*"
#: a founder's word in the run of posts before the holder's name: "由C联合创始人兼董事P全资拥有"
_FOUNDER_WORD = r"(?:联合)?(?:创办人|创始人)"
#: a trade said of a person before the name: "由商人P全资拥有", "由本地富商P持有"
_TRADE_WORD = r"(?:本地|本港|香港|澳门|台湾|马来西亚|新加坡)?(?:商人|富商|企业家|实业家|港商|台商|澳商)"
# passive: "由A全资持股", "由A 100%控股", "由P全资实益拥有" (Hong Kong's beneficial owner), "由A持有约36.2%的股份", "分别由A和B各持股85%和15%",
# "由包括A在内的四人分别持股25%", "由不包括A在内的B等四人分别持股25%"
_BY = pattern(
    rf"(?:分别)?由(?:不包括{HOLDER_LIST}在内的)?(?:(?:<C>|本公司|公司)?(?:的)?(?:{_FOUNDER_WORD}(?:[兼、及和](?=\ue003))?)?(?:<T>(?:[兼、及和]<T>)*)?(?=\ue000)|{SUB_HOLDER}|{_TRADE_WORD}(?=\ue000))?(?P<pre>包括)?(?P<holders>{HOLDER_LIST})(?:{KIN})?(?:在内)?(?:的|等)?(?:[\d一二两三四五六七八九十]+(?:人|名|家))?"
    rf"(?:[（(][^（）()\ue000]{{0,30}}[）)])?(?:作为[^，。；\ue000\ue001]{{0,8}}?)?(?P<trustee>以?\ue001?[^，。；\ue000\ue001]{{0,10}}?(?:受托人|信托人)(?:的)?身份)?(?:各|分别|共同)*(?P<indirect>间接)?"
    rf"(?P<full>全资|\ue007)?(?:实益)?(?:持股|持有|控股|所持有|所持|出资|拥有)(?:约)?(?P<pcts>{PCT_LIST})?"
)
# "A 100%持股之子公司B", "A持股60%的子公司B" (Taiwan's wording): A's holding, and B A's subsidiary
# ("B为A转投资持股" + a figure + "之公司": Taiwan's word for a holding the parent invested in, a company it holds part of)
_SHARE_OF_SUB = (r"(?:转投资|间接)?(?:(?P<pct><R>)(?:持股|控股|持有)|(?:持股|持有)(?P<pct2><R>)(?:股权|股份)?)(?:之|的)"
                 r"(?P<sub>子公司|附属公司|孙公司|(?<=转投资持股\ue007[之的])(?:公司|\ue001))")
_PCT_SUBSIDIARY = pattern(rf"(?P<holder><C>){_SHARE_OF_SUB}(?P<child><C>)")
# "B为A 100%控股的子公司", "B是A持股60%的子公司", "B自…起成为A" + "百分之百持有之子公司", "B为A" + its code in brackets + "百分之百持股之子公司"
# ("B目前为A持股" + a figure + "的附属公司": now, still)
_IS_PCT_SUBSIDIARY = pattern(rf"(?P<child><C>)(?:自[^，。；\ue000\ue001]{{0,6}}?起|已|正式|目前|现时|现|仍然|仍)*(?:为|是|系|成为)(?P<holder><C>)(?:[（(][^（）()]{{1,12}}[）)])?{_SHARE_OF_SUB}")
# "A 100%持股的B", "A持股51%的B", "A 51%控股的B": A's share of B, said as what describes B
_PCT_HELD_NEXT = pattern(r"(?P<holder><C>)(?:(?P<pct><R>)(?:持股|控股)|(?:持股|控股)(?P<pct2><R>))的(?P<child><C>)")
# "C 50%的股份为A持有", "另有10%是A持有", "剩下的" + a figure + "则由A（下称“B”）持有" (an adverb before 由, A's short name after it),
# "剩余1%由其配偶A持有" (A someone's kin), "其余10%由X家族旗下的A持有" (A described), "余下5%股份维持由员工组成的A持有" (kept),
# "余下9%由日本的A持有" (A's home or kind before 的), "剩余股份百分之N由P任负责人之A持有" (A described by its head, the word
# for shares before the figure)
#: one letter of kin after 其, as the written register says it: "其余两成由其妻P持有", "由其子P持有"
#: (followed by the holder's name: "其子公司" is no kin)
_KIN_LETTER = r"[妻夫子女弟兄姐妹父母](?=\ue000)"
#: what kind of holder it is, said before its name: "本地企业B", "日商B", "港资财团B"
_KIND_BEFORE = r"(?:本地|当地|本港|本澳|内地|境外|海外|外资|港资|澳资|台资|日资|陆资|日商|美商|港商|台商|陆商)(?:企业|公司|机构|财团|集团)?"
_SHARE_HELD_BY = pattern(rf"(?:(?P<target><C>)(?:的)?|(?<=其余|剩余|余下|剩下)(?:的)?(?:股份|股权))?(?P<pct><R>)(?:的)?(?:股份|股权)?(?:则|均|也|目前)?(?:仍然|仍|维持|继续)?(?:为|是|由)(?:(?P<owned>其(?:直接|间接)?(?P<whole>全资)?(?:拥有|控制|持有)的)|其(?:{RELATIVE}|配偶|{_KIN_LETTER})|[^，。；\ue000-\ue007]{{1,10}}?(?:旗下|下属)的|[^，。；\ue000-\ue007]{{1,12}}?(?:组成|合组|出资设立)的|[^，。；\ue000-\ue007]{{2,8}}?的|{_KIND_BEFORE}|<P>(?:担任|出任|任)[^，。；\ue000-\ue007]{{1,8}}?[之的])?(?:受控法团)?(?P<holder>{HOLDER_MENTION})"
                         rf"(?:[（(](?:以下简称|下称|简称)[^（）()。；\ue000\ue007]{{1,20}}[）)])?(?:所)?持有")


def pair_up(holders: list[str], pcts: list[float], each: bool) -> list[tuple[str, float]]:
    """Holders and figures in order ("A、B分别持有30%、20%"), one figure for
    each ("各持股20%", "均为10%"), or the last holder's own figure."""
    if len(holders) == len(pcts):
        return list(zip(holders, pcts, strict=True))
    if len(pcts) == 1 and each:
        return [(h, pcts[0]) for h in holders]
    if len(pcts) == 1 and holders:
        return [(holders[-1], pcts[0])]
    return []


#: a clause that ends with a company (and its short name): what a passive clause right after it speaks of
_ENDS_WITH_COMPANY = re.compile(r"(\ue001)(?:[（(][^（）()]{0,30}[）)])?[，,]$")


def passive_holdings(ctx: Context, sent: Sent, fresh: Callable[[re.Match[str], str], bool]) -> None:
    """The passive shapes of a sentence; `fresh` says whether a match's figures are read for the first time (and marks them read)."""
    tpl = sent.tpl
    for m in _BY.finditer(tpl):
        holders = keys_in(sent, m.start("holders"), m.end("holders"))
        if "在内" in tpl[m.end("holders"):m.end("holders") + 2] and m.group("pre") is None:
            continue
        if tpl.startswith("的\ue001", m.end()):
            continue  # "由A全资持有的B与C共同发起设立": what describes B (A holds B), not the clause's company
        if m.group("full") == "全资":
            pcts = [100.0]
        elif m.group("full"):
            pcts = [sent.at(m.start("full")).value]
        elif m.group("pcts") and fresh(m, "pcts"):
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
        else:
            continue
        clause = max(tpl.rfind(c, 0, m.start()) for c in "，；：") + 1
        # (not a company that describes an earlier holder by its post: "C由A主席P持有60%、由B持有40%" — both of C)
        own = [x for x in sent.between(clause, m.start(), "C") if x.key not in holders and not _POST_AFTER.match(tpl, sent.pos_of(x) + 1)]
        rule = "held-by"
        ended = _ENDS_WITH_COMPANY.search(tpl, 0, m.start()) if clause == m.start() else None
        if own:
            target = own[-1].key
        elif ended:
            target = sent.at(ended.start(1)).key  # "顶端是A（以下简称“A”），由P、Q夫妇分别持股…": the company the clause before ends with
        elif tpl[clause:m.start()] == "后者" and (named := [x for x in sent.between(0, clause, "C") if x.key not in holders]):
            target, rule = named[-1].key, ASIDE  # "…，其普通合伙人为B，后者由P全资持有": the company the clause before named last
        elif re.fullmatch(r"(?:[\ue004、\s]|则|均|主要|目前|现|全部|已|并|而|分别|其股权|股权|股份|是|同样|也|亦)*", tpl[clause:m.start()]):
            target = clause_subject(ctx, sent, m.start())  # None when that subject is a name we do not know
        else:
            continue  # "X则由A持股…" with X a name we do not know: no guess
        for h, p in pair_up(holders, pcts, True):
            emit_stake(ctx, sent, h, target, rule, 0.8, p, m.start())
            if m.group("trustee") and target:
                _trustee_holds(ctx, sent, h, target, p)
            elif m.group("full") == "全资" and not m.group("indirect") and ctx.type_of(h) == "Company" and target:
                # "由A全资持股": A's wholly owned subsidiary ("由A间接全资持股": held through another, A's share of it all the same)
                ctx.emit(Predicate.SUBSIDIARY_OF, target, h, sent, "held-by-wholly", 0.8, kind=str(SubsidiaryKind.WHOLLY_OWNED))
    for m in (*_PCT_SUBSIDIARY.finditer(tpl), *_IS_PCT_SUBSIDIARY.finditer(tpl)):
        group = "pct" if m.group("pct") else "pct2"
        if not fresh(m, group):
            continue
        holder, child, pct = key_of(sent, m, "holder"), key_of(sent, m, "child"), pct_of(sent, m, group)
        emit_stake(ctx, sent, holder, child, "subsidiary-percent", 0.8, pct, m.start())
        if m.group("sub") in ("公司", "\ue001") and (pct or 0) <= 50:
            continue  # "B为A转投资持股30%之公司": a company A holds part of, not its subsidiary
        kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
        ctx.emit(Predicate.SUBSIDIARY_OF, child, holder, sent, "subsidiary-percent", 0.8, kind=str(kind))
    for m in _PCT_HELD_NEXT.finditer(tpl):
        group = "pct" if m.group("pct") else "pct2"
        if fresh(m, group):
            emit_stake(ctx, sent, key_of(sent, m, "holder"), key_of(sent, m, "child"), "percent-held-next", 0.8, pct_of(sent, m, group), m.start())
    for m in _SHARE_HELD_BY.finditer(tpl):
        if not fresh(m, "pct"):
            continue
        holder = key_of(sent, m, "holder")
        target = key_of(sent, m, "target") or _rest_of(ctx, sent, m.start(), holder) or recent_target(ctx, sent, (holder or "",)) or target_for(
            ctx, sent, m.start(), (holder or "",))
        emit_stake(ctx, sent, holder, target, "share-held-by", 0.8, pct_of(sent, m), m.start())
        if m.group("owned") and holder and (owner := _owner_of_its(ctx, sent, m.start(), (holder, target or ""))):
            # P's interest, x% of it held by 受控法团 B that P owns outright: P owns B, and holds through it what B holds (Hong Kong's deemed interest)
            if m.group("whole"):
                emit_stake(ctx, sent, owner, holder, "owned-channel", 0.8, 100.0, m.start("owned"))
            emit_stake(ctx, sent, owner, target, "held-through-owned", 0.75, pct_of(sent, m), m.start())


_REST_BEFORE = re.compile(r"(?:其余|其馀|余下|剩余|剩下)(?:的)?(?:约)?$")


def _rest_of(ctx: Context, sent: Sent, pos: int, holder: str | None) -> str | None:
    """"P持有C R股权，其余R'由Q持有": the rest is of the company whose share the sentence told last before it,
    whoever held that share (a holding already read from this sentence)."""
    if not _REST_BEFORE.search(sent.tpl, 0, pos):
        return None
    told = [c.object for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject != holder
            and c.qualifiers.get("percent")]
    return told[-1] if told else None


def _trustee_holds(ctx: Context, sent: Sent, trustee: str, owned: str, pct: float) -> None:
    """B, wholly owned by T as some trust's 受托人 (T…以…受托人身份全资拥有): T holds B for a trust, not as its parent (no SUBSIDIARY_OF); and what B
    holds directly, told in the sentence before, T holds through B (Hong Kong's deemed interest; a holding B has through
    others is left, and so is one told further back, the text's aside)."""
    if pct != 100.0:
        return
    held = next((c for c in reversed(ctx.out) if c.predicate is Predicate.HOLDS_STAKE and c.subject == owned and c.sent == sent.i - 1
                 and c.qualifiers.get("percent") and not c.qualifiers.get("indirect") and c.object != trustee), None)
    if held is not None:
        emit_stake(ctx, sent, trustee, held.object, "trustee-through", 0.7, held.qualifiers["percent"], 0)


def _owner_of_its(ctx: Context, sent: Sent, pos: int, not_these: tuple[str, ...]) -> str | None:
    """Who 其 in "由其全资拥有的B持有" is: the last party named before it in the sentence, else the holder of the sentence before."""
    named = [x.key for x in sent.between(0, pos, None) if x.kind in "PC" and x.key and x.key not in not_these]
    return named[-1] if named else clause_subject(ctx, sent, pos)
